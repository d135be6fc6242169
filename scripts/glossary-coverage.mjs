// npm run glossary:coverage — how much of what a China-watcher would want explained the glossary covers.
// 1. Over the evaluation sets of real pages in eval/coverage (labelled independently of the glossary): the
//    share of labelled terms the matcher highlights exactly, or inside a longer formula, and what it misses.
//    Then the most frequent quoted phrases and numbered formulas the glossary lacks (the same finder that
//    gives them a quieter highlight in pages): the next entries to write. Two dev sets (local reports; pages
//    of 2023–2026 when present) and the held-out set, whose figures alone are printed.
// 2. The inventory of official vocabulary (src/glossary/inventory): sources, triage, conflicts, term lists.
// 3. Over the official corpora (when ../shared/corpora is present): hits per entry, and entries never seen.
// `--missed` also prints every missed term of the dev sets, one a line.
import { existsSync } from 'node:fs';
import { CORPORA_DIR, loadCorpora, readJsonl } from './corpora.mjs';
import { printCandidates, uncoveredCandidates, measure } from './coverage-sets.mjs';
import { reportInventory } from './coverage-inventory.mjs';
import { withModules } from './load-ts.mjs';
import { measureLongTail } from './long-tail-coverage.mjs';

const DEV = 'eval/coverage/reports.jsonl';
/** 30+ pages of 2023–2026 (national media, discipline inspection, Hong Kong and Macao): a second dev set. */
const RECENT = 'eval/coverage/recent.jsonl';
const HELDOUT = 'eval/coverage/heldout.jsonl';

await withModules(
  [
    '/src/glossary/index.ts',
    '/src/core/glossary-index.ts',
    '/src/core/matcher.ts',
    '/src/core/normalize.ts',
    '/src/core/evidence.ts',
    '/src/core/unexplained.ts',
    '/src/core/inventory.ts',
  ],
  (glossary, index, matcher, norm, evidence, unexplained, inventory) => {
    const entries = glossary.GLOSSARY;
    const m = new matcher.Matcher(index.patternsOf(entries));
    const tools = { m, norm, index, unexplained };
    measure('Dev set (local reports)', DEV, readJsonl(DEV), tools);
    measureLongTail('dev set, local reports', readJsonl(DEV), tools);
    if (existsSync(RECENT)) {
      console.log('');
      measure('2023–2026 dev set', RECENT, readJsonl(RECENT), tools);
      measureLongTail('2023–2026 dev set', readJsonl(RECENT), tools);
    } else console.log(`\n2023–2026 dev set: ${RECENT} absent, not measured`);
    // Labelled after the glossary work, without looking at it, and never used to choose entries.
    if (existsSync(HELDOUT)) {
      console.log('');
      measure('Held-out set', HELDOUT, readJsonl(HELDOUT), tools, { blind: true });
      measureLongTail('held-out set', readJsonl(HELDOUT), tools);
    }

    reportInventory(entries, m, inventory);

    if (!existsSync(new URL('government_work_reports.jsonl', CORPORA_DIR))) {
      console.log('\nOfficial corpora absent (../shared/corpora): corpus hits skipped.');
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
