/** What the tooltip must say for the reference report's key terms (fragments of its text). */
export const referenceHoverExpectations: Record<string, string[]> = {
  专精特新: ['专精特新', 'zhuān jīng tè xīn', '专业化'],
  四保: ['四保', '白名单'],
  三个一批: ['三个一批', '签约一批', '开工一批', '投产一批'],
};
