// Pages for `npm run bench`: a large page from the official corpora, a long English page, and pages
// of fixed sizes for the scaling series. The reference report comes from tests/support/pages/pages.mjs.
import { existsSync } from 'node:fs';
import { CORPORA_DIR, loadCorpora } from '../scripts/corpora.mjs';

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A plain page: no scripts, no extra sections, one <p> per paragraph. */
function page(title, lang, paragraphs) {
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{max-width:760px;margin:24px auto;padding:0 16px;font:18px/1.8 'Noto Serif CJK SC','Noto Sans CJK SC',serif}</style>
</head><body><article><h1>${escapeHtml(title)}</h1>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
</article></body></html>`;
}

export const hanCount = (s) => (s.match(/\p{Script=Han}/gu) ?? []).length;

let corpus;
/**
 * Every Government Work Report since 2010 and the last six Congress reports, as paragraphs.
 * Exits with a clear message (from scripts/corpora.mjs) when ../shared/corpora is absent.
 */
export function corpusParagraphs() {
  if (corpus) return corpus;
  if (!existsSync(new URL('government_work_reports.jsonl', CORPORA_DIR))) {
    console.error('npm run bench needs the official corpora for its large pages.');
  }
  const docs = loadCorpora();
  const reports = docs.filter((d) => d.kind === 'gwr' && d.key >= 2010).sort((a, b) => a.key - b.key);
  const congress = docs
    .filter((d) => d.kind === 'congress')
    .sort((a, b) => a.key - b.key)
    .slice(-6);
  if (reports.length < 10 || congress.length < 6) {
    console.error(`The corpora at ${CORPORA_DIR.pathname} look incomplete (${reports.length} reports since 2010,`);
    console.error(`${congress.length} Congress reports); the large-page benchmark needs them all.`);
    process.exit(2);
  }
  const documents = [...reports, ...congress];
  const paragraphs = documents.flatMap((d) =>
    d.text
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean),
  );
  corpus = {
    paragraphs,
    description:
      `${reports.length} Government Work Reports (${reports[0].key}–${reports.at(-1).key}, those in the corpus) + ` +
      `Congress reports ${congress.map((d) => d.key).join(', ')}`,
  };
  return corpus;
}

const LARGE_TITLE = '政府工作报告（2010—2025）与中国共产党全国代表大会报告（十五大至二十大）';

/** (b) The large page: the corpus as it is, one <p> per paragraph. */
export function largePage() {
  const { paragraphs, description } = corpusParagraphs();
  const text = paragraphs.join('');
  return {
    html: page(LARGE_TITLE, 'zh-CN', paragraphs),
    chars: text.length,
    han: hanCount(text),
    paragraphs: paragraphs.length,
    description,
  };
}

/** (f) A page of exactly `chars` characters of corpus text: repeated or truncated, paragraph by paragraph. */
export function sizedPage(chars) {
  const { paragraphs } = corpusParagraphs();
  const out = [];
  let total = 0;
  for (let i = 0; total < chars; i++) {
    const p = paragraphs[i % paragraphs.length];
    const take = p.slice(0, chars - total);
    out.push(take);
    total += take.length;
  }
  const text = out.join('');
  return { html: page(LARGE_TITLE, 'zh-CN', out), chars: text.length, han: hanCount(text), paragraphs: out.length };
}

// (c) English prose: a deterministic generator, so every run reads the same page.
const SUBJECTS = [
  'The committee',
  'Our regional office',
  'The new budget',
  'A survey of local firms',
  'The planning department',
  'Each district',
  'The transport authority',
  'The annual review',
  'A group of researchers',
  'The city council',
  'The harbour project',
  'Small manufacturers',
];
const VERBS = [
  'reported',
  'proposed',
  'examined',
  'approved',
  'questioned',
  'described',
  'reviewed',
  'published',
  'outlined',
  'welcomed',
];
const OBJECTS = [
  'a plan to improve the supply of clean water',
  'the costs of maintaining older bridges',
  'several measures to support apprentices',
  'the results of a two-year study on housing',
  'a timetable for repairing the northern railway',
  'new rules for the disposal of household waste',
  'the findings of an independent audit',
  'a proposal to extend library opening hours',
  'the effects of a wet spring on local farms',
  'ways to reduce delays at the border crossing',
  'an agreement with neighbouring towns on bus routes',
  'the need for more teachers in rural schools',
];
const TAILS = [
  'after a long public consultation',
  'despite objections from some residents',
  'in a statement released on Tuesday',
  'with support from both major parties',
  'although details remain unclear',
  'and promised a further update in the autumn',
  'while noting that funding is limited',
  'following a series of open meetings',
  '',
  '',
];

function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** (c) About `bytes` of English prose paragraphs; no Chinese anywhere, not even in the title. */
export function englishPage(bytes = 300_000) {
  const rand = rng(2024);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const paragraphs = [];
  let total = 0;
  while (total < bytes) {
    const sentences = [];
    const n = 3 + Math.floor(rand() * 4);
    for (let i = 0; i < n; i++) {
      const tail = pick(TAILS);
      sentences.push(`${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)}${tail ? ` ${tail}` : ''}.`);
    }
    const p = sentences.join(' ');
    paragraphs.push(p);
    total += p.length + 1;
  }
  const html = page('Regional news digest', 'en', paragraphs);
  if (hanCount(html) !== 0) throw new Error('the English page must contain no Chinese');
  return { html, chars: paragraphs.join('').length, han: 0, paragraphs: paragraphs.length };
}
