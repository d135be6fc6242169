/** What the tooltip must say for the reference report's key terms (fragments of its text). */
export const referenceHoverExpectations: Record<string, string[]> = {
  专精特新: [
    '专精特新',
    '專精特新',
    'zhuān jīng tè xīn',
    '专业化',
    '精细化',
    '特色化',
    '新颖化',
    'Government Work Reports in our collection (2022–2025)',
  ],
  // The pandemic-era whitelist, not the Civil War campaign, with its four items.
  四保: ['四保', 'Sense here', 'whitelist', '保生产经营', '保物流畅通', '保政策助力', '保防疫安全', 'Henan'],
  三个一批: ['三个一批', '三個(gè)一批', '签约一批', '开工一批', '投产一批', 'Henan'],
};
