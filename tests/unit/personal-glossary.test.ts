import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../../src/core/glossary-schema';
import { patternsOf } from '../../src/core/glossary-index';
import { neutraliseFormula, unescapeCell } from '../../src/core/glossary-csv';
import { draftOf, entryFromDraft } from '../../src/core/entry-draft';
import {
  applyImport,
  canonicalEntry,
  exportCsv,
  exportJson,
  importFile,
  mergeGlossaries,
  overridesOf,
  parseImport,
  type ImportResult,
} from '../../src/core/personal-glossary';
import { GLOSSARY } from '../../src/glossary';
import { entries as entriesArb } from './glossary-arbitraries';

function entry(id: string, term: string, over: Partial<GlossaryEntry> = {}): GlossaryEntry {
  return {
    id,
    term,
    variants: [],
    english: `${id} in English`,
    gloss: `The gloss of ${id}.`,
    explanation: { en: `About ${id}.`, zh: `关于${term}。` },
    category: 'economy',
    ...over,
  };
}

const deepFreeze = <T>(value: T): T => {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
};

const okOf = (r: ImportResult) => {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.errors)}`);
  return r;
};
const errorsOf = (r: ImportResult) => {
  if (r.ok) throw new Error('expected errors');
  return r.errors;
};

const builtIn = deepFreeze([
  entry('liu-wen-liu-bao', '六稳六保', { variants: ['六稳', '六保'] }),
  entry('si-shi', '四史', { excludes: ['二十四史'] }),
  entry('fang-guan-fu', '放管服'),
]);

describe('mergeGlossaries', () => {
  it('adds personal entries after the built-in ones, marking origin beside the entry', () => {
    const mine = entry('wo-de', '我的词');
    const merged = mergeGlossaries(builtIn, [mine]);
    expect(merged.map((s) => [s.entry.id, s.origin])).toEqual([
      ['liu-wen-liu-bao', 'built-in'],
      ['si-shi', 'built-in'],
      ['fang-guan-fu', 'built-in'],
      ['wo-de', 'personal'],
    ]);
    expect(merged[3]!.entry).toBe(mine);
    expect('origin' in merged[3]!.entry).toBe(false);
  });

  it('replaces a built-in entry with the personal entry of the same id, in its place', () => {
    const mine = entry('si-shi', '四史', { english: 'my four histories' });
    const merged = mergeGlossaries(builtIn, [mine]);
    expect(merged.map((s) => s.entry.id)).toEqual(['liu-wen-liu-bao', 'si-shi', 'fang-guan-fu']);
    expect(merged[1]).toEqual({ entry: mine, origin: 'personal' });
    expect(overridesOf(builtIn, [mine])).toEqual([{ builtInId: 'si-shi', personalId: 'si-shi', how: 'id' }]);
  });

  it('hides a built-in entry whose term a personal entry claims', () => {
    const mine = entry('fang-guan-fu-mine', '放管服改革', { variants: ['放管服'] });
    const merged = mergeGlossaries(builtIn, [mine]);
    expect(merged.map((s) => s.entry.id)).toEqual(['liu-wen-liu-bao', 'si-shi', 'fang-guan-fu-mine']);
    expect(overridesOf(builtIn, [mine])[0]).toMatchObject({ builtInId: 'fang-guan-fu', how: 'term' });
  });

  it('takes only the claimed variant away from a built-in entry', () => {
    const mine = entry('liu-bao', '六保');
    const merged = mergeGlossaries(builtIn, [mine]);
    const liu = merged.find((s) => s.entry.id === 'liu-wen-liu-bao')!;
    expect(liu.entry.variants).toEqual(['六稳']);
    expect(liu.origin).toBe('built-in');
    expect(builtIn[0]!.variants).toEqual(['六稳', '六保']); // the built-in data is untouched
    const patterns = patternsOf(merged.map((s) => s.entry)).filter((p) => p.text === '六保');
    expect(patterns).toEqual([{ text: '六保', id: 'liu-bao' }]);
  });

  it('lifts a built-in exclusion that would block a personal form', () => {
    const mine = entry('er-shi-si-shi', '二十四史');
    const merged = mergeGlossaries(builtIn, [mine]);
    expect(merged.find((s) => s.entry.id === 'si-shi')!.entry.excludes).toBeUndefined();
    expect(patternsOf(merged.map((s) => s.entry)).filter((p) => p.text === '二十四史')).toEqual([
      { text: '二十四史', id: 'er-shi-si-shi' },
    ]);
  });

  it('merges onto the real glossary without two entries sharing a form', () => {
    const merged = mergeGlossaries(GLOSSARY, [
      entry('mine', GLOSSARY[5]!.term, { variants: [...GLOSSARY[9]!.variants] }),
    ]);
    const owner = new Map<string, string>();
    for (const p of patternsOf(merged.map((s) => s.entry)).filter((p) => p.id)) {
      expect(owner.get(p.text) ?? p.id, p.text).toBe(p.id);
      owner.set(p.text, p.id);
    }
  });
});

describe('parseImport: preview and all-or-nothing', () => {
  const existing = deepFreeze([entry('a-one', '甲一'), entry('b-two', '乙二')]);

  it('previews added, changed and unchanged entries without touching the existing ones', () => {
    const snapshot = structuredClone(existing);
    const file = [entry('a-one', '甲一'), entry('b-two', '乙二', { gloss: 'A new gloss.' }), entry('c-three', '丙三')];
    const result = okOf(parseImport(JSON.stringify(file), 'json', existing));
    expect(result.added.map((e) => e.id)).toEqual(['c-three']);
    expect(result.changed).toEqual([{ before: existing[1], after: file[1] }]);
    expect(result.unchanged).toBe(1);
    expect(existing).toStrictEqual(snapshot);
    expect(applyImport(existing, result).map((e) => [e.id, e.gloss])).toEqual([
      ['a-one', 'The gloss of a-one.'],
      ['b-two', 'A new gloss.'],
      ['c-three', 'The gloss of c-three.'],
    ]);
  });

  it('rejects the whole file for one bad row, listing every problem by row, field and reason', () => {
    const file = [entry('c-three', '丙三'), { ...entry('d-four', '丁四'), gloss: '' }, entry('e-five', 'five')];
    const errors = errorsOf(parseImport(JSON.stringify(file), 'json', existing));
    expect(errors).toMatchObject([
      { row: 2, field: 'gloss', reason: 'must be a non-empty string', code: 'nonEmpty' },
      { row: 3, field: 'term', reason: 'must contain Chinese characters', code: 'needsHan' },
    ]);
  });

  it('numbers CSV rows as data rows, counting blank lines and multi-line cells as a spreadsheet does', () => {
    const csv = exportCsv([entry('c-three', '丙三', { gloss: 'two\nlines' }), entry('d-four', '丁四')]).split('\r\n');
    const text = [csv[0], csv[1], '', csv[2]!.replace('丁四', 'ding')].join('\r\n');
    const errors = errorsOf(parseImport(text, 'csv', []));
    expect(errors.map((e) => [e.row, e.field])).toEqual([[3, 'term']]);
  });

  it('reads CSV columns in any order and case, with optional ones left out and spaces around list items', () => {
    const text =
      'Term,ID,category,english,gloss,explanation_zh,explanation_en,variants\n甲一,a-one,economy,A,G,中,E, 甲 | 一一 |\n';
    const [added] = okOf(parseImport(text, 'csv', [])).added;
    expect(added).toStrictEqual({
      id: 'a-one',
      term: '甲一',
      variants: ['甲', '一一'],
      english: 'A',
      gloss: 'G',
      explanation: { en: 'E', zh: '中' },
      category: 'economy',
    });
  });

  it('checks related ids against the known ones when asked', () => {
    const file = JSON.stringify([entry('c-three', '丙三', { related: ['a-one', 'si-shi', 'nope'] })]);
    expect(parseImport(file, 'json', existing).ok).toBe(true);
    expect(errorsOf(parseImport(file, 'json', existing, { knownIds: ['si-shi'] }))).toMatchObject([
      { row: 1, field: 'related', reason: 'unknown id “nope”' },
    ]);
  });

  it('lets an entry take over forms from an existing entry that the same file replaces', () => {
    const file = [entry('a-one', '甲壹'), entry('c-three', '丙三', { variants: ['甲一'] })];
    expect(okOf(parseImport(JSON.stringify(file), 'json', existing)).changed).toHaveLength(1);
  });

  it('refuses input over 5 MB before parsing it', () => {
    const errors = errorsOf(parseImport(`[${' '.repeat(6 * 1024 * 1024)}`, 'json', []));
    expect(errors).toMatchObject([
      { row: 0, field: 'file', reason: expect.stringMatching(/6\.0 MB.*5\.0 MB/) as string },
    ]);
    // 2 million Han characters are 6 MB of UTF-8, though only 2 million UTF-16 units.
    expect(errorsOf(parseImport('中'.repeat(2_000_000), 'csv', []))[0]!.reason).toMatch(/5\.0 MB/);
  });
});

describe('round trips', () => {
  const canonical = GLOSSARY.map(canonicalEntry);

  it('JSON: export then import gives the entries back exactly (the whole built-in glossary)', () => {
    expect(okOf(parseImport(exportJson(canonical), 'json', [])).added).toStrictEqual(canonical);
  });

  it('CSV: export then import gives the entries back exactly (the whole built-in glossary)', () => {
    expect(okOf(parseImport(exportCsv(canonical), 'csv', [])).added).toStrictEqual(canonical);
  });

  it('for any valid entries, in both formats, also as UTF-8 with BOM and UTF-16 files', () => {
    const encoders: ((s: string) => Uint8Array)[] = [
      (s) => new TextEncoder().encode(`\uFEFF${s}`),
      (s) => new Uint8Array(Buffer.from(`\uFEFF${s}`, 'utf16le')),
      (s) => new Uint8Array(Buffer.from(`\uFEFF${s}`, 'utf16le').swap16()),
    ];
    fc.assert(
      fc.property(entriesArb(), fc.constantFrom(0, 1, 2), (list, enc) => {
        expect(okOf(parseImport(exportJson(list), 'json', [])).added).toStrictEqual(list);
        expect(okOf(parseImport(exportCsv(list), 'csv', [])).added).toStrictEqual(list);
        const bytes = encoders[enc]!(exportCsv(list));
        expect(okOf(importFile(bytes, { fileName: 'mine.csv' }, [])).added).toStrictEqual(list);
        // Re-importing an export over itself changes nothing.
        expect(okOf(parseImport(exportJson(list), 'json', list))).toMatchObject({ added: [], changed: [] });
      }),
      { numRuns: 150 },
    );
  }, 30_000);
});

describe('spreadsheet formulas in CSV', () => {
  const nasty = entry('f-one', '甲一', {
    english: "=cmd|' /C calc'!A0",
    gloss: '+1 for growth',
    explanation: { en: '-minus', zh: '@中' },
    pinyin: "'=already quoted",
  });

  it('neutralises cells that start with = + - @ tab or CR, and the import undoes exactly that', () => {
    const csv = exportCsv([nasty]);
    expect(csv).toContain(`,'=cmd|' /C calc'!A0,`);
    expect(csv).toContain(",'+1 for growth,");
    expect(csv).toContain(",'-minus,'@中,");
    expect(csv).toContain(",''=already quoted,");
    expect(okOf(parseImport(csv, 'csv', [])).added).toStrictEqual([nasty]);
    expect(neutraliseFormula('\tx')).toBe("'\tx");
    expect(neutraliseFormula("'plain")).toBe("'plain");
    expect(unescapeCell("'plain")).toEqual({ value: "'plain" });
    expect(unescapeCell("'-1")).toEqual({ value: '-1' });
    expect(unescapeCell('-1')).toEqual({ formula: true });
  });

  it('refuses an unescaped formula cell on import, naming its row and column', () => {
    for (const formula of ["=cmd|' /C calc'!A0", '+SUM(A1)', '-2+3', '@A1']) {
      const csv = exportCsv([entry('f-one', '甲一')]).replace('f-one in English', formula.replace(/"/g, '""'));
      expect(errorsOf(parseImport(csv, 'csv', []))).toMatchObject([
        {
          row: 1,
          field: 'english',
          code: 'formula',
          reason: expect.stringContaining('looks like a spreadsheet formula') as string,
        },
      ]);
    }
  });
});

