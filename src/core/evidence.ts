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

/** Counts what the extension itself would highlight in each document: same normaliser, same matcher. */
export function computeEvidence(docs: readonly CorpusDoc[], matcher: Matcher): EvidenceFile {
  const entries: Record<string, EntryEvidence> = {};
  const gwr = new Set<number>();
  const congress = new Set<number>();
  for (const doc of docs) {
    (doc.kind === 'gwr' ? gwr : congress).add(doc.key);
    for (const m of matcher.findAll(normalize(doc.text).text)) {
      const e = (entries[m.id] ??= { gwr: {}, congress: {} });
      const bucket = e[doc.kind];
      bucket[doc.key] = (bucket[doc.key] ?? 0) + 1;
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
