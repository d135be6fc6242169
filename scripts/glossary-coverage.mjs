// npm run glossary:coverage — how much of what a China-watcher would want explained the glossary covers.
// 1. Over the dev set of real local reports in eval/coverage (labelled independently of the glossary):
//    the share of labelled terms the matcher highlights exactly, or inside a longer formula, and what it misses.
//    Then the most frequent quoted phrases and numbered formulas the glossary lacks (the same finder that
//    gives them a quieter highlight in pages): the next entries to write.
// 2. Over the official corpora (when ../shared/corpora is present): hits per entry, and entries never seen.
import { existsSync } from 'node:fs';
import { CORPORA_DIR, loadCorpora, readJsonl } from './corpora.mjs';
import { withModules } from './load-ts.mjs';
import { measureLongTail } from './long-tail-coverage.mjs';

const reports = readJsonl('eval/coverage/reports.jsonl');

/** Counts the uncovered candidates (quoted phrases, numbered formulas) in `texts`, by kind. */
function uncoveredCandidates(texts, m, norm, unexplained) {
  const counts = { quoted: new Map(), numbered: new Map() };
  for (const raw of texts) {
    const text = norm.normalize(raw).text;
    for (const c of unexplained.findUnexplained(text, m.findAll(text))) {
      counts[c.kind].set(c.text, (counts[c.kind].get(c.text) ?? 0) + 1);
    }
  }
  return counts;
}

/** "term×n term …" for the `limit` most frequent. */
function topList(counts, limit) {
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([t, n]) => (n > 1 ? `${t}×${n}` : t))
    .join(' ');
}

function printCandidates(where, counts) {
  console.log(
    `  uncovered quoted phrases in ${where} (${counts.quoted.size} distinct), top 40: ${topList(counts.quoted, 40)}`,
  );
  console.log(
    `  uncovered numbered formulas in ${where} (${counts.numbered.size} distinct), top 40: ${topList(counts.numbered, 40)}`,
  );
}

/**
 * Recall of the labelled terms in `set` (exactly highlighted, or inside a longer highlighted formula),
 * the highlights no label accounts for, the misses, and the uncovered candidates.
 */
function measure(title, file, set, { m, norm, index, unexplained }, showMissed) {
  let labelled = 0,
    exact = 0,
    inside = 0,
    partly = 0,
    highlighted = 0,
    unlabelled = 0;
  const missed = new Map();
  const extra = new Map();
  for (const r of set) {
    const text = norm.normalize(r.excerpt).text;
    const hits = m.findAll(text);
    highlighted += hits.length;
    const covered = new Array(hits.length).fill(false);
    for (const term of new Set(r.terms)) {
      labelled++;
      const t = index.matchForm(term);
      const at = text.indexOf(t);
      const exactHit = hits.findIndex((h) => text.slice(h.start, h.end) === t);
      const overlapping = at < 0 ? -1 : hits.findIndex((h) => h.start <= at && h.end >= at + t.length);
      if (exactHit >= 0) {
        exact++;
        covered[exactHit] = true;
      } else if (overlapping >= 0) {
        inside++;
        covered[overlapping] = true;
      } else {
        missed.set(term, (missed.get(term) ?? 0) + 1);
        // Not covered, but a known part of it is highlighted (高质量发展 in 全方位推动高质量发展).
        if (at >= 0 && hits.some((h) => h.start >= at && h.end <= at + t.length)) partly++;
      }
    }
    const labels = [...new Set(r.terms)].map(index.matchForm);
    hits.forEach((h, i) => {
      const form = text.slice(h.start, h.end);
      // Repeats of a labelled term, and labelled terms found in part, are not extras.
      if (covered[i] || labels.some((t) => form.includes(t) || t.includes(form))) return;
      unlabelled++;
      extra.set(form, (extra.get(form) ?? 0) + 1);
    });
  }
  const pct = (n, d) => `${((100 * n) / Math.max(1, d)).toFixed(1)}%`;
  console.log(`${title}: ${set.length} real local reports, ${labelled} labelled terms (${file})`);
  console.log(`  highlighted exactly:          ${exact} (${pct(exact, labelled)})`);
  console.log(`  inside a longer formula:      ${inside} (${pct(inside, labelled)})`);
  console.log(`  covered in all:               ${exact + inside} (${pct(exact + inside, labelled)})`);
  console.log(`  not covered, a part shown:    ${partly} (${pct(partly, labelled)})`);
  console.log(`  highlights not among labels:  ${unlabelled} of ${highlighted} (review for false positives)`);
  const top = [...missed].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const extras = [...extra].sort((a, b) => b[1] - a[1]);
  console.log(
    `  unlabelled highlights, first 60: ${extras
      .slice(0, 60)
      .map(([t, n]) => (n > 1 ? `${t}×${n}` : t))
      .join(' ')}`,
  );
  if (showMissed && process.argv.includes('--missed')) {
    for (const [t, n] of top) console.log(`MISSED\t${t}\t${n}`);
  }
  console.log(
    `  missed (${top.length} distinct), first 60: ${top
      .slice(0, 60)
      .map(([t, n]) => (n > 1 ? `${t}×${n}` : t))
      .join(' ')}`,
  );
  printCandidates(
    `the ${title.toLowerCase()}`,
    uncoveredCandidates(
      set.map((r) => r.excerpt),
      m,
      norm,
      unexplained,
    ),
  );
}

