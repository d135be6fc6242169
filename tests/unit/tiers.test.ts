import { describe, expect, it } from 'vitest';
import { TIERS, type Tier } from '../../src/core/glossary-schema';
import { matchForm } from '../../src/core/glossary-index';
import { GLOSSARY } from '../../src/glossary';

const tierOf = (term: string): Tier | undefined => {
  const e = GLOSSARY.find((x) => [x.term, ...x.variants].map(matchForm).includes(matchForm(term)));
  return e && (e.tier ?? 'formula');
};

describe('glossary tiers (formula: tifa proper; vocabulary: general policy vocabulary, shown more quietly)', () => {
  it('gives every entry a valid tier or none (none means formula)', () => {
    const bad = GLOSSARY.filter((e) => e.tier !== undefined && !TIERS.includes(e.tier)).map((e) => e.id);
    expect(bad).toEqual([]);
  });

  it.each(['项目建设', '疫情防控', '产业集群', '功能区', '营商环境', '招商引资', '核酸检测', '政务服务', '实体经济'])(
    '%s is vocabulary',
    (term) => {
      expect(tierOf(term)).toBe('vocabulary');
    },
  );

  it.each([
    '四个意识',
    '两个确立',
    '三个一批',
    '专精特新',
    '六稳六保',
    '新质生产力',
    '中央经济工作会议',
    '放管服',
    '一国两制',
  ])('%s is a formula', (term) => {
    expect(tierOf(term)).toBe('formula');
  });

  it('keeps local formulas, a place’s own tifa, in the formula tier', () => {
    expect(GLOSSARY.filter((e) => e.category === 'local' && e.tier === 'vocabulary').map((e) => e.id)).toEqual([]);
  });

  it('has both tiers in use', () => {
    const vocabulary = GLOSSARY.filter((e) => e.tier === 'vocabulary').length;
    // Both tiers carry real weight: neither is a handful of exceptions to the other.
    expect(vocabulary).toBeGreaterThan(500);
    expect(GLOSSARY.length - vocabulary).toBeGreaterThan(1000);
  });
});
