import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';

/**
 * Derives the one-character-to-one-character traditional→simplified table from OpenCC's data. We convert
 * per character (never by phrase) so that every output character still corresponds to exactly one input
 * character, which keeps the offset map exact. Only the build uses this (scripts/make-t2s.mjs writes
 * t2s-data.ts from it) and a test checks the two agree: parsing OpenCC's strings cost every Chinese page
 * 6–10 ms and 30 KB of script.
 */

function addPairs(map: Map<string, string>, data: string): void {
  for (const pair of data.split('|')) {
    const [from, to] = pair.split(' ');
    // Only single code points on both sides; OpenCC lists alternatives after the first.
    if (from && to && [...from].length === 1 && [...to].length === 1 && !map.has(from)) map.set(from, to);
  }
}

export function deriveTraditionalToSimplified(): Map<string, string> {
  const variants = new Map<string, string>();
  // Taiwan and Hong Kong variant forms (為, 峰…) first map to OpenCC's standard traditional form.
  addPairs(variants, TWVariantsRev);
  addPairs(variants, HKVariantsRev);
  const ts = new Map<string, string>();
  addPairs(ts, TSCharacters);
  const table = new Map(ts);
  for (const [variant, standard] of variants) {
    const simplified = ts.get(standard) ?? standard;
    if (!table.has(variant) && simplified !== variant) table.set(variant, simplified);
  }
  return table;
}