describe('entry drafts from the editor', () => {
  it('makes the id from the pinyin when it is left empty, and checks with the import rules', () => {
    const draft = {
      ...draftOf(),
      term: '专精特新',
      english: 'E',
      gloss: 'G',
      explanation_en: 'E',
      explanation_zh: '中',
    };
    expect(entryFromDraft(draft, [], [])).toMatchObject({ entry: { id: 'zhuan-jing-te-xin', variants: [] } });
    const bad = entryFromDraft({ ...draft, id: 'a-one', term: '甲一', gloss: '=1' }, [entry('a-one', '乙')], []);
    const reasons = (r: ReturnType<typeof entryFromDraft>) =>
      'errors' in r ? Object.fromEntries(Object.entries(r.errors).map(([f, ps]) => [f, ps!.map((p) => p.reason)])) : r;
    expect(reasons(bad)).toEqual({ id: ['is already the id of another of your entries'] });
    expect(bad).toMatchObject({ errors: { id: [{ code: 'idTaken' }] } });
    expect(reasons(entryFromDraft({ ...draft, period_from: 'soon' }, [], []))).toEqual({
      period_from: ['must be a year between 1900 and 2100'],
    });
    expect(entryFromDraft({ ...draft, variants: '甲一' }, [entry('a-one', '甲一')], [])).toMatchObject({
      errors: {
        variants: [
          { code: 'formOfYours', params: ['甲一', 'a-one'], reason: '“甲一” is already a form of your entry “a-one”' },
        ],
      },
    });
  });

  it('accepts text that starts like a formula, since a form is not a spreadsheet', () => {
    const draft = { ...draftOf(entry('a-one', '甲一')), gloss: '=1 is a formula' };
    expect(entryFromDraft(draft, [], [])).toMatchObject({ entry: { gloss: '=1 is a formula' } });
  });
});
