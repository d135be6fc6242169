// fast-check generators (plain-prototype objects, as JSON.parse makes) of valid, canonical personal entries, shared by the property and fuzz tests.
import fc from 'fast-check';
import { CATEGORIES, type GlossaryEntry } from '../../src/core/glossary-schema';

const HAN = [...'大国重器工业母机新质生产力稳保就业民生数字经济'];
/** Characters that trouble CSV, Markdown and spreadsheets: separators, quotes, formula starts, line breaks. */
const NASTY = [...'abc XYZ,;"\'=+-@|\t\r\n#*_<>&中文'];

const han = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...HAN), minLength: min, maxLength: max });
/** Text the schema accepts: not blank, within `max` characters. */
export const text = (max: number) =>
  fc
    .string({ unit: fc.constantFrom(...NASTY), minLength: 1, maxLength: Math.min(max, 40) })
    .filter((s) => s.trim() !== '');
const kebab = fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,6}){0,2}$/);

/** Two Han characters unique to (entry, form), so that no two forms anywhere are the same. */
function marker(i: number, j: number): string {
  const n = i * 16 + j;
  return HAN[n % HAN.length]! + HAN[Math.floor(n / HAN.length) % HAN.length]! + HAN[Math.floor(n / 400) % HAN.length]!;
}

const raw = fc.record(
  {
    term: han(1, 6),
    variants: fc.array(han(1, 6), { maxLength: 3 }),
    english: text(200),
    gloss: text(160),
    en: text(1500),
    zh: text(700),
    category: fc.constantFrom(...CATEGORIES.filter((c) => c !== 'local')),
    pinyin: text(120),
    scope: fc.oneof(
      fc.constant({ level: 'national' as const }),
      fc.record(
        { level: fc.constant('province' as const), place: han(1, 4), placeEn: text(40) },
        { noNullPrototype: true },
      ),
    ),
    period: fc
      .tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1900, max: 2100 }), fc.constantFrom(0, 1, 2))
      .map(([a, b, which]) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        return which === 0 ? { from } : which === 1 ? { to } : { from, to };
      }),
    related: fc.array(kebab, { minLength: 1, maxLength: 3 }),
    excludes: fc.array(han(7, 9), { minLength: 1, maxLength: 2 }),
    expansion: fc.array(fc.record({ zh: han(1, 8), en: text(200) }, { noNullPrototype: true }), {
      minLength: 2,
      maxLength: 3,
    }),
    source: fc.record(
      { body: text(120), document: text(200), year: fc.integer({ min: 1900, max: 2100 }) },
      { requiredKeys: ['body'], noNullPrototype: true },
    ),
  },
  { requiredKeys: ['term', 'variants', 'english', 'gloss', 'en', 'zh', 'category'], noNullPrototype: true },
);

/** Valid, canonical entries with unique ids and unique surface forms. */
export const entries = (maxLength = 6) =>
  fc.array(raw, { minLength: 1, maxLength }).map((list) =>
    list.map((r, i): GlossaryEntry => {
      const e: GlossaryEntry = {
        id: `entry-${i}`,
        term: r.term + marker(i, 0),
        variants: r.variants.map((v, j) => v + marker(i, j + 1)),
        english: r.english,
        gloss: r.gloss,
        explanation: { en: r.en, zh: `中${r.zh}` },
        category: r.category,
      };
      if (r.pinyin !== undefined) e.pinyin = r.pinyin;
      if (r.scope) e.scope = r.scope;
      if (r.period) e.period = r.period;
      if (r.related) e.related = r.related;
      if (r.excludes) e.excludes = r.excludes;
      if (r.expansion) e.expansion = r.expansion;
      if (r.source) e.source = r.source;
      return e;
    }),
  );
