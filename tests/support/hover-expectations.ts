/**
 * What the tooltip must say for the reference report's key terms (fragments of its text). The published
 * report is in traditional characters, so the card answers in them: its Chinese follows the page's script.
 */
export const referenceHoverExpectations: Record<string, string[]> = {
  专精特新: [
    '專精特新',
    'zhuān jīng tè xīn',
    '專業化',
    '精細化',
    '特色化',
    '新穎化',
    'Government Work Reports in our collection (2022–2025)',
  ],
  // The pandemic-era whitelist, not the Civil War campaign, with its four items.
  四保: ['四保', 'Sense here', 'whitelist', '保生產經營', '保物流暢通', '保政策助力', '保防疫安全', 'Henan'],
  // The form on the page keeps its pinyin note; the headword it points to is in the page's script.
  三个一批: ['三個(gè)一批', '→ 三個一批', '簽約一批', '開工一批', '投產一批', 'Henan'],
};
