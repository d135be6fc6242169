import type { Candidate } from '../core/unexplained';

/**
 * One occurrence of a term on the page. Its Range is made only when something needs it (registering it
 * near the viewport, hover, keyboard stepping): on a long page most matches are far off screen, and a
 * live Range costs memory and slows every DOM mutation of the page, which the browser must apply to it.
 */
export class TermHit {
  private made: Range | undefined;
  private painted: Range | undefined;

  constructor(
    readonly startNode: Text,
    readonly startOffset: number,
    readonly endNode: Text,
    readonly endOffset: number,
    /** Glossary id; empty for formula-like text the glossary lacks. */
    readonly id: string,
    /** The term as written on the page. */
    readonly surface: string,
    /** The normalised block text around it, for choosing a sense. */
    readonly near: string,
    /** Document order: the block's collection order, then the offset in the block. Ranges in different
     * trees (shadow roots) cannot be compared with compareBoundaryPoints, so this is what sorts hits. */
    readonly order: number,
    /** The block element: what the viewport window observes. */
    readonly anchor: Element | null,
    /** Set for formula-like text the glossary lacks. */
    readonly candidate?: Candidate,
    /** An entry of the glossary's vocabulary tier: drawn in the quieter style. */
    readonly vocabulary = false,
  ) {}

  /**
   * The copy registered in CSS.highlights, which page scripts can read and re-point: it only paints, and
   * is checked against `range` before anything is shown for the hit (Annotator.isIntact).
   */
  get shown(): Range {
    this.painted ??= this.range.cloneRange();
    return this.painted;
  }

  /** The painted copy if it was ever made; a hit without one was never registered. */
  get madeShown(): Range | undefined {
    return this.painted;
  }

  /** Forgets the painted copy (the page re-pointed it); the next `shown` is a fresh clone of `range`. */
  resetShown(): void {
    this.painted = undefined;
  }

  /** Our own range, never handed to the page: hover, reveal and the popup use this one. */
  get range(): Range {
    if (!this.made) {
      const range = new Range();
      // The page may have shortened a node since it was read; the observer re-reads it shortly.
      range.setStart(this.startNode, Math.min(this.startOffset, this.startNode.length));
      range.setEnd(this.endNode, Math.min(this.endOffset, this.endNode.length));
      this.made = range;
    }
    return this.made;
  }
}
