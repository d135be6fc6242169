import { describe, expect, it } from 'vitest';
import { toTraditional } from '../../src/core/s2t';

describe('toTraditional', () => {
  it('picks the traditional character by phrase where one simplified character has several', () => {
    expect(toTraditional('干部')).toBe('幹部');
    expect(toTraditional('干扰')).toBe('干擾');
    expect(toTraditional('发展')).toBe('發展');
  });
  it('writes Taiwan variants and leaves other text alone', () => {
    expect(toTraditional('里面')).toBe('裡面');
    expect(toTraditional('国务院 2024 abc')).toBe('國務院 2024 abc');
  });
});
