import { highlights } from './highlights';
import type { TermHit } from './term-hit';

/** The highlight a hit is drawn with: unexplained formulas and vocabulary are quieter than formulas. */
function highlightOf(hit: TermHit, ours: ReturnType<typeof highlights>): Highlight {
  if (hit.candidate) return ours.unexplained;
  return hit.vocabulary ? ours.vocabulary : ours.term;
}

/**
 * How far beyond the viewport ranges stay registered, above and below (per cent of the viewport's
 * height): three screens each way, so a reader scrolling at reading speed never meets unhighlighted text.
 */
export const WINDOW_MARGIN = '300% 0px';
/**
 * Changes for blocks off screen wait this long to be applied together: each change to the Highlight
 * repaints all its ranges, and scrolling would otherwise change it on almost every frame. Three screens
 * of margin leave time for it; a block already on screen is registered at once.
 */
const BATCH_MS = 150;

/**
 * Keeps the ranges registered with CSS.highlights to the blocks in and near the viewport. Every change
 * to a registered Highlight makes the next frame repaint all its ranges, so a long page with thousands
 * of matches repaints a few hundred instead; an IntersectionObserver on each block element that holds a
 * match adds its ranges as it comes near and drops them as it leaves. Without IntersectionObserver every
 * range is registered, as before.
 */
export class RangeWindow {
  private readonly byAnchor = new Map<Element, Set<TermHit>>();
  /** Anchors whose ranges are registered now. */
  private readonly inside = new Set<Element>();
  /** Hits with no block element (text straight under a shadow root): always registered. */
  private readonly loose = new Set<TermHit>();
  private readonly observer: IntersectionObserver | undefined;
  /** Anchors whose change of side is not applied yet (see BATCH_MS). */
  private readonly entering = new Set<Element>();
  private readonly leaving = new Set<Element>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    this.observer =
      typeof IntersectionObserver === 'function'
        ? new IntersectionObserver((entries) => this.update(entries), { rootMargin: WINDOW_MARGIN })
        : undefined;
  }

  /** Adds hits; `near` says their block is known to be within the window already (registered at once). */
  add(hits: readonly TermHit[], near: boolean): void {
    const fresh: TermHit[] = [];
    for (const hit of hits) {
      const anchor = hit.anchor;
      if (!anchor || !this.observer) {
        this.loose.add(hit);
        fresh.push(hit);
        continue;
      }
      let set = this.byAnchor.get(anchor);
      if (!set) {
        set = new Set();
        this.byAnchor.set(anchor, set);
        this.observer.observe(anchor);
        if (near) this.inside.add(anchor);
      }
      set.add(hit);
      if (this.inside.has(anchor)) fresh.push(hit);
    }
    register(fresh);
  }

  /** Registers a hit's block now, wherever it is (keyboard stepping, reveal); the observer drops it later. */
  bringIn(hit: TermHit): void {
    const anchor = hit.anchor;
    if (!anchor) return;
    this.leaving.delete(anchor);
    if (this.inside.has(anchor)) return;
    const set = this.byAnchor.get(anchor);
    if (!set) return;
    this.entering.delete(anchor);
    this.inside.add(anchor);
    register([...set]);
  }

  remove(hit: TermHit): void {
    unregister([hit]);
    if (this.loose.delete(hit) || !hit.anchor) return;
    const set = this.byAnchor.get(hit.anchor);
    if (!set) return;
    set.delete(hit);
    if (set.size === 0) {
      this.byAnchor.delete(hit.anchor);
      this.inside.delete(hit.anchor);
      this.entering.delete(hit.anchor);
      this.leaving.delete(hit.anchor);
      this.observer?.unobserve(hit.anchor);
    }
  }

  /** Whether a hit's painted range is in CSS.highlights now. */
  isRegistered(hit: TermHit): boolean {
    return this.loose.has(hit) || (!!hit.anchor && this.inside.has(hit.anchor));
  }

  /** Replaces a hit's painted copy (the page re-pointed it), keeping it registered if it was. */
  repaint(hit: TermHit): void {
    const registered = this.isRegistered(hit);
    unregister([hit]);
    hit.resetShown();
    if (registered) register([hit]);
  }

  /** How many hits have their ranges registered now. */
  get registered(): number {
    let n = this.loose.size;
    for (const anchor of this.inside) n += this.byAnchor.get(anchor)?.size ?? 0;
    return n;
  }

  disconnect(): void {
    this.observer?.disconnect();
    clearTimeout(this.timer);
    this.timer = undefined;
    this.entering.clear();
    this.leaving.clear();
    this.byAnchor.clear();
    this.inside.clear();
    this.loose.clear();
  }

  private update(entries: IntersectionObserverEntry[]): void {
    let onScreen = false;
    for (const entry of entries) {
      const anchor = entry.target;
      if (!this.byAnchor.has(anchor)) continue;
      // An element with no box of its own (display: contents) never intersects; its text still shows.
      const box = entry.boundingClientRect;
      const near = entry.isIntersecting || (box.width === 0 && box.height === 0);
      if (near) {
        this.leaving.delete(anchor);
        if (!this.inside.has(anchor)) this.entering.add(anchor);
        onScreen ||= box.bottom > 0 && box.top < innerHeight;
      } else {
        this.entering.delete(anchor);
        if (this.inside.has(anchor)) this.leaving.add(anchor);
      }
    }
    if (onScreen) this.apply();
    else if (!this.timer && (this.entering.size || this.leaving.size))
      this.timer = setTimeout(() => this.apply(), BATCH_MS);
  }

  /** Applies the pending changes in one go: one repaint for all of them. */
  private apply(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const entering: TermHit[] = [];
    const leaving: TermHit[] = [];
    for (const anchor of this.entering) {
      this.inside.add(anchor);
      entering.push(...(this.byAnchor.get(anchor) ?? []));
    }
    for (const anchor of this.leaving) {
      this.inside.delete(anchor);
      leaving.push(...(this.byAnchor.get(anchor) ?? []));
    }
    this.entering.clear();
    this.leaving.clear();
    unregister(leaving);
    register(entering);
  }
}

function register(hits: readonly TermHit[]): void {
  if (hits.length === 0) return;
  const ours = highlights();
  for (const hit of hits) highlightOf(hit, ours).add(hit.shown);
}

function unregister(hits: readonly TermHit[]): void {
  if (hits.length === 0) return;
  const ours = highlights();
  for (const hit of hits) {
    const range = hit.madeShown;
    if (range) highlightOf(hit, ours).delete(range);
  }
}
