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
 * A built automaton as typed arrays indexed by state (see `Matcher.toData`): the background or the build
 * makes it once, and a tab adopts the arrays as they are (src/core/automaton-wire.ts packs them).
 */
export interface MatcherData {
  /**
   * The UTF-16 unit on the edge into each state. In BFS order a surrogate pair's halves are not adjacent,
   * so the labels are code units, never a string.
   */
  labels: Uint16Array;
  /** Children of state s are the states first[s] .. first[s + 1] - 1. */
  first: Int32Array;
  fail: Int32Array;
  /** Index into `ids` of the pattern ending exactly at each state, or -1. */
  own: Int32Array;
  /** Nearest state on the fail chain (excluding itself) that ends a pattern, or -1. */
  dict: Int32Array;
  /** Each state's distance from the root: the length of the text it stands for. */
  depth: Uint16Array;
  /** Each id once; blocking patterns share the empty id. */
  ids: string[];
  maxLength: number;
}

function isMatcherData(source: readonly Pattern[] | MatcherData): source is MatcherData {
  return !Array.isArray(source);
}

/**
 * Aho–Corasick automaton over UTF-16 units, reporting leftmost-longest,
 * non-overlapping matches in time linear in the text (plus occurrences).
 *
 * Every occurrence ending at position i is found through the dictionary-suffix
 * links. The longest one per start is kept in a ring buffer the size of the longest
 * pattern; a start is final once the scan is that far past it, and a greedy left-to-right
 * pass over final starts takes the longest match at each free start.
 *
 * The trie lives in flat typed arrays, numbered breadth-first so that each state's children
 * are consecutive states sorted by character: a transition is a binary search over a few
 * entries, and building needs no Map per state. The background builds it once; tabs load it
 * from plain data (`toData`) instead of building it.
 */
export class Matcher {
  /** The UTF-16 unit on the edge into each state. */
  private label!: Uint16Array;
  /** Children of state s are the states first[s] .. first[s + 1] - 1. */
  private first!: Int32Array;
  private fail!: Int32Array;
  /** Index into `ids` of the pattern ending exactly at this state, or -1. */
  private own!: Int32Array;
  /** Nearest state on the fail chain (excluding itself) that ends a pattern, or -1. */
  private dict!: Int32Array;
  private depth!: Uint16Array;
  private ids: string[] = [];
  private maxLength = 1;
  /** The root's transitions as a dense table: most characters of a page leave the root at once. */
  private readonly rootNext = new Int32Array(0x10000);
  /** findAll's ring buffer, per start position modulo the longest pattern: best end and its pattern. */
  private readonly bestStart: Int32Array;
  private readonly bestEnd: Int32Array;
  private readonly bestPattern: Int32Array;

  /** From the patterns, or from an automaton another context built (see `toData`). */
  constructor(source: readonly Pattern[] | MatcherData) {
    if (isMatcherData(source)) this.load(source);
    else this.build(source);
    this.bestStart = new Int32Array(this.maxLength);
    this.bestEnd = new Int32Array(this.maxLength);
    this.bestPattern = new Int32Array(this.maxLength);
  }

  private build(patterns: readonly Pattern[]): void {
    // Sorted texts let the trie be built along one path, appending children in character order. The
    // sort is stable, so of two equal texts the first given keeps it (duplicates are caught in tests).
    const sorted = patterns.filter((p) => p.text).sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
    let maxLength = 1;
    // Depth-first trie: parent links are implicit in `path`; children as first-child/next-sibling lists.
    const tLabel: number[] = [0];
    const tOwn: number[] = [-1];
    const tFirstChild: number[] = [-1];
    const tLastChild: number[] = [-1];
    const tSibling: number[] = [-1];
    const path: number[] = [0];
    let previous = '';
    const idIndex = new Map<string, number>();
    for (const { text, id } of sorted) {
      maxLength = Math.max(maxLength, text.length);
      let common = 0;
      while (common < text.length && common < previous.length && text[common] === previous[common]) common++;
      path.length = common + 1;
      for (let i = common; i < text.length; i++) {
        const parent = path[i]!;
        const node = tLabel.length;
        tLabel.push(text.charCodeAt(i));
        tOwn.push(-1);
        tFirstChild.push(-1);
        tLastChild.push(-1);
        tSibling.push(-1);
        if (tLastChild[parent] === -1) tFirstChild[parent] = node;
        else tSibling[tLastChild[parent]!] = node;
        tLastChild[parent] = node;
        path.push(node);
      }
      const end = path[text.length]!;
      if (tOwn[end] === -1) {
        let index = idIndex.get(id);
        if (index === undefined) {
          index = this.ids.length;
          idIndex.set(id, index);
          this.ids.push(id);
        }
        tOwn[end] = index;
      }
      previous = text;
    }
    this.maxLength = maxLength;

    // Renumber breadth-first: a state's children become consecutive, still in character order.
    const n = tLabel.length;
    this.label = new Uint16Array(n);
    this.first = new Int32Array(n + 1);
    this.own = new Int32Array(n);
    const order = new Int32Array(n); // new id → old id
    let next = 1;
    this.own[0] = -1;
    for (let s = 0; s < n; s++) {
      this.first[s] = next;
      for (let c = tFirstChild[order[s]!]!; c !== -1; c = tSibling[c]!) {
        order[next] = c;
        this.label[next] = tLabel[c]!;
        this.own[next] = tOwn[c]!;
        next++;
      }
    }
    this.first[n] = next;
    this.indexRoot();

    this.fail = new Int32Array(n);
    // States in id order are in breadth-first order, so every fail target is linked before it is used.
    for (let s = 0; s < n; s++) {
      for (let child = this.first[s]!; child < this.first[s + 1]!; child++) {
        let failTo = 0;
        if (s !== 0) {
          const c = this.label[child]!;
          let f = this.fail[s]!;
          let target = this.step(f, c);
          while (target < 0 && f !== 0) {
            f = this.fail[f]!;
            target = this.step(f, c);
          }
          failTo = target > 0 ? target : 0;
        }
        this.fail[child] = failTo;
      }
    }
    this.deriveDepthAndDict();
  }

