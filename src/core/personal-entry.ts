/**
 * Rules for one personal entry beyond the schema, and its canonical form. The schema
 * (`validateEntry`) is the same as for the built-in glossary; these rules exist because personal
 * entries travel through CSV files and are typed by hand.
 */
import { issue, validateEntry, type GlossaryEntry, type ValidationIssue } from './glossary-schema';
import { matchForm } from './glossary-index';
import { readingOf, toneless } from './pinyin';
import { traditionalToSimplifiedTable } from './t2s';

export { matchForm };

/** The forms an entry is matched by: its term and variants. */
export function formsOf(entry: Pick<GlossaryEntry, 'term' | 'variants'>): string[] {
  return [entry.term, ...entry.variants];
}

/** Traditional characters converted one by one, as pages are converted before matching. */
export function simplified(form: string): string {
  const table = traditionalToSimplifiedTable();
  return Array.from(form, (c) => table.get(c) ?? c).join('');
}

function formIssues(form: string, path: string, issues: ValidationIssue[]): void {
  if (form.includes('|')) {
    issues.push(issue(path, 'pipe'));
  } else if (/^\s|\s$/.test(form)) {
    issues.push(issue(path, 'spaceEdge'));
  } else if (simplified(form) !== form) {
    // Pages are converted to simplified before matching, so a traditional form would never match.
    issues.push(issue(path, 'traditional', [simplified(form)]));
  }
}

/**
 * Schema issues first; the personal rules only once the shape is right, so that each problem is
 * reported once and in the schema's words.
 */
export function entryIssues(value: unknown, path = 'entry'): ValidationIssue[] {
  const issues = validateEntry(value, path);
  if (issues.length) return issues;
  const entry = value as GlossaryEntry;
  formIssues(entry.term, `${path}.term`, issues);
  entry.variants.forEach((v, i) => formIssues(v, `${path}.variants[${i}]`, issues));
  entry.excludes?.forEach((v, i) => formIssues(v, `${path}.excludes[${i}]`, issues));
  return issues;
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function withoutEmpty<T extends object>(value: T | undefined): T | undefined {
  return value && Object.values(value).some((v) => v !== undefined) ? value : undefined;
}

/**
 * A fresh copy in a fixed key order, with empty optional lists and objects left out: a CSV cell
 * cannot tell `related: []` from no `related`, so neither form may be stored for the round trip
 * through export and import to be exact. Everything the import and the editor produce is canonical.
 */
export function canonicalEntry(entry: GlossaryEntry): GlossaryEntry {
  const e = clone(entry);
  const out: GlossaryEntry = {
    id: e.id,
    term: e.term,
    variants: e.variants,
    english: e.english,
    gloss: e.gloss,
    explanation: { en: e.explanation.en, zh: e.explanation.zh },
    category: e.category,
  };
  if (e.pinyin !== undefined) out.pinyin = e.pinyin;
  if (e.scope) {
    out.scope = { level: e.scope.level };
    if (e.scope.place !== undefined) out.scope.place = e.scope.place;
    if (e.scope.placeEn !== undefined) out.scope.placeEn = e.scope.placeEn;
  }
  const period = withoutEmpty(e.period);
  if (period) out.period = period;
  if (e.related?.length) out.related = e.related;
  if (e.excludes?.length) out.excludes = e.excludes;
  if (e.expansion?.length) out.expansion = e.expansion;
  if (e.senses?.length) out.senses = e.senses;
  const source = withoutEmpty(e.source);
  if (source) out.source = source;
  return out;
}

/** JSON with object keys sorted, so two entries compare equal whatever order their keys came in. */
export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((k) => record[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${stableStringify(record[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function sameEntry(a: GlossaryEntry, b: GlossaryEntry): boolean {
  return stableStringify(canonicalEntry(a)) === stableStringify(canonicalEntry(b));
}

/** An id from the term's toneless pinyin, "zhuan-jing-te-xin", or '' when none can be made. */
export function suggestId(term: string): string {
  if (!term.trim()) return '';
  const id = readingOf({ term }).split(/\s+/).map(toneless).filter(Boolean).join('-');
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) ? id : '';
}
