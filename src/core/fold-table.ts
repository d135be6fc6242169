import { T2S_FROM, T2S_TO } from './t2s-data';

/** Marks a UTF-16 unit that normalisation drops (zero-width characters). */
export const DROP = 0xffff;

const DOUBLE_QUOTES = '“”„‟«»「」『』〝〞＂″';
const SINGLE_QUOTES = '‘’‚‛‹›＇′';

export interface FoldTable {
  /** For each BMP unit: 0 to keep it, DROP to remove it, or the unit to put instead. */
  bmp: Uint16Array;
  /** Traditional characters outside the BMP, by code point. */
  astral: Map<number, string>;
}

let cached: FoldTable | undefined;

/**
 * One lookup per character instead of a chain of tests: full-width ASCII, the ideographic space,
 * quote variants, zero-width characters and traditional→simplified all live in one 128 KB table,
 * built once per page that has Chinese text from the pairs precomputed at build time (t2s-data.ts).
 */
export function foldTable(): FoldTable {
  if (cached) return cached;
  const bmp = new Uint16Array(0x10000);
  const astral = new Map<number, string>();
  // Read straight from the precomputed pairs (two strings), one UTF-16 unit at a time. This runs once per
  // page, before the engine has optimised anything: a callback per pair and codePointAt on every
  // character took 3–4 ms there, this loop about 0.5 ms (Node, cold).
  for (let i = 0, j = 0; i < T2S_FROM.length && j < T2S_TO.length;) {
    const from = T2S_FROM.charCodeAt(i);
    const to = T2S_TO.charCodeAt(j);
    const fromPair = from >= 0xd800 && from <= 0xdbff;
    const toPair = to >= 0xd800 && to <= 0xdbff;
    if (fromPair) astral.set(T2S_FROM.codePointAt(i)!, String.fromCodePoint(T2S_TO.codePointAt(j)!));
    else if (!toPair) bmp[from] = to; // a BMP character that simplifies to an astral one stays as it is
    i += fromPair ? 2 : 1;
    j += toPair ? 2 : 1;
  }
  for (let c = 0xff01; c <= 0xff5e; c++) bmp[c] = c - 0xfee0;
  bmp[0x3000] = 0x20;
  for (const q of DOUBLE_QUOTES) bmp[q.charCodeAt(0)] = 0x22;
  for (const q of SINGLE_QUOTES) bmp[q.charCodeAt(0)] = 0x27;
  for (let c = 0x200b; c <= 0x200f; c++) bmp[c] = DROP;
  for (let c = 0x2060; c <= 0x2064; c++) bmp[c] = DROP;
  bmp[0xfeff] = DROP;
  bmp[0xad] = DROP;
  cached = { bmp, astral };
  return cached;
}
