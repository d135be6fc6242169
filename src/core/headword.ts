/**
 * A headword as the reader should see it. Some entries keep the quotation marks of the reports that coin
 * them, written as ASCII quotes in the data ("两重", 国务院"约法三章"): a quote round the whole headword is
 * dropped, and quotes inside it become Chinese ones, as a report prints them.
 */
export function displayHeadword(term: string): string {
  const whole = /^"([^"]+)"$/.exec(term);
  if (whole) return whole[1]!;
  let count = 0;
  return term.replace(/"/g, () => (count++ % 2 ? '”' : '“'));
}

/** Whether the form on the page and the headword are the same words (quotes and spaces aside). */
export function sameForm(surface: string, headword: string): boolean {
  const bare = (s: string) => s.replace(/["'“”‘’「」『』\s]/g, '');
  return bare(surface) === bare(headword);
}
