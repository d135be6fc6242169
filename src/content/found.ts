import type { PageTerm } from '../core/protocol';
import type { TierOf } from '../core/term-density';
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
  /** An entry of the glossary's vocabulary tier; asked of the tiers when the hit is made, if not at matching. */
  vocabulary?: boolean;
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
  make(tierOf: TierOf): TermHit[] {
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
        f.vocabulary ?? tierOf(f.id) === 'vocabulary',
      );
    });
    return this.hits;
  }
}

/**
 * Every match of the page, by block, and the hits made of them so far: what the popup counts (from the
 * matches, without making hits), what hover looks up, and what stepping and reveal walk (making them all).
 */
export class PageMatches {
  /** Matched blocks in the order they were matched (the order a Set of every hit would have). */
  private blocks: FoundBlock[] = [];
  /** The hits made so far and not forgotten. */
  private readonly live = new Set<TermHit>();
  /** Matches whose hits are not made yet. */
  private unmade = 0;
  /** Hits by the element holding their text, for hover lookups. */
  private readonly hitsByElement = new Map<Element, TermHit[]>();

  /** `tierOf` gives the glossary's tiers when hits are made (the annotator learns them after it is built). */
  constructor(private readonly tierOf: () => TierOf) {}

  /** How many matches are kept, made into hits or not. */
  get size(): number {
    return this.unmade + this.live.size;
  }

  has(hit: TermHit): boolean {
    return this.live.has(hit);
  }

  /** Keeps a matched block (one with matches); its hits are made later, by `make`. */
  keep(found: FoundBlock): void {
    this.blocks.push(found);
    this.unmade += found.found.length;
  }

  /** Makes a block's hits (once), indexing them for hover. */
  make(found: FoundBlock): TermHit[] {
    if (found.hits) return found.hits;
    const hits = found.make(this.tierOf());
    this.unmade -= hits.length;
    const { nodes } = found.block;
    for (const hit of hits) {
      this.live.add(hit);
      const first = nodes.indexOf(hit.startNode);
      const last = nodes.indexOf(hit.endNode);
      let previous: Element | null = null;
      for (let i = first; i <= last; i++) {
        const parent = nodes[i]!.parentElement;
        if (!parent || parent === previous) continue;
        previous = parent;
        const list = this.hitsByElement.get(parent);
        if (!list) this.hitsByElement.set(parent, [hit]);
        else if (list[list.length - 1] !== hit) list.push(hit);
      }
    }
    return hits;
  }

  /** Every hit not forgotten, in the order they were matched (every hit is made). */
  all(): TermHit[] {
    if (this.unmade > 0) for (const found of this.blocks) this.make(found);
    const out: TermHit[] = [];
    for (const block of this.blocks) for (const hit of block.hits ?? []) if (this.live.has(hit)) out.push(hit);
    return out;
  }

  /** The hits made so far whose text sits directly in `el`. */
  hitsIn(el: Element): readonly TermHit[] {
    return this.hitsByElement.get(el) ?? [];
  }

  /** Forgets the hits `predicate` picks (every hit is made to ask it) and returns them. */
  forget(predicate: (hit: TermHit) => boolean): TermHit[] {
    const gone = this.all().filter(predicate);
    if (gone.length === 0) return gone;
    for (const hit of gone) this.live.delete(hit);
    this.blocks = this.blocks.filter((block) => block.hits!.some((hit) => this.live.has(hit)));
    for (const [el, list] of this.hitsByElement) {
      const kept = list.filter((h) => this.live.has(h));
      if (kept.length === 0) this.hitsByElement.delete(el);
      else if (kept.length !== list.length) this.hitsByElement.set(el, kept);
    }
    return gone;
  }

  /** Forgets everything; returns the hits that were made (only they can have ranges registered). */
  clear(): TermHit[] {
    const made = [...this.live];
    this.live.clear();
    this.blocks = [];
    this.unmade = 0;
    this.hitsByElement.clear();
    return made;
  }

  /** Visits every match not forgotten, in the order they were matched. */
  private each(visit: (block: FoundBlock, found: Found) => void): void {
    for (const block of this.blocks) {
      const { hits, found } = block;
      for (let i = 0; i < found.length; i++) if (!hits || this.live.has(hits[i]!)) visit(block, found[i]!);
    }
  }

  /**
   * Terms on the page, most frequent first; the surface is the first form in document order. Terms of
   * equal count come in document order of their first use, as sorting every hit by document order gave.
   */
  pageTerms(): PageTerm[] {
    interface Seen {
      count: number;
      first: number;
      visit: number;
      block: FoundBlock;
      found: Found;
    }
    const byId = new Map<string, Seen>();
    let visit = 0;
    this.each((block, found) => {
      visit++;
      if (found.candidate) return;
      const order = block.order(found);
      const seen = byId.get(found.id);
      if (!seen) byId.set(found.id, { count: 1, first: order, visit, block, found });
      else {
        seen.count++;
        if (order < seen.first) {
          seen.first = order;
          seen.visit = visit;
          seen.block = block;
          seen.found = found;
        }
      }
    });
    return [...byId]
      .sort(([, a], [, b]) => a.first - b.first || a.visit - b.visit)
      .map(([id, seen]) => ({ id, surface: seen.block.surface(seen.found), count: seen.count }))
      .sort((a, b) => b.count - a.count);
  }

  /** Formula-like text the glossary lacks, most frequent first, for the popup. */
  unexplainedTerms(): { text: string; count: number }[] {
    const counts = new Map<string, number>();
    this.each((_, { candidate }) => {
      if (candidate) counts.set(candidate.text, (counts.get(candidate.text) ?? 0) + 1);
    });
    return [...counts].map(([text, count]) => ({ text, count })).sort((a, b) => b.count - a.count);
  }
}
