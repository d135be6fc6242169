import { describe, expect, it } from 'vitest';
import { isTraditionalText } from '../../src/core/script';

const TRADITIONAL =
  '特區政府將繼續堅持「一國兩制」方針，全面落實愛國者治港原則，推動經濟發展，改善民生，維護國家安全與社會穩定，積極融入國家發展大局。';
const SIMPLIFIED =
  '特区政府将继续坚持“一国两制”方针，全面落实爱国者治港原则，推动经济发展，改善民生，维护国家安全与社会稳定，积极融入国家发展大局。';

describe('isTraditionalText', () => {
  it('tells a traditional page from a simplified one', () => {
    expect(isTraditionalText(TRADITIONAL)).toBe(true);
    expect(isTraditionalText(SIMPLIFIED)).toBe(false);
  });

  it('says nothing from a few characters or from English', () => {
    expect(isTraditionalText('國務院')).toBe(false);
    expect(isTraditionalText('The State Council met on Monday. '.repeat(20))).toBe(false);
  });

  it('is not swayed by a traditional quotation inside a simplified page', () => {
    expect(isTraditionalText(SIMPLIFIED.repeat(4) + '「維護國家安全」')).toBe(false);
  });
});
