import { describe, expect, it } from 'vitest';
import { parseDictionary, reading, toneMarks, wordAt } from '../../src/core/dictionary';
import { patternsOf } from '../../src/core/glossary-index';
import { Matcher } from '../../src/core/matcher';
import { normalize } from '../../src/core/normalize';
import { GLOSSARY } from '../../src/glossary';
import { cedictDate, compactCedict, rawCedict } from '../../scripts/cedict.mjs';

describe('toneMarks', () => {
  it('puts the mark where pinyin puts it', () => {
    expect(toneMarks('zhuan1 jing1 te4 xin1')).toBe('zhuān jīng tè xīn');
    expect(toneMarks('Zhong1 guo2')).toBe('Zhōng guó');
    expect(toneMarks('lu:4 se4')).toBe('lǜ sè');
    expect(toneMarks('gou4 liu2 shui3 gui4 er2')).toBe('gòu liú shuǐ guì ér');
    expect(toneMarks('de5 ma5')).toBe('de ma');
    expect(toneMarks('san1 C')).toBe('sān C');
  });
});

describe('the shipped CC-CEDICT', () => {
  const raw = rawCedict();
  const dict = parseDictionary(compactCedict(raw));
  const matcher = new Matcher(patternsOf(GLOSSARY));
  const read = (text: string) => {
    const normalized = normalize(text).text;
    return reading(dict, normalized, matcher.findAll(normalized));
  };

  it('is a recent release with over 100,000 senses, under its CC BY-SA licence', () => {
    expect(cedictDate(raw) >= '2024').toBe(true);
    expect(raw).toContain('Creative Commons Attribution-ShareAlike 4.0');
    expect([...dict.words.values()].reduce((n, s) => n + s.length, 0)).toBeGreaterThan(100000);
  });

  it('segments by longest match, with pinyin and glosses for each word', () => {
    const words = reading(dict, '推动产业转变');
    expect(words.map((w) => w.text)).toEqual(['推动', '产业', '转变']);
    expect(words[0]!.senses[0]).toMatchObject({ pinyin: 'tuī dòng' });
    expect(words[0]!.senses[0]!.glosses.join(' ')).toMatch(/push|promote|drive/i);
  });

  it('gives a word-by-word reading of a formula the glossary lacks', () => {
    const words = reading(dict, '六地四转');
    expect(words.every((w) => w.senses.length > 0)).toBe(true);
    expect(words.map((w) => w.text).join('')).toBe('六地四转');
  });

  it('lets glossary entries win: a glossary term stays whole and carries its id', () => {
    const words = read('推进專精特新企业发展');
    const term = words.find((w) => w.glossaryId);
    expect(term?.text).toBe('专精特新');
    expect(term?.senses[0]?.pinyin).toMatch(/zhuān jīng tè xīn/);
  });

  it('puts common senses before proper names, and runs unknown text together', () => {
    expect(wordAt(dict, '李子')?.text).toBe('李子');
    expect(wordAt(dict, '李')?.senses[0]?.glosses[0]).toBe('plum');
    expect(reading(dict, '增长12.5%').map((w) => w.text)).toEqual(['增长', '12.5%']);
  });

  it('finds nothing where the text has no Chinese word', () => {
    expect(wordAt(dict, '……')).toBeUndefined();
  });
});
