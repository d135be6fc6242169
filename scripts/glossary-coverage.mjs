// npm run glossary:coverage — how much of what a China-watcher would want explained the glossary covers.
// 1. Over the dev set of real local reports in eval/coverage (labelled independently of the glossary):
//    the share of labelled terms the matcher highlights exactly, or inside a longer formula, and what it misses.
// 2. Over the official corpora (when ../shared/corpora is present): hits per entry, and entries never seen.
import { existsSync, readFileSync } from 'node:fs';
import { CORPORA_DIR, loadCorpora } from './corpora.mjs';
import { withModules } from './load-ts.mjs';

const reports = readFileSync('eval/coverage/reports.jsonl', 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));

await withModules(
  [
    '/src/glossary/index.ts',
    '/src/core/glossary-index.ts',
    '/src/core/matcher.ts',
    '/src/core/normalize.ts',
    '/src/core/evidence.ts',
  ],
  (glossary, index, matcher, norm, evidence) => {
    const entries = glossary.GLOSSARY;
    const m = new matcher.Matcher(index.patternsOf(entries));
    let labelled = 0,
      exact = 0,
      inside = 0,
      highlighted = 0,
      unlabelled = 0;
    const missed = new Map();
    const extra = new Map();
    for (const r of reports) {
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
        } else missed.set(term, (missed.get(term) ?? 0) + 1);
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
    console.log(`Dev set: ${reports.length} real local reports, ${labelled} labelled terms (eval/coverage)`);
    console.log(`  highlighted exactly:          ${exact} (${pct(exact, labelled)})`);
    console.log(`  inside a longer formula:      ${inside} (${pct(inside, labelled)})`);
    console.log(`  covered in all:               ${exact + inside} (${pct(exact + inside, labelled)})`);
    console.log(`  highlights not among labels:  ${unlabelled} of ${highlighted} (review for false positives)`);
    const top = [...missed].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const extras = [...extra].sort((a, b) => b[1] - a[1]);
    console.log(
      `  unlabelled highlights, first 60: ${extras
        .slice(0, 60)
        .map(([t, n]) => (n > 1 ? `${t}×${n}` : t))
        .join(' ')}`,
    );
    if (process.argv.includes('--missed')) {
      for (const [t, n] of top) console.log(`MISSED\t${t}\t${n}`);
    }
    console.log(
      `  missed (${top.length} distinct), first 60: ${top
        .slice(0, 60)
        .map(([t, n]) => (n > 1 ? `${t}×${n}` : t))
        .join(' ')}`,
    );

    if (!existsSync(new URL('government_work_reports.jsonl', CORPORA_DIR))) {
      console.log('Official corpora absent (../shared/corpora): corpus hits skipped.');
      return;
    }
    const file = evidence.computeEvidence(loadCorpora(), m);
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
  },
);