  /** The automaton's arrays, for another context to load (they are never changed after building). */
  toData(): MatcherData {
    const { label: labels, first, fail, own, dict, depth, ids, maxLength } = this;
    return { labels, first, fail, own, dict, depth, ids, maxLength };
  }

  /** Adopts arrays another context built (see `toData`), without copying them. */
  private load(data: MatcherData): void {
    const n = data.labels.length;
    const fits = [data.fail, data.own, data.dict, data.depth].every((a) => a.length === n);
    if (data.first.length !== n + 1 || !fits) throw new Error('malformed automaton');
    this.label = data.labels;
    this.first = data.first;
    this.fail = data.fail;
    this.own = data.own;
    this.dict = data.dict;
    this.depth = data.depth;
    this.ids = data.ids;
    this.maxLength = data.maxLength;
    this.indexRoot();
  }

  /** The root's children into the dense table. */
  private indexRoot(): void {
    for (let c = this.first[0]!; c < this.first[1]!; c++) this.rootNext[this.label[c]!] = c;
  }

  /** Depths and dictionary-suffix links, from the children, fail links and patterns. */
  private deriveDepthAndDict(): void {
    const n = this.label.length;
    this.depth = new Uint16Array(n);
    this.dict = new Int32Array(n).fill(-1);
    // Breadth-first ids: a state's parent and fail target come before it.
    for (let s = 0; s < n; s++) {
      for (let child = this.first[s]!; child < this.first[s + 1]!; child++) this.depth[child] = this.depth[s]! + 1;
      if (s === 0) continue;
      const f = this.fail[s]!;
      this.dict[s] = this.own[f] !== -1 ? f : this.dict[f]!;
    }
  }

  /** How many distinct ids the patterns have (blockers count once, with the empty id). */
  get idCount(): number {
    return this.ids.length;
  }

  /** The child of `state` along `c`, or -1. */
  private step(state: number, c: number): number {
    if (state === 0) return this.rootNext[c] || -1;
    const { label } = this;
    let lo = this.first[state]!;
    let hi = this.first[state + 1]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const l = label[mid]!;
      if (l === c) return mid;
      if (l < c) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /**
   * Every occurrence of every pattern, overlapping ones included, blocking patterns with their empty id;
   * ordered by end, then longest first. The evidence counter uses it to see forms nested in a longer match.
   */
  findEvery(text: string): Match[] {
    const matches: Match[] = [];
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let to = this.step(state, c);
      while (to < 0 && state !== 0) {
        state = this.fail[state]!;
        to = this.step(state, c);
      }
      state = to < 0 ? 0 : to;
      for (let o = this.own[state] !== -1 ? state : this.dict[state]!; o !== -1; o = this.dict[o]!) {
        matches.push({ start: i + 1 - this.depth[o]!, end: i + 1, id: this.ids[this.own[o]!]! });
      }
    }
    return matches;
  }

  findAll(text: string): Match[] {
    const { label, first, fail, own, dict, depth, ids, rootNext, maxLength: window } = this;
    // The ring buffers are reused: the annotator calls this once per paragraph, thousands of times a page.
    const { bestStart, bestEnd, bestPattern } = this;
    bestStart.fill(-1);
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
        // `step`, inlined on purpose: this loop runs once per character of every page, and calling
        // the method here measured slower in Node (noisy runs, roughly 45 against 50 MB/s).
        let lo = first[state]!;
        let hi = first[state + 1]! - 1;
        let to = -1;
        while (lo <= hi) {
          const mid = (lo + hi) >>> 1;
          const l = label[mid]!;
          if (l === c) {
            to = mid;
            break;
          }
          if (l < c) lo = mid + 1;
          else hi = mid - 1;
        }
        if (to >= 0) {
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
