import { T2S_FROM, T2S_TO } from './t2s-data';

/** Calls `each` with every traditional→simplified pair as code points, in the order of t2s-data.ts. */
export function forEachT2sPair(each: (from: number, to: number) => void): void {
  for (let i = 0, j = 0; i < T2S_FROM.length && j < T2S_TO.length;) {
    const from = T2S_FROM.codePointAt(i)!;
    const to = T2S_TO.codePointAt(j)!;
    i += from > 0xffff ? 2 : 1;
    j += to > 0xffff ? 2 : 1;
    each(from, to);
  }
}

let table: Map<string, string> | undefined;

/**
 * The one-character-to-one-character traditional→simplified table (OpenCC's data, precomputed at build
 * time by scripts/make-t2s.mjs). Conversion is per character, never by phrase, so that every output
 * character still corresponds to exactly one input character and the offset map stays exact.
 */
export function traditionalToSimplifiedTable(): Map<string, string> {
  if (table) return table;
  const built = new Map<string, string>();
  forEachT2sPair((from, to) => built.set(String.fromCodePoint(from), String.fromCodePoint(to)));
  table = built;
  return table;
}
