import { forEachT2sPair } from './t2s';

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
  // Read straight from the precomputed pairs (two strings): no Map on the way, well under a millisecond.
  forEachT2sPair((from, to) => {
    if (from > 0xffff) astral.set(from, String.fromCodePoint(to));
    else if (to <= 0xffff) bmp[from] = to;
  });
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
