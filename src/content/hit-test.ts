import type { Annotator, TermHit } from './annotator';

/** A pixel of slack so the pointer at a glyph's edge still counts as on the term. */
const SLACK = 1;

type CaretDoc = Document & {
  caretPositionFromPoint?: (
    x: number,
    y: number,
    options?: { shadowRoots?: ShadowRoot[] },
  ) => { offsetNode: Node; offset: number } | null;
};

/** The element whose own text lies under the point, looking into the shadow roots we annotate. */
function elementUnder(annotator: Annotator, x: number, y: number): Element | undefined {
  const doc = document as CaretDoc;
  let node: Node | undefined;
  if (doc.caretPositionFromPoint) {
    node = doc.caretPositionFromPoint(x, y, { shadowRoots: [...annotator.shadowRoots] })?.offsetNode;
  } else {
    node = document.caretRangeFromPoint?.(x, y)?.startContainer;
  }
  if (node?.nodeType === Node.TEXT_NODE) return node.parentElement ?? undefined;
  // No text node (a browser that does not pierce shadow roots with the caret): descend by elements.
  let el = document.elementFromPoint(x, y);
  while (el?.shadowRoot) {
    const inner = el.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === el) break;
    el = inner;
  }
  return el ?? undefined;
}

function inside(rect: DOMRect, x: number, y: number): boolean {
  return x >= rect.left - SLACK && x <= rect.right + SLACK && y >= rect.top - SLACK && y <= rect.bottom + SLACK;
}

/**
 * The term under the point: the caret position names the text's element, and the hit is confirmed
 * against its range's client rects (the caret snaps to the nearest text even in margins).
 */
export function termAt(annotator: Annotator, x: number, y: number): { hit: TermHit; rect: DOMRect } | undefined {
  let el = elementUnder(annotator, x, y);
  // The text may sit in an inline ancestor of the element found (<b>专精</b>特新 under the pointer at 特).
  for (let depth = 0; el && depth < 4; depth++, el = el.parentElement ?? undefined) {
    for (const hit of annotator.hitsIn(el)) {
      for (const rect of hit.range.getClientRects()) if (inside(rect, x, y)) return { hit, rect };
    }
  }
  return undefined;
}
