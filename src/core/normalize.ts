import { traditionalToSimplifiedTable } from './t2s';

/**
 * Normalised text with a map back to the original. For normalised UTF-16 unit `i`,
 * `starts[i]` and `ends[i]` are the original offsets of the character it came from,
 * so a match `[s, e)` covers the original `[starts[s], ends[e - 1])`.
 */
export interface Normalized {
  text: string;
  starts: Int32Array;
  ends: Int32Array;
}

const DOUBLE_QUOTES = '“”„‟«»「」『』〝〞＂″';
const SINGLE_QUOTES = '‘’‚‛‹›＇′';

/**
 * A pinyin syllable in parentheses, as some reprint sites paste after characters:
 * 個(gè), 項(xiàng), 長(zhǎng). Lowercase only, so abbreviations such as (SRDI) survive.
 */
const PINYIN_NOISE =
  /^[(（] ?[bcdfghjklmnpqrstwxyz]{0,2}[aeiouüvāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]{1,3}(?:ng|n|r)?[1-5]? ?[)）]/;

/** CJK ideographs, including extension A, compatibility forms and the supplementary planes. */
export function isHanCode(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0x20000 && code <= 0x323af)
  );
}

function isZeroWidth(code: number): boolean {
  return (code >= 0x200b && code <= 0x200f) || (code >= 0x2060 && code <= 0x2064) || code === 0xfeff || code === 0xad;
}

/** Folds one character: full-width ASCII, ideographic space, quote variants, traditional→simplified. */
function foldChar(ch: string, code: number, t2s: Map<string, string>): string {
  if (code < 0x80) return ch;
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  if (code === 0x3000) return ' ';
  if (DOUBLE_QUOTES.includes(ch)) return '"';
  if (SINGLE_QUOTES.includes(ch)) return "'";
  return t2s.get(ch) ?? ch;
}

/**
 * Normalises page text for matching: traditional→simplified per character, pinyin
 * noise after a Han character removed, full-width forms and quotes folded, zero-width
 * characters dropped. It never reorders text, so the offset map stays monotonic.
 */
export function normalize(input: string): Normalized {
  const t2s = traditionalToSimplifiedTable();
  const starts = new Int32Array(input.length);
  const ends = new Int32Array(input.length);
  const parts: string[] = [];
  let n = 0;
  let prevWasHan = false;
  let i = 0;
  while (i < input.length) {
    const code = input.codePointAt(i) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    if (isZeroWidth(code)) {
      i += width;
      continue;
    }
    if (prevWasHan && (code === 0x28 || code === 0xff08)) {
      const noise = PINYIN_NOISE.exec(input.slice(i, i + 12));
      if (noise) {
        i += noise[0].length;
        continue; // prevWasHan stays true, so 項(xiàng)目 still joins 项 and 目
      }
    }
    const ch = width === 1 ? input[i]! : input.slice(i, i + 2);
    const folded = foldChar(ch, code, t2s);
    for (let k = 0; k < folded.length; k++) {
      starts[n] = i;
      ends[n] = i + width;
      n++;
    }
    parts.push(folded);
    prevWasHan = isHanCode(code);
    i += width;
  }
  return { text: parts.join(''), starts: starts.subarray(0, n), ends: ends.subarray(0, n) };
}

/** Maps a normalised span `[start, end)` back to original offsets. */
export function toOriginal(n: Normalized, start: number, end: number): [number, number] {
  return [n.starts[start] ?? 0, n.ends[end - 1] ?? 0];
}

/** Whether a string holds any Han character: the cheap first test on every page. */
export function hasHan(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xd840 && c <= 0xd88c)) return true;
  }
  return false;
}