await withModules(
  [
    '/src/glossary/index.ts',
    '/src/core/glossary-index.ts',
    '/src/core/matcher.ts',
    '/src/core/normalize.ts',
    '/src/core/evidence.ts',
    '/src/core/unexplained.ts',
  ],
  (glossary, index, matcher, norm, evidence, unexplained) => {
    const entries = glossary.GLOSSARY;
    const m = new matcher.Matcher(index.patternsOf(entries));
    const tools = { m, norm, index, unexplained };
    measure('Dev set', 'eval/coverage/reports.jsonl', reports, tools, true);
    measureLongTail('dev set', reports, tools);
    // Labelled after the glossary work, without looking at it, and never used to choose entries.
    if (existsSync('eval/coverage/heldout.jsonl')) {
      console.log('');
      const heldOut = readJsonl('eval/coverage/heldout.jsonl');
      measure('Held-out set', 'eval/coverage/heldout.jsonl', heldOut, tools, false);
      measureLongTail('held-out set', heldOut, tools);
    }

    if (!existsSync(new URL('government_work_reports.jsonl', CORPORA_DIR))) {
      console.log('Official corpora absent (../shared/corpora): corpus hits skipped.');
      return;
    }
    const docs = loadCorpora();
    const file = evidence.computeEvidence(docs, m);
    const never = entries.filter((e) => !file.entries[e.id]);
    const byCategory = new Map();
    for (const e of entries) {
      const c = byCategory.get(e.category) ?? { n: 0, seen: 0 };
      c.n++;
      if (file.entries[e.id]) c.seen++;
      byCategory.set(e.category, c);
    }
    console.log(
      `\nOfficial corpora: ${file.collection.gwr.length} Government Work Reports, ${file.collection.congress.length} Congress reports`,
    );
    console.log(`  entries with at least one hit: ${entries.length - never.length} of ${entries.length}`);
    for (const [cat, c] of [...byCategory].sort()) console.log(`    ${cat.padEnd(15)} ${c.seen}/${c.n}`);
    const ranked = entries.map((e) => [e.term, evidence.totalMentions(file.entries[e.id])]).sort((a, b) => b[1] - a[1]);
    console.log(
      `  most hits: ${ranked
        .slice(0, 15)
        .map(([t, n]) => `${t} ${n}`)
        .join(', ')}`,
    );
    printCandidates(
      'the corpora',
      uncoveredCandidates(
        docs.map((d) => d.text),
        m,
        norm,
        unexplained,
      ),
    );
  },
);
