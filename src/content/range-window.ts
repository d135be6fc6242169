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
 * of margin leave time for it; a group already on screen is registered at once.
 */
const BATCH_MS = 150;
/** Block elements per group: their ranges are registered and dropped together. */
const GROUP_SIZE = 12;

/** Where an observed element lies against the window: in it, wholly above it, or wholly below it. */
type Side = 'in' | 'above' | 'below';

/**
 * Block elements holding matches, taken as they are matched (nearly always in document order), at most
 * GROUP_SIZE of them. Only the first and the last are observed: the browser computes every observed
 * target on every scrolled frame, and with one target per block (3,353 on the 474k page) that cost more
 * than everything else the extension did while scrolling. The group is near when either end is in the
 * window, or one end is above it and the other below (the group spans it). Positions come only from the
 * observer's reports, never from reading boxes, which would force layout (of content-visibility: auto
 * subtrees too).
 */
interface Group {
  members: Set<Element>;
  ends: [Element, Element];
  /** The last member while the group is still filling, not observed yet (see `flushEnds`). */
  pendingEnd?: Element;
  sides: [Side | undefined, Side | undefined];
  inside: boolean;
}

const nearOf = ([a, b]: Group['sides']): boolean =>
  a === 'in' || b === 'in' || (a === 'above' && b === 'below') || (a === 'below' && b === 'above');

/**
 * Keeps the ranges registered with CSS.highlights to the blocks in and near the viewport. Every change
 * to a registered Highlight makes the next frame repaint all its ranges, so a long page with thousands
 * of matches repaints a few hundred instead; an IntersectionObserver on the two ends of each group of
 * blocks adds the group's ranges as it comes near and drops them as it leaves. Without
 * IntersectionObserver every range is registered, as before.
 */
