import type { MatcherData } from './matcher';

/**
 * The glossary's automaton packed into one buffer, every array the Matcher needs laid out so that a tab
 * takes typed-array views on it without copying or computing anything. The build writes the built-in
 * glossary's as a package file (glossary/automaton.bin), which the content script fetches while the lens
 * loads; with entries of the reader's own the background packs one and sends it as base64 (AutomatonWire).
 *
 * Layout, in the platform's byte order (little-endian everywhere the extension runs; the magic number
 * catches anything else): eight Int32 of header (MAGIC, VERSION, states, maxLength, bytes of ids, bytes of
 * vocabulary, 0, 0); Int32 first (states + 1), fail, own, dict (states each); Uint16 labels and depth
 * (states each); then the ids and the vocabulary tier's ids as UTF-8 lines.
 */
const MAGIC = 0x5446414c;
/** Where the build puts the built-in glossary's packed automaton (web-accessible: public data only). */
export const AUTOMATON_PATH = 'glossary/automaton.bin';
const VERSION = 2;
const HEADER = 8;

/** The packed automaton as a message carries it. Firefox copies a message into the content script value by
 * value: arrays of numbers took 500–1,100 ms to arrive, one string well under 100 ms. Base64 is ASCII, which
 * Chrome's JSON messaging carries unchanged. */
export interface AutomatonWire {
  packed: string;
}

export type LoadedAutomaton = MatcherData & { vocabulary: string[] };

export function packAutomaton(data: MatcherData, vocabulary: readonly string[]): Uint8Array {
  const states = data.labels.length;
  const utf8 = new TextEncoder();
  const ids = utf8.encode(data.ids.join('\n'));
  const vocab = utf8.encode(vocabulary.join('\n'));
  const intBytes = (HEADER + states + 1 + 3 * states) * 4;
  const bytes = new Uint8Array(intBytes + states * 4 + ids.length + vocab.length);
  const ints = new Int32Array(bytes.buffer, 0, intBytes / 4);
  ints.set([MAGIC, VERSION, states, data.maxLength, ids.length, vocab.length, 0, 0]);
  let at = HEADER;
  for (const array of [data.first, data.fail, data.own, data.dict]) {
    ints.set(array, at);
    at += array.length;
  }
  const shorts = new Uint16Array(bytes.buffer, intBytes, 2 * states);
  shorts.set(data.labels, 0);
  shorts.set(data.depth, states);
  bytes.set(ids, intBytes + states * 4);
  bytes.set(vocab, intBytes + states * 4 + ids.length);
  return bytes;
}

/** The automaton back from its packed bytes: views on the same buffer, nothing copied but the id lines. */
export function unpackAutomaton(buffer: ArrayBuffer): LoadedAutomaton {
  const malformed = () => new Error('malformed automaton');
  if (buffer.byteLength < HEADER * 4) throw malformed();
  const [magic, version, states = 0, maxLength = 1, idBytes = 0, vocabBytes = 0] = new Int32Array(buffer, 0, HEADER);
  if (magic !== MAGIC || version !== VERSION) throw malformed();
  const intBytes = (HEADER + states + 1 + 3 * states) * 4;
  if (buffer.byteLength !== intBytes + states * 4 + idBytes + vocabBytes) throw malformed();
  const int32 = (from: number, length: number) => new Int32Array(buffer, (HEADER + from) * 4, length);
  const lines = (from: number, length: number) => {
    const text = new TextDecoder().decode(new Uint8Array(buffer, from, length));
    return text ? text.split('\n') : [];
  };
  return {
    first: int32(0, states + 1),
    fail: int32(states + 1, states),
    own: int32(2 * states + 1, states),
    dict: int32(3 * states + 1, states),
    labels: new Uint16Array(buffer, intBytes, states),
    depth: new Uint16Array(buffer, intBytes + states * 2, states),
    ids: lines(intBytes + states * 4, idBytes),
    maxLength,
    vocabulary: lines(intBytes + states * 4 + idBytes, vocabBytes),
  };
}

export const encodeAutomaton = (data: MatcherData, vocabulary: readonly string[]): AutomatonWire => ({
  packed: toBase64(packAutomaton(data, vocabulary)),
});

export const decodeAutomaton = (wire: AutomatonWire): LoadedAutomaton =>
  unpackAutomaton(fromBase64(wire.packed).buffer);

// btoa and atob exist in every context the extension runs in (pages, workers, Node for the tests).
function toBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 0x8000) {
    parts.push(String.fromCharCode(...bytes.subarray(i, i + 0x8000)));
  }
  return btoa(parts.join(''));
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
