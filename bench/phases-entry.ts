// Bundled by bench/phases.mjs and injected into a page WITHOUT the extension: it repeats the content
// script's annotation pipeline (Lens.restart + Annotator.annotateBlock) from the same source modules,
// one phase at a time over the whole page, so the time of each phase can be read separately.
// It measures; it changes nothing in src/.
import { classifyPage } from '../src/core/classify';
import { Matcher, type Match, type Pattern } from '../src/core/matcher';
import { decodeAutomaton, encodeAutomaton, type AutomatonWire } from '../src/core/automaton-wire';
import { hasHan, normalize, type Normalized } from '../src/core/normalize';
import { collectBlocks, locate, type TextBlock } from '../src/content/collect';
import { HIGHLIGHT_NAME } from '../src/content/highlights';
import { pageSignals } from '../src/content/page-signals';

const NEAR_CHARS = 80;

export interface PhaseTimes {
  matcherBuild: number;
  tables: number;
  collect: number;
  classify: number;
  normalize: number;
  match: number;
  ranges: number;
  bookkeeping: number;
  register: number;
  /** Rendering work of the frame after all ranges are registered at once (ms). */
  paintAll: number;
  /** Rendering work of a following frame with nothing changed. */
  paintIdle: number;
  /** Sum of the rendering work of `batches` frames, each after adding the next share of the ranges. */
  paintIncremental: number;
  /** The last of those frames (all ranges registered, a few just added). */
  paintLastBatch: number;
  batches: number;
  blocks: number;
  hits: number;
  verdict: string;
}

/**
 * The rendering work of the next frame: from its requestAnimationFrame callback (style, layout,
 * pre-paint and paint follow in the same task) to a message posted from that callback (the next task).
 */
const renderCost = () =>
  new Promise<number>((resolve) =>
    requestAnimationFrame(() => {
      const started = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now() - started);
      channel.port2.postMessage(0);
    }),
  );

export async function runPhases(patterns: Pattern[], batchCount = 40): Promise<PhaseTimes> {
  // The background builds the automaton once; a tab receives it packed in a string and loads it.
  const sent = JSON.stringify(encodeAutomaton(new Matcher(patterns).toData(), []));
  let t = performance.now();
  const lap = () => {
    const now = performance.now();
    const d = now - t;
    t = now;
    return d;
  };
  const matcher = new Matcher(decodeAutomaton(JSON.parse(sent) as AutomatonWire));
  const matcherBuild = lap();
  // normalize() builds its character tables on first use; in the content script that happens inside
  // the classify step. Timed apart here so the classify row is the classification alone.
  normalize('體');
  const tables = lap();
  const blocks: TextBlock[] = collectBlocks(document.body);
  const collect = lap();
  // The runner passes patterns without tiers: every match counts as a formula here.
  const verdict = classifyPage(pageSignals(blocks, matcher, () => 'formula'));
  const classify = lap();
  const normalized: (Normalized | undefined)[] = blocks.map((b) => (hasHan(b.text) ? normalize(b.text) : undefined));
  const normalizeTime = lap();
  const found: Match[][] = normalized.map((n) => (n ? matcher.findAll(n.text) : []));
  const match = lap();
  const ranges: { range: Range; block: TextBlock; n: Normalized; m: Match; start: number; end: number }[] = [];
  blocks.forEach((block, i) => {
    const n = normalized[i];
    if (!n) return;
    for (const m of found[i]!) {
      const start = n.starts[m.start]!;
      const end = n.ends[m.end - 1]!;
      const [startNode, startOffset] = locate(block, start, false);
      const [endNode, endOffset] = locate(block, end, true);
      const range = new Range();
      range.setStart(startNode, startOffset);
      range.setEnd(endNode, endOffset);
      ranges.push({ range, block, n, m, start, end });
    }
  });
  const rangesTime = lap();
  const hits = new Set<object>();
  const byElement = new Map<Element, object[]>();
  for (const { range, block, n, m, start, end } of ranges) {
    const hit = {
      range,
      id: m.id,
      surface: block.text.slice(start, end),
      near: n.text.slice(Math.max(0, m.start - NEAR_CHARS), m.end + NEAR_CHARS),
    };
    hits.add(hit);
    const first = block.nodes.indexOf(range.startContainer as Text);
    const last = block.nodes.indexOf(range.endContainer as Text);
    const parents = new Set<Element>();
    for (let k = first; k <= last; k++) {
      const parent = block.nodes[k]!.parentElement;
      if (parent) parents.add(parent);
    }
    for (const parent of parents) {
      const list = byElement.get(parent);
      if (list) list.push(hit);
      else byElement.set(parent, [hit]);
    }
  }
  const bookkeeping = lap();
  const highlight = new Highlight();
  CSS.highlights.set(HIGHLIGHT_NAME, highlight);
  for (const { range } of ranges) highlight.add(range);
  const register = lap();
  // Rendering: the frame after registering every range at once, a frame with nothing new, and the
  // frames of registering the same ranges in `batches` steps with a frame between steps, as the content
  // script's time slices do. The runner adds the extension's highlight.css, so the ranges are painted.
  const paintAll = await renderCost();
  const paintIdle = await renderCost();
  highlight.clear();
  await renderCost();
  const batches = Math.max(1, Math.min(ranges.length, batchCount));
  const per = Math.ceil(ranges.length / batches);
  let paintIncremental = 0;
  let paintLastBatch = 0;
  for (let k = 0; k < ranges.length; k += per) {
    for (const { range } of ranges.slice(k, k + per)) highlight.add(range);
    paintLastBatch = await renderCost();
    paintIncremental += paintLastBatch;
  }
  CSS.highlights.delete(HIGHLIGHT_NAME);
  highlight.clear();
  return {
    matcherBuild,
    tables,
    collect,
    classify,
    normalize: normalizeTime,
    match,
    ranges: rangesTime,
    bookkeeping,
    register,
    paintAll,
    paintIdle,
    paintIncremental,
    paintLastBatch,
    batches,
    blocks: blocks.length,
    hits: ranges.length,
    verdict: verdict.kind,
  };
}

(globalThis as unknown as { __tifaPhases: typeof runPhases }).__tifaPhases = runPhases;
