import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../../src/core/glossary-schema';
import { chooseSense, yearFrom } from '../../src/core/senses';

const entry: GlossaryEntry = {
  id: 'test-term',
  term: '四保',
  variants: [],
  english: 'Four Guarantees',
  gloss: 'g',
  explanation: { en: 'e', zh: '中' },
  category: 'pandemic',
  senses: [
    {
      id: 'a',
      label: 'first',
      gloss: 'a',
      explanation: { en: 'a', zh: '甲' },
      cues: { words: ['财政'], years: { from: 2019 } },
    },
    {
      id: 'b',
      label: 'second',
      gloss: 'b',
      explanation: { en: 'b', zh: '乙' },
      cues: { words: ['白名单', '疫情'], places: ['上海'], years: { from: 2022, to: 2022 } },
    },
  ],
};

describe('chooseSense', () => {
  it('falls back to the first sense without cues', () => {
    const c = chooseSense(entry, { near: '无关文字', page: '' });
    expect(c?.sense.id).toBe('a');
    expect(c?.reasons.at(-1)).toEqual({ code: 'fallback' });
  });

  it('weighs nearby words above page words, and adds place and year', () => {
    const c = chooseSense(entry, { near: '做好"四保"白名单企业', page: '财政 疫情 上海', year: 2022 });
    expect(c?.sense.id).toBe('b');
    expect(c?.reasons).toEqual([
      { code: 'near', word: '白名单' },
      { code: 'onPage', word: '疫情' },
      { code: 'place', place: '上海' },
      { code: 'year', year: 2022 },
    ]);
  });

  it('lets a page-level cue decide when nothing is nearby', () => {
    expect(chooseSense(entry, { near: '四保', page: '财政收支' })?.sense.id).toBe('a');
  });

  it('returns undefined for an entry without senses', () => {
    expect(chooseSense({ ...entry, senses: undefined }, { near: '', page: '' })).toBeUndefined();
  });
});

describe('yearFrom', () => {
  it('reads years from dates', () => {
    expect(yearFrom('发布时间:2022-07-31 08:00')).toBe(2022);
    expect(yearFrom('2022年7月28日')).toBe(2022);
    expect(yearFrom('第2022号')).toBeUndefined();
    expect(yearFrom('3000年', 2026)).toBeUndefined();
  });
});
