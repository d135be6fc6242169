import type { Candidate } from '../core/unexplained';
import { locate, type TextBlock } from './collect';
import { TermHit } from './term-hit';

/** Characters of normalised text kept on each side of a term, for choosing its sense. */
const NEAR_CHARS = 80;
/** Orders hits: block sequence × this + offset in the block (a 5 MB text node still fits). */
const ORDER_STRIDE = 2 ** 24;

/** One match in a block, kept compact until something needs its hit. */
export interface Found {
  /** Where the term is in the block's text. */
  start: number;
  end: number;
  /** Where it is in the normalised text of its piece of the block, and that text. */
  from: number;
  to: number;
  normalized: string;
  /** Glossary id; empty for formula-like text the glossary lacks. */
  id: string;
  candidate?: Candidate;
  vocabulary: boolean;
}

/**
 * A matched block and its matches. Their TermHits (two node lookups, two strings and a record each, and
 * later a Range) are made only when the block nears the viewport, the reader hovers it, or stepping,
 * reveal or a refresh need every hit: on a long page most blocks are never looked at, while the popup's
 * counts come from the matches alone.
 */
export class FoundBlock {
  /** The hits, once made, in the order of `found`. */
  hits: TermHit[] | undefined;

  constructor(
    readonly block: TextBlock,
    readonly seq: number,
    readonly found: Found[] = [],
  ) {}

  order(found: Found): number {
    return this.seq * ORDER_STRIDE + found.start;
  }

  /** The term as written on the page. */
  surface(found: Found): string {
    return this.block.text.slice(found.start, found.end);
  }

  /** Makes the hits (once) and returns them. */
  make(): TermHit[] {
    this.hits ??= this.found.map((f) => {
      const [startNode, startOffset] = locate(this.block, f.start, false);
      const [endNode, endOffset] = locate(this.block, f.end, true);
      return new TermHit(
        startNode,
        startOffset,
        endNode,
        endOffset,
        f.id,
        this.surface(f),
        f.normalized.slice(Math.max(0, f.from - NEAR_CHARS), f.to + NEAR_CHARS),
        this.order(f),
        this.block.element,
        f.candidate,
        f.vocabulary,
      );
    });
    return this.hits;
  }
}
