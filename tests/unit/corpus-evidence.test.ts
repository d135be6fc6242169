import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeEvidence, totalMentions, type CorpusDoc, type EvidenceFile } from '../../src/core/evidence';
import { patternsOf } from '../../src/core/glossary-index';
import { Matcher } from '../../src/core/matcher';
import { GLOSSARY } from '../../src/glossary';
import committed from '../../src/glossary/evidence.json';

const dir = new URL('../../../shared/corpora/', import.meta.url);
const present = existsSync(new URL('government_work_reports.jsonl', dir));
// A reader's clone has no ../shared beside it: the gates skip there. The development workspace's CI sets
// TIFA_REQUIRE_CORPORA (see .ci/run), so that a missing corpus cannot silently switch the gates off.
if (!present && process.env.TIFA_REQUIRE_CORPORA === '1') {
  throw new Error('TIFA_REQUIRE_CORPORA=1 needs ../shared/corpora for the corpus quality gates');
}

/** Entries that may legitimately run into the hundreds: each is a defining name of its era. */
const FREQUENT = new Map([
  ['gai-ge-kai-fang', 'reform and opening, the name of the post-1978 era'],
  ['zhong-guo-te-se-she-hui-zhu-yi', 'socialism with Chinese characteristics, the Party’s name for its system'],
  [
    'si-ren-bang',
    'the Gang of Four, named 146 times in the 11th Congress report (1977) and 129 times in the 1978–79 work reports',
  ],
]);
/** Above this many hits in 52 work reports and 15 Congress reports, a form is matching ordinary prose. */
const MAX_MENTIONS = 250;

function loadDocs(): CorpusDoc[] {
  const rows = (file: string) =>
    readFileSync(new URL(file, dir), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as { year?: number | string | null; congress?: number | string; content: string });
  return [
    ...rows('government_work_reports.jsonl')
      .filter((r) => r.year)
      .map((r) => ({ kind: 'gwr' as const, key: Number(r.year), text: r.content })),
    ...rows('cpc_congress_reports.jsonl').map((r) => ({
      kind: 'congress' as const,
      key: Number(r.congress),
      text: r.content,
    })),
  ];
}

const SKIPPED = '(skipped: ../shared/corpora absent, as in any clone outside the development workspace)';

describe(present ? 'glossary against the official corpora' : `corpus gates ${SKIPPED}`, () => {
  // Computed on first use inside a test, never in the describe body: vitest runs describe bodies even
  // when every test in them is skipped.
  let fresh: EvidenceFile | undefined;
  const evidence = (): EvidenceFile => (fresh ??= computeEvidence(loadDocs(), new Matcher(patternsOf(GLOSSARY))));

  it.runIf(present)(
    'has committed evidence that matches the glossary and corpora (run npm run glossary:evidence)',
    () => {
      expect(committed as EvidenceFile).toEqual(evidence());
    },
  );

  it.runIf(present)('has no entry with an implausible number of hits', () => {
    const counted = evidence();
    const report = GLOSSARY.map((e) => [e.id, totalMentions(counted.entries[e.id])] as const).sort(
      (a, b) => b[1] - a[1],
    );
    console.log(
      'Most frequent entries in the corpora:',
      report
        .slice(0, 12)
        .map(([id, n]) => `${id} ${n}`)
        .join(', '),
    );
    const implausible = report.filter(([id, n]) => n > MAX_MENTIONS && !FREQUENT.has(id));
    expect(implausible).toEqual([]);
  });
});
