/**
 * Gathers a page's visible text as blocks: runs of text nodes under one block element,
 * joined across inline elements so that <b>专精</b>特新 reads as 专精特新.
 */
export interface TextBlock {
  text: string;
  nodes: Text[];
  /** Offset in `text` at which each node starts. */
  offsets: number[];
  /** The block element holding the text (its nearest non-inline ancestor): where the block is on screen. */
  element: Element | null;
}

/** Subtrees whose text is not prose to annotate, or is not the page's to us. */
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  'RT',
  'RP',
  'SVG',
  'MATH',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'VIDEO',
  'AUDIO',
]);

/** Elements that do not break a run of text. Anything else (div, p, td, li, custom elements) starts a new block. */
const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'BIG',
  'CITE',
  'DATA',
  'DEL',
  'DFN',
  'EM',
  'FONT',
  'I',
  'INS',
  'MARK',
  'Q',
  'RUBY',
  'RB',
  'S',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'TT',
  'U',
  'VAR',
  'LABEL',
  'WBR',
]);

const NOT_BLANK = /\S/;

export function isSkippedElement(el: Element, ignore?: Element): boolean {
  if (el === ignore) return true;
  if (SKIPPED.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('hidden')) return true;
  return el instanceof HTMLElement && el.isContentEditable;
}

function blockOf(node: Node): Element | null {
  return blockElementOf(node.parentElement);
}

/** The block element an element's text belongs to: itself, or its nearest ancestor that is not inline. */
export function blockElementOf(element: Element | null): Element | null {
  let el = element;
  while (el && INLINE.has(el.tagName.toUpperCase())) el = el.parentElement;
  return el;
}

/** Whether `node` sits in (or is) a subtree we never read: code, form fields, editable, hidden, ours. */
export function insideSkipped(node: Node, ignore?: Element): boolean {
  for (let n: Node | null = node; n;) {
    if (n.nodeType === Node.ELEMENT_NODE && isSkippedElement(n as Element, ignore)) return true;
    n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null);
  }
  return false;
}

/**
 * Yields the text blocks under `root` one by one, in document order, skipping hidden, editable and code
 * subtrees and `ignore`. Open shadow roots are entered (and reported through `onShadowRoot`). Being a
 * generator, the walk can be spread over time slices on very large pages.
 */
export function* walkBlocks(
  root: Node,
  ignore?: Element,
  onShadowRoot?: (root: ShadowRoot) => void,
): Generator<TextBlock, void, undefined> {
  const doc = root.ownerDocument ?? (root as Document);
  let current: TextBlock | undefined;
  // No filter callback: the browser calling into script for every node cost more than the walk itself.
  // A skipped element's subtree is stepped over here instead.
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  const pastSubtree = (): Node | null => {
    for (;;) {
      const sibling = walker.nextSibling();
      if (sibling) return sibling;
      if (!walker.parentNode()) return null;
    }
  };
  let currentBlock: Element | null = null;
  let lastParent: Element | null = null;
  let lastParentVisible = true;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    while (node && node.nodeType === Node.ELEMENT_NODE && isSkippedElement(node as Element, ignore)) {
      node = pastSubtree();
    }
    if (!node) break;
    if (node.nodeType === Node.ELEMENT_NODE) {
      const el = node as Element;
      const shadow = el.shadowRoot;
      if ((el.tagName.toUpperCase() === 'BR' || shadow) && current) {
        yield current;
        current = undefined;
      }
      if (shadow) {
        onShadowRoot?.(shadow);
        yield* walkBlocks(shadow, ignore, onShadowRoot);
      }
      continue;
    }
    const text = node as Text;
    const data = text.data;
    if (!data) continue;
    // Whitespace between inline runs belongs to the text (不忘初心<b> </b>牢记使命); whitespace that
    // would start a block holds nothing to match.
    // A test, not trim(): trim copied the text of every node on the page. \S is the complement of what
    // trim removes (WhiteSpace and LineTerminator).
    const blank = !NOT_BLANK.test(data);
    if (blank && !current) continue;
    const parent = text.parentElement;
    if (parent !== lastParent) {
      lastParent = parent;
      // checkVisibility also covers hidden ancestors (display:none, visibility:hidden).
      lastParentVisible = !parent?.checkVisibility || parent.checkVisibility({ visibilityProperty: true });
    }
    if (!lastParentVisible) continue;
    const block = blockOf(text);
    if (blank && block !== currentBlock) continue;
    if (!current || block !== currentBlock) {
      if (current) yield current;
      current = { text: '', nodes: [], offsets: [], element: block };
      currentBlock = block;
    }
    current.offsets.push(current.text.length);
    current.nodes.push(text);
    current.text += data;
  }
  if (current) yield current;
}

/** All the text blocks under `root` at once (see `walkBlocks`). */
export function collectBlocks(root: Node, ignore?: Element, onShadowRoot?: (root: ShadowRoot) => void): TextBlock[] {
  return [...walkBlocks(root, ignore, onShadowRoot)];
}

/** Finds the node and offset in a block for a text offset; `preferEnd` puts a boundary at a node's end. */
export function locate(block: TextBlock, offset: number, preferEnd: boolean): [Text, number] {
  const { offsets, nodes } = block;
  let lo = 0;
  let hi = offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const start = offsets[mid]!;
    if (start < offset || (!preferEnd && start === offset)) lo = mid;
    else hi = mid - 1;
  }
  return [nodes[lo]!, offset - offsets[lo]!];
}
