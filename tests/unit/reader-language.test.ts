import { afterEach, describe, expect, it } from 'vitest';
import { PROBLEM_EN, type ProblemCode } from '../../src/core/problems';
import { explainTerm } from '../../src/core/explain';
import { GLOSSARY } from '../../src/glossary';
import { byId } from '../../src/core/glossary-index';
import { setLocale, type Locale } from '../../src/i18n';
import { problemText } from '../../src/ui/problem-text';
import { scopeText, senseLabelText, senseReasonText, sourceText, zhText } from '../../src/ui/term-text';

// Names that are themselves Latin: file formats, encodings and programs a reader must be told by name.
const ALLOWED = /UTF-(?:8|16|32)(?:BE|LE)?|GB18030|GBK|Big5|Latin-1|NUL|CSV|JSON|Excel/g;
const latin = (text: string) => text.replace(ALLOWED, '').match(/[A-Za-z]+/g) ?? [];

const ZH: Locale[] = ['zh_CN', 'zh_TW'];
afterEach(() => setLocale('en'));

describe('the Chinese interfaces say everything in Chinese', () => {
  it('renders every validation problem from src/core without Latin letters', () => {
    for (const locale of ZH) {
      setLocale(locale);
      for (const code of Object.keys(PROBLEM_EN) as ProblemCode[]) {
        const text = problemText({ code, params: ['甲一', 2, '乙二'], item: code === 'pipe' ? 2 : undefined });
        expect(latin(text), `${locale} ${code}: ${text}`).toEqual([]);
      }
    }
  });

  it('renders the sense chosen, its reasons, scope and source of every entry without Latin letters', () => {
    const entries = byId(GLOSSARY);
    const context = { near: '白名单', page: '河南 周口 2022年', year: 2022 };
    for (const locale of ZH) {
      setLocale(locale);
      for (const entry of GLOSSARY) {
        const term = explainTerm(entry, (id) => entries.get(id), context);
        const said = [
          scopeText(term.scope),
          sourceText(term.source),
          term.sense && senseLabelText(term.sense),
          ...(term.sense?.reasons.map(senseReasonText) ?? []),
        ].filter((s): s is string => !!s);
        for (const text of said) expect(latin(text), `${locale} ${entry.id}: ${text}`).toEqual([]);
      }
    }
  });

  it('writes glossary Chinese in traditional characters for zh_TW', () => {
    setLocale('zh_TW');
    expect(zhText('全面从严治党')).toBe('全面從嚴治黨');
    expect(problemText({ code: 'formOfYours', params: ['甲一', 'a-one'] })).toContain('「甲一」');
    setLocale('zh_CN');
    expect(zhText('全面从严治党')).toBe('全面从严治党');
  });

  it('keeps English names where the English interface shows them', () => {
    setLocale('en');
    expect(scopeText({ level: 'province', place: '河南', placeEn: 'Henan' })).toBe('Province: Henan 河南');
    expect(
      sourceText({ body: 'CPC Central Committee', document: '2015 Central Economic Work Conference', year: 2015 }),
    ).toBe('CPC Central Committee, 2015 Central Economic Work Conference');
    setLocale('zh_CN');
    expect(scopeText({ level: 'province', place: '河南', placeEn: 'Henan' })).toBe('省级：河南');
    expect(sourceText({ body: 'CPC Central Committee', document: 'Some title', year: 2015 })).toBe('中共中央，2015年');
  });
});

describe('the Chinese locale files', () => {
  // The product's name, the dictionary's, file formats and a pinyin example are Latin by nature.
  const NAMES = /Tifa Lens|CC-CEDICT|Anki|Markdown|TSV|CSV|JSON|UTF-(?:8|16)|MB|zhuān jīng tè xīn|%s/g;
  it('hold no other Latin letters', async () => {
    const { MESSAGES } = await import('../../src/i18n/messages');
    const { OPTIONS_MESSAGES } = await import('../../src/options/locales');
    for (const locale of ZH) {
      const all = { ...MESSAGES[locale], ...OPTIONS_MESSAGES[locale] } as Record<string, string>;
      for (const [key, text] of Object.entries(all)) {
        expect(text.replace(NAMES, '').match(/[A-Za-z]+/g) ?? [], `${locale}.${key}: ${text}`).toEqual([]);
      }
    }
  });
});
