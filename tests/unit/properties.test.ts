/**
 * Property tests for the text pipeline (normalise → match → map back), with fast-check.
 * A failure prints the seed and the shrunk counterexample; pass `{ seed, path }` to fc.assert to replay it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { patternsOf } from '../../src/core/glossary-index';
import { Matcher, type Match, type Pattern } from '../../src/core/matcher';
import { isHanCode, normalize } from '../../src/core/normalize';
import { traditionalToSimplifiedTable } from '../../src/core/t2s';
import { GLOSSARY } from '../../src/glossary';

/** The runs are fixed in number; a machine busy with the other test files may take longer than 5 s. */
const TIMEOUT = 60_000;

const PATTERNS = patternsOf(GLOSSARY);
const MATCHER = new Matcher(PATTERNS);

/** Obviously-correct reference: at each free position take the longest pattern starting there. */
function reference(patterns: readonly Pattern[], text: string): Match[] {
  const byText = new Map<string, string>();
  let longest = 0;
  for (const p of patterns) {
    if (!p.text || byText.has(p.text)) continue; // the first pattern to claim a string keeps it
    byText.set(p.text, p.id);
    longest = Math.max(longest, p.text.length);
  }
  const out: Match[] = [];
  let i = 0;
  next: while (i < text.length) {
    for (let length = Math.min(longest, text.length - i); length > 0; length--) {
      const id = byText.get(text.slice(i, i + length));
      if (id === undefined) continue;
      if (id) out.push({ start: i, end: i + length, id }); // an empty id blocks: it takes text, unreported
      i += length;
      continue next;
    }
    i++;
  }
  return out;
}

// ---- Generators -------------------------------------------------------------------------------

/** Each simplified character's traditional forms, from the same table normalisation uses. */
const TRADITIONAL = new Map<string, string[]>();
for (const [trad, simp] of traditionalToSimplifiedTable()) {
  // Only the forms normalisation really folds (it keeps a BMP character whose simplified form is astral).
  if (normalize(trad).text === simp) TRADITIONAL.set(simp, [...(TRADITIONAL.get(simp) ?? []), trad]);
}

/** Writes each character of `s` simplified or in one of its traditional forms, at random. */
const mixedScript = (s: string): fc.Arbitrary<string> =>
  fc.tuple(...[...s].map((ch) => fc.constantFrom(ch, ...(TRADITIONAL.get(ch) ?? [])))).map((chars) => chars.join(''));

const HAN = [
  ...'个项为专区发与台們這說會國長經濟產業書東車門見時開關頭話體學實現義應華',
  ...'個項為專區發與臺们这说会国长经济产业书东车门见时开关头话体学实现义应华',
  ...'的一是在不了有和人中大上要以来到地说出也对年生能而子那得于着下自之',
  '𠀋', // a Han character outside the BMP
];
const NAMED_TERMS = [
  '專精特新',
  '专精特新',
  '三個一批',
  '三个一批',
  '項目為王',
  '项目为王',
  '四保',
  '四保白名單',
  '六穩六保',
];
const GLOSSARY_FORMS = [...new Set(GLOSSARY.flatMap((e) => [e.term, ...e.variants, ...(e.excludes ?? [])]))];
const NOISE = [
  '(gè)',
  '(xiàng)',
  '（zhǎng）',
  '(wèi)',
  '( zhuān )',
  '(qū)',
  '（fā）',
  '(yǔ)',
  '(tai2)',
  '(zhuang1)',
  '(er)',
];
const NOT_NOISE = ['(SRDI)', '(2022)', '(套)', '()', '(', ')', '（', '）'];
const ZERO_WIDTH = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'];
const FULL_WIDTH = [...'ＡＢＣＮｘｙｚ０１２５＋，．：；！？（）　'];
const QUOTES = [...'“”‘’「」『』„«»＂＇″′"\''];
const ASCII = [...'abcNX012+,.:; \n'];
const PUNCTUATION = [...'，。、；：！？…—《》'];

/** A glossary form, written with a random mix of simplified and traditional characters. */
const glossaryForm = fc.oneof(fc.constantFrom(...NAMED_TERMS), fc.constantFrom(...GLOSSARY_FORMS).chain(mixedScript));

/** One piece of page text. */
const fragment = fc.oneof(
  { arbitrary: fc.constantFrom(...HAN), weight: 6 },
  { arbitrary: glossaryForm, weight: 4 },
  { arbitrary: fc.constantFrom(...NOISE), weight: 2 },
  { arbitrary: fc.constantFrom(...NOT_NOISE), weight: 1 },
  { arbitrary: fc.constantFrom(...ZERO_WIDTH), weight: 1 },
  { arbitrary: fc.constantFrom(...FULL_WIDTH), weight: 1 },
  { arbitrary: fc.constantFrom(...QUOTES), weight: 1 },
  { arbitrary: fc.constantFrom(...ASCII), weight: 1 },
  { arbitrary: fc.constantFrom(...PUNCTUATION), weight: 1 },
);

/** Noise and zero-width characters dropped in at random code-point positions, inside terms too. */
const insertion = fc.record({
  at: fc.nat(),
  text: fc.oneof(fc.constantFrom(...NOISE), fc.constantFrom(...ZERO_WIDTH)),
});

function insertAt(text: string, insertions: readonly { at: number; text: string }[]): string {
  const points = [...text];
  for (const { at, text: extra } of insertions) points.splice(at % (points.length + 1), 0, extra);
  return points.join('');
}

