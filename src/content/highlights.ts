/** Highlight names are shared with the page (one registry per document), so they carry our prefix. */
export const HIGHLIGHT_NAME = 'tifa-lens-term';
export const FLASH_NAME = 'tifa-lens-flash';
export const ACTIVE_NAME = 'tifa-lens-active';
export const UNEXPLAINED_NAME = 'tifa-lens-unexplained';
/** General policy vocabulary (the glossary's vocabulary tier): a quieter style than formulas. */
export const VOCABULARY_NAME = 'tifa-lens-vocabulary';

interface OurHighlights {
  term: Highlight;
  flash: Highlight;
  active: Highlight;
  unexplained: Highlight;
  vocabulary: Highlight;
}

let ours: OurHighlights | undefined;

export function highlightSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/**
 * Our Highlight objects, registered once. If the page clears CSS.highlights, the next call
 * registers the same objects again, ranges and all.
 */
export function highlights(): OurHighlights {
  ours ??= {
    term: new Highlight(),
    flash: new Highlight(),
    active: new Highlight(),
    unexplained: new Highlight(),
    vocabulary: new Highlight(),
  };
  ours.active.priority = 2;
  ours.flash.priority = 1;
  const registry = CSS.highlights;
  if (registry.get(HIGHLIGHT_NAME) !== ours.term) registry.set(HIGHLIGHT_NAME, ours.term);
  if (registry.get(FLASH_NAME) !== ours.flash) registry.set(FLASH_NAME, ours.flash);
  if (registry.get(ACTIVE_NAME) !== ours.active) registry.set(ACTIVE_NAME, ours.active);
  if (registry.get(UNEXPLAINED_NAME) !== ours.unexplained) registry.set(UNEXPLAINED_NAME, ours.unexplained);
  if (registry.get(VOCABULARY_NAME) !== ours.vocabulary) registry.set(VOCABULARY_NAME, ours.vocabulary);
  return ours;
}

export function unregisterHighlights(): void {
  if (!ours) return;
  for (const name of [HIGHLIGHT_NAME, FLASH_NAME, ACTIVE_NAME, UNEXPLAINED_NAME, VOCABULARY_NAME]) {
    CSS.highlights.delete(name);
  }
  ours.unexplained.clear();
  ours.vocabulary.clear();
  ours.term.clear();
  ours.flash.clear();
  ours.active.clear();
}
