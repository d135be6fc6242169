// npm run eval:detect — runs the page classifier over the labelled real pages in eval/detect/pages.jsonl
// and prints precision and recall for "policy report", plus every page it gets wrong.
import { readJsonl } from './corpora.mjs';
import { withModules } from './load-ts.mjs';

const pages = readJsonl('eval/detect/pages.jsonl');

await withModules(
  [
    '/src/glossary/index.ts',
    '/src/core/glossary-index.ts',
    '/src/core/matcher.ts',
    '/src/core/normalize.ts',
    '/src/core/classify.ts',
  ],
  (glossary, index, matcher, normalize, classify) => {
    const m = new matcher.Matcher(index.patternsOf(glossary.GLOSSARY));
    let tp = 0,
      fp = 0,
      fn = 0,
      tn = 0,
      hardNegativesHit = 0;
    const wrong = [];
    const times = [];
    for (const p of pages) {
      const started = performance.now();
      const hits = m.findAll(normalize.normalize(`${p.title ?? ''}\n${p.excerpt}`).text);
      const verdict = classify.classifyPage({
        title: p.title ?? '',
        text: p.excerpt,
        hostname: p.hostname ?? '',
        lang: p.lang ?? undefined,
        termHits: hits.length,
        distinctTerms: new Set(hits.map((h) => h.id)).size,
      });
      times.push(performance.now() - started);
      const predicted = verdict.kind === 'policy-report';
      const actual = p.label === 'report';
      if (predicted && actual) tp++;
      else if (predicted && !actual) {
        fp++;
        if (p.hard_negative) hardNegativesHit++;
      } else if (!predicted && actual) fn++;
      else tn++;
      if (predicted !== actual)
        wrong.push({
          label: p.label,
          kind: p.kind,
          url: p.url,
          score: verdict.score,
          reasons: verdict.reasons.join('; '),
        });
    }
    const precision = tp / Math.max(1, tp + fp);
    const recall = tp / Math.max(1, tp + fn);
    times.sort((a, b) => a - b);
    console.log(
      `pages: ${pages.length} (${tp + fn} reports, ${fp + tn} other, ${pages.filter((p) => p.hard_negative).length} hard negatives)`,
    );
    console.log(
      `precision ${(precision * 100).toFixed(1)}%  recall ${(recall * 100).toFixed(1)}%  (tp ${tp}, fp ${fp}, fn ${fn}, tn ${tn})`,
    );
    console.log(`hard negatives detected as reports: ${hardNegativesHit}`);
    console.log(
      `classify + match time per page: median ${times[times.length >> 1].toFixed(2)} ms, max ${times.at(-1).toFixed(2)} ms`,
    );
    for (const w of wrong) console.log(`  WRONG ${w.label} (${w.kind}) score ${w.score}: ${w.reasons} — ${w.url}`);
  },
);
