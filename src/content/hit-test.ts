import type { Annotator, TermHit } from './annotator';

/** A few pixels of slack so the pointer at a glyph's edge still counts as on the term. */
const SLACK = 1;

function textPositionAt(x: number, y: number): { node: Node; offset: number } | undefined {
  const doc = document as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  };
  if (doc.caretPositionFromPoint) {
    const pos = doc.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : undefined;
  }
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}

/**
 * The term under the point: the caret position names the text node, and the hit is confirmed
 * against its range's client rects (the caret snaps to the nearest text even in margins).
 */
export function termAt(annotator: Annotator, x: number, y: number): { hit: TermHit; rect: DOMRect } | undefined {
  const pos = textPositionAt(x, y);
  if (!pos || pos.node.nodeType !== Node.TEXT_NODE) return undefined;
  for (const hit of annotator.hitsAt(pos.node as Text)) {
    for (const rect of hit.range.getClientRects()) {
      if (x >= rect.left - SLACK && x <= rect.right + SLACK && y >= rect.top - SLACK && y <= rect.bottom + SLACK) {
        return { hit, rect };
      }
    }
  }
  return undefined;
}
