import { DROP, foldTable } from './fold-table';

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

/** One lowercase pinyin syllable, tone-marked or with a tone digit. */
const SYLLABLE = '[bcdfghjklmnpqrstwxyz]{0,2}[aeiouüvāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]{1,3}(?:ng|n|r)?[1-5]?';

/**
 * A pinyin annotation in parentheses, as some reprint sites paste after characters: 個(gè), 項(xiàng),
 * 長(zhǎng), and for characters with two readings 和(hé / huò), which would otherwise split a term.
 * Lowercase only, so abbreviations such as (SRDI) survive.
 */
const PINYIN_NOISE = new RegExp(`^[(（] ?${SYLLABLE}(?: ?[/／、,，] ?${SYLLABLE}){0,2} ?[)）]`);

/** CJK ideographs, including extension A, compatibility forms and the supplementary planes. */
export function isHanCode(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0x20000 && code <= 0x323af)
  );
}

const decoder = new TextDecoder('utf-16le');

const isHanBmp = (unit: number): boolean =>
  (unit >= 0x4e00 && unit <= 0x9fff) || (unit >= 0x3400 && unit <= 0x4dbf) || (unit >= 0xf900 && unit <= 0xfaff);

/**
 * Normalises page text for matching: traditional→simplified per character, pinyin
 * noise after a Han character removed, full-width forms and quotes folded, zero-width
 * characters dropped. It never reorders text, so the offset map stays monotonic.
 */
export function normalize(input: string): Normalized {
  return normalizeInPlace(input) ?? normalizeShifting(input);
}

/**
 * Offset maps for text whose every unit stays where it was: starts[i] = i, ends[i] = i + 1. Shared by
 * every call (views of one pair of arrays, grown as needed), because most page text only has units
 * replaced (，→ , and traditional→simplified), none dropped or added, and filling two fresh arrays per
 * block cost more than the folding itself. Callers only read them.
 */
let identityStarts = new Int32Array(0);
let identityEnds = new Int32Array(0);

function identityMaps(length: number): { starts: Int32Array; ends: Int32Array } {
  if (identityStarts.length < length) {
    const size = Math.max(length, identityStarts.length * 2, 1024);
    identityStarts = new Int32Array(size);
    identityEnds = new Int32Array(size);
    for (let i = 0; i < size; i++) {
      identityStarts[i] = i;
      identityEnds[i] = i + 1;
    }
  }
  return { starts: identityStarts.subarray(0, length), ends: identityEnds.subarray(0, length) };
}

/**
 * The common case: no unit dropped, no surrogate pair, no parenthesis (which may open pinyin noise), so
 * the offsets are the identity. Returns undefined as soon as the text needs `normalizeShifting`.
 */
function normalizeInPlace(input: string): Normalized | undefined {
  const { bmp } = foldTable();
  const length = input.length;
  let out: Uint16Array | undefined;
  for (let i = 0; i < length; i++) {
    const unit = input.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdfff) return undefined;
    // A parenthesis after a Han character may open pinyin noise, which is removed.
    if ((unit === 0x28 || unit === 0xff08) && i > 0 && isHanBmp(input.charCodeAt(i - 1))) {
      if (PINYIN_NOISE.test(input.slice(i, i + 32))) return undefined;
    }
    const folded = bmp[unit]!;
    if (folded === 0) {
      if (out) out[i] = unit;
      continue;
    }
    if (folded === DROP) return undefined;
    if (!out) {
      out = new Uint16Array(length);
      for (let k = 0; k < i; k++) out[k] = input.charCodeAt(k);
    }
    out[i] = folded;
  }
  return { text: out ? decoder.decode(out) : input, ...identityMaps(length) };
}

/** Any text: units may be dropped (zero-width, pinyin noise) or come in pairs, so offsets are mapped one by one. */
export function normalizeShifting(input: string): Normalized {
  const { bmp, astral } = foldTable();
  const length = input.length;
  const out = new Uint16Array(length);
  const starts = new Int32Array(length);
  const ends = new Int32Array(length);
  let n = 0;
  let prevWasHan = false;
  let i = 0;
  while (i < length) {
    const unit = input.charCodeAt(i);
    const low = i + 1 < length ? input.charCodeAt(i + 1) : 0;
    if (unit >= 0xd800 && unit <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
      // A surrogate pair: an ideograph outside the BMP, kept or converted whole.
      const code = input.codePointAt(i)!;
      const mapped = astral.get(code) ?? input.slice(i, i + 2);
      for (let k = 0; k < mapped.length; k++) {
        out[n] = mapped.charCodeAt(k);
        starts[n] = i;
        ends[n++] = i + 2;
      }
      prevWasHan = isHanCode(code);
      i += 2;
      continue;
    }
    const folded = bmp[unit]!;
    if (folded === DROP) {
      i++;
      continue;
    }
    if (prevWasHan && (unit === 0x28 || unit === 0xff08)) {
      const noise = PINYIN_NOISE.exec(input.slice(i, i + 32));
      if (noise) {
        i += noise[0].length;
        continue; // prevWasHan stays true, so 項(xiàng)目 still joins 项 and 目
      }
    }
    out[n] = folded || unit;
    starts[n] = i;
    ends[n++] = i + 1;
    prevWasHan = isHanBmp(unit);
    i++;
  }
  return { text: decoder.decode(out.subarray(0, n)), starts: starts.subarray(0, n), ends: ends.subarray(0, n) };
}

/** Maps a normalised span `[start, end)` back to original offsets. */
export function toOriginal(n: Normalized, start: number, end: number): [number, number] {
  return [n.starts[start] ?? 0, n.ends[end - 1] ?? 0];
}

// The cheap first test on every page lives apart, so the content script's loader needs no tables.
export { hasHan } from './han';
