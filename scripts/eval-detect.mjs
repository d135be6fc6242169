// npm run eval:detect — runs the page classifier over the labelled real pages in eval/detect/pages.jsonl
// and prints precision and recall for "policy writing" on the tune half and, apart, on the held-out half
// (scripts/detect-split.mjs), plus every page it gets wrong.
import { readJsonl } from './corpora.mjs';
import { splitOf } from './detect-split.mjs';
import { withModules } from './load-ts.mjs';

const pages = readJsonl('eval/detect/pages.jsonl');

/** Held-out mistakes are listed only on request, so that they cannot steer tuning by accident. */
const showHeldOut = process.argv.includes('--show-heldout');

function report(name, rows, listWrong = true) {
  const tp = rows.filter((r) => r.predicted && r.actual).length;
  const fp = rows.filter((r) => r.predicted && !r.actual).length;
  const fn = rows.filter((r) => !r.predicted && r.actual).length;
  const tn = rows.length - tp - fp - fn;
  const hard = rows.filter((r) => r.page.hard_negative);
  const hardHit = hard.filter((r) => r.predicted).length;
  const pct = (x) => `${(x * 100).toFixed(1)}%`;
  console.log(
    `${name}: ${rows.length} pages (${tp + fn} policy writing, ${fp + tn} other, ${hard.length} hard negatives)`,
  );
  console.log(
    `  precision ${pct(tp / Math.max(1, tp + fp))}  recall ${pct(tp / Math.max(1, tp + fn))}  (tp ${tp}, fp ${fp}, fn ${fn}, tn ${tn});` +
      ` hard negatives annotated: ${hardHit}`,
  );
  if (!listWrong) return;
  for (const r of rows.filter((x) => x.predicted !== x.actual)) {
    const v = r.verdict;
    const reasons = v.reasons.map((x) => (x.n === undefined ? x.code : `${x.code}:${x.n}`)).join(' ');
    console.log(`  WRONG ${r.page.label} (${r.page.kind}) score ${v.score}: ${reasons} — ${r.page.url}`);
  }
}

await withModules(
  [
    '/src/glossary/index.ts',
    '/src/core/glossary-index.ts',
    '/src/core/matcher.ts',
    '/src/core/classify.ts',
    '/src/core/term-density.ts',
  ],
  (glossary, index, matcher, classify, density) => {
    const m = new matcher.Matcher(index.patternsOf(glossary.GLOSSARY));
    const tiers = density.tierLookup(glossary.GLOSSARY);
    const rows = [];
    const times = [];
    for (const p of pages) {
      const started = performance.now();
      const verdict = classify.classifyPage({
        title: p.title ?? '',
        text: p.excerpt,
        hostname: p.hostname ?? '',
        lang: p.lang ?? undefined,
        ogType: p.og_type ?? undefined,
        jsonLdTypes: p.jsonld_types ?? undefined,
        terms: density.termWeight(m, tiers, p.excerpt),
      });
      times.push(performance.now() - started);
      rows.push({ page: p, verdict, predicted: verdict.kind === 'policy-report', actual: p.label === 'report' });
    }
    times.sort((a, b) => a - b);
    report(
      'tune',
      rows.filter((r) => splitOf(r.page) === 'tune'),
    );
    report(
      'held-out',
      rows.filter((r) => splitOf(r.page) === 'heldout'),
      showHeldOut,
    );
    console.log(
      `classify + match time per page: median ${times[times.length >> 1].toFixed(2)} ms, max ${times.at(-1).toFixed(2)} ms`,
    );
  },
);
