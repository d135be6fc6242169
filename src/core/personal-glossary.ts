/**
 * The reader's own glossary: entries in the built-in schema (`GlossaryEntry`), merged over the
 * built-in glossary, imported from and exported to JSON and CSV. Pure: nothing here stores anything.
 *
 * Merge rule (`mergeGlossaries`). Surface forms are compared as the matcher sees them (`matchForm`).
 *  1. A personal entry whose id is a built-in id replaces that entry, in its place.
 *  2. A personal entry that claims a built-in entry's term replaces that entry too: the built-in one is
 *     hidden, since its term is what it stands for.
 *  3. A personal entry that claims only a variant of a built-in entry takes that variant away from it;
 *     the built-in entry keeps its other forms. Likewise for a built-in `excludes` string, which would
 *     otherwise block the personal form from being matched.
 *  4. Other personal entries are added after the built-in ones. The import and the editor keep personal
 *     entries from sharing a form with each other, so no rule is needed between them.
 */
import type { GlossaryEntry } from './glossary-schema';
import { columnOf, readCsv, recordToEntry, rowProblem, type RowProblem } from './glossary-csv';
import { decodeImport, MAX_IMPORT_BYTES, tooLarge, utf8Length } from './import-decode';
import type { ProblemCode, ProblemParams } from './problems';
import { canonicalEntry, entryIssues, formsOf, matchForm, sameEntry } from './personal-entry';

export { exportCsv, CSV_COLUMNS, REQUIRED_COLUMNS } from './glossary-csv';
export { decodeImport, MAX_IMPORT_BYTES } from './import-decode';
export { canonicalEntry, entryIssues, suggestId } from './personal-entry';

export type Origin = 'built-in' | 'personal';

/** An entry as shown, with where it came from kept beside it rather than inside it. */
export interface ShownEntry {
  entry: GlossaryEntry;
  origin: Origin;
}

export interface Override {
  builtInId: string;
  personalId: string;
  /** id: replaced by id; term: hidden, its term claimed; variant / excludes: that form taken away. */
  how: 'id' | 'term' | 'variant' | 'excludes';
  form?: string;
}

/** What each personal entry does to the built-in glossary, in built-in order. */
export function overridesOf(builtIn: readonly GlossaryEntry[], personal: readonly GlossaryEntry[]): Override[] {
  const personalIds = new Set(personal.map((p) => p.id));
  const claimed = new Map<string, string>();
  for (const p of personal) for (const f of formsOf(p)) if (!claimed.has(matchForm(f))) claimed.set(matchForm(f), p.id);
  const out: Override[] = [];
  for (const b of builtIn) {
    if (personalIds.has(b.id)) {
      out.push({ builtInId: b.id, personalId: b.id, how: 'id' });
      continue;
    }
    const byTerm = claimed.get(matchForm(b.term));
    if (byTerm) {
      out.push({ builtInId: b.id, personalId: byTerm, how: 'term', form: b.term });
      continue;
    }
    for (const [how, forms] of [
      ['variant', b.variants],
      ['excludes', b.excludes ?? []],
    ] as const) {
      for (const form of forms) {
        const by = claimed.get(matchForm(form));
        if (by) out.push({ builtInId: b.id, personalId: by, how, form });
      }
    }
  }
  return out;
}

export function mergeGlossaries(builtIn: readonly GlossaryEntry[], personal: readonly GlossaryEntry[]): ShownEntry[] {
  const overrides = overridesOf(builtIn, personal);
  const personalById = new Map(personal.map((p) => [p.id, p]));
  const byBuiltIn = new Map<string, Override[]>();
  for (const o of overrides) byBuiltIn.set(o.builtInId, [...(byBuiltIn.get(o.builtInId) ?? []), o]);
  const out: ShownEntry[] = [];
  for (const b of builtIn) {
    const mine = byBuiltIn.get(b.id) ?? [];
    if (mine.some((o) => o.how === 'id')) out.push({ entry: personalById.get(b.id)!, origin: 'personal' });
    if (mine.some((o) => o.how === 'id' || o.how === 'term')) continue;
    if (!mine.length) {
      out.push({ entry: b, origin: 'built-in' });
      continue;
    }
    const lost = (how: Override['how']) => new Set(mine.filter((o) => o.how === how).map((o) => o.form));
    const entry: GlossaryEntry = { ...b, variants: b.variants.filter((v) => !lost('variant').has(v)) };
    const excludes = b.excludes?.filter((x) => !lost('excludes').has(x));
    if (excludes?.length) entry.excludes = excludes;
    else delete entry.excludes;
    out.push({ entry, origin: 'built-in' });
  }
  const builtInIds = new Set(builtIn.map((b) => b.id));
  for (const p of personal) if (!builtInIds.has(p.id)) out.push({ entry: p, origin: 'personal' });
  return out;
}

