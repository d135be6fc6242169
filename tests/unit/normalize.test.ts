import { describe, expect, it } from 'vitest';
import { hasHan, normalize, normalizeShifting, toOriginal } from '../../src/core/normalize';

describe('normalize', () => {
  it('converts traditional to simplified character by character', () => {
    expect(normalize('專精特新「四保」').text).toBe('专精特新"四保"');
    expect(normalize('為爲峯').text).toBe('为为峰');
  });

  it('strips pinyin noise after Han characters and maps offsets back', () => {
    const input = '堅持“項(xiàng)目為王”';
    const n = normalize(input);
    expect(n.text).toBe('坚持"项目为王"');
    const start = n.text.indexOf('项目为王');
    const [s, e] = toOriginal(n, start, start + 4);
    expect(input.slice(s, e)).toBe('項(xiàng)目為王');
  });

  it('ends a match before trailing noise', () => {
    const input = '三個(gè)一批(pī)活動(dòng)';
    const n = normalize(input);
    expect(n.text).toBe('三个一批活动');
    const [s, e] = toOriginal(n, 0, 4);
    expect(input.slice(s, e)).toBe('三個(gè)一批');
  });

  it('strips a two-reading annotation, so it does not split a term', () => {
    const input = '中華人民共和(hé / huò)國成立75周年';
    const n = normalize(input);
    expect(n.text).toBe('中华人民共和国成立75周年');
    expect(normalize('和（hé、huò）平').text).toBe('和平');
    // Three syllables at most, and each must look like pinyin.
    expect(normalize('和(hé / SRDI)').text).toBe('和(hé / SRDI)');
  });

  it('keeps real parentheses and abbreviations', () => {
    expect(normalize('各縣(市、區(qū))').text).toBe('各县(市、区)');
    expect(normalize('专精特新(SRDI)').text).toBe('专精特新(SRDI)');
    expect(normalize('英文(English)').text).toBe('英文(English)');
  });

  it('folds full-width forms, ideographic space and quote variants', () => {
    expect(normalize('ＡＢＣ１２３　『四保』‘x’').text).toBe('ABC123 "四保"\'x\'');
  });

  it('drops zero-width characters without losing offsets', () => {
    const input = '专\u200b精\u200d特\ufeff新';
    const n = normalize(input);
    expect(n.text).toBe('专精特新');
    expect(toOriginal(n, 0, 4)).toEqual([0, input.length]);
    expect(Array.from(n.starts)).toEqual([0, 2, 4, 6]);
  });

  it('maps astral characters to both of their UTF-16 units', () => {
    const n = normalize('a𠀋b');
    expect(n.text).toBe('a𠀋b');
    expect(Array.from(n.starts)).toEqual([0, 1, 1, 3]);
    expect(toOriginal(n, 1, 3)).toEqual([1, 3]);
  });

  it('keeps a lone surrogate as one unit, so offsets after it stay exact', () => {
    const input = '\ud800四保';
    const n = normalize(input);
    expect(n.text.slice(1)).toBe('四保'); // the broken unit itself may come out as U+FFFD
    expect(toOriginal(n, 1, 3)).toEqual([1, 3]);
  });

  it('detects Han text cheaply', () => {
    expect(hasHan('hello world')).toBe(false);
    expect(hasHan('hello 世界')).toBe(true);
    expect(hasHan('𠀋')).toBe(true);
  });

  it('gives what the offset-by-offset path gives, on text that takes the shared identity maps and on text that does not', () => {
    const pieces = [
      '专精特新',
      '專精特新',
      '，',
      '。',
      '“',
      '”',
      '(',
      '（',
      ')',
      '）',
      'xiàng',
      'gè',
      ' ',
      'a',
      '1',
      '\u200b',
      '\ud840\udc00',
      '𠀀',
      '\ud800',
      '和',
      '為',
      '/',
    ];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const texts = ['', '专精特新', '专精特新，稳中求进。', '和(hé)平', '各縣(市、區(qū))', '项目（xiàng）', 'a(b)'];
    for (let t = 0; t < 400; t++) {
      let text = '';
      for (let k = next() % 24; k > 0; k--) text += pieces[next() % pieces.length];
      texts.push(text);
    }
    for (const text of texts) expect(normalize(text), text).toEqual(normalizeShifting(text));
    // A longer text than any before grows the shared maps; a shorter one after it still reads right.
    const long = '专精特新，'.repeat(1000);
    expect(normalize(long)).toEqual(normalizeShifting(long));
    expect(normalize('稳字当头，')).toEqual(normalizeShifting('稳字当头，'));
  });
});
