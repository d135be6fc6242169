import { highlights } from './highlights';
import type { TermHit } from './term-hit';

/** The highlight a hit is drawn with: unexplained formulas and vocabulary are quieter than formulas. */
function highlightOf(hit: TermHit, ours: ReturnType<typeof highlights>): Highlight {
  if (hit.candidate) return ours.unexplained;
  return hit.vocabulary ? ours.vocabulary : ours.term;
}

/** Screens beyond the viewport, above and below, whose ranges stay registered. */
const MARGIN_SCREENS = 3;
/**
 * The observer's margin: the window's three screens each way, and one more above. Only a group's
 * sentinel (its topmost block) is observed, and a group spans at most one screen, so a group that reaches
 * into the window always has its sentinel inside this margin (see Group).
 */
export const WINDOW_MARGIN = `${(MARGIN_SCREENS + 1) * 100}% 0px ${MARGIN_SCREENS * 100}% 0px`;
/**
 * Changes for blocks off screen wait this long to be applied together: each change to the Highlight
 * repaints all its ranges, and scrolling would otherwise change it on almost every frame. Three screens
 * of margin leave time for it; a group already on screen is registered at once.
 */
const BATCH_MS = 150;

/**
 * Consecutive block elements holding matches, spanning at most one screen's height (page coordinates,
 * measured when each joins). The group's ranges are registered and dropped together, and only its
 * sentinel, the block nearest the top, is observed: the browser computes intersections for every observed
 * target on every frame that scrolls, which cost more than everything else the extension did while
 * scrolling a long page when each block was observed. A group that reaches into the window
 * [-3, +4] screens has its top above +4 screens, and (being at most one screen tall) below -4 screens:
 * its sentinel intersects the observer's margin.
 */
interface Group {
  members: Set<Element>;
  top: number;
  bottom: number;
  sentinel: Element;
  sentinelTop: number;
  inside: boolean;
}

/** Where an element's box lies on the page (not the viewport), or undefined for one with no box. */
function pageBox(element: Element): { top: number; bottom: number } | undefined {
  const rect = element.getBoundingClientRect();
  // An element with no box of its own (display: contents) never intersects; its text still shows.
  if (rect.width === 0 && rect.height === 0) return undefined;
  return { top: rect.top + scrollY, bottom: rect.bottom + scrollY };
}

/**
 * Keeps the ranges registered with CSS.highlights to the blocks in and near the viewport. Every change
 * to a registered Highlight makes the next frame repaint all its ranges, so a long page with thousands
 * of matches repaints a few hundred instead. The blocks that hold matches are grouped a screen at a time,
 * and an IntersectionObserver on one block per group adds the group's ranges as it comes near and drops
 * them as it leaves. Without IntersectionObserver every range is registered, as before.
 */