/** One problem: data row (from 1; for JSON the array index + 1; 0 for the file or CSV header), field, reason. */
export type ImportError = RowProblem;

export interface ImportPreview {
  ok: true;
  added: GlossaryEntry[];
  changed: { before: GlossaryEntry; after: GlossaryEntry }[];
  unchanged: number;
}
export type ImportResult = { ok: false; errors: ImportError[] } | ImportPreview;
export type ImportFormat = 'json' | 'csv';

export interface ImportOptions {
  /** When given, `related` ids must be among these, the existing entries or the file's own. */
  knownIds?: Iterable<string>;
}

const fail = (code: ProblemCode, params: ProblemParams = []): ImportResult => ({
  ok: false,
  errors: [rowProblem(0, 'file', code, params)],
});

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

interface Row {
  row: number;
  value: unknown;
  problems: RowProblem[];
}

function jsonRows(text: string): Row[] | ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return fail('notJson', [(e as Error).message]);
  }
  if (!Array.isArray(data)) return fail('notArray', [describe(data)]);
  return (data as unknown[]).map((value, i) => ({ row: i + 1, value, problems: [] }));
}

function csvRows(text: string): { rows: Row[]; problems: RowProblem[] } {
  const { records, problems } = readCsv(text);
  const rows = records.map(({ row, record, problems: cells }) => {
    const built = recordToEntry(record);
    return { row, value: built.value, problems: [...cells, ...built.problems.map((p) => ({ ...p, row }))] };
  });
  return { rows, problems };
}

/** Checks each row on its own; returns the entries that passed, canonical, with their rows. */
function checkRows(rows: Row[], format: ImportFormat, errors: ImportError[]): { row: number; entry: GlossaryEntry }[] {
  const good: { row: number; entry: GlossaryEntry }[] = [];
  for (const { row, value, problems } of rows) {
    errors.push(...problems);
    if (problems.length) continue;
    const issues = entryIssues(value);
    for (const { path, message, code, params = [] } of issues) {
      if (format === 'json') {
        errors.push({ ...rowProblem(row, path.replace(/^entry\.?/, '') || 'entry', code, params), reason: message });
      } else {
        const { field, item } = columnOf(path);
        const problem = rowProblem(row, field, code, params);
        errors.push(
          item === undefined ? problem : { ...problem, item: item + 1, reason: `item ${item + 1}: ${message}` },
        );
      }
    }
    if (!issues.length) good.push({ row, entry: canonicalEntry(value as GlossaryEntry) });
  }
  return good;
}

/** The rules across entries: unique ids and forms in the file, no form taken from a kept entry. */
function checkAcross(
  good: { row: number; entry: GlossaryEntry }[],
  existing: readonly GlossaryEntry[],
  options: ImportOptions,
  errors: ImportError[],
): void {
  const idRows = new Map<string, number>();
  const formRows = new Map<string, { row: number; id: string }>();
  const fileIds = new Set(good.map((g) => g.entry.id));
  const kept = new Map<string, string>();
  for (const e of existing) if (!fileIds.has(e.id)) for (const f of formsOf(e)) kept.set(matchForm(f), e.id);
  for (const { row, entry } of good) {
    const first = idRows.get(entry.id);
    if (first !== undefined) errors.push(rowProblem(row, 'id', 'idTwice', [entry.id, first]));
    else idRows.set(entry.id, row);
    const own = new Set<string>();
    for (const [i, form] of formsOf(entry).entries()) {
      const key = matchForm(form);
      if (own.has(key)) continue;
      own.add(key);
      const field = i === 0 ? 'term' : 'variants';
      const other = formRows.get(key);
      if (other) errors.push(rowProblem(row, field, 'formOnRow', [form, other.row, other.id]));
      else formRows.set(key, { row, id: entry.id });
      const owner = kept.get(key);
      if (owner) errors.push(rowProblem(row, field, 'formOfYours', [form, owner]));
    }
  }
  if (options.knownIds === undefined) return;
  const ids = new Set([...options.knownIds, ...existing.map((e) => e.id), ...fileIds]);
  for (const { row, entry } of good) {
    for (const rel of entry.related ?? []) {
      if (!ids.has(rel)) errors.push(rowProblem(row, 'related', 'unknownId', [rel]));
    }
  }
}

