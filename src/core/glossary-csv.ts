/**
 * The glossary as CSV (RFC 4180: comma-separated, `"`-quoted, `""` for a quote inside a quoted cell,
 * CRLF between records). One header row, then one entry per row. Columns, in any order:
 *
 *   id, term, variants, english, gloss, explanation_en, explanation_zh, category   required
 *   pinyin, scope_level, scope_place, scope_place_en, period_from, period_to,       optional
 *   related, excludes, expansion, senses, source_body, source_document, source_year
 *
 * `variants`, `related` and `excludes` hold their items separated by `|` (spaces around an item are
 * ignored; an empty cell is an empty list). `expansion` and `senses` hold JSON, exactly as in the JSON
 * format. An empty optional cell means the field is absent. Unknown, missing and repeated columns are
 * errors, and so is a row whose cell count differs from the header's.
 *
 * Spreadsheet formulas: a cell that begins with = + - @ tab or CR would be run by Excel or LibreOffice
 * when the file is opened, so the export writes it with one `'` in front (as spreadsheets themselves
 * do for text), and the import takes exactly that one `'` off again. A cell read in that begins with
 * = + - or @ and lacks the `'` is refused as a formula.
 */
import { problemEnglish, type ProblemCode, type ProblemParams } from './problems';
import Papa from 'papaparse';
import type { GlossaryEntry } from './glossary-schema';

