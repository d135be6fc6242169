import type { Matcher } from './matcher';
import { normalize } from './normalize';

/** One official text from the corpora: a Government Work Report (by year) or a Congress report (by number). */
export interface CorpusDoc {
  kind: 'gwr' | 'congress';
  /** The report's year, or the Congress's ordinal. */
  key: number;
  text: string;
}

/** Mentions per entry: `{ gwr: { 2022: 3 }, congress: { 20: 1 } }`, zero counts left out. */
export interface EntryEvidence {
  gwr: Record<string, number>;
  congress: Record<string, number>;
}

export interface EvidenceFile {
  /** Which years and Congresses the collection holds, so a reader can tell absence from a gap. */
  collection: { gwr: number[]; congress: number[] };
  entries: Record<string, EntryEvidence>;
}

/**
 * The entries whose forms occur inside one highlighted formula `span` (matched as `outerId`), once per place:
 * 六稳 and 六保 inside 六稳六保. Not the outer entry's own shorter forms, and nothing inside a longer excluded
 * look-alike (四史 inside 二十四史). An entry's overlapping forms count once, leftmost-longest.
 */
export function nestedIds(matcher: Matcher, span: string, outerId: string): string[] {
  const inner = matcher.findEvery(span).filter((o) => o.start > 0 || o.end < span.length);
  const blockers = inner.filter((o) => !o.id);
  const candidates = inner
    .filter((o) => o.id && o.id !== outerId)
    .filter((o) => !blockers.some((b) => b.start <= o.start && b.end >= o.end && b.end - b.start > o.end - o.start))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const ids: string[] = [];
  const freeFrom = new Map<string, number>();
  for (const o of candidates) {
    if (o.start < (freeFrom.get(o.id) ?? 0)) continue;
    freeFrom.set(o.id, o.end);
    ids.push(o.id);
  }
  return ids;
}

/**
 * Counts each entry in each document with the extension's own normaliser and matcher: what it highlights,
 * plus every place where an entry's form sits inside a longer highlighted formula (六稳 in 六稳六保), so that
 * a short formula is not robbed of the mentions its longer combinations make.
 */
export function computeEvidence(docs: readonly CorpusDoc[], matcher: Matcher): EvidenceFile {
  const entries: Record<string, EntryEvidence> = {};
  const gwr = new Set<number>();
  const congress = new Set<number>();
  const credit = (id: string, doc: CorpusDoc) => {
    const bucket = (entries[id] ??= { gwr: {}, congress: {} })[doc.kind];
    bucket[doc.key] = (bucket[doc.key] ?? 0) + 1;
  };
  for (const doc of docs) {
    (doc.kind === 'gwr' ? gwr : congress).add(doc.key);
    const text = normalize(doc.text).text;
    for (const m of matcher.findAll(text)) {
      credit(m.id, doc);
      for (const id of nestedIds(matcher, text.slice(m.start, m.end), m.id)) credit(id, doc);
    }
  }
  const sorted = (s: Set<number>) => [...s].sort((a, b) => a - b);
  const ordered = Object.fromEntries(Object.entries(entries).sort(([a], [b]) => a.localeCompare(b)));
  return { collection: { gwr: sorted(gwr), congress: sorted(congress) }, entries: ordered };
}

export function totalMentions(e: EntryEvidence | undefined): number {
  if (!e) return 0;
  return [...Object.values(e.gwr), ...Object.values(e.congress)].reduce((a, b) => a + b, 0);
}

/** The year each National Congress opened, for placing Congress reports on a timeline. */
export const CONGRESS_YEARS: Record<number, number> = {
  1: 1921,
  2: 1922,
  3: 1923,
  4: 1925,
  5: 1927,
  6: 1928,
  7: 1945,
  8: 1956,
  9: 1969,
  10: 1973,
  11: 1977,
  12: 1982,
  13: 1987,
  14: 1992,
  15: 1997,
  16: 2002,
  17: 2007,
  18: 2012,
  19: 2017,
  20: 2022,
};