/** Page-like text: simplified and traditional, glossary terms, pinyin noise, widths, quotes, zero-width. */
const pageText = fc
  .tuple(fc.array(fragment, { maxLength: 40 }), fc.array(insertion, { maxLength: 8 }))
  .map(([fragments, insertions]) => insertAt(fragments.join(''), insertions));

// ---- Properties -------------------------------------------------------------------------------

describe('normalise → match → map back (properties)', () => {
  it(
    'maps every match to an original slice that normalises to exactly the matched text',
    () => {
      let matched = 0;
      fc.assert(
        fc.property(pageText, (original) => {
          const n = normalize(original);
          expect(n.starts.length).toBe(n.text.length);
          for (const m of MATCHER.findAll(n.text)) {
            const slice = original.slice(n.starts[m.start], n.ends[m.end - 1]);
            expect(normalize(slice).text).toBe(n.text.slice(m.start, m.end));
            matched++;
          }
        }),
        { numRuns: 4000 },
      );
      expect(matched).toBeGreaterThan(1000); // the generator does reach glossary terms
    },
    TIMEOUT,
  );

  it(
    'keeps the offset map monotonic and inside the original',
    () => {
      fc.assert(
        fc.property(pageText, (original) => {
          const { text, starts, ends } = normalize(original);
          for (let i = 0; i < text.length; i++) {
            expect(starts[i]).toBeLessThan(ends[i]!);
            expect(ends[i]).toBeLessThanOrEqual(original.length);
            if (i > 0) expect(starts[i]).toBeGreaterThanOrEqual(starts[i - 1]!);
          }
        }),
        { numRuns: 1000 },
      );
    },
    TIMEOUT,
  );

  it(
    'finds a glossary term written in mixed scripts with noise, zero-width, full-width and curly quotes',
    () => {
      const FULL = (c: string) => String.fromCharCode(c.charCodeAt(0) + 0xfee0);
      const CURLY: Record<string, string[]> = { '"': ['“', '”', '「', '」', '＂'], "'": ['‘', '’', '＇'] };
      /** One character of a term as a page might print it. */
      const printed = (ch: string): fc.Arbitrary<string> => {
        if (ch in CURLY) return fc.constantFrom(ch, ...CURLY[ch]!);
        if (ch === ' ') return fc.constantFrom(' ', '\u3000');
        if (/[!-~]/.test(ch)) return fc.constantFrom(ch, FULL(ch));
        const han = isHanCode(ch.codePointAt(0)!);
        return fc
          .tuple(
            fc.constantFrom(ch, ...(TRADITIONAL.get(ch) ?? [])),
            // Pinyin noise only after a Han character (elsewhere it is text), zero-width anywhere.
            han ? fc.option(fc.constantFrom(...NOISE), { freq: 4 }) : fc.constant(null),
            fc.option(fc.constantFrom(...ZERO_WIDTH), { freq: 6 }),
          )
          .map(([c, noise, zw]) => c + (noise ?? '') + (zw ?? ''));
      };
      const entries = GLOSSARY.flatMap((e) => [e.term, ...e.variants].map((form) => ({ form, id: e.id })));
      const planted = fc.constantFrom(...entries).chain(({ form, id }) =>
        fc.tuple(
          fc.constant(id),
          fc.tuple(...[...form].map(printed)).map((chars) => chars.join('')),
        ),
      );
      fc.assert(
        fc.property(planted, ([id, form]) => {
          const n = normalize(`。${form}。`);
          const first = MATCHER.findAll(n.text)[0];
          expect(first).toMatchObject({ start: 1, id });
          expect(n.starts[first!.start]).toBe(1);
          expect(n.ends[first!.end - 1]).toBeLessThanOrEqual(form.length + 1);
        }),
        { numRuns: 2000 },
      );
    },
    TIMEOUT,
  );
});

describe('Matcher against a reference (properties)', () => {
  /** Small alphabets make overlaps, shared prefixes and suffixes common; 𠀋 adds surrogate pairs. */
  const alphabet = fc.constantFrom('a', 'b', 'c', '𠀋');
  const word = (maxLength: number) => fc.array(alphabet, { maxLength }).map((chars) => chars.join(''));
  const patternSet = fc.array(
    fc.record({ text: word(6), id: fc.oneof(fc.constant(''), fc.constantFrom('x', 'y', 'z', 'w')) }),
    { maxLength: 12 },
  );

  it(
    'equals leftmost-longest non-overlapping matching for random pattern sets',
    () => {
      fc.assert(
        fc.property(patternSet, word(60), (patterns, text) => {
          expect(new Matcher(patterns).findAll(text)).toEqual(reference(patterns, text));
        }),
        { numRuns: 5000 },
      );
    },
    TIMEOUT,
  );

  it(
    'equals the reference for random text built from the pattern set itself',
    () => {
      const case_ = patternSet
        .filter((ps) => ps.some((p) => p.text))
        .chain((patterns) =>
          fc.tuple(
            fc.constant(patterns),
            fc
              .array(fc.oneof(alphabet, fc.constantFrom(...patterns.map((p) => p.text))), { maxLength: 20 })
              .map((parts) => parts.join('')),
          ),
        );
      fc.assert(
        fc.property(case_, ([patterns, text]) => {
          expect(new Matcher(patterns).findAll(text)).toEqual(reference(patterns, text));
        }),
        { numRuns: 2000 },
      );
    },
    TIMEOUT,
  );

  it(
    'equals the reference for the real glossary over text mixing glossary terms',
    () => {
      fc.assert(
        fc.property(pageText, (original) => {
          const text = normalize(original).text;
          expect(MATCHER.findAll(text)).toEqual(reference(PATTERNS, text));
        }),
        { numRuns: 2000 },
      );
    },
    TIMEOUT,
  );
});
