import type { Matcher } from '../core/matcher';
import type { PageTerm } from '../core/messages';
import { normalize, hasHan } from '../core/normalize';
import { collectBlocks, locate, type TextBlock } from './collect';
import { HIGHLIGHT_NAME, highlights } from './highlights';

/** One highlighted occurrence. */
export interface TermHit {
  range: Range;
  id: string;
  /** The term as written on the page. */
  surface: string;
  /** The normalised block text around it, for choosing a sense. */
  near: string;
}

const NEAR_CHARS = 80;
/** Work is done in slices this long, yielding to the page in between. */
const SLICE_MS = 8;

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Turns page text into highlighted ranges. It never writes to the page's DOM: ranges are
 * registered with CSS.highlights, and lookups for hover go through `hitsByNode`.
 */
export class Annotator {
  readonly hits = new Set<TermHit>();
  private readonly hitsByNode = new Map<Text, TermHit[]>();
  /** Normalised text of the first blocks, for sense cues that look at the whole page. */
  pageSample = '';

  constructor(
    private readonly matcher: Matcher,
    private readonly ignore: () => Element | undefined,
  ) {}

  /** Annotates everything under `root`, in slices; resolves when all ranges are registered. */
  async annotate(root: Node, signal: AbortSignal): Promise<void> {
    const blocks = collectBlocks(root, this.ignore());
    let sliceStart = performance.now();
    for (const block of blocks) {
      if (signal.aborted) return;
      this.annotateBlock(block);
      if (performance.now() - sliceStart > SLICE_MS) {
        await yieldToPage();
        sliceStart = performance.now();
      }
    }
  }

  private annotateBlock(block: TextBlock): void {
    if (!hasHan(block.text)) return;
    const normalized = normalize(block.text);
    if (this.pageSample.length < 3000) this.pageSample += normalized.text.slice(0, 3000) + '\n';
    const highlight = highlights().term;
    for (const m of this.matcher.findAll(normalized.text)) {
      const start = normalized.starts[m.start]!;
      const end = normalized.ends[m.end - 1]!;
      const [startNode, startOffset] = locate(block, start, false);
      const [endNode, endOffset] = locate(block, end, true);
      const range = new Range();
      range.setStart(startNode, startOffset);
      range.setEnd(endNode, endOffset);
      const hit: TermHit = {
        range,
        id: m.id,
        surface: block.text.slice(start, end),
        near: normalized.text.slice(Math.max(0, m.start - NEAR_CHARS), m.end + NEAR_CHARS),
      };
      this.hits.add(hit);
      highlight.add(range);
      const first = block.nodes.indexOf(startNode);
      const last = block.nodes.indexOf(endNode);
      for (let i = first; i <= last; i++) {
        const node = block.nodes[i]!;
        const list = this.hitsByNode.get(node);
        if (list) list.push(hit);
        else this.hitsByNode.set(node, [hit]);
      }
    }
  }

  /** Drops the hits inside `root` (or all whose nodes have left the document), before re-annotating. */
  forget(predicate: (hit: TermHit) => boolean): void {
    const highlight = highlights().term;
    for (const hit of this.hits) {
      if (!predicate(hit)) continue;
      this.hits.delete(hit);
      highlight.delete(hit.range);
    }
    for (const [node, list] of this.hitsByNode) {
      const kept = list.filter((h) => this.hits.has(h));
      if (kept.length === 0) this.hitsByNode.delete(node);
      else if (kept.length !== list.length) this.hitsByNode.set(node, kept);
    }
  }

  clear(): void {
    this.forget(() => true);
    this.pageSample = '';
  }

  hitsAt(node: Text): readonly TermHit[] {
    return this.hitsByNode.get(node) ?? [];
  }

  /** Terms on the page, most frequent first; the surface is the first form seen. */
  pageTerms(): PageTerm[] {
    const byId = new Map<string, PageTerm>();
    for (const hit of this.sortedHits()) {
      const t = byId.get(hit.id);
      if (t) t.count++;
      else byId.set(hit.id, { id: hit.id, surface: hit.surface, count: 1 });
    }
    return [...byId.values()].sort((a, b) => b.count - a.count);
  }

  /** Hits in document order. */
  sortedHits(): TermHit[] {
    return [...this.hits].sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
  }
}

export { HIGHLIGHT_NAME };