export class RangeWindow {
  private readonly byAnchor = new Map<Element, Set<TermHit>>();
  private readonly groupOf = new Map<Element, Group>();
  private readonly bySentinel = new Map<Element, Group>();
  /** The group the next block joins if it lies within the same screen. */
  private open: Group | undefined;
  /** Hits with no block element, or whose block has no box: always registered. */
  private readonly loose = new Set<TermHit>();
  private readonly observer: IntersectionObserver | undefined;
  /** Groups whose change of side is not applied yet (see BATCH_MS). */
  private readonly entering = new Set<Group>();
  private readonly leaving = new Set<Group>();
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
      let group = anchor ? this.groupOf.get(anchor) : undefined;
      if (anchor && !group && this.observer) group = this.join(anchor, near);
      if (!anchor || !group) {
        this.loose.add(hit);
        fresh.push(hit);
        continue;
      }
      let set = this.byAnchor.get(anchor);
      if (!set) this.byAnchor.set(anchor, (set = new Set()));
      set.add(hit);
      if (group.inside) fresh.push(hit);
    }
    register(fresh);
  }

  /** Registers a hit's group now, wherever it is (keyboard stepping, reveal); the observer drops it later. */
  bringIn(hit: TermHit): void {
    const group = hit.anchor && this.groupOf.get(hit.anchor);
    if (!group) return;
    this.leaving.delete(group);
    if (group.inside) return;
    this.entering.delete(group);
    this.show(group);
  }

  remove(hit: TermHit): void {
    unregister([hit]);
    if (this.loose.delete(hit) || !hit.anchor) return;
    const anchor = hit.anchor;
    const set = this.byAnchor.get(anchor);
    if (!set) return;
    set.delete(hit);
    if (set.size > 0) return;
    this.byAnchor.delete(anchor);
    const group = this.groupOf.get(anchor);
    this.groupOf.delete(anchor);
    if (!group) return;
    group.members.delete(anchor);
    if (group.members.size === 0) {
      this.entering.delete(group);
      this.leaving.delete(group);
      if (this.open === group) this.open = undefined;
      this.watch(group, undefined);
    } else if (group.sentinel === anchor) {
      // The next block from the top stands in; the observer's first report for it settles the group's side.
      const next = [...group.members].map((m) => [m, pageBox(m)?.top ?? group.top] as const);
      next.sort((a, b) => a[1] - b[1]);
      this.watch(group, next[0]![0], next[0]![1]);
    }
  }

  /** Whether a hit's painted range is in CSS.highlights now. */
  isRegistered(hit: TermHit): boolean {
    return this.loose.has(hit) || (!!hit.anchor && !!this.groupOf.get(hit.anchor)?.inside);
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
    for (const group of this.bySentinel.values()) if (group.inside) n += this.hitsOf(group).length;
    return n;
  }

  /** How many elements the observer watches (one per group), for the tests. */
  get observed(): number {
    return this.bySentinel.size;
  }

  disconnect(): void {
    this.observer?.disconnect();
    clearTimeout(this.timer);
    this.timer = undefined;
    this.entering.clear();
    this.leaving.clear();
    this.byAnchor.clear();
    this.groupOf.clear();
    this.bySentinel.clear();
    this.open = undefined;
    this.loose.clear();
  }

  /** Puts a new block in the open group if the group stays within one screen, else starts a group. */
  private join(anchor: Element, near: boolean): Group | undefined {
    const box = pageBox(anchor);
    if (!box) return undefined;
    const open = this.open;
    if (open && Math.max(open.bottom, box.bottom) - Math.min(open.top, box.top) <= innerHeight) {
      open.members.add(anchor);
      open.top = Math.min(open.top, box.top);
      open.bottom = Math.max(open.bottom, box.bottom);
      this.groupOf.set(anchor, open);
      if (box.top < open.sentinelTop) this.watch(open, anchor, box.top);
      // A block known to be near brings its group in with it (as the observer would, a little later).
      if (near && !open.inside) {
        this.entering.delete(open);
        this.show(open);
      }
      return open;
    }
    const group: Group = {
      members: new Set([anchor]),
      top: box.top,
      bottom: box.bottom,
      sentinel: anchor,
      sentinelTop: box.top,
      inside: near,
    };
    this.groupOf.set(anchor, group);
    this.watch(group, anchor, box.top);
    this.open = group;
    return group;
  }

  /** Observes `sentinel` for the group instead of its previous one (none: the group is gone). */
  private watch(group: Group, sentinel: Element | undefined, top = group.top): void {
    if (this.bySentinel.get(group.sentinel) === group) {
      this.bySentinel.delete(group.sentinel);
      this.observer?.unobserve(group.sentinel);
    }
    if (!sentinel) return;
    group.sentinel = sentinel;
    group.sentinelTop = top;
    this.bySentinel.set(sentinel, group);
    this.observer?.observe(sentinel);
  }

  private hitsOf(group: Group): TermHit[] {
    const hits: TermHit[] = [];
    for (const anchor of group.members) hits.push(...(this.byAnchor.get(anchor) ?? []));
    return hits;
  }

  private show(group: Group): void {
    group.inside = true;
    register(this.hitsOf(group));
  }

  private update(entries: IntersectionObserverEntry[]): void {
    let onScreen = false;
    for (const entry of entries) {
      const group = this.bySentinel.get(entry.target);
      if (!group) continue;
      if (entry.isIntersecting) {
        this.leaving.delete(group);
        if (!group.inside) this.entering.add(group);
        // The group reaches from its sentinel's top down by its height.
        const top = entry.boundingClientRect.top;
        onScreen ||= top < innerHeight && top + (group.bottom - group.top) > 0;
      } else {
        this.entering.delete(group);
        if (group.inside) this.leaving.add(group);
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
    for (const group of this.entering) {
      group.inside = true;
      entering.push(...this.hitsOf(group));
    }
    for (const group of this.leaving) {
      group.inside = false;
      leaving.push(...this.hitsOf(group));
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