function preview(entries: GlossaryEntry[], existing: readonly GlossaryEntry[]): ImportPreview {
  const before = new Map(existing.map((e) => [e.id, e]));
  const result: ImportPreview = { ok: true, added: [], changed: [], unchanged: 0 };
  for (const after of entries) {
    const old = before.get(after.id);
    if (!old) result.added.push(after);
    else if (sameEntry(old, after)) result.unchanged++;
    else result.changed.push({ before: old, after });
  }
  return result;
}

/**
 * Reads an import and previews it against the reader's `existing` entries, which it never changes.
 * All or nothing: any problem and the result lists every problem found instead. Never throws.
 */
export function parseImport(
  text: string,
  format: ImportFormat,
  existing: readonly GlossaryEntry[],
  options: ImportOptions = {},
): ImportResult {
  try {
    // Measured before anything is parsed; the length in UTF-16 units is a lower bound on the bytes.
    if (text.length > MAX_IMPORT_BYTES)
      return fail(tooLarge(text.length, true).code, tooLarge(text.length, true).params);
    if (utf8Length(text) > MAX_IMPORT_BYTES) return fail('tooLarge', tooLarge(utf8Length(text)).params);
    const body = text.replace(/^\uFEFF/, '');
    if (body.trim() === '') return fail('empty');
    const errors: ImportError[] = [];
    let rows: Row[];
    if (format === 'json') {
      const read = jsonRows(body);
      if (!Array.isArray(read)) return read;
      rows = read;
    } else {
      const read = csvRows(body);
      errors.push(...read.problems);
      rows = read.rows;
    }
    if (!rows.length && !errors.length) return fail('noEntries');
    const good = checkRows(rows, format, errors);
    checkAcross(good, existing, options, errors);
    if (errors.length) return { ok: false, errors: errors.sort((a, b) => a.row - b.row) };
    return preview(
      good.map((g) => g.entry),
      existing,
    );
  } catch (e) {
    return fail('unreadable', [e instanceof Error ? e.message : String(e)]);
  }
}

/**
 * Decode and parse in one step, for a file's bytes; a decoding problem is reported as row 0. The format
 * is given, or taken from the file's name (and failing that its first character).
 */
export function importFile(
  bytes: Uint8Array,
  format: ImportFormat | { fileName: string },
  existing: readonly GlossaryEntry[],
  options: ImportOptions = {},
): ImportResult {
  const decoded = decodeImport(bytes);
  if ('error' in decoded) return fail(decoded.code, decoded.params);
  const chosen = typeof format === 'string' ? format : formatOf(format.fileName, decoded.text);
  return parseImport(decoded.text, chosen, existing, options);
}

/** The format a file name says, else a guess from the content's first character. */
export function formatOf(fileName: string, text = ''): ImportFormat {
  if (/\.json$/i.test(fileName)) return 'json';
  if (/\.(csv|txt)$/i.test(fileName)) return 'csv';
  return /^\uFEFF?\s*[[{]/.test(text) ? 'json' : 'csv';
}

/** The entries after a confirmed import: changed ones replaced where they stand, new ones appended. */
export function applyImport(existing: readonly GlossaryEntry[], result: ImportPreview): GlossaryEntry[] {
  const changed = new Map(result.changed.map((c) => [c.after.id, c.after]));
  return [...existing.map((e) => changed.get(e.id) ?? e), ...result.added];
}

/** A JSON array, two-space indented; `parseImport(exportJson(x), 'json', [])` gives x back. */
export function exportJson(entries: readonly GlossaryEntry[]): string {
  return `${JSON.stringify(entries.map(canonicalEntry), null, 2)}\n`;
}
