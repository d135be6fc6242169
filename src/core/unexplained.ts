/**
 * Spots what looks like a policy formula the glossary lacks: short quoted phrases (“起高峰”) and
 * numbered formulas (四为四高两同步, 三区四基地, 5+N). They get a quieter highlight and a tooltip that
 * says what can be inferred. Works on normalised text (quotes already folded to ").
 */
import type { Match } from './matcher';

export interface Candidate {
  start: number;
  end: number;
  /** The formula as written (normalised), without its quotes. */
  text: string;
  kind: 'quoted' | 'numbered';
  /** Items enumerated nearby that look like the formula's parts (四保 → 保生产经营、保物流畅通…). */
  parts: string[];
}

const NUMERALS = '一二三四五六七八九十两';
/** A Set, not String.includes: '' (past the end of the text) must not count as a numeral. */
const NUMERAL_SET = new Set(NUMERALS);
const isNumeral = (c: string | undefined): boolean => c !== undefined && NUMERAL_SET.has(c);
/**
 * The same test by UTF-16 unit, for the scan over every character of a page: `text[i]` makes a new
 * one-character string for each Han character, and hashing it cost more than all the matching (145 ms
 * on a 465k-character page). Past either end charCodeAt gives NaN, which is no numeral.
 */
const NUMERAL_CODES = new Set([...NUMERALS].map((c) => c.charCodeAt(0)));
const isNumeralAt = (text: string, i: number): boolean => NUMERAL_CODES.has(text.charCodeAt(i));
const HAN = '\\u4e00-\\u9fff';
/**
 * Characters that make a numeral a plain quantity, a date or an ordinal, not a formula: units and
 * measure words, the place-value characters of numbers written out (一百五十万吨, 一千三百多), decimals
 * and ranges (二十六点七, 八到九), and enumerations (三是).
 */
const UNITS = new Set(
  '年月日天时分秒个次名位家条项人元亩岁届号期批度倍周层件台辆套张只所场百千万亿零〇多余吨米里斤成点到是'.split(''),
);
/** Before 一, these make a word with it (统一, 进一步, 之一, 举一反三): the 一 is not a formula's numeral. */
const JOINS_ONE = new Set('统唯之第万专同单划均合归逐每其进举星初周不'.split(''));
/** Before any numeral, an ordinal or a weekday (第三, 初五, 周三): not a formula either. */
const ORDINAL_BEFORE = new Set('第初周'.split(''));
/** Idioms shaped like numbered formulas; formulas of that shape (一村一品, 三反五反) stay flagged. */
const IDIOMS = new Set([
  '一心一意',
  '一兵一卒',
  '一步一步',
  '一模一样',
  '一朝一夕',
  '一草一木',
  '一点一滴',
  '一言一行',
  '一举一动',
  '一针一线',
  '一砖一瓦',
  '一丝一毫',
  '一生一世',
  '一心一德',
  '一五一十',
  '一张一弛',
  '一问一答',
  '一来一往',
  '一上一下',
  '一前一后',
  '一左一右',
  '一男一女',
  '一唱一和',
  '一代一代',
  '四通八达',
  '五湖四海',
  '四面八方',
  '七上八下',
  '三心二意',
  '五颜六色',
  '七嘴八舌',
  '千方百计',
  '三番五次',
  '四平八稳',
  '十全十美',
  '九牛一毛',
  '一石二鸟',
  '三令五申',
  '五花八门',
  '六神无主',
]);

/** Whether the numeral at `i` starts a word rather than a formula's group. */
function boundNumeral(text: string, i: number): boolean {
  const before = text[i - 1];
  if (before === undefined) return false;
  return ORDINAL_BEFORE.has(before) || (text[i] === '一' && JOINS_ONE.has(before));
}

/** 2–10 Han characters between quotes, with no sentence punctuation: a coined phrase, not speech. */
const QUOTED = new RegExp(`"([${HAN}]{2,10})"`, 'g');
/** Digits joined by plus signs: 5+N, 1+1+9. */
const PLUS_FORMULA = /\d+(?:\+[0-9A-Za-z]+)+/g;
/** Characters that end a formula's last group: particles and conjunctions (四为四高两同步的…). */
const STOPS = new Set('的得和与及等是在为了着也都'.split(''));
const isHan = (c: string | undefined) => !!c && c >= '\u4e00' && c <= '\u9fff';

function overlaps(start: number, end: number, known: readonly { start: number; end: number }[]): boolean {
  return known.some((m) => m.start < end && start < m.end);
}

