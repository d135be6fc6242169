/**
 * Numbered formulas written out in Han numerals (四为四高两同步, 三区十园, 一村一品), told apart from plain
 * quantities, dates, ordinals and idioms. Works on normalised text.
 */
const NUMERALS = '一二三四五六七八九十两双';
/** A Set, not String.includes: '' (past the end of the text) must not count as a numeral. */
const NUMERAL_SET = new Set(NUMERALS);
export const isNumeral = (c: string | undefined): boolean => c !== undefined && NUMERAL_SET.has(c);
/**
 * The same test by UTF-16 unit, for the scan over every character of a page: `text[i]` makes a new
 * one-character string for each Han character, and hashing it cost more than all the matching (145 ms
 * on a 465k-character page). Past either end charCodeAt gives NaN, which is no numeral.
 */
const NUMERAL_CODES = new Uint8Array(0x10000);
for (const c of NUMERALS) NUMERAL_CODES[c.charCodeAt(0)] = 1;
/** A table read rather than a Set: the scan asks it of every character of the page. */
const isNumeralAt = (text: string, i: number): boolean => NUMERAL_CODES[text.charCodeAt(i)] === 1;
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
  '一穷二白',
  '一清二楚',
  '一干二净',
  '三长两短',
  '三言两语',
  '三五成群',
]);
/** Words that start like a numbered formula (一对一访谈, 一站式服务): the run is the word and what follows. */
const WORD_STARTS = ['一对一', '一站式', '一揽子', '一把手', '一体化', '一盘棋', '一条龙', '一本账'];

/**
 * What every run of two groups or more holds: a numeral, one or two Han characters that are not numerals
 * (a group's tail; a three-character tail ends the run), and the next group's numeral. Nine blocks in ten
 * of a report have none, and one native search spares them the scan below, character by character.
 */
export const TWO_GROUPS = new RegExp(`[${NUMERALS}](?:(?![${NUMERALS}])[\\u4e00-\\u9fff]){1,2}[${NUMERALS}]`);

/** Whether the numeral at `i` starts a word rather than a formula's group. */
function boundNumeral(text: string, i: number): boolean {
  const before = text[i - 1];
  if (before === undefined) return false;
  return ORDINAL_BEFORE.has(before) || (text[i] === '一' && JOINS_ONE.has(before));
}

/** Characters that end a formula's last group: particles and conjunctions (四为四高两同步的…). */
const STOPS = new Set('的得和与及等是在为了着也都'.split(''));
/** Nouns a formula often qualifies; they start right after a formula's last group (三区十园|发展格局). */
const HEAD_NOUN = /^(?:发展|建设|格局|战略|工程|行动|目标|体系|布局|模式|机制|任务|要求|工作|产业|思路|理念|举措|体制)/;
const isHan = (c: string | undefined) => !!c && c >= '\u4e00' && c <= '\u9fff';

/**
 * Numeral-led groups in a row, at least two (三区四基地, 四为四高两同步): each group is a numeral and one or
 * two other characters (three at the very end of the run); a particle ends the run. A group whose first
 * character is a unit (年, 个, 次…) is a quantity, which makes the whole run plain numbers.
 */
export function numberedRuns(text: string): { start: number; end: number }[] {
  const runs: { start: number; end: number }[] = [];
  if (!TWO_GROUPS.test(text)) return runs;
  let i = 0;
  const length = text.length;
  while (i < length) {
    // Most characters are no numeral: step over them without the tests below.
    while (i < length && !isNumeralAt(text, i)) i++;
    if (i >= length) break;
    if (isNumeralAt(text, i - 1) || boundNumeral(text, i)) {
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
      // The run is followed by the noun it qualifies (三区十园发展格局, 六地四转战略): a two-character last
      // group whose second character starts such a noun is one character long.
      if (tail >= 2 && groups >= 1 && HEAD_NOUN.test(text.slice(k + 1, k + 3))) tail = 1;
      if (UNITS.has(text[k]!)) plain = true;
      shape.push({ numerals: text.slice(end, k), tail });
      groups++;
      end = k + tail;
    }
    // 双 leads formulas only in runs of its own (双招双引, 双返双防); beside other numerals it is a word (两岸双方).
    const doubles = shape.filter((g) => g.numerals.includes('双')).length;
    if (doubles && doubles < shape.length) plain = true;
    if (groups >= 2 && !plain) {
      const last = endOfOnes(start, end, shape);
      const word = WORD_STARTS.some((w) => text.startsWith(w, start));
      if (last > 0 && !word && !IDIOMS.has(text.slice(start, start + 4))) runs.push({ start, end: last });
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