export const CSV_COLUMNS = [
  'id',
  'term',
  'variants',
  'english',
  'gloss',
  'explanation_en',
  'explanation_zh',
  'category',
  'pinyin',
  'scope_level',
  'scope_place',
  'scope_place_en',
  'period_from',
  'period_to',
  'related',
  'excludes',
  'expansion',
  'senses',
  'source_body',
  'source_document',
  'source_year',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
export const REQUIRED_COLUMNS: readonly CsvColumn[] = CSV_COLUMNS.slice(0, 8);

/** A row's cells by column; a column the file lacks is undefined. */
export type EntryRecord = Partial<Record<CsvColumn, string>>;

export interface RowProblem {
  row: number;
  field: string;
  /** In English, for scripts and logs; the options page renders `code` and `params` in its locale. */
  reason: string;
  code: ProblemCode;
  params?: ProblemParams;
  /** For a list column (variants, related, excludes): which item, from 1. */
  item?: number;
}

/** A problem on `row` (0: the header or the file) in `field`, with its English reason written from the code. */
export function rowProblem(row: number, field: string, code: ProblemCode, params: ProblemParams = []): RowProblem {
  return { row, field, reason: problemEnglish(code, params), code, ...(params.length ? { params } : {}) };
}

/** A cell a spreadsheet would evaluate, possibly already escaped with leading quotes. */
const NEEDS_ESCAPE = /^'*[=+\-@\t\r]/;
const ESCAPED = /^'+[=+\-@\t\r]/;
const FORMULA = /^[=+\-@]/;

/** Writes a cell so that no spreadsheet runs it; `unescapeCell` undoes exactly this. */
export function neutraliseFormula(value: string): string {
  return NEEDS_ESCAPE.test(value) ? `'${value}` : value;
}

export function unescapeCell(cell: string): { value: string } | { formula: true } {
  if (ESCAPED.test(cell)) return { value: cell.slice(1) };
  if (FORMULA.test(cell)) return { formula: true };
  return { value: cell };
}

function quote(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** RFC 4180 text: every cell formula-neutralised and quoted where needed, CRLF after each record. */
export function csvText(rows: readonly (readonly string[])[]): string {
  return rows.map((cells) => cells.map((c) => quote(neutraliseFormula(c))).join(',')).join('\r\n') + '\r\n';
}

const list = (items: readonly string[] | undefined): string => (items ?? []).join('|');
const year = (value: number | undefined): string => (value === undefined ? '' : String(value));

export function entryToRecord(e: GlossaryEntry): Record<CsvColumn, string> {
  return {
    id: e.id,
    term: e.term,
    variants: list(e.variants),
    english: e.english,
    gloss: e.gloss,
    explanation_en: e.explanation.en,
    explanation_zh: e.explanation.zh,
    category: e.category,
    pinyin: e.pinyin ?? '',
    scope_level: e.scope?.level ?? '',
    scope_place: e.scope?.place ?? '',
    scope_place_en: e.scope?.placeEn ?? '',
    period_from: year(e.period?.from),
    period_to: year(e.period?.to),
    related: list(e.related),
    excludes: list(e.excludes),
    expansion: e.expansion?.length ? JSON.stringify(e.expansion) : '',
    senses: e.senses?.length ? JSON.stringify(e.senses) : '',
    source_body: e.source?.body ?? '',
    source_document: e.source?.document ?? '',
    source_year: year(e.source?.year),
  };
}

/** Entries as CSV with every column, so the file shows a reader all that can be filled in. */
export function exportCsv(entries: readonly GlossaryEntry[]): string {
  const records = entries.map(entryToRecord);
  return csvText([CSV_COLUMNS, ...records.map((r) => CSV_COLUMNS.map((c) => r[c]))]);
}

const splitList = (cell: string): string[] =>
  cell
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean);

/** A year cell as a number when it is one; otherwise the text, for the schema to report. */
const yearOf = (cell: string): number | string => (/^\s*\d{1,4}\s*$/.test(cell) ? Number(cell) : cell);

/** Only the fields given; none at all means the object is absent. */
function optionalObject(fields: Record<string, unknown>): Record<string, unknown> | undefined {
  const present = Object.entries(fields).filter(([, v]) => v !== undefined && v !== '');
  return present.length ? Object.fromEntries(present) : undefined;
}

/**
 * Builds the entry a record describes, without judging it: the schema check comes after, so that a
 * CSV row and a JSON entry are held to the same rules. Only unreadable JSON cells are reported here.
 */
export function recordToEntry(rec: EntryRecord): { value: Record<string, unknown>; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const cell = (c: CsvColumn) => rec[c] ?? '';
  const optional = (c: CsvColumn) => (cell(c) === '' ? undefined : cell(c));
  const json = (c: 'expansion' | 'senses'): unknown => {
    if (cell(c).trim() === '') return undefined;
    try {
      return JSON.parse(cell(c)) as unknown;
    } catch (e) {
      problems.push(rowProblem(0, c, 'jsonCell', [(e as Error).message]));
      return undefined;
    }
  };
  const related = splitList(cell('related'));
  const excludes = splitList(cell('excludes'));
  const value: Record<string, unknown> = {
    id: cell('id'),
    term: cell('term'),
    variants: splitList(cell('variants')),
    english: cell('english'),
    gloss: cell('gloss'),
    explanation: { en: cell('explanation_en'), zh: cell('explanation_zh') },
    category: cell('category'),
    pinyin: optional('pinyin'),
    scope: optionalObject({
      level: optional('scope_level'),
      place: optional('scope_place'),
      placeEn: optional('scope_place_en'),
    }),
    period: optionalObject({
      from: optional('period_from') && yearOf(cell('period_from')),
      to: optional('period_to') && yearOf(cell('period_to')),
    }),
    related: related.length ? related : undefined,
    excludes: excludes.length ? excludes : undefined,
    expansion: json('expansion'),
    senses: json('senses'),
    source: optionalObject({
      body: optional('source_body'),
      document: optional('source_document'),
      year: optional('source_year') && yearOf(cell('source_year')),
    }),
  };
  for (const key of Object.keys(value)) if (value[key] === undefined) delete value[key];
  return { value, problems };
}

/** A schema path ("entry.scope.placeEn", "entry.variants[2]") as the CSV column a reader can find. */
export function columnOf(path: string): { field: string; item?: number } {
  const rest = path.replace(/^entry\.?/, '');
  const item = /^(\w+)\[(\d+)\]/.exec(rest);
  const [head = '', sub = ''] = rest.split(/[.[]/);
  if (head === 'explanation') return { field: sub === 'zh' ? 'explanation_zh' : 'explanation_en' };
  if (head === 'scope') return { field: { place: 'scope_place', placeEn: 'scope_place_en' }[sub] ?? 'scope_level' };
  if (head === 'period') return { field: sub === 'to' ? 'period_to' : 'period_from' };
  if (head === 'source') return { field: { document: 'source_document', year: 'source_year' }[sub] ?? 'source_body' };
  if (item && ['variants', 'related', 'excludes'].includes(head)) return { field: head, item: Number(item[2]) };
  return { field: head || 'entry' };
}

const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

function headerProblems(header: string[]): RowProblem[] {
  const problems: RowProblem[] = [];
  const seen = new Set<string>();
  for (const name of header) {
    if (seen.has(name)) problems.push(rowProblem(0, 'header', 'columnTwice', [name]));
    seen.add(name);
    if (!(CSV_COLUMNS as readonly string[]).includes(name)) {
      const code = /[;\t]/.test(name) ? 'unknownColumnSeparator' : 'unknownColumn';
      problems.push(rowProblem(0, 'header', code, [clip(name)]));
    }
  }
  for (const name of REQUIRED_COLUMNS) {
    if (!seen.has(name)) problems.push(rowProblem(0, 'header', 'missingColumn', [name]));
  }
  return problems;
}

const QUOTE_CODES: Record<string, ProblemCode> = { MissingQuotes: 'quoteUnclosed', InvalidQuotes: 'quoteInside' };

export interface CsvRecord {
  row: number;
  record: EntryRecord;
  /** Problems with the row's cells; a row that has any is not checked further. */
  problems: RowProblem[];
}

/**
 * Reads CSV text into records, one per data row (numbered from 1; the header is row 0). Blank lines
 * are skipped but still counted, so row numbers match what a spreadsheet shows, less its header row.
 * When the header itself is wrong no record is returned: every row would repeat the header's problem.
 */
export function readCsv(text: string): { records: CsvRecord[]; problems: RowProblem[] } {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: ',', skipEmptyLines: false });
  const problems: RowProblem[] = [];
  for (const e of parsed.errors) {
    const code = QUOTE_CODES[e.code];
    const p = rowProblem(
      e.row ?? 0,
      (e.row ?? 0) === 0 ? 'header' : 'entry',
      code ?? 'csvSyntax',
      code ? [] : [e.message],
    );
    // Papa Parse reports a bad quote once per cell it spoils; once per row says it.
    if (!problems.some((q) => q.row === p.row && q.reason === p.reason)) problems.push(p);
  }
  const [first = [], ...rows] = parsed.data;
  const header = first.map((h) => h.trim().toLowerCase());
  const wrongHeader = headerProblems(header);
  problems.push(...wrongHeader);
  const records: CsvRecord[] = [];
  rows.forEach((cells, i) => {
    const row = i + 1;
    if (cells.length === 1 && cells[0]!.trim() === '') return; // a blank line
    if (cells.length !== header.length) {
      problems.push(
        rowProblem(row, 'entry', cells.length === 1 ? 'cellCountOne' : 'cellCount', [cells.length, header.length]),
      );
      return;
    }
    const record: EntryRecord = {};
    const cellProblems: RowProblem[] = [];
    cells.forEach((cell, c) => {
      const column = header[c] as CsvColumn;
      const read = unescapeCell(cell);
      if ('value' in read) record[column] = read.value;
      else {
        cellProblems.push(rowProblem(row, column, 'formula', [clip(cell)]));
      }
    });
    if (!wrongHeader.length) records.push({ row, record, problems: cellProblems });
    else problems.push(...cellProblems);
  });
  return { records, problems };
}
