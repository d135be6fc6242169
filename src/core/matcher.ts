/** A match in the text the matcher was given: `[start, end)` in UTF-16 units. */
export interface Match {
  start: number;
  end: number;
  id: string;
}

/** A pattern whose id is empty blocks: it takes its text like any match but is never reported. */
export interface Pattern {
  text: string;
  id: string;
}

/**
 * Aho–Corasick automaton over UTF-16 units, reporting leftmost-longest,
 * non-overlapping matches in time linear in the text (plus occurrences).
 *
 * Every occurrence ending at position i is found through the dictionary-suffix
 * links. The longest one per start is kept in a ring buffer the size of the longest
 * pattern; a start is final once the scan is that far past it, and a greedy left-to-right
 * pass over final starts takes the longest match at each free start.
 */
export class Matcher {
  private readonly next: Map<number, number>[] = [new Map<number, number>()];
  private readonly fail: number[] = [0];
  /** Index into `ids` of the pattern ending exactly at this node, or -1. */
  private readonly own: number[] = [-1];
  /** Nearest node on the fail chain (excluding itself) that ends a pattern, or -1. */
  private readonly dict: number[] = [-1];
  private readonly depth: number[] = [0];
  private readonly ids: string[] = [];
  private readonly maxLength: number;
  /** The root's transitions as a dense table: most characters of a page leave the root at once. */
  private readonly rootNext = new Int32Array(0x10000);

  constructor(patterns: readonly Pattern[]) {
    let maxLength = 1;
    for (const p of patterns) {
      if (!p.text) continue;
      this.insert(p);
      maxLength = Math.max(maxLength, p.text.length);
    }
    this.maxLength = maxLength;
    this.link();
    for (const [c, child] of this.next[0]!) this.rootNext[c] = child;
  }

  get patternCount(): number {
    return this.ids.length;
  }

  private insert({ text, id }: Pattern): void {
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let child = this.next[state]!.get(c);
      if (child === undefined) {
        child = this.next.length;
        this.next.push(new Map<number, number>());
        this.fail.push(0);
        this.own.push(-1);
        this.dict.push(-1);
        this.depth.push(i + 1);
        this.next[state]!.set(c, child);
      }
      state = child;
    }
    // The first pattern to claim a string keeps it; duplicates are a glossary error caught in tests.
    if (this.own[state] === -1) {
      this.own[state] = this.ids.length;
      this.ids.push(id);
    }
  }

  private link(): void {
    const queue = [...this.next[0]!.values()];
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      for (const [c, child] of this.next[state]!) {
        let f = this.fail[state]!;
        while (f !== 0 && !this.next[f]!.has(c)) f = this.fail[f]!;
        const target = this.next[f]!.get(c);
        const failTo = target !== undefined && target !== child ? target : 0;
        this.fail[child] = failTo;
        this.dict[child] = this.own[failTo] !== -1 ? failTo : this.dict[failTo]!;
        queue.push(child);
      }
    }
  }

  findAll(text: string): Match[] {
    const { next, fail, own, dict, depth, ids, rootNext, maxLength: window } = this;
    const bestStart = new Int32Array(window).fill(-1);
    const bestEnd = new Int32Array(window);
    const bestPattern = new Int32Array(window);
    const matches: Match[] = [];
    let cursor = 0; // the first start not covered by an emitted match

    const settle = (s: number): void => {
      const slot = s % window;
      if (bestStart[slot] !== s) return;
      bestStart[slot] = -1;
      if (s >= cursor) {
        const id = ids[bestPattern[slot]!]!;
        if (id) matches.push({ start: s, end: bestEnd[slot]!, id });
        cursor = bestEnd[slot]!;
      }
    };

    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      for (;;) {
        if (state === 0) {
          state = rootNext[c]!; // 0 when no pattern starts with c
          break;
        }
        const to = next[state]!.get(c);
        if (to !== undefined) {
          state = to;
          break;
        }
        state = fail[state]!;
      }
      for (let o = own[state] !== -1 ? state : dict[state]!; o !== -1; o = dict[o]!) {
        const end = i + 1;
        const start = end - depth[o]!;
        const slot = start % window;
        if (bestStart[slot] !== start) {
          bestStart[slot] = start;
          bestEnd[slot] = end;
          bestPattern[slot] = own[o]!;
        } else if (end > bestEnd[slot]!) {
          bestEnd[slot] = end;
          bestPattern[slot] = own[o]!;
        }
      }
      const finalStart = i + 1 - window;
      if (finalStart >= 0 && bestStart[finalStart % window] === finalStart) settle(finalStart);
    }
    for (let s = Math.max(0, text.length + 1 - window); s < text.length; s++) settle(s);
    return matches;
  }
}
