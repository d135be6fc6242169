/**
 * Finds where a page defines a formula it uses. Reports often say what their own formula means right
 * where they coin it: “三个一批”，即签约一批、开工一批、投产一批; 实施“六地四转”……包括……; a gloss in
 * brackets; a colon and a list; or the list first and the formula after it (……等“四个一”). Works on
 * normalised text (quotes folded to ", full-width punctuation to ASCII where normalise does so).
 */

export type DefinitionKind = 'namely' | 'bracket' | 'colon' | 'includes' | 'before';

export interface Definition {
  kind: DefinitionKind;
  /** The defining words, trimmed to a clause and at most MAX_CHARS characters. */
  text: string;
  /** Where `text` starts and ends in the text searched. */
  start: number;
  end: number;
}

const MAX_CHARS = 120;
/** Sentence ends: the definition never runs past one. */
const SENTENCE_END = /[。;；!！?？\n]/;
/** Words that introduce a definition after the formula. */
/** 即 alone means "namely", but 即将, 即使, 即可… are other words ("十四五"即将收官 defines nothing). */
const JI = '即(?![将使便可刻时已日期])';
const NAMELY = new RegExp(
  `^(?:[,，]\\s*)?(?:${JI}|也就是|就是|是指|指的是|意思是|具体是|具体为|分别是|分别为)\\s*[:：,，]?\\s*`,
);
/** Words that introduce a list of parts, a little after the formula (……战略,主要包括……). */
const INCLUDES = new RegExp(`^[^。;；!！?？\\n]{0,24}?(?:包括|包含|涵盖|囊括|主要有|内容是|${JI})\\s*[:：,，]?\\s*`);
const OPEN_BRACKET = /^\s*[(（]/;
const COLON = /^\s*[:：]\s*/;

/**
 * The clause starting at `from`, up to the sentence end, trimmed of closing punctuation. A list (items
 * joined by 、) ends at the next comma: what follows it is the sentence going on, not the definition.
 */
/** A numbered item starts here: (2), （3）, 二是: a list of numbered items runs on past its semicolons. */
const NEXT_ITEM = /^\s*(?:[(（]\d{1,2}[)）]|[二三四五六七八九十]是)/;

function clauseFrom(text: string, from: number): { start: number; end: number } {
  // "包含九条内容,分别为(1)……": the count before 分别为 says how many, the items after it say what.
  const restated = /^[^。;；!！?？\n,，]{0,10}[,，]\s*(?:分别为|分别是|即)\s*[:：]?\s*/.exec(text.slice(from));
  if (restated) from += restated[0].length;
  const numbered = NEXT_ITEM.test(text.slice(from)) || /^\s*(?:[(（]1[)）]|一是)/.test(text.slice(from));
  let end = from;
  let listed = false;
  while (
    end < text.length &&
    end - from < MAX_CHARS &&
    (!SENTENCE_END.test(text[end]!) || (numbered && /[;；]/.test(text[end]!) && NEXT_ITEM.test(text.slice(end + 1))))
  ) {
    if (text[end] === '、') listed = true;
    else if (listed && /[,，]/.test(text[end]!)) break;
    end++;
  }
  let start = from;
  while (start < end && /[\s"]/.test(text[start]!)) start++;
  while (end > start && /[\s,，、"]/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** A definition worth showing: some Han text, not just a number or a word or two. */
function useful(text: string, formula: string): boolean {
  const han = text.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
  return han >= 4 && text !== formula;
}

function make(kind: DefinitionKind, text: string, start: number, end: number, formula: string) {
  const words = text.slice(start, end);
  return useful(words, formula) ? { kind, text: words, start, end } : undefined;
}

/** After the formula: a bracketed gloss, "即 …", a colon, or "包括 …" a few words on. */
function after(text: string, end: number, formula: string): Definition | undefined {
  // Skip the closing quote and a head noun that often follows (“六地四转”战略, “123”总体工作思路).
  const rest = text.slice(end);
  const head = /^"?[\u4e00-\u9fff]{0,6}?(?=[(（,，:：]|即|包括)/.exec(rest)?.[0] ?? rest.match(/^"?/)![0];
  const at = end + head.length;
  const tail = text.slice(at);
  const bracket = OPEN_BRACKET.exec(tail);
  if (bracket) {
    const open = at + bracket[0].length;
    const close = text.slice(open, open + MAX_CHARS).search(/[)）]/);
    if (close > 0) {
      const inner = text.slice(open, open + close).replace(/^(?:即|也就是|是指)\s*/, '');
      const from = open + close - inner.length;
      const found = make('bracket', text, from, open + close, formula);
      if (found) return found;
    }
  }
  const namely = NAMELY.exec(tail);
  if (namely) {
    const { start, end: stop } = clauseFrom(text, at + namely[0].length);
    return make('namely', text, start, stop, formula);
  }
  const colon = COLON.exec(tail);
  if (colon) {
    const { start, end: stop } = clauseFrom(text, at + colon[0].length);
    return make('colon', text, start, stop, formula);
  }
  const includes = INCLUDES.exec(text.slice(end));
  if (includes) {
    const { start, end: stop } = clauseFrom(text, end + includes[0].length);
    return make('includes', text, start, stop, formula);
  }
  return undefined;
}

const NUMBER: Record<string, number> = { 两: 2, 二: 2, 双: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/**
 * Before the formula, in the same sentence: a list of at least two items separated by 、 that leads up
 * to it through a connector (签约一批、开工一批、投产一批的"三个一批"; 强链、补链、延链等"三链"). Without the
 * connector a list before a quoted phrase is usually a list of fields, not a definition; and where the
 * formula counts its parts (三链), the list must have that many.
 */
function before(text: string, start: number, formula: string): Definition | undefined {
  let from = start;
  while (from > 0 && start - from < MAX_CHARS && !SENTENCE_END.test(text[from - 1]!)) from--;
  const lead = text.slice(from, start).replace(/"$/, '');
  // Both list patterns need a 、; without one the regexes would still be tried from every position of the lead.
  if (!lead.includes('、')) return undefined;
  // ……以电动载人汽车、锂电池、太阳能电池为代表的"新三样": 为代表 closes the list as 的 does.
  const list = /((?:[\u4e00-\u9fff"]{2,10}、)+[\u4e00-\u9fff"]{2,10}?)(?:为代表)?(?:的|等|这些|这|即)\s*$/.exec(lead);
  if (!list) return quotedCount(text, from, lead, formula);
  // The first item may have swallowed the verb before the list (坚持强链、补链): cut it to the others' length.
  const items = list[1]!.split('、');
  const counted = NUMBER[formula[0]!];
  if (counted && counted !== items.length) return undefined;
  const longest = Math.max(...items.slice(1).map((i) => i.length));
  // A preposition in the first item opens the list (以电动载人汽车): the item starts after it.
  const opener = items[0]!.search(/[以把将对从用](?=[\u4e00-\u9fff"]{2,}$)/);
  const cut = opener >= 0 ? opener + 1 : Math.max(0, items[0]!.length - longest);
  const listStart = from + list.index + cut;
  return make('before', text, listStart, from + list.index + list[1]!.length, formula);
}

/**
 * One quoted list right before a formula that counts as many parts ("大课堂、大检视、大比武"三大举措): the
 * count and the quotes stand in for the connector.
 */
function quotedCount(text: string, from: number, lead: string, formula: string): Definition | undefined {
  const counted = NUMBER[formula[0]!];
  const list = /"((?:[\u4e00-\u9fff]{1,10}、)+[\u4e00-\u9fff]{1,10})$/.exec(lead);
  if (!counted || !list || list[1]!.split('、').length !== counted) return undefined;
  const at = from + list.index + 1;
  return make('before', text, at, at + list[1]!.length, formula);
}

/**
 * The page's own definition of the formula at [start, end), if it gives one right there. After comes
 * before: a definition that follows the formula is the common case and the more reliable one.
 */
export function findDefinition(text: string, start: number, end: number): Definition | undefined {
  const formula = text.slice(start, end);
  return after(text, end, formula) ?? before(text, start, formula);
}
