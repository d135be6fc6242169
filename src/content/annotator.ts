import type { Matcher } from '../core/matcher';
import type { PageTerm } from '../core/protocol';
import { chunkBounds } from '../core/chunks';
import { normalize, hasHan } from '../core/normalize';
import type { TierOf } from '../core/term-density';
import { findUnexplained } from '../core/unexplained';
import { blockElementOf, insideSkipped, walkBlocks, type TextBlock } from './collect';
import { FoundBlock, PageMatches, type Found } from './found';
import { HIGHLIGHT_NAME } from './highlights';
import { RangeWindow } from './range-window';
import { SLICE_MS, placeOf, whenIdle, yieldToPage } from './schedule';
import { TermHit } from './term-hit';

export { TermHit };
export { yieldToPage };

/** Blocks longer than this are matched in pieces (chunkBounds), pausing between them. */
const PIECE_CHARS = 20000;
/** The normalised text kept for sense cues that look at the whole page. */
const SAMPLE_CHARS = 3000;

/** A block read from the page and not matched yet, with its place in document order. */
interface Queued {
  block: TextBlock;
  seq: number;
  done: boolean;
}

/** Every match on the page, as `Annotator.hits`: counted and tested without making the hits. */
export interface Hits extends Iterable<TermHit> {
  readonly size: number;
  has(hit: TermHit): boolean;
}

/**
 * Turns page text into highlighted ranges. It never writes to the page's DOM: ranges are registered with
 * CSS.highlights (only near the viewport, see RangeWindow), and lookups for hover go through `hitsIn`.
 * The blocks in and near the viewport are matched first, the rest of the page in idle time; the popup's
 * list and counts come from every match (`hits`), not from what is registered.
 */
export class Annotator {
  /** Every match, by block, and the hits made of them so far. */
  private readonly matches = new PageMatches(() => this.tierOf);
  /** Open shadow roots met while collecting; they need our highlight style and an observer. */
  readonly shadowRoots = new Set<ShadowRoot>();
  private readonly onNewShadowRoot: (root: ShadowRoot) => void;
  private readonly window = new RangeWindow();
  /** Normalised text of the first blocks, for sense cues that look at the whole page. */
  pageSample = '';
  private seq = 0;
  /** The glossary's tiers (from the background's automaton reply); everything is a formula until told. */
  tierOf: TierOf = () => 'formula';
  /** The reader's choice: vocabulary-tier entries are not highlighted at all. */
  hideVocabulary = false;

  constructor(
    private readonly matcher: Matcher,
    private readonly ignore: () => Element | undefined,
    onShadowRoot: (root: ShadowRoot) => void = () => undefined,
  ) {
    this.onNewShadowRoot = (root) => {
      if (this.shadowRoots.has(root)) return;
      this.shadowRoots.add(root);
      onShadowRoot(root);
    };
  }

  /** The blocks under `root`, lazily: a caller may take a few, then hand the rest to `annotateBlocks`. */
  walk(root: Node): Generator<TextBlock, void, undefined> {
    return walkBlocks(root, this.ignore(), this.onNewShadowRoot);
  }

  /** The page's first blocks in document order, as sense cues (matching may go in another order). */
  takeSample(blocks: readonly TextBlock[]): void {
    for (const block of blocks) {
      if (this.pageSample.length >= SAMPLE_CHARS) break;
      if (hasHan(block.text)) this.pageSample += normalize(block.text.slice(0, SAMPLE_CHARS)).text + '\n';
    }
  }

  /** Annotates everything under `root`; resolves when all of it is matched. A root inside a subtree we
   * never read (the page edited a contenteditable or a <pre>) is left alone. */
  async annotate(roots: readonly Node[], signal: AbortSignal): Promise<void> {
    const ignore = this.ignore();
    const kept = roots.filter((root) => !insideSkipped(root, ignore));
    const walk = (function* (annotator: Annotator) {
      for (const root of kept) yield* annotator.walk(root);
    })(this);
    await this.annotateBlocks(walk, signal);
  }

