/**
 * The glossary inventory (src/glossary/inventory/*.jsonl): every candidate term, where it came from, and
 * a triage decision. Rows for one term may sit in several files (the corpus extraction, a writer's triage of
 * it, an official term list); `mergeInventory` joins them by normalised term. Used by the coverage script
 * and the inventory test, never by the extension.
 */
import type { GlossaryEntry } from './glossary-schema';
import { matchForm } from './glossary-index';
import type { Matcher } from './matcher';

/** `local-pages`: seen in a sample of real local reports (the sample's pages are listed in local-samples/). */
export const SOURCE_KINDS = ['termlist', 'recent', 'corpus', 'local-pages'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const DECISIONS = ['entry', 'covered', 'not-term'] as const;
export type Decision = (typeof DECISIONS)[number];

/** The reasons the writers' brief names; `validateInventoryRow` accepts any one lowercase word. */
export const NOT_TERM_REASONS = ['generic', 'fragment', 'name', 'place', 'person', 'number', 'phrase', 'duplicate'];

export interface InventorySource {
  kind: SourceKind;
  /** termlist: the list's name, address, year and the official English rendering. */
  list?: string;
  url?: string;
  year?: number;
  english?: string;
  /** termlist: why the entry keeps its own English instead of this rendering (a newer official one, a clause). */
  kept?: string;
  /** recent: the meeting or document of 2023–2026. */
  note?: string;
  /** corpus: how it was extracted, how often and where. */
  how?: string;
  mentions?: number;
  docs?: string[];
  /** local-pages: in how many pages of the sample, and up to three of them. */
  pages?: number;
  urls?: string[];
}

export interface InventoryRow {
  term: string;
  sources?: InventorySource[];
  decision?: Decision;
  /** decision `entry`: the id that explains the term. */
  entry?: string;
  /** decision `covered`: the entry that explains it under another form or inside a longer formula. */
  by?: string;
  /** decision `not-term`: one word. */
  reason?: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ONE_WORD = /^[a-z]+$/;
const HAN = /\p{Script=Han}/u;

const SOURCE_FIELDS: Record<SourceKind, string[]> = {
  termlist: ['kind', 'list', 'url', 'year', 'english', 'kept'],
  recent: ['kind', 'note', 'url'],
  corpus: ['kind', 'how', 'mentions', 'docs'],
  'local-pages': ['kind', 'pages', 'urls', 'note'],
};

function sourceProblems(s: unknown, path: string): string[] {
  if (!isRecord(s)) return [`${path}: must be an object`];
  if (!SOURCE_KINDS.includes(s.kind as SourceKind)) return [`${path}.kind: must be one of ${SOURCE_KINDS.join(', ')}`];
  const kind = s.kind as SourceKind;
  const problems = Object.keys(s)
    .filter((k) => !SOURCE_FIELDS[kind].includes(k))
    .map((k) => `${path}.${k}: not a field of a ${kind} source`);
  if (kind === 'termlist') {
    if (!isText(s.list) && !isText(s.url)) problems.push(`${path}: a termlist source needs list or url`);
    if (s.english !== undefined && !isText(s.english)) problems.push(`${path}.english: must be a non-empty string`);
  }
  if (kind === 'recent' && !isText(s.note)) problems.push(`${path}.note: required for a recent source`);
  if (s.year !== undefined && !(Number.isInteger(s.year) && (s.year as number) >= 1900 && (s.year as number) <= 2100))
    problems.push(`${path}.year: must be a year`);
  for (const k of ['list', 'url', 'note', 'how'])
    if (s[k] !== undefined && !isText(s[k])) problems.push(`${path}.${k}: must be a non-empty string`);
  return problems;
}

/** What is wrong with one parsed row; empty when it has the right shape. */
export function validateInventoryRow(row: unknown, path = 'row'): string[] {
  if (!isRecord(row)) return [`${path}: must be an object`];
  const problems: string[] = [];
  const known = ['term', 'sources', 'decision', 'entry', 'by', 'reason'];
  for (const k of Object.keys(row)) if (!known.includes(k)) problems.push(`${path}.${k}: not a known field`);
  if (!isText(row.term) || !HAN.test(row.term)) problems.push(`${path}.term: must be Chinese text`);
  if (row.sources !== undefined) {
    if (!Array.isArray(row.sources)) problems.push(`${path}.sources: must be an array`);
    else row.sources.forEach((s, i) => problems.push(...sourceProblems(s, `${path}.sources[${i}]`)));
  }
  const d = row.decision;
  if (d === undefined) {
    if (row.entry !== undefined || row.by !== undefined || row.reason !== undefined)
      problems.push(`${path}: entry, by and reason need a decision`);
    if (row.sources === undefined) problems.push(`${path}: a row needs sources or a decision`);
    return problems;
  }
  if (!DECISIONS.includes(d as Decision))
    return [...problems, `${path}.decision: must be one of ${DECISIONS.join(', ')}`];
  const decision = d as Decision;
  const needs = { entry: 'entry', covered: 'by', 'not-term': 'reason' }[decision];
  for (const k of ['entry', 'by', 'reason'])
    if (k !== needs && row[k] !== undefined) problems.push(`${path}.${k}: does not go with decision ${decision}`);
  const value = row[needs];
  if (needs === 'reason') {
    if (typeof value !== 'string' || !ONE_WORD.test(value))
      problems.push(`${path}.reason: must be one lowercase word (${NOT_TERM_REASONS.join(', ')})`);
  } else if (typeof value !== 'string' || !ID.test(value)) {
    problems.push(`${path}.${needs}: must be an entry id`);
  }
  return problems;
}

/**
 * A decision as one comparable key: two rows conflict when their keys differ. `entry` and `covered` naming the
 * same id agree (both say that entry explains the term); naming different ids, or one saying `not-term`, do not.
 */
export function decisionKey(row: InventoryRow): string | undefined {
  if (row.decision === 'entry') return `explained by ${row.entry}`;
  if (row.decision === 'covered') return `explained by ${row.by}`;
  if (row.decision === 'not-term') return 'not-term';
  return undefined;
}

/** One term after merging every row that names it. */
export interface MergedTerm {
  /** The normalised form (simplified, quotes and widths folded). */
  term: string;
  sources: InventorySource[];
  /** Every decision given, first one first, without repeats (compared by `decisionKey`). */
  decisions: InventoryRow[];
  /** Where the rows came from, `file:line`. */
  origins: string[];
}

/** A term as the inventory compares it: the matcher's form, without quotation marks or spaces. */
export function inventoryKey(term: string): string {
  return matchForm(term).replace(/["'\s]/g, '');
}

/** Joins rows by normalised term: the union of their sources and of their decisions. */
export function mergeInventory(rows: readonly { row: InventoryRow; origin: string }[]): Map<string, MergedTerm> {
  const merged = new Map<string, MergedTerm>();
  for (const { row, origin } of rows) {
    const term = inventoryKey(row.term);
    let m = merged.get(term);
    if (!m) merged.set(term, (m = { term, sources: [], decisions: [], origins: [] }));
    m.origins.push(origin);
    for (const s of row.sources ?? []) {
      const key = JSON.stringify(s);
      if (!m.sources.some((t) => JSON.stringify(t) === key)) m.sources.push(s);
    }
    const key = decisionKey(row);
    if (key && !m.decisions.some((d) => decisionKey(d) === key)) m.decisions.push(row);
  }
  return merged;
}

/** Terms given two different decisions (entry a and entry b, entry and not-term …). */
export function conflicts(merged: Map<string, MergedTerm>): MergedTerm[] {
  return [...merged.values()].filter((m) => m.decisions.length > 1);
}

export type Triage =
  | { how: 'decided'; decision: Decision; id?: string }
  | { how: 'auto-entry'; decision: 'entry'; id: string }
  | { how: 'auto-covered'; decision: 'covered'; id: string }
  | { how: 'untriaged' };

/**
 * A term's triage: its own (first) decision, or one read off the glossary when it has none. The glossary
 * has the term as a form → `entry`; the matcher lights the whole term with one entry's forms → `covered`.
 */
export function triage(m: MergedTerm, formOwner: ReadonlyMap<string, string>, matcher: Matcher): Triage {
  const d = m.decisions[0];
  if (d?.decision) return { how: 'decided', decision: d.decision, id: d.entry ?? d.by };
  const owner = formOwner.get(m.term);
  if (owner) return { how: 'auto-entry', decision: 'entry', id: owner };
  const id = wholeTermBy(m.term, matcher);
  return id ? { how: 'auto-covered', decision: 'covered', id } : { how: 'untriaged' };
}

/** The entry whose matches cover every character of `term` (六稳…六稳 is one entry twice), or undefined. */
export function wholeTermBy(term: string, matcher: Matcher): string | undefined {
  const hits = matcher.findAll(term);
  if (!hits.length || hits.some((h) => h.id !== hits[0]!.id)) return undefined;
  let end = 0;
  for (const h of hits) {
    if (h.start !== end) return undefined;
    end = h.end;
  }
  return end === term.length ? hits[0]!.id : undefined;
}

/** Each normalised surface form → the id of its entry. */
export function formOwners(entries: readonly GlossaryEntry[]): Map<string, string> {
  const owners = new Map<string, string>();
  for (const e of entries) for (const f of [e.term, ...e.variants]) owners.set(matchForm(f), e.id);
  return owners;
}

/**
 * English renderings compared loosely: case, spaces, hyphens, quotes, brackets, a leading article and British
 * -ise spellings do not count.
 */
export function sameEnglish(a: string, b: string): boolean {
  const fold = (s: string) =>
    s
      .toLowerCase()
      .replace(/[‘’“”"'`()]/g, '')
      .replace(/is(ation|e|ed|ing)\b/g, 'iz$1')
      .replace(/[-–—\s]+/g, ' ')
      .replace(/^(the|a|an) /, '')
      .replace(/[.,;:]+$/, '')
      .trim();
  return fold(a) === fold(b);
}
