/**
 * The editor's form as data: one string per CSV column. A draft is checked by running it through the
 * CSV import as a one-row file, so an entry typed in the editor meets exactly the rules of an imported
 * one, and its problems are named by the same fields.
 */
import type { GlossaryEntry } from './glossary-schema';
import { CSV_COLUMNS, csvText, entryToRecord, rowProblem, type CsvColumn, type RowProblem } from './glossary-csv';
import { parseImport } from './personal-glossary';
import { simplified, suggestId } from './personal-entry';

export type Draft = Record<CsvColumn, string>;

/** A draft of `entry`, or a blank one; `term` (text chosen on a page) starts a new entry, in simplified form. */
export function draftOf(entry?: GlossaryEntry, term = ''): Draft {
  if (entry) return entryToRecord(entry);
  const blank = Object.fromEntries(CSV_COLUMNS.map((c) => [c, ''])) as Draft;
  return { ...blank, term: simplified(term.trim()).slice(0, 30), category: 'economy' };
}

/** A problem with one field of the form: its code and parameters for the UI, and the English reason. */
export type FieldProblem = Pick<RowProblem, 'code' | 'params' | 'item' | 'reason'>;
export type DraftErrors = Partial<Record<string, FieldProblem[]>>;
export type DraftResult = { entry: GlossaryEntry } | { errors: DraftErrors };

/**
 * `others` are the reader's entries other than the one being edited; `knownIds` the built-in ids that
 * `related` may name. An empty id is filled in from the term's pinyin.
 */
export function entryFromDraft(
  draft: Draft,
  others: readonly GlossaryEntry[],
  knownIds: Iterable<string>,
): DraftResult {
  const filled: Draft = { ...draft, id: draft.id.trim() || suggestId(draft.term) };
  const errors: DraftErrors = {};
  const add = (field: string, { code, params, item, reason }: FieldProblem) =>
    (errors[field] ??= []).push({ code, reason, ...(params ? { params } : {}), ...(item ? { item } : {}) });
  if (others.some((e) => e.id === filled.id)) add('id', rowProblem(0, 'id', 'idTaken'));
  const result = parseImport(csvText([CSV_COLUMNS, CSV_COLUMNS.map((c) => filled[c])]), 'csv', others, { knownIds });
  if (!result.ok) for (const e of result.errors) add(e.field, e);
  if (Object.keys(errors).length || !result.ok) return { errors };
  const entry = result.added[0] ?? result.changed[0]?.after;
  return entry ? { entry } : { errors: { entry: [rowProblem(0, 'entry', 'unreadable', ['?'])] } };
}
