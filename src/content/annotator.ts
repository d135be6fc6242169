import type { Matcher } from '../core/matcher';
import type { PageTerm } from '../core/messages';
import { chunkBounds } from '../core/chunks';
import { normalize, hasHan, type Normalized } from '../core/normalize';
import type { TierOf } from '../core/term-density';
import { findUnexplained, type Candidate } from '../core/unexplained';
import { insideSkipped, locate, walkBlocks, type TextBlock } from './collect';
import { HIGHLIGHT_NAME, highlights } from './highlights';

/** One highlighted occurrence. */
export interface TermHit {
  /** Our own range, never handed to the page: hover, reveal and the popup use this one. */
  range: Range;
  /**
   * The copy registered in CSS.highlights, which page scripts can read and re-point. It only paints;
   * it is checked against `range` before we show anything for the hit (see `isIntact`).
   */
  shown: Range;
  id: string;
  /** The term as written on the page. */
  surface: string;
  /** The normalised block text around it, for choosing a sense. */
  near: string;
  /** Set for formula-like text the glossary lacks (id is then empty). */
  candidate?: Candidate;
  /** An entry of the glossary's vocabulary tier: drawn in the quieter style. */
  vocabulary?: boolean;
  /** Collection order: document order within one pass. Ranges in different trees (shadow roots,
   * detached nodes) cannot be compared with compareBoundaryPoints, so this is what sorts hits. */
  order: number;
}

const NEAR_CHARS = 80;
/** Work is done in slices this long, yielding to the page in between. */
const SLICE_MS = 8;
/**
 * New ranges reach CSS.highlights at most this often. Every change to a registered Highlight makes the
 * next frame repaint all its ranges, so adding them slice by slice cost frames × ranges (1.4 s of frame
 * work on the 500k-character page); batching keeps that to a handful of repaints.
 */
const FLUSH_MS = 250;

/** The highlight a hit is drawn with: unexplained formulas and vocabulary are quieter than formulas. */
function highlightOf(hit: TermHit, ours: ReturnType<typeof highlights>): Highlight {
  if (hit.candidate) return ours.unexplained;
  return hit.vocabulary ? ours.vocabulary : ours.term;
}

/** Lets the page's own tasks run before the next step of ours. */
export const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Turns page text into highlighted ranges. It never writes to the page's DOM: ranges are
 * registered with CSS.highlights, and lookups for hover go through `hitsByNode`.
 */
export class Annotator {
  readonly hits = new Set<TermHit>();
  /** Hits by the element holding their text, for hover lookups. */
  private readonly hitsByElement = new Map<Element, TermHit[]>();
  /** Open shadow roots met while collecting; they need our highlight style and an observer. */
  readonly shadowRoots = new Set<ShadowRoot>();
  private readonly onNewShadowRoot: (root: ShadowRoot) => void;
  /** Normalised text of the first blocks, for sense cues that look at the whole page. */
  pageSample = '';
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

  private seq = 0;
  /** Hits whose ranges are not registered yet (see FLUSH_MS). */
  private pending: TermHit[] = [];
  private flushedAt = -Infinity;

  /** The blocks under `root`, lazily: a caller may take a few, then hand the rest to `annotateBlocks`. */
  walk(root: Node): Generator<TextBlock, void, undefined> {
    return walkBlocks(root, this.ignore(), this.onNewShadowRoot);
  }

  /** Annotates everything under `root`, in slices; resolves when all ranges are registered. A root inside
   * a subtree we never read (the page edited a contenteditable or a <pre>) is left alone. */
  async annotate(root: Node, signal: AbortSignal): Promise<void> {
    if (insideSkipped(root, this.ignore())) return;
    await this.annotateBlocks(this.walk(root), signal);
  }

  /** Walking and matching happen in the same slices, so even a 200,000-element page never blocks long. */
  async annotateBlocks(blocks: Iterable<TextBlock>, signal: AbortSignal): Promise<void> {
    let sliceStart = performance.now();
    for (const block of blocks) {
      if (signal.aborted) break;
      // A huge block (one 5 MB text node) is matched piece by piece, so it too is time-sliced. Its
      // ranges are registered once it is done: Chromium repaints the whole text node at every change.
      const pieces = chunkBounds(block.text);
      for (const [from, to] of pieces) {
        if (signal.aborted) break;
        this.annotateBlock(block, from, to);
        const now = performance.now();
        if (now - sliceStart > SLICE_MS) {
          // The first slice is registered at once (the top of the page), later ones in batches.
          if (pieces.length === 1 && now - this.flushedAt > FLUSH_MS) this.flush();
          await yieldToPage();
          sliceStart = performance.now();
        }
      }
    }
    if (signal.aborted) this.pending = [];
    else this.flush();
  }

  /** Registers the pending ranges with our highlights, in one change per highlight. */
  private flush(): void {
    this.flushedAt = performance.now();
    if (this.pending.length === 0) return;
    const ours = highlights();
    for (const hit of this.pending) {
      if (this.hits.has(hit)) highlightOf(hit, ours).add(hit.shown);
    }
    this.pending = [];
  }

