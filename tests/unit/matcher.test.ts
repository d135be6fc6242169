import { describe, expect, it } from 'vitest';
import { Matcher, type Match, type Pattern } from '../../src/core/matcher';

/** Obviously-correct reference: at each free position take the longest pattern starting there. */
function naive(patterns: Pattern[], text: string): Match[] {
  const out: Match[] = [];
  let i = 0;
  while (i < text.length) {
    let best: Pattern | undefined;
    for (const p of patterns) {
      if (p.text && text.startsWith(p.text, i) && (!best || p.text.length > best.text.length)) best = p;
    }
    if (best) {
      out.push({ start: i, end: i + best.text.length, id: best.id });
      i += best.text.length;
    } else i++;
  }
  return out;
}

const p = (...texts: string[]): Pattern[] => texts.map((text) => ({ text, id: text }));

describe('Matcher', () => {
  it('prefers the whole formula to its parts', () => {
    const m = new Matcher(p('项目', '项目为王'));
    expect(m.findAll('坚持项目为王,抓项目')).toEqual([
      { start: 2, end: 6, id: '项目为王' },
      { start: 8, end: 10, id: '项目' },
    ]);
  });

  it('takes the leftmost match when two overlap', () => {
    expect(new Matcher(p('ab', 'bcd', 'cd')).findAll('abcd')).toEqual([
      { start: 0, end: 2, id: 'ab' },
      { start: 2, end: 4, id: 'cd' },
    ]);
  });

  it('finds a pattern hidden behind a longer one ending at the same place', () => {
    expect(new Matcher(p('xab', 'ab')).findAll('yab xab')).toEqual([
      { start: 1, end: 3, id: 'ab' },
      { start: 4, end: 7, id: 'xab' },
    ]);
  });

  it('handles matches at the very end and astral characters', () => {
    const m = new Matcher(p('𠀋𠀋', '三个一批'));
    expect(m.findAll('甲𠀋𠀋三个一批')).toEqual([
      { start: 1, end: 5, id: '𠀋𠀋' },
      { start: 5, end: 9, id: '三个一批' },
    ]);
  });

  it('lets a blocking pattern (empty id) swallow a look-alike', () => {
    const m = new Matcher([...p('四史'), { text: '二十四史', id: '' }]);
    expect(m.findAll('学习四史,点校二十四史')).toEqual([{ start: 2, end: 4, id: '四史' }]);
  });

  it('returns nothing for an empty glossary or text', () => {
    expect(new Matcher([]).findAll('abc')).toEqual([]);
    expect(new Matcher(p('a')).findAll('')).toEqual([]);
  });

  it('agrees with the naive matcher on random texts over a small alphabet', () => {
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const alphabet = '专精特新四保';
    const word = (max: number) => Array.from({ length: 1 + rand(max) }, () => alphabet[rand(alphabet.length)]).join('');
    for (let round = 0; round < 500; round++) {
      const patterns = [...new Set(Array.from({ length: 1 + rand(6) }, () => word(4)))].map((text) => ({
        text,
        id: text,
      }));
      const text = word(40);
      expect(new Matcher(patterns).findAll(text)).toEqual(naive(patterns, text));
    }
  });
});

describe('Matcher.findEvery (every occurrence, for the evidence counter)', () => {
  it('reports nested and overlapping occurrences, blockers included, by end and longest first', () => {
    const m = new Matcher([
      ...p('六稳', '六保', '六稳六保', '稳六'),
      { text: '二十四史', id: '' },
      { text: '四史', id: '四史' },
    ]);
    expect(m.findEvery('六稳六保，二十四史')).toEqual([
      { start: 0, end: 2, id: '六稳' },
      { start: 1, end: 3, id: '稳六' },
      { start: 0, end: 4, id: '六稳六保' },
      { start: 2, end: 4, id: '六保' },
      { start: 5, end: 9, id: '' },
      { start: 7, end: 9, id: '四史' },
    ]);
  });

  it('agrees with a search for every pattern at every position on random texts', () => {
    let seed = 11;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const alphabet = '专精特新';
    const word = (max: number) => Array.from({ length: 1 + rand(max) }, () => alphabet[rand(alphabet.length)]).join('');
    for (let round = 0; round < 300; round++) {
      const patterns = [...new Set(Array.from({ length: 1 + rand(6) }, () => word(4)))].map((text) => ({
        text,
        id: text,
      }));
      const text = word(30);
      const key = (x: Match) => `${x.start}-${x.end}-${x.id}`;
      const expected = patterns.flatMap((q) =>
        [...text].flatMap((_, i) =>
          text.startsWith(q.text, i) ? [{ start: i, end: i + q.text.length, id: q.id }] : [],
        ),
      );
      expect(new Matcher(patterns).findEvery(text).map(key).sort()).toEqual(expected.map(key).sort());
    }
  });
});

describe('Matcher data (built in the background, loaded in a tab)', () => {
  it('finds exactly what the matcher it came from finds, from copies of its arrays', () => {
    const patterns = [...p('项目', '项目为王', 'ab', 'bcd', 'cd', '𠀀𠀁', '𠀀x'), { text: '四保临江', id: '' }];
    const built = new Matcher(patterns);
    const data = built.toData();
    const loaded = new Matcher({
      ...data,
      labels: data.labels.slice(),
      first: data.first.slice(),
      fail: data.fail.slice(),
      own: data.own.slice(),
      dict: data.dict.slice(),
      depth: data.depth.slice(),
    });
    for (const text of ['坚持项目为王,抓项目', 'abcd bcd', '𠀀𠀁 𠀀x', '三下江南四保临江', '']) {
      expect(loaded.findAll(text)).toEqual(built.findAll(text));
      expect(loaded.findAll(text)).toEqual(naive(patterns, text).filter((m) => m.id)); // blockers unreported
    }
    expect(loaded.idCount).toBe(built.idCount);
  });

  it('refuses data whose arrays do not fit together', () => {
    const data = new Matcher(p('ab')).toData();
    expect(() => new Matcher({ ...data, fail: new Int32Array(0) })).toThrow(/malformed/);
    expect(() => new Matcher({ ...data, depth: new Uint16Array(1) })).toThrow(/malformed/);
  });
});
