/**
 * Spots what looks like a policy formula the glossary lacks: short quoted phrases (“起高峰”), runs of
 * them that name one formula (“一核”“一区”“一张网”), numbered formulas (四为四高两同步, 三区四基地), and
 * digit formulas (5+N, 1+N+X, “123”). They get a quieter highlight and a card that says what can be
 * inferred: the parts listed nearby and the page's own definition. Works on normalised text (quotes
 * already folded to ").
 */
import { findDefinition, type Definition } from './definition';
import type { Match } from './matcher';
import { NAMED_GATE, namedFormulas } from './named-formulas';
import { TWO_GROUPS, isNumeral, numberedRuns } from './numbered-runs';

export { numberedRuns };

export interface Candidate {
  start: number;
  end: number;
  /** The formula as written (normalised), without its quotes; an enumeration's items joined. */
  text: string;
  /** Quoted, numbered, or named by its shape (河长制 → 林长制, 以案促改, 入企敲门行动). */
  kind: 'quoted' | 'numbered' | 'named';
  /** A finer shape: several quoted items naming one formula, or a formula of digits. */
  form?: 'enumeration' | 'digits';
  /** Items enumerated nearby that look like the formula's parts (四保 → 保生产经营、保物流畅通…). */
  parts: string[];
  /** Where the page itself says what the formula means. */
  definition?: Definition;
}

const HAN = '\\u4e00-\\u9fff';
/** 2–10 Han characters between quotes, with no sentence punctuation: a coined phrase, not speech. */
const QUOTED = new RegExp(`"([${HAN}]{2,10})"`, 'g');
/** Digits joined by plus signs: 5+N, 1+1+9. */
const PLUS_FORMULA = /\d+(?:\+[0-9A-Za-z]+)+/g;
/** Digits alone between quotes (“123”, “5111”): a formula, except a year. */
const QUOTED_DIGITS = /"(\d{2,6})"/g;
const YEAR = /^(?:19|20)\d\d$/;
/** What may stand between the items of one enumeration: nothing, a list comma, or 和/与/及. */
const JOINER = /^(?:[、,]?|和|与|及)$/;

function overlaps(start: number, end: number, known: readonly { start: number; end: number }[]): boolean {
  return known.some((m) => m.start < end && start < m.end);
}

interface Quoted {
  inner: string;
  start: number;
  end: number;
}

/** 说:"…" or any quote after a colon is speech. */
const isSpeech = (text: string, quote: number) =>
  /(?:[说道讲问称]\s*,?|:)\s*$/.test(text.slice(Math.max(0, quote - 3), quote));

/** Quoted short phrases that are not speech. */
function quotedPhrases(text: string): Quoted[] {
  const out: Quoted[] = [];
  // matchAll copies its regex on every call; most blocks have no quote to find.
  if (!text.includes('"')) return out;
  for (const m of text.matchAll(QUOTED)) {
    if (isSpeech(text, m.index)) continue;
    out.push({ inner: m[1]!, start: m.index + 1, end: m.index + 1 + m[1]!.length });
  }
  return out;
}

/** Consecutive quoted phrases with only a joiner between them, in groups (singletons included). */
function groupQuoted(text: string, phrases: Quoted[]): Quoted[][] {
  const groups: Quoted[][] = [];
  for (const q of phrases) {
    const last = groups.at(-1)?.at(-1);
    // The gap runs from the previous closing quote to this opening quote.
    if (last && JOINER.test(text.slice(last.end + 1, q.start - 1))) groups.at(-1)!.push(q);
    else groups.push([q]);
  }
  return groups;
}

