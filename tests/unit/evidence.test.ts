import { describe, expect, it } from 'vitest';
import { computeEvidence, nestedIds, totalMentions, type CorpusDoc } from '../../src/core/evidence';
import { patternsOf } from '../../src/core/glossary-index';
import type { GlossaryEntry } from '../../src/core/glossary-schema';
import { Matcher } from '../../src/core/matcher';

const entry = (id: string, term: string, variants: string[] = [], excludes?: string[]) =>
  ({ id, term, variants, ...(excludes ? { excludes } : {}) }) as GlossaryEntry;

const glossary = [
  entry('liu-wen', '六稳'),
  entry('liu-bao', '六保'),
  entry('liu-wen-liu-bao', '六稳六保', ['六稳”“六保']),
  entry('si-shi', '四史', [], ['二十四史']),
  entry('xiao-kang', '小康社会'),
  entry('quan-mian-xiao-kang', '全面建成小康社会', ['全面小康']),
];
const matcher = new Matcher(patternsOf(glossary));

describe('evidence counts nested formulas honestly', () => {
  it('credits each entry whose form sits inside a longer highlighted formula, once per place', () => {
    expect(nestedIds(matcher, '六稳六保', 'liu-wen-liu-bao')).toEqual(['liu-wen', 'liu-bao']);
    expect(nestedIds(matcher, '全面建成小康社会', 'quan-mian-xiao-kang')).toEqual(['xiao-kang']);
  });

  it('does not credit a look-alike that an entry excludes, nor the outer entry twice', () => {
    expect(
      nestedIds(new Matcher(patternsOf([...glossary, entry('du-shu', '读二十四史')])), '读二十四史', 'du-shu'),
    ).toEqual([]);
    expect(nestedIds(matcher, '全面建成小康社会', 'quan-mian-xiao-kang')).not.toContain('quan-mian-xiao-kang');
  });

  it('counts per document: the 2022 report’s 六稳六保 is evidence for 六稳 and 六保 too', () => {
    const docs: CorpusDoc[] = [
      { kind: 'gwr', key: 2022, text: '做好“六稳”“六保”工作，落实六稳六保。' },
      { kind: 'congress', key: 18, text: '全面建成小康社会。二十四史。' },
    ];
    const e = computeEvidence(docs, matcher).entries;
    expect(e['liu-wen-liu-bao']).toEqual({ gwr: { 2022: 2 }, congress: {} });
    expect(e['liu-wen']).toEqual({ gwr: { 2022: 2 }, congress: {} });
    expect(e['liu-bao']).toEqual({ gwr: { 2022: 2 }, congress: {} });
    expect(e['xiao-kang']).toEqual({ gwr: {}, congress: { 18: 1 } });
    expect(e['si-shi']).toBeUndefined();
    expect(totalMentions(e['quan-mian-xiao-kang'])).toBe(1);
  });
});