  /**
   * Walks and matches in slices that yield to the page. Blocks near the viewport are matched as soon as
   * they are read; the others wait in a queue, matched in idle time once the walk is done, and those the
   * reader scrolls to meanwhile jump the queue. `onFirstScreen` runs once the walk has passed below the
   * viewport (or ended): by then the screen in front of the reader is matched and registered.
   */
  async annotateBlocks(blocks: Iterable<TextBlock>, signal: AbortSignal, onFirstScreen?: () => void): Promise<void> {
    const source = blocks[Symbol.iterator]();
    const queue: Queued[] = [];
    let queueHead = 0;
    let walking = true;
    let urgent = true;
    let priority: Queued[] = [];
    let seenScroll = scrollY;
    // Reading scrollY before every block had the browser bring its layout up to date each time; a
    // scroll event says when reading it again is worth it.
    let scrolled = false;
    const onScroll = () => {
      scrolled = true;
    };
    addEventListener('scroll', onScroll, { passive: true });
    let deadline = performance.now() + SLICE_MS;
    const firstScreen = () => {
      if (!urgent) return;
      urgent = false;
      onFirstScreen?.();
    };
    const pause = async () => {
      if (performance.now() < deadline) return;
      const ms = urgent ? (await yieldToPage(), SLICE_MS) : await whenIdle();
      deadline = performance.now() + ms;
    };

    try {
      while (!signal.aborted) {
        // Awaited only when the slice is over: an await per block is a promise and a microtask each.
        if (performance.now() >= deadline) await pause();
        if (signal.aborted) break;
        if (scrolled) {
          scrolled = false;
          if (scrollY !== seenScroll) {
            // The reader moved: what is near the viewport now comes before the rest of the queue.
            seenScroll = scrollY;
            priority = nearInQueue(queue, queueHead);
          }
        }
        let next = priority.pop();
        let near = true;
        if (next?.done) continue;
        if (!next && walking) {
          const step = source.next();
          if (step.done) {
            walking = false;
            firstScreen();
            continue;
          }
          next = { block: step.value, seq: this.seq++, done: false };
          // Past the first screen, blocks are queued unread: a reader who scrolls is served by nearInQueue.
          const place = urgent ? placeOf(step.value.element) : 'below';
          if (place !== 'near') {
            queue.push(next);
            // In document order, a block below the near zone means the first screen is done.
            if (place === 'below') firstScreen();
            continue;
          }
        } else if (!next) {
          while (queueHead < queue.length && queue[queueHead]!.done) queueHead++;
          next = queue[queueHead++];
          if (!next) break;
          near = false;
        }
        next.done = true;
        const huge = this.match(next, near, signal, pause);
        if (huge) await huge;
      }
    } finally {
      removeEventListener('scroll', onScroll);
    }
    firstScreen();
  }

  /**
   * Matches one block and hands its hits to the window. A huge block is matched piece by piece, pausing
   * between pieces: only then is there a promise to wait for.
   */
  private match(
    queued: Queued,
    near: boolean,
    signal: AbortSignal,
    pause: () => Promise<void>,
  ): Promise<void> | undefined {
    const { block } = queued;
    const pieces = block.text.length > PIECE_CHARS ? chunkBounds(block.text, PIECE_CHARS) : undefined;
    if (pieces && pieces.length > 1) return this.matchPieces(queued, pieces, near, signal, pause);
    if (signal.aborted || !connected(block)) return undefined;
    const found = new FoundBlock(block, queued.seq);
    this.matchPiece(found, 0, block.text.length);
    this.keep(found, near);
    return undefined;
  }

  private async matchPieces(
    queued: Queued,
    pieces: [number, number][],
    near: boolean,
    signal: AbortSignal,
    pause: () => Promise<void>,
  ): Promise<void> {
    const { block } = queued;
    const found = new FoundBlock(block, queued.seq);
    for (const [from, to] of pieces) {
      if (signal.aborted) return;
      await pause();
      // The page may have replaced nodes while we yielded; the observer brings their successors back.
      if (!connected(block)) return;
      this.matchPiece(found, from, to);
    }
    // A huge block's ranges are registered once it is done: Chromium repaints the whole node at every change.
    if (!signal.aborted) this.keep(found, near);
  }

  /** Matches `block.text` from `from` to `to` (the whole block, or one piece of a huge one). */
  private matchPiece(into: FoundBlock, from: number, to: number): void {
    const { block } = into;
    const text = from === 0 && to === block.text.length ? block.text : block.text.slice(from, to);
    if (!hasHan(text)) return;
    const normalized = normalize(text);
    if (this.pageSample.length < SAMPLE_CHARS) this.pageSample += normalized.text.slice(0, SAMPLE_CHARS) + '\n';
    const matches = this.matcher.findAll(normalized.text);
    const { starts, ends } = normalized;
    // `from` is where the normalised piece starts in the block's text.
    const add = (start: number, end: number, id: string, candidate: Found['candidate'], vocabulary?: boolean) =>
      into.found.push({
        start: from + starts[start]!,
        end: from + ends[end - 1]!,
        from: start,
        to: end,
        normalized: normalized.text,
        id,
        candidate,
        vocabulary,
      });
    for (const m of matches) {
      // The tier is asked now only when it decides whether the match is kept; otherwise when its hit is made.
      const vocabulary = this.hideVocabulary ? this.tierOf(m.id) === 'vocabulary' : undefined;
      if (!vocabulary) add(m.start, m.end, m.id, undefined, vocabulary);
    }
    // Formula-like text the glossary lacks gets the quieter highlight.
    for (const c of findUnexplained(normalized.text, matches)) add(c.start, c.end, '', c, false);
  }

