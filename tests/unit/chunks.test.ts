import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chunkBounds } from '../../src/core/chunks';

describe('chunkBounds', () => {
  it('leaves a text of ordinary length whole', () => {
    expect(chunkBounds('推进专精特新。', 100)).toEqual([[0, 7]]);
  });

  it('cuts a long text after sentence breaks, never inside a term', () => {
    const text = '坚持项目为王。'.repeat(1000); // 7,000 characters
    const bounds = chunkBounds(text, 1000);
    for (const [, to] of bounds.slice(0, -1)) expect(text[to - 1]).toBe('。');
    expect(bounds.map(([from, to]) => text.slice(from, to)).join('')).toBe(text);
  });

  it('cuts a text with no break at the size, and always covers the text exactly (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3000 }), fc.integer({ min: 10, max: 500 }), (text, size) => {
        const bounds = chunkBounds(text, size);
        expect(bounds[0]![0]).toBe(0);
        expect(bounds.at(-1)![1]).toBe(text.length);
        for (let i = 0; i < bounds.length; i++) {
          const [from, to] = bounds[i]!;
          expect(to - from).toBeLessThanOrEqual(size);
          if (text.length > 0) expect(to).toBeGreaterThan(from);
          if (i > 0) expect(from).toBe(bounds[i - 1]![1]);
        }
      }),
      { numRuns: 500 },
    );
  });
});
