/**
 * Splits a very long text into pieces of about `size` characters, each ending after a sentence break
 * (。!?;, a newline) so that no term or quoted formula is cut. A text with no break for a whole piece
 * is cut at `size` anyway: a 5 MB single text node must not block the page for a second or more.
 */
export function chunkBounds(text: string, size = 20000): [from: number, to: number][] {
  if (text.length <= size) return [[0, text.length]];
  const bounds: [number, number][] = [];
  let from = 0;
  while (from < text.length) {
    let to = Math.min(text.length, from + size);
    if (to < text.length) {
      // The last break in the second half of the piece, if any.
      for (let i = to - 1; i > from + size / 2; i--) {
        if ('。!?;\n'.includes(text[i]!)) {
          to = i + 1;
          break;
        }
      }
    }
    bounds.push([from, to]);
    from = to;
  }
  return bounds;
}
