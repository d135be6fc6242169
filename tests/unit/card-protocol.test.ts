import { describe, expect, it } from 'vitest';
import { parseFromCard, parseToCard, type ShowCard } from '../../src/core/card-protocol';

const show: ShowCard = {
  kind: 'show',
  serial: 3,
  surface: '四保',
  what: { kind: 'add', text: '四保' },
  display: { language: 'en', pinyin: true, locale: 'en', details: false, traditional: false },
  maxWidth: 400,
};

describe('the card protocol', () => {
  it('accepts a well-formed show and focus message', () => {
    const entry = { ...show, what: { kind: 'entry' as const, id: 'si-bao', context: { sentence: '' } } };
    expect(parseToCard(entry)).toEqual(entry);
    expect(parseToCard({ kind: 'focus', serial: 1 })).toEqual({ kind: 'focus', serial: 1 });
  });

  it('ignores messages with missing or oversized fields', () => {
    const good = { ...show, what: { kind: 'add', text: '新词' } };
    expect(parseToCard(good)).toBeDefined();
    expect(parseToCard({ ...good, maxWidth: '400' })).toBeUndefined();
    expect(parseToCard({ ...good, surface: 'x'.repeat(4001) })).toBeUndefined();
    expect(parseToCard({ ...good, display: { ...good.display, details: 'yes' } })).toBeUndefined();
    expect(parseToCard({ ...good, what: { kind: 'add', text: 'x'.repeat(201) } })).toBeUndefined();
    expect(parseToCard({ ...good, what: { kind: 'script', text: 'x' } })).toBeUndefined();
    expect(parseToCard(null)).toBeUndefined();
    expect(parseToCard({ kind: 'focus' })).toBeUndefined();
  });

  it('reads the frame’s replies, and nothing else', () => {
    expect(parseFromCard({ kind: 'size', serial: 1, width: 400, height: 200 })).toBeDefined();
    expect(parseFromCard({ kind: 'pointer', inside: true, at: 5 })).toBeDefined();
    expect(parseFromCard({ kind: 'escape' })).toEqual({ kind: 'escape' });
    expect(parseFromCard({ kind: 'size', serial: 1, width: 400 })).toBeUndefined();
    expect(parseFromCard({ kind: 'navigate', to: 'https://example.com' })).toBeUndefined();
  });
});
