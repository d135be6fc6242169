import type { MatcherData } from './matcher';

/**
 * The glossary's automaton as the background sends it to a tab: its arrays packed into one buffer and
 * sent as a base64 string, the ids as one string. Firefox copies a message into the content script's
 * compartment value by value: the automaton as arrays of numbers (about 460 KB as JSON) took 500–1,100 ms
 * to arrive there, the same data as one string well under 100 ms (Chrome serialises messages as JSON, where a
 * string costs no more either). ASCII only: Chrome's messaging would replace lone surrogates.
 */
export interface AutomatonWire {
  states: number;
  /** How many (state, pattern) pairs `own` holds. */
  owned: number;
  /** base64 of: first (states + 1) and fail (states) and own (2 × owned) as Int32, then labels as Uint16. */
  packed: string;
  /** Pattern ids, one per line. */
  ids: string;
  maxLength: number;
  /** The ids of the glossary's vocabulary tier, one per line. */
  vocabulary: string;
}

export type LoadedAutomaton = MatcherData & { vocabulary: string[] };

const toLines = (list: readonly string[]) => list.join('\n');
const fromLines = (text: string) => (text ? text.split('\n') : []);

export function encodeAutomaton(data: MatcherData, vocabulary: readonly string[]): AutomatonWire {
  const states = data.labels.length;
  const owned = data.own.length / 2;
  const ints = states + 1 + states + 2 * owned;
  const buffer = new ArrayBuffer(ints * 4 + states * 2);
  const int32 = new Int32Array(buffer, 0, ints);
  int32.set(Array.from(data.first), 0);
  int32.set(Array.from(data.fail), states + 1);
  int32.set(Array.from(data.own), 2 * states + 1);
  new Uint16Array(buffer, ints * 4, states).set(Array.from(data.labels));
  return {
    states,
    owned,
    packed: toBase64(new Uint8Array(buffer)),
    ids: toLines(data.ids),
    maxLength: data.maxLength,
    vocabulary: toLines(vocabulary),
  };
}

/** The automaton back as the Matcher loads it; the arrays are views on one decoded buffer (no copies). */
export function decodeAutomaton(wire: AutomatonWire): LoadedAutomaton {
  const { states, owned } = wire;
  const bytes = fromBase64(wire.packed);
  const ints = states + 1 + states + 2 * owned;
  if (bytes.length !== ints * 4 + states * 2) throw new Error('malformed automaton');
  const int32 = new Int32Array(bytes.buffer, 0, ints);
  return {
    first: int32.subarray(0, states + 1),
    fail: int32.subarray(states + 1, 2 * states + 1),
    own: int32.subarray(2 * states + 1),
    labels: new Uint16Array(bytes.buffer, ints * 4, states),
    ids: fromLines(wire.ids),
    maxLength: wire.maxLength,
    vocabulary: fromLines(wire.vocabulary),
  };
}

// btoa and atob exist in every context the extension runs in (pages, workers, Node for the tests).
function toBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 0x8000) {
    parts.push(String.fromCharCode(...bytes.subarray(i, i + 0x8000)));
  }
  return btoa(parts.join(''));
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