export class RangeWindow {
  private readonly byAnchor = new Map<Element, Set<TermHit>>();
  /** Makers of the hits of blocks not near yet, by block element (see `addLater`). */
  private readonly unmade = new Map<Element, (() => readonly TermHit[])[]>();
  private readonly groupOf = new Map<Element, Group>();
  /** The group whose end an observed element is. */
  private readonly byEnd = new Map<Element, Group>();
  /** The group the next block joins while it has room. */
  private open: Group | undefined;
  /** Hits with no block element: always registered. */
  private readonly loose = new Set<TermHit>();
  private readonly observer: IntersectionObserver | undefined;
  /** Groups whose change of side is not applied yet (see BATCH_MS). */
  private readonly entering = new Set<Group>();
  private readonly leaving = new Set<Group>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private endsTimer: ReturnType<typeof setTimeout> | undefined;

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
      if (!set) this.byAnchor.set(anchor, (set = new Set()));
      const group = this.groupOf.get(anchor) ?? this.join(anchor, near);
      set.add(hit);
      if (group.inside) fresh.push(hit);
    }
    register(fresh);
  }

  /**
   * Adds a block's hits without making them: `make` is called when the block's group comes near (at once
   * if it is near already). Until then the block only takes its place in a group.
   */
  addLater(anchor: Element, near: boolean, make: () => readonly TermHit[]): void {
    const group = this.observer && (this.groupOf.get(anchor) ?? this.join(anchor, near));
    if (!group || group.inside) {
      this.add(make(), near);
      return;
    }
    const makers = this.unmade.get(anchor);
    if (makers) makers.push(make);
    else this.unmade.set(anchor, [make]);
  }

  /** Makes the hits of a block element's blocks that were added unmade (hover needs them), and takes them in. */
  makeHits(anchor: Element): void {
    const makers = this.unmade.get(anchor);
    if (!makers) return;
    this.unmade.delete(anchor);
    let set = this.byAnchor.get(anchor);
    if (!set) this.byAnchor.set(anchor, (set = new Set()));
    for (const make of makers) for (const hit of make()) set.add(hit);
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
    this.flushEnds();
    unregister([hit]);
    if (this.loose.delete(hit) || !hit.anchor) return;
    const anchor = hit.anchor;
    this.makeHits(anchor);
    const set = this.byAnchor.get(anchor);
    if (!set) return;
    set.delete(hit);
    if (set.size > 0) return;
    this.byAnchor.delete(anchor);
    const group = this.groupOf.get(anchor);
    this.groupOf.delete(anchor);
    if (!group) return;
    group.members.delete(anchor);
    if (this.open === group) this.open = undefined; // a group that lost a block takes no more
    if (group.members.size === 0) {
      this.entering.delete(group);
      this.leaving.delete(group);
      for (const end of group.ends) this.unwatch(end, group);
      return;
    }
    // Another block stands in for a removed end; the observer's first report for it gives its side.
    const stayed = [...group.members];
    const ends: [Element, Element] = [
      group.ends[0] === anchor ? stayed[0]! : group.ends[0],
      group.ends[1] === anchor ? stayed[stayed.length - 1]! : group.ends[1],
    ];
    this.setEnds(group, ends);
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
    for (const group of new Set(this.groupOf.values())) if (group.inside) n += this.hitsOf(group).length;
    return n;
  }

  disconnect(): void {
    this.observer?.disconnect();
    clearTimeout(this.timer);
    this.timer = undefined;
    clearTimeout(this.endsTimer);
    this.endsTimer = undefined;
    this.entering.clear();
    this.leaving.clear();
    this.byAnchor.clear();
    this.unmade.clear();
    this.groupOf.clear();
    this.byEnd.clear();
    this.open = undefined;
    this.loose.clear();
  }

  /** Puts a new block in the open group while it has room (it becomes the group's last end), else starts one. */
  private join(anchor: Element, near: boolean): Group {
    const open = this.open;
    if (open && open.members.size < GROUP_SIZE) {
      open.members.add(anchor);
      this.groupOf.set(anchor, open);
      // Moving the observed end to every block that joins cost an observe and an unobserve per block;
      // the end is observed once the group is full, or once this slice of matching is over.
      if (open.members.size === GROUP_SIZE) {
        open.pendingEnd = undefined;
        this.setEnds(open, [open.ends[0], anchor]);
      } else {
        open.pendingEnd = anchor;
        this.endsTimer ??= setTimeout(() => this.flushEnds(), 0);
      }
      // A block known to be near brings its group in with it (as the observer would, a little later).
      if (near && !open.inside) {
        this.entering.delete(open);
        this.show(open);
      }
      return open;
    }
    const group: Group = {
      members: new Set([anchor]),
      ends: [anchor, anchor],
      sides: [undefined, undefined],
      inside: near,
    };
    this.groupOf.set(anchor, group);
    this.byEnd.set(anchor, group);
    this.observer!.observe(anchor);
    this.open = group;
    return group;
  }

  /** Observes the open group's last member as its end, if it is not yet. */
  private flushEnds(): void {
    clearTimeout(this.endsTimer);
    this.endsTimer = undefined;
    const open = this.open;
    const end = open?.pendingEnd;
    if (!open || !end) return;
    open.pendingEnd = undefined;
    if (open.members.has(end)) this.setEnds(open, [open.ends[0], end]);
  }

  /** Observes the group's new ends (and no longer its old ones); their sides are unknown until reported. */
  private setEnds(group: Group, ends: [Element, Element]): void {
    for (const [i, end] of ends.entries()) {
      const old = group.ends[i]!;
      if (old === end) continue;
      group.ends[i] = end;
      group.sides[i] = undefined;
      if (!group.ends.includes(old)) this.unwatch(old, group);
      if (this.byEnd.get(end) !== group) {
        this.byEnd.set(end, group);
        this.observer?.observe(end);
      } else if (group.ends[0] === group.ends[1]) group.sides[i] = group.sides[1 - i];
    }
  }

  private unwatch(element: Element, group: Group): void {
    if (this.byEnd.get(element) !== group) return;
    this.byEnd.delete(element);
    this.observer?.unobserve(element);
  }

  private hitsOf(group: Group): TermHit[] {
    const hits: TermHit[] = [];
    for (const anchor of group.members) {
      this.makeHits(anchor);
      hits.push(...(this.byAnchor.get(anchor) ?? []));
    }
    return hits;
  }

  private show(group: Group): void {
    group.inside = true;
    register(this.hitsOf(group));
  }

  private update(entries: IntersectionObserverEntry[]): void {
    let onScreen = false;
    const changed = new Set<Group>();
    for (const entry of entries) {
      const group = this.byEnd.get(entry.target);
      if (!group) continue;
      const box = entry.boundingClientRect;
      // An element with no box of its own (display: contents) never intersects; its text still shows.
      const empty = box.width === 0 && box.height === 0;
      const rootTop = entry.rootBounds?.top ?? -innerHeight * 3;
      const side: Side = entry.isIntersecting || empty ? 'in' : box.bottom <= rootTop ? 'above' : 'below';
      group.ends.forEach((end, i) => {
        if (end === entry.target) group.sides[i] = side;
      });
      changed.add(group);
      if (side === 'in') onScreen ||= empty || (box.bottom > 0 && box.top < innerHeight);
    }
    for (const group of changed) {
      const [a, b] = group.sides;
      if (a === undefined || b === undefined) continue; // wait for the other end's first report
      const near = nearOf(group.sides);
      // A group whose ends lie on both sides of the window spans the screen.
      if (near && a !== 'in' && b !== 'in') onScreen = true;
      if (near) {
        this.leaving.delete(group);
        if (!group.inside) this.entering.add(group);
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