/**
 * Numeral-led groups in a row, at least two (三区四基地, 四为四高两同步): each group is a numeral and one or
 * two other characters (three at the very end of the run); a particle ends the run. A group whose first
 * character is a unit (年, 个, 次…) is a quantity, which makes the whole run plain numbers.
 */
export function numberedRuns(text: string): { start: number; end: number }[] {
  const runs: { start: number; end: number }[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isNumeralAt(text, i) || isNumeralAt(text, i - 1) || boundNumeral(text, i)) {
      i++;
      continue;
    }
    const start = i;
    let groups = 0;
    let plain = false;
    let end = i;
    /** Each group's numerals and tail lengths, to spot 一X一Y idioms and 一-only runs. */
    const shape: { numerals: string; tail: number }[] = [];
    while (isNumeral(text[end]) && (end === start || !boundNumeral(text, end))) {
      let k = end;
      while (isNumeral(text[k])) k++;
      // Groups are short (区, 基地); a third character only closes the run (卫星城), never continues it.
      const fits = (c: string | undefined) => isHan(c) && !isNumeral(c);
      let tail = 0;
      while (tail < 2 && fits(text[k + tail]) && !(tail > 0 && STOPS.has(text[k + tail]!))) tail++;
      if (tail === 2 && fits(text[k + 2]) && !STOPS.has(text[k + 2]!) && !isHan(text[k + 3])) tail = 3;
      if (tail === 0) break;
      if (UNITS.has(text[k]!)) plain = true;
      shape.push({ numerals: text.slice(end, k), tail });
      groups++;
      end = k + tail;
    }
    if (groups >= 2 && !plain) {
      const last = endOfOnes(start, end, shape);
      if (last > 0 && !IDIOMS.has(text.slice(start, start + 4))) runs.push({ start, end: last });
    }
    i = Math.max(end, i + 1);
  }
  return runs;
}

/**
 * A run led only by 一 is a formula when its groups are one character each (一村一品, 一企一策; the last
 * group is cut back to one). With longer groups it is prose that repeats 一 (一步统一思想, 一代又一代).
 * Returns the run's end, or -1 when it is ordinary. Idioms (一心一意) are left to the caller's check.
 */
function endOfOnes(start: number, end: number, shape: { numerals: string; tail: number }[]): number {
  if (!shape.every((g) => g.numerals === '一')) return end;
  if (shape.slice(0, -1).some((g) => g.tail > 1)) return -1;
  return start + 2 * shape.length;
}

/** Items listed with 、 near the formula that share its head or tail character: its likely parts. */
export function inferParts(text: string, at: number, formula: string, radius = 160): string[] {
  const window = text.slice(Math.max(0, at - radius), at + formula.length + radius);
  const chars = formula.replace(/[一二三四五六七八九十两个\d+]/g, '');
  const head = chars[0];
  const tail = chars.at(-1);
  for (const list of window.split(/[。;;!?\n]/)) {
    const items = list
      .split(/[、,]/)
      .map((s) =>
        s
          .replace(/^.*[:"(]/, '')
          .replace(/["),]/g, '')
          .trim(),
      )
      .filter((s) => s.length >= 2 && s.length <= 8 && /^[\u4e00-\u9fff]+$/.test(s));
    const shared = items.filter((s) => (head && s.startsWith(head)) || (tail && s.endsWith(tail)));
    if (shared.length >= 2 && !shared.includes(formula)) return shared.slice(0, 8);
  }
  return [];
}

/** Candidates in `text` that no known match already covers. Quoted speech and plain numbers are left alone. */
export function findUnexplained(text: string, known: readonly Match[]): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(QUOTED)) {
    const inner = m[1]!;
    const start = m.index + 1;
    const end = start + inner.length;
    // 说:"…" or any quote after a colon is speech; a two-character scare quote ("密码") is too common to flag.
    if (/(?:[说道讲问称]\s*,?|:)\s*$/.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
    if (inner.length === 2 && ![...inner].some(isNumeral)) continue;
    if (overlaps(start, end, known)) continue;
    out.push({ start, end, text: inner, kind: 'quoted', parts: inferParts(text, start, inner) });
  }
  const numbered = [
    ...numberedRuns(text),
    ...[...text.matchAll(PLUS_FORMULA)].map((m) => ({ start: m.index, end: m.index + m[0].length })),
  ];
  for (const { start, end } of numbered) {
    if (overlaps(start, end, known) || overlaps(start, end, out)) continue;
    const run = text.slice(start, end);
    out.push({ start, end, text: run, kind: 'numbered', parts: inferParts(text, start, run) });
  }
  return out.sort((a, b) => a.start - b.start);
}
