import { describe, expect, it } from 'vitest';
import { buildSearchIndex, searchGlossary } from '../../src/core/search';
import { GLOSSARY } from '../../src/glossary';

const index = buildSearchIndex(GLOSSARY);
const top = (q: string) => searchGlossary(index, q)[0]?.entry.term;

describe('searchGlossary', () => {
  it('finds by simplified and traditional Chinese', () => {
    expect(top('专精特新')).toBe('专精特新');
    expect(top('專精特新')).toBe('专精特新');
    expect(top('項目為王')).toBe('项目为王');
  });

  it('finds by toneless pinyin, with or without spaces', () => {
    expect(top('fangguanfu')).toBe('放管服');
    expect(top('xiang mu wei wang')).toBe('项目为王');
  });

  it('finds by English', () => {
    expect(searchGlossary(index, 'dual circulation').map((h) => h.entry.term)).toContain('双循环');
  });

  it('returns nothing for an empty query or nonsense', () => {
    expect(searchGlossary(index, '   ')).toEqual([]);
    expect(searchGlossary(index, 'qqqqzzzz')).toEqual([]);
  });
});
