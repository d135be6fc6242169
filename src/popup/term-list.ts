// The popup's term list arrives in two parts: the tab's state with the rows of its first screenful,
// which the first paint waits for, then the rows of the rest of a long list.
import type { PageState, TermRowEntry } from '../core/protocol';

/** Term rows drawn in the popup's first render: more than its window shows. */
export const FIRST_ROWS = 40;

/**
 * Rows added to a long list per frame after the first screenful: two thousand at once would hold the popup
 * still for over 100 ms.
 */
export const ROWS_PER_STEP = 250;

export interface ListSource {
  listTerms: () => Promise<PageState | null>;
  /** What the rows of these terms show (null where the background has no entry). */
  termRows: (ids: string[]) => Promise<(TermRowEntry | null)[]>;
}

/** Row entries by the id the page found (the background may answer with the reader's entry under another id). */
export type RowEntries = ReadonlyMap<string, TermRowEntry>;

export interface FirstList {
  page: PageState | null;
  rows: RowEntries;
}

export async function rowsFor(source: Pick<ListSource, 'termRows'>, ids: string[]): Promise<RowEntries> {
  if (!ids.length) return new Map();
  const found = await source.termRows(ids);
  return new Map(ids.flatMap((id, i) => (found[i] ? [[id, found[i]] as const] : [])));
}

/** The rows of the first screenful of `page`'s terms. */
export const firstRowsOf = (source: Pick<ListSource, 'termRows'>, page: PageState | null) =>
  rowsFor(source, page?.terms.slice(0, FIRST_ROWS).map((term) => term.id) ?? []);

/** The tab's state and its first rows: what the popup's first paint needs, in two messages. */
export async function firstList(source: ListSource): Promise<FirstList> {
  const page = await source.listTerms();
  if (__TIFA_MARKS__) performance.mark('tifa-lens:popup-terms');
  const rows = await firstRowsOf(source, page);
  if (__TIFA_MARKS__) performance.mark('tifa-lens:popup-rows');
  return { page, rows };
}