  /** Annotates `block.text` from `from` to `to` (the whole block, or one piece of a huge one). */
  private annotateBlock(block: TextBlock, from = 0, to = block.text.length): void {
    const text = from === 0 && to === block.text.length ? block.text : block.text.slice(from, to);
    if (!hasHan(text)) return;
    // The page may have replaced nodes while we yielded; the observer brings their successors back.
    if (!block.nodes.every((n) => n.isConnected)) return;
    const normalized = normalize(text);
    if (this.pageSample.length < 3000) this.pageSample += normalized.text.slice(0, 3000) + '\n';
    const matches = this.matcher.findAll(normalized.text);
    for (const m of matches) {
      const vocabulary = this.tierOf(m.id) === 'vocabulary';
      if (!(vocabulary && this.hideVocabulary))
        this.addHit(block, normalized, from, m.start, m.end, m.id, undefined, vocabulary);
    }
    // Formula-like text the glossary lacks gets the quieter highlight.
    for (const c of findUnexplained(normalized.text, matches)) {
      this.addHit(block, normalized, from, c.start, c.end, '', c);
    }
  }

  /** `base` is where the normalised piece starts in the block's text. */
  private addHit(
    block: TextBlock,
    normalized: Normalized,
    base: number,
    from: number,
    to: number,
    id: string,
    candidate?: Candidate,
    vocabulary = false,
  ): void {
    const start = base + normalized.starts[from]!;
    const end = base + normalized.ends[to - 1]!;
    const [startNode, startOffset] = locate(block, start, false);
    const [endNode, endOffset] = locate(block, end, true);
    const range = new Range();
    range.setStart(startNode, startOffset);
    range.setEnd(endNode, endOffset);
    const hit: TermHit = {
      range,
      shown: range.cloneRange(),
      id,
      surface: block.text.slice(start, end),
      near: normalized.text.slice(Math.max(0, from - NEAR_CHARS), to + NEAR_CHARS),
      order: this.seq++,
      candidate,
      ...(vocabulary && { vocabulary }),
    };
    this.hits.add(hit);
    this.pending.push(hit);
    const first = block.nodes.indexOf(startNode);
    const last = block.nodes.indexOf(endNode);
    const parents = new Set<Element>();
    for (let i = first; i <= last; i++) {
      const parent = block.nodes[i]!.parentElement;
      if (parent) parents.add(parent);
    }
    for (const parent of parents) {
      const list = this.hitsByElement.get(parent);
      if (list) list.push(hit);
      else this.hitsByElement.set(parent, [hit]);
    }
  }

  /** Drops the hits inside `root` (or all whose nodes have left the document), before re-annotating. */
  forget(predicate: (hit: TermHit) => boolean): void {
    const ours = highlights();
    for (const hit of this.hits) {
      if (!predicate(hit)) continue;
      this.hits.delete(hit);
      highlightOf(hit, ours).delete(hit.shown);
    }
    for (const [el, list] of this.hitsByElement) {
      const kept = list.filter((h) => this.hits.has(h));
      if (kept.length === 0) this.hitsByElement.delete(el);
      else if (kept.length !== list.length) this.hitsByElement.set(el, kept);
    }
  }

  /**
   * Whether a hit still covers its text in the document. The painted copy is re-made if the page
   * re-pointed it, so the page cannot make us paint (or flash) text of its choosing.
   */
  isIntact(hit: TermHit): boolean {
    const { range } = hit;
    if (!this.hits.has(hit) || range.collapsed || !range.startContainer.isConnected) return false;
    const same = (a: Range, b: Range) =>
      a.startContainer === b.startContainer &&
      a.startOffset === b.startOffset &&
      a.endContainer === b.endContainer &&
      a.endOffset === b.endOffset;
    if (!same(hit.shown, range)) {
      const highlight = hit.candidate ? highlights().unexplained : highlights().term;
      highlight.delete(hit.shown);
      hit.shown = range.cloneRange();
      highlight.add(hit.shown);
    }
    return true;
  }

  /** The painted copy of a hit's range, for the active and flash highlights (re-made if re-pointed). */
  shownRange(hit: TermHit): Range {
    return hit.range.cloneRange();
  }

  clear(): void {
    this.forget(() => true);
    this.pageSample = '';
  }

  /** Hits whose text sits directly in `el`. */
  hitsIn(el: Element): readonly TermHit[] {
    return this.hitsByElement.get(el) ?? [];
  }

  /** Terms on the page, most frequent first; the surface is the first form seen. */
  pageTerms(): PageTerm[] {
    const byId = new Map<string, PageTerm>();
    for (const hit of this.sortedHits()) {
      if (hit.candidate) continue;
      const t = byId.get(hit.id);
      if (t) t.count++;
      else byId.set(hit.id, { id: hit.id, surface: hit.surface, count: 1 });
    }
    return [...byId.values()].sort((a, b) => b.count - a.count);
  }

  /** Formula-like text the glossary lacks, most frequent first, for the popup. */
  unexplainedTerms(): { text: string; count: number }[] {
    const counts = new Map<string, number>();
    for (const hit of this.hits)
      if (hit.candidate) counts.set(hit.candidate.text, (counts.get(hit.candidate.text) ?? 0) + 1);
    return [...counts].map(([text, count]) => ({ text, count })).sort((a, b) => b.count - a.count);
  }

  /** Hits in document order. */
  sortedHits(): TermHit[] {
    return [...this.hits].sort((a, b) => a.order - b.order);
  }
}

export { HIGHLIGHT_NAME };