/** Items listed with 、 near the formula that share its head or tail character: its likely parts. */
export function inferParts(text: string, at: number, formula: string, radius = 160): string[] {
  const window = text.slice(Math.max(0, at - radius), at + formula.length + radius);
  const chars = formula.replace(/[一二三四五六七八九十两个\d+]/g, '');
  const head = chars[0];
  const tail = chars.at(-1);
  // Items are pieces of the window: with neither character in it, none can share one.
  if (!(head && window.includes(head)) && !(tail && window.includes(tail))) return [];
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

/**
 * A quoted slogan of parallel clauses of one length (“走在前、挑大梁”, “抓招商就是抓发展、谋项目就是谋未来”, “总书记
 * 有指示,浙江见行动”): the equal lengths are what sets a slogan apart from a quoted sentence. Quotes are folded
 * to one character, so an opening quote is told by the count of quotes before it (an even count): otherwise
 * the text between one quoted phrase and the next ("六稳"工作,全面落实"六保") would read as a slogan.
 */
const SLOGAN = /"([\u4e00-\u9fff]{2,12}(?:[,、][\u4e00-\u9fff]{2,12}){1,3})"/g;

function quotedSlogans(text: string): Quoted[] {
  const out: Quoted[] = [];
  if (!text.includes('"')) return out;
  for (const m of text.matchAll(SLOGAN)) {
    const clauses = m[1]!.split(/[,、]/);
    const size = clauses[0]!.length;
    if (!clauses.every((c) => c.length === size) || (size < 3 && clauses.length < 3)) continue;
    if (isSpeech(text, m.index) || (text.slice(0, m.index).split('"').length - 1) % 2 !== 0) continue;
    out.push({ inner: m[1]!, start: m.index + 1, end: m.index + 1 + m[1]!.length });
  }
  return out;
}

/**
 * What any candidate needs: a quote (quoted phrases, slogans, quoted digits), a plus sign (5+N), a run of
 * two numbered groups, or what a named formula contains. Most blocks have none, and skip every finder.
 */
const MAY_HOLD = new RegExp(['"', '\\+', TWO_GROUPS.source, NAMED_GATE.source].join('|'));

/** Candidates in `text` that no known match already covers. Quoted speech and plain numbers are left alone. */
export function findUnexplained(text: string, known: readonly Match[]): Candidate[] {
  const out: Candidate[] = [];
  if (!MAY_HOLD.test(text)) return out;
  const add = (c: Omit<Candidate, 'parts' | 'definition'> & { parts?: string[] }) => {
    const definition = findDefinition(text, c.start, c.end);
    out.push({ ...c, parts: c.parts ?? inferParts(text, c.start, c.text), ...(definition && { definition }) });
  };
  const quoted = text.includes('"');
  const unknown = quotedPhrases(text).filter((q) => !overlaps(q.start, q.end, known));
  for (const group of groupQuoted(text, unknown)) {
    if (group.length >= 2) {
      // “一核”“一区”“一张网”: one formula in parts; its items may be as short as two characters.
      const items = group.map((q) => q.inner);
      // Short items read as one word (一核一区一张网); longer ones stay a list.
      const joined = items.join(items.every((i) => i.length <= 3) ? '' : '、');
      add({
        start: group[0]!.start,
        end: group.at(-1)!.end,
        text: joined,
        kind: 'quoted',
        form: 'enumeration',
        parts: items,
      });
      continue;
    }
    const q = group[0]!;
    // A two-character scare quote ("密码") is too common to flag on its own.
    if (q.inner.length === 2 && ![...q.inner].some(isNumeral)) continue;
    add({ start: q.start, end: q.end, text: q.inner, kind: 'quoted' });
  }
  for (const q of quotedSlogans(text)) {
    if (overlaps(q.start, q.end, known) || overlaps(q.start, q.end, out)) continue;
    add({ start: q.start, end: q.end, text: q.inner, kind: 'quoted', parts: q.inner.split(/[,、]/) });
  }
  for (const m of quoted ? text.matchAll(QUOTED_DIGITS) : []) {
    const start = m.index + 1;
    const end = start + m[1]!.length;
    if (YEAR.test(m[1]!) || overlaps(start, end, known) || overlaps(start, end, out)) continue;
    add({ start, end, text: m[1]!, kind: 'numbered', form: 'digits' });
  }
  const numbered = [
    ...numberedRuns(text).map((r) => ({ ...r, digits: false })),
    ...(text.includes('+') ? [...text.matchAll(PLUS_FORMULA)] : []).map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      digits: true,
    })),
  ];
  for (const { start, end, digits } of numbered) {
    if (overlaps(start, end, known) || overlaps(start, end, out)) continue;
    add({ start, end, text: text.slice(start, end), kind: 'numbered', ...(digits && { form: 'digits' as const }) });
  }
  // A name found once (开展|助企行动) is the same name where nothing launches it (…情况和助企行动): flag each use.
  const named = namedFormulas(text);
  for (const name of named.length ? new Set(named.map((s) => text.slice(s.start, s.end))) : []) {
    if (name.length < 4) continue;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      if (!named.some((s) => s.start < at + name.length && at < s.end))
        named.push({ start: at, end: at + name.length });
    }
  }
  for (const { start, end } of named.sort((a, b) => a.start - b.start)) {
    if (overlaps(start, end, known) || overlaps(start, end, out)) continue;
    add({ start, end, text: text.slice(start, end), kind: 'named' });
  }
  return out.sort((a, b) => a.start - b.start);
}
