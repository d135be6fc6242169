import { describe, expect, it } from 'vitest';
import { DROP, foldTable } from '../../src/core/fold-table';
import { traditionalToSimplifiedTable } from '../../src/core/t2s';
import { deriveTraditionalToSimplified } from '../../src/core/t2s-derive';

const sorted = (map: Map<string, string>) => [...map].sort(([a], [b]) => a.codePointAt(0)! - b.codePointAt(0)!);

describe('the precomputed traditional→simplified table (src/core/t2s-data.ts)', () => {
  const derived = deriveTraditionalToSimplified();

  it('equals the table derived from OpenCC at run time (run `npm run tables` when this fails)', () => {
    expect(derived.size).toBeGreaterThan(3000);
    expect(sorted(traditionalToSimplifiedTable())).toEqual(sorted(derived));
  });

  it('gives the fold table the same characters as the derivation', () => {
    const { bmp, astral } = foldTable();
    let astralCount = 0;
    for (const [from, to] of derived) {
      const f = from.codePointAt(0)!;
      if (f > 0xffff) {
        astralCount++;
        expect(astral.get(f)).toBe(to);
      } else if (to.length === 1) expect(bmp[f], from).toBe(to.charCodeAt(0));
    }
    expect(astral.size).toBe(astralCount);
    // Nothing else in the traditional range changed: only the derivation's characters and the folds.
    let converted = 0;
    for (let c = 0x3400; c <= 0x9fff; c++) if (bmp[c] && bmp[c] !== DROP) converted++;
    const derivedBmp = [...derived].filter(([f, t]) => f.codePointAt(0)! <= 0xffff && t.length === 1);
    expect(converted).toBe(derivedBmp.filter(([f]) => f.codePointAt(0)! >= 0x3400).length);
  });

  it('converts the examples the normaliser relies on', () => {
    const table = traditionalToSimplifiedTable();
    const examples: [string, string][] = [
      ['專', '专'],
      ['個', '个'],
      ['為', '为'],
      ['這', '这'],
    ];
    for (const [t, s] of examples) expect(table.get(t)).toBe(s);
  });
});
