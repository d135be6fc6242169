import { describe, expect, it } from 'vitest';
import { parseToBackground, parseToContent } from '../../src/core/protocol';

describe('message protocol', () => {
  it('accepts well-formed messages', () => {
    expect(parseToBackground({ type: 'automaton', params: {} })).toBeDefined();
    expect(parseToBackground({ type: 'termsFound', params: { ids: ['a'] } })).toBeDefined();
    expect(
      parseToBackground({ type: 'explain', params: { id: 'si-bao', context: { near: '四保', page: '', year: 2022 } } }),
    ).toBeDefined();
    expect(parseToContent({ type: 'reveal', params: { id: 'x' } })).toBeDefined();
  });

  it.each([
    ['not an object', 'automaton'],
    ['null', null],
    ['unknown type', { type: 'eval', params: {} }],
    ['prototype key', { type: 'toString', params: {} }],
    ['missing params', { type: 'termsFound' }],
    ['wrong param type', { type: 'termsFound', params: { ids: 'a' } }],
    ['ids that are not strings', { type: 'termsFound', params: { ids: [1] } }],
    ['explain without context', { type: 'explain', params: { id: 'x' } }],
    ['explain with bad year', { type: 'explain', params: { id: 'x', context: { near: '', page: '', year: '2022' } } }],
    ['oversized context', { type: 'explain', params: { id: 'x', context: { near: 'x'.repeat(5000), page: '' } } }],
  ])('rejects %s', (_label, raw) => {
    expect(parseToBackground(raw)).toBeUndefined();
  });

  it('keeps the two directions apart', () => {
    expect(parseToContent({ type: 'automaton', params: {} })).toBeUndefined();
    expect(parseToBackground({ type: 'listTerms', params: {} })).toBeUndefined();
  });
});
