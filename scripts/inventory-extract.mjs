// npm run inventory:extract — the corpus part of the glossary inventory (src/glossary/inventory/corpus.jsonl).
// Candidates come from the Government Work Reports 2013–2025 and the CPC Congress reports 18–20, not from
// any evaluation set: quoted phrases, numbered formulas, and frequent collocations of 4–8 characters,
// ranked by spread (documents) and then mentions. Triage decisions live in the triage-*.jsonl files
// beside it; this file only says where a candidate was seen.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadCorpora } from './corpora.mjs';
import { withModules } from './load-ts.mjs';

// `--deep`: the next layer of collocations, spread over fewer documents (2 documents, 3 mentions), minus every
// term the inventory already holds, into corpus-deep.jsonl. The first layer stays as it was triaged.
const DEEP = process.argv.includes('--deep');
const OUT = DEEP ? 'src/glossary/inventory/corpus-deep.jsonl' : 'src/glossary/inventory/corpus.jsonl';
const NGRAM_LIMIT = DEEP ? 1600 : 1500;
const MIN_DOCS = DEEP ? 2 : 4;
const MIN_MENTIONS = DEEP ? 3 : 6;
/** A collocation does not start or end with a function character: 的发展 and 发展的 are not terms. */
const EDGE = new Set('的了和与及或在是为对把被将从向以于之其而并等也都要就这那个上中下不'.split(''));
const HAN_RUN = /[\u4e00-\u9fff]+/g;
/** Grams are counted up to MAX_GRAM characters so that pieces of longer phrases can be told apart. */
const MAX_GRAM = 12;
const MAX_EMIT = 8;

/** Every term the inventory holds already (any file but the deep layer itself). */
function knownTerms() {
  const dir = 'src/glossary/inventory';
  const known = new Set();
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.jsonl') && f !== 'corpus-deep.jsonl'))
    for (const line of readFileSync(`${dir}/${f}`, 'utf8').split('\n'))
      if (line.trim()) known.add(JSON.parse(line).term);
  return known;
}

const docs = loadCorpora().filter((d) => (d.kind === 'gwr' && d.key >= 2013) || (d.kind === 'congress' && d.key >= 18));
const label = (d) => (d.kind === 'gwr' ? `gwr${d.key}` : `congress${d.key}`);

/** term → { mentions, docs: Set } */
function tally(map, term, doc) {
  let t = map.get(term);
  if (!t) map.set(term, (t = { mentions: 0, docs: new Set() }));
  t.mentions++;
  t.docs.add(label(doc));
}

await withModules(['/src/core/unexplained.ts'], (unexplained) => {
  const quoted = new Map();
  const numbered = new Map();
  // Collocations: every run of 4–MAX_GRAM characters, counted with a bitmask of the documents it is in.
  const grams = new Map();
  docs.forEach((d, di) => {
    const text = d.text.replace(/[“”「」『』]/g, '"');
    // Formulas named by their shape (meetings, programmes) are not inventory candidates: only quoted and numbered ones.
    for (const c of unexplained.findUnexplained(text, [])) {
      if (c.kind !== 'named') tally(c.kind === 'quoted' ? quoted : numbered, c.text, d);
    }
    for (const [run] of text.matchAll(HAN_RUN)) {
      for (let n = 4; n <= MAX_GRAM; n++) {
        for (let i = 0; i + n <= run.length; i++) {
          const g = run.slice(i, i + n);
          const t = grams.get(g);
          if (t) {
            t.mentions++;
            t.mask |= 1 << di;
          } else grams.set(g, { mentions: 1, mask: 1 << di });
        }
      }
    }
  });
  // A collocation is kept when it is maximal: no one-character extension of it, on either side, carries
  // 80% of its mentions (国特色社会主义伟 is a piece of 中国特色社会主义伟大旗帜). It must also be spread
  // (4 documents, 6 mentions), have no function character at an edge, and not come from the corpus
  // pages' licence notes.
  const extended = new Map();
  for (const [g, t] of grams) {
    if (g.length < 5) continue;
    for (const part of [g.slice(1), g.slice(0, -1)]) extended.set(part, Math.max(extended.get(part) ?? 0, t.mentions));
  }
  const docCount = (mask) => docs.filter((_, i) => mask & (1 << i)).length;
  const kept = [];
  for (const [g, t] of grams) {
    if (g.length > MAX_EMIT || t.mentions < MIN_MENTIONS || EDGE.has(g[0]) || EDGE.has(g[g.length - 1])) continue;
    if (/著作权|公有领域/.test(g) || (extended.get(g) ?? 0) >= 0.8 * t.mentions) continue;
    const n = docCount(t.mask);
    if (n >= MIN_DOCS)
      kept.push([g, { mentions: t.mentions, docs: new Set(docs.filter((_, i) => t.mask & (1 << i)).map(label)) }]);
  }
  const rank = (a, b) => b[1].docs.size - a[1].docs.size || b[1].mentions - a[1].mentions || a[0].localeCompare(b[0]);
  const rows = new Map();
  const add = (how, entries) => {
    for (const [term, t] of entries) {
      const row = rows.get(term) ?? { term, sources: [] };
      row.sources.push({ kind: 'corpus', how, mentions: t.mentions, docs: [...t.docs].sort() });
      rows.set(term, row);
    }
  };
  if (DEEP) {
    const known = knownTerms();
    add(
      'collocation',
      kept
        .filter(([g]) => !known.has(g))
        .sort(rank)
        .slice(0, NGRAM_LIMIT),
    );
  } else {
    add('quoted', [...quoted].filter(([t]) => t.length >= 2 && t.length <= 12).sort(rank));
    add('numbered', [...numbered].sort(rank));
    add('collocation', kept.sort(rank).slice(0, NGRAM_LIMIT));
  }
  writeFileSync(OUT, [...rows.values()].map((r) => JSON.stringify(r)).join('\n') + '\n');
  console.log(`${rows.size} candidates from ${docs.length} documents → ${OUT}`);
});
