// The inventory part of npm run glossary:coverage: reads every src/glossary/inventory/*.jsonl, merges the
// rows by normalised term and reports sources, triage, decisions, conflicts and the official term lists'
// coverage and English agreement.
import { readdirSync, readFileSync } from 'node:fs';

export const INVENTORY_DIR = 'src/glossary/inventory';

/** Every row of every inventory file, with `file:line` for messages. */
export function readInventory(dir = INVENTORY_DIR) {
  const rows = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()) {
    readFileSync(`${dir}/${file}`, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (line.trim()) rows.push({ row: JSON.parse(line), origin: `${file}:${i + 1}` });
      });
  }
  return rows;
}

const pct = (n, d) => `${((100 * n) / Math.max(1, d)).toFixed(1)}%`;
const count = (map, key) => map.set(key, (map.get(key) ?? 0) + 1);
const listed = (map) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');

/** Prints the inventory figures; `inv` is src/core/inventory.ts, `m` the glossary's matcher. */
export function reportInventory(entries, m, inv) {
  const rows = readInventory();
  const merged = inv.mergeInventory(rows);
  const owners = inv.formOwners(entries);
  const byId = new Map(entries.map((e) => [e.id, e]));
  const files = new Set(rows.map((r) => r.origin.split(':')[0]));
  console.log(
    `\nInventory (${INVENTORY_DIR}): ${rows.length} rows in ${files.size} files, ${merged.size} distinct terms`,
  );

  const kinds = new Map();
  for (const t of merged.values()) {
    const ks = new Set(t.sources.map((s) => s.kind));
    if (!ks.size) count(kinds, 'none (decision only)');
    for (const k of ks) count(kinds, k);
  }
  console.log(`  candidates by source kind:    ${listed(kinds)}`);

  const how = new Map();
  const decisions = new Map();
  const reasons = new Map();
  const triaged = new Map();
  for (const t of merged.values()) {
    const r = inv.triage(t, owners, m);
    triaged.set(t.term, r);
    count(how, r.how);
    if (r.how === 'untriaged') continue;
    count(decisions, r.decision);
    if (r.how === 'decided' && r.decision === 'not-term') count(reasons, t.decisions[0].reason);
  }
  const untriaged = how.get('untriaged') ?? 0;
  console.log(
    `  triaged:                      ${merged.size - untriaged} of ${merged.size} (${pct(merged.size - untriaged, merged.size)}): ` +
      `decided ${how.get('decided') ?? 0}, auto entry ${how.get('auto-entry') ?? 0} (the term is a form), ` +
      `auto covered ${how.get('auto-covered') ?? 0} (one entry's matches span it)`,
  );
  console.log(`  decisions by kind:            ${listed(decisions)}`);
  if (reasons.size) console.log(`  not-term reasons:             ${listed(reasons)}`);
  const unknown = [...triaged].filter(([, r]) => r.id && !byId.has(r.id));
  if (unknown.length)
    console.log(
      `  decisions naming no entry:    ${unknown.length}: ${unknown
        .slice(0, 20)
        .map(([t, r]) => `${t}→${r.id}`)
        .join(' ')}`,
    );

  const clashes = inv.conflicts(merged);
  console.log(
    `  conflicts:                    ${clashes.length}${clashes.length ? ': ' : ''}${clashes
      .slice(0, 20)
      .map((c) => `${c.term} (${c.decisions.map(inv.decisionKey).join(' / ')})`)
      .join('; ')}`,
  );

  // Official term lists: is each listed term explained, and does the entry give the official English?
  const listedTerms = [...merged.values()].filter((t) => t.sources.some((s) => s.kind === 'termlist'));
  let explained = 0,
    lit = 0,
    withEnglish = 0,
    agrees = 0,
    kept = 0;
  const disagree = [];
  for (const t of listedTerms) {
    const r = triaged.get(t.term);
    if (r.how !== 'untriaged' && r.decision !== 'not-term' && byId.has(r.id)) explained++;
    if (inv.wholeTermBy(t.term, m)) lit++;
    const listed = t.sources.filter((s) => s.kind === 'termlist' && s.english);
    const official = listed[0]?.english;
    // English agreement is judged where the listed term is an entry's headword: a variant or a part of a
    // formula (港人治港 in 港人治港、澳人治澳) shares the entry's English for the whole.
    if (!official || r.how === 'untriaged' || r.decision !== 'entry' || !byId.has(r.id)) continue;
    if (inv.inventoryKey(byId.get(r.id).term) !== inv.inventoryKey(t.term)) continue;
    withEnglish++;
    const english = byId.get(r.id).english;
    if (listed.some((s) => inv.sameEnglish(english, s.english))) agrees++;
    else if (listed.some((s) => s.kept)) kept++;
    else disagree.push(`${t.term}: “${byId.get(r.id).english}” ≠ “${official}”`);
  }
  const n = listedTerms.length;
  console.log(`  official term-list terms:     ${n}`);
  console.log(`    explained (entry or covered, id exists): ${explained} (${pct(explained, n)})`);
  console.log(`    lit whole by the matcher:                ${lit} (${pct(lit, n)})`);
  console.log(`    entry's english = official rendering:    ${agrees} of ${withEnglish} (${pct(agrees, withEnglish)})`);
  console.log(`    differing, with the entry's reason recorded: ${kept} (${pct(kept, withEnglish)})`);
  if (disagree.length) console.log(`    differing, no reason, first 40: ${disagree.slice(0, 40).join('; ')}`);
}
