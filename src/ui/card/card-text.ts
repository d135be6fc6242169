// The Chinese reader's one-line gloss; the card's other lines are rendered by src/ui/term-text.ts.

/** The first sentence of a Chinese explanation: the Chinese reader's one-line gloss. */
export function firstSentence(text: string): string {
  const end = text.search(/[。；]/);
  return end > 0 ? text.slice(0, end + 1) : text;
}