  /**
   * Keeps a matched block's matches, and hands the block to the window: near the viewport its hits are
   * made and registered now, elsewhere when its group comes near.
   */
  private keep(found: FoundBlock, near: boolean): void {
    if (found.found.length === 0) return;
    this.matches.keep(found);
    const anchor = found.block.element;
    if (anchor) this.window.addLater(anchor, near, () => this.matches.make(found));
    else this.window.add(this.matches.make(found), near);
  }

  /** Every match on the page: counted without making hits; iterating makes them all. */
  get hits(): Hits {
    const matches = this.matches;
    return {
      size: matches.size,
      has: (hit) => matches.has(hit),
      [Symbol.iterator]: () => matches.all()[Symbol.iterator](),
    };
  }

  /** Drops the hits inside `root` (or all whose nodes have left the document), before re-annotating. */
  forget(predicate: (hit: TermHit) => boolean): void {
    for (const hit of this.matches.forget(predicate)) this.window.remove(hit);
  }

  /**
   * Whether a hit still covers its text in the document. The painted copy is re-made if the page
   * re-pointed it, so the page cannot make us paint (or flash) text of its choosing.
   */
  isIntact(hit: TermHit): boolean {
    if (!this.matches.has(hit)) return false;
    const { range } = hit;
    if (range.collapsed || !range.startContainer.isConnected) return false;
    const shown = hit.madeShown;
    const same = (a: Range, b: Range) =>
      a.startContainer === b.startContainer &&
      a.startOffset === b.startOffset &&
      a.endContainer === b.endContainer &&
      a.endOffset === b.endOffset;
    if (shown && !same(shown, range)) this.window.repaint(hit);
    return true;
  }

  /** A fresh copy of a hit's range for the active and flash highlights (the page may read those too). */
  shownRange(hit: TermHit): Range {
    return hit.range.cloneRange();
  }

  clear(): void {
    // Only made hits can have ranges registered; the rest are dropped unmade.
    for (const hit of this.matches.clear()) this.window.remove(hit);
    this.window.disconnect();
    this.pageSample = '';
  }

  /** Registers a hit's ranges wherever it is on the page (keyboard stepping and reveal go far). */
  bringIn(hit: TermHit): void {
    this.window.bringIn(hit);
  }

  /** How many hits have their ranges registered now (the rest are far from the viewport). */
  get registered(): number {
    return this.window.registered;
  }

  /** Hits whose text sits directly in `el` (made now if they were not: the window holds them till then). */
  hitsIn(el: Element): readonly TermHit[] {
    const anchor = blockElementOf(el);
    if (anchor) this.window.makeHits(anchor);
    return this.matches.hitsIn(el);
  }

  /** Terms on the page, most frequent first; the surface is the first form seen in document order. */
  pageTerms(): PageTerm[] {
    return this.matches.pageTerms();
  }

  /** Formula-like text the glossary lacks, most frequent first, for the popup. */
  unexplainedTerms(): { text: string; count: number }[] {
    return this.matches.unexplainedTerms();
  }

  /** Hits in document order (every hit is made). */
  sortedHits(): TermHit[] {
    return this.matches.all().sort((a, b) => a.order - b.order);
  }
}

/** Whether every text node of a block is still in the document. */
function connected(block: TextBlock): boolean {
  for (const node of block.nodes) if (!node.isConnected) return false;
  return true;
}

/**
 * The queued blocks near the viewport, found by binary search on their position (document order is
 * nearly always top-to-bottom order; where it is not, those blocks simply wait their turn), returned
 * last-first so the caller can pop them in document order.
 */
function nearInQueue(queue: readonly Queued[], head: number): Queued[] {
  let lo = head;
  let hi = queue.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (placeOf(queue[mid]!.block.element) === 'above') lo = mid + 1;
    else hi = mid;
  }
  const near: Queued[] = [];
  for (let i = lo; i < queue.length && near.length < 500; i++) {
    const q = queue[i]!;
    if (q.done) continue;
    if (placeOf(q.block.element) !== 'near') break;
    near.push(q);
  }
  return near.reverse();
}

export { HIGHLIGHT_NAME };
