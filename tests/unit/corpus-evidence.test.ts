import { beforeAll, describe, expect, it } from 'vitest';
import { computeEvidence, totalMentions, type EvidenceFile } from '../../src/core/evidence';
import { patternsOf } from '../../src/core/glossary-index';
import { Matcher } from '../../src/core/matcher';
import { GLOSSARY } from '../../src/glossary';
import committed from '../../src/glossary/evidence.json';
import { corporaPresent as present, loadCorpusDocs } from './corpus-docs';

/** Entries that may legitimately run into the hundreds: each is a defining name of its era. */
const FREQUENT = new Map([
  ['gai-ge-kai-fang', 'reform and opening, the name of the post-1978 era'],
  ['wu-nian-gui-hua', 'five-year plans, the frame of every work report since the First Five-Year Plan (1953)'],
  ['she-hui-zhu-yi-xian-dai-hua-jian-she', 'socialist modernisation, the stated goal of every report since 1978'],
  ['guo-you-qi-ye', 'state-owned enterprises, a subject of every work report since the 1950s'],
  ['zhong-guo-te-se-she-hui-zhu-yi', 'socialism with Chinese characteristics, the Party’s name for its system'],
  [
    'si-ren-bang',
    'the Gang of Four, named 146 times in the 11th Congress report (1977) and 129 times in the 1978–79 work reports',
  ],
]);
/** Above this many hits in 52 work reports and 15 Congress reports, a form is matching ordinary prose. */
const MAX_MENTIONS = 250;

describe.runIf(present)(
  present ? 'glossary against the official corpora' : 'corpus gates (skipped: ../shared/corpora absent)',
  () => {
    let fresh: EvidenceFile;
    // In beforeAll, not in the describe body: vitest collects a skipped suite's body too.
    beforeAll(() => {
      fresh = computeEvidence(loadCorpusDocs(), new Matcher(patternsOf(GLOSSARY)));
    });

    it('has committed evidence that matches the glossary and corpora (run npm run glossary:evidence)', () => {
      expect(committed as EvidenceFile).toEqual(fresh);
    });

    it('has no entry with an implausible number of hits', () => {
      const report = GLOSSARY.map((e) => [e.id, totalMentions(fresh.entries[e.id])] as const).sort(
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
  },
);
