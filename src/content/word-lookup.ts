import type { ReadingWord } from '../core/dictionary';
import type { LookupKey } from '../core/settings';
import { ask } from '../platform/extension-api';

/** How much text after the pointer is sent: CC-CEDICT's longest useful headwords are shorter. */
const LOOKAHEAD = 12;
const HAN = /^[\u3400-\u9fff\uf900-\ufaff]/;

/** The text node and offset under the pointer, in either browser's API. */
function caretAt(x: number, y: number): { node: Node; offset: number } | undefined {
  const doc = document as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  };
  const position = doc.caretPositionFromPoint?.(x, y);
  if (position) return { node: position.offsetNode, offset: position.offset };
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}

const HELD: Record<LookupKey, (e: MouseEvent) => boolean> = {
  Alt: (e) => e.altKey,
  Shift: (e) => e.shiftKey,
  Control: (e) => e.ctrlKey,
};

/**
 * The optional hover dictionary (off by default): while the reader holds `key`, the Chinese word under the
 * pointer is looked up in the background (glossary first, then CC-CEDICT) and handed to `show` with the
 * range it covers on the page; moving on without the key calls `hide`. Only trusted pointer events count.
 */
export function watchWordLookup(
  key: LookupKey,
  show: (word: ReadingWord, range: Range) => void,
  hide: (e: MouseEvent) => void,
  signal: AbortSignal,
): void {
  let last = '';
  let serial = 0;
  let shown = false;
  const onMove = (e: MouseEvent) => {
    if (!e.isTrusted) return;
    if (!HELD[key](e)) {
      // Moving on without the key closes the card (unless the pointer is in it), as in Zhongwen and 10ten.
      if (shown) hide(e);
      shown = false;
      last = '';
      return;
    }
    const caret = caretAt(e.clientX, e.clientY);
    if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return;
    const data = (caret.node as Text).data;
    const text = data.slice(caret.offset, caret.offset + LOOKAHEAD);
    if (!HAN.test(text)) return;
    const spot = `${caret.offset}:${text}`;
    if (spot === last) return;
    last = spot;
    const mine = ++serial;
    void ask('dictionaryWord', { text })
      .then((word) => {
        if (!word || mine !== serial) return;
        const range = new Range();
        range.setStart(caret.node, caret.offset);
        range.setEnd(caret.node, Math.min(data.length, caret.offset + word.text.length));
        shown = true;
        show(word, range);
      })
      .catch(() => undefined);
  };
  addEventListener('mousemove', onMove, { signal, passive: true });
}
