import type { Bilingual, Category, ExpansionItem, Period, Scope, Source } from './glossary-schema';
import type { Pattern } from './matcher';

/** What the tooltip shows for one term, resolved for its context by the background. */
export interface ExplainedTerm {
  id: string;
  term: string;
  pinyin: string;
  english: string;
  gloss: string;
  explanation: Bilingual;
  category: Category;
  expansion?: ExpansionItem[];
  scope?: Scope;
  period?: Period;
  source?: Source;
  related: { id: string; term: string; english: string }[];
  /** Mentions in the official reports in our collection, for the salience strip. */
  evidence?: TermEvidence;
  /** Present when the term has several senses: the one chosen here, and why. */
  sense?: { label: string; reasons: string[]; others: number };
}

/** Per-report counts over every report in the collection (zeros included), oldest first. */
export interface TermEvidence {
  gwr: [year: number, count: number][];
  congress: [ordinal: number, count: number][];
}

export interface PageTerm {
  id: string;
  /** The form as first written on the page (may be traditional). */
  surface: string;
  count: number;
}

export interface ExplainContext {
  near: string;
  page: string;
  year?: number;
}

/**
 * One protocol: each message name maps to its params and its reply.
 * `ToBackground` is handled in src/background; `ToContent` in src/content.
 */
export interface ToBackground {
  patterns: { params: Record<string, never>; reply: Pattern[] };
  explain: { params: { id: string; context: ExplainContext }; reply: ExplainedTerm | null };
  termsFound: { params: { distinct: number }; reply: null };
}

export interface ToContent {
  listTerms: { params: Record<string, never>; reply: { host: string; enabled: boolean; terms: PageTerm[] } };
  reveal: { params: { id: string }; reply: boolean };
}

export type MessageOf<P> = {
  [K in keyof P]: { type: K; params: P[K] extends { params: infer X } ? X : never };
}[keyof P];

type Shape = Record<string, 'string' | 'number' | 'object' | 'number?'>;

const BACKGROUND_SHAPES: Record<keyof ToBackground, Shape> = {
  patterns: {},
  explain: { id: 'string', context: 'object' },
  termsFound: { distinct: 'number' },
};

const CONTENT_SHAPES: Record<keyof ToContent, Shape> = {
  listTerms: {},
  reveal: { id: 'string' },
};

function matchesShape(params: unknown, shape: Shape): boolean {
  if (typeof params !== 'object' || params === null || Array.isArray(params)) return false;
  const record = params as Record<string, unknown>;
  return Object.entries(shape).every(([key, kind]) => {
    const value = record[key];
    if (kind === 'number?') return value === undefined || typeof value === 'number';
    return kind === 'object' ? typeof value === 'object' && value !== null : typeof value === kind;
  });
}

function parse<P>(shapes: Record<string, Shape>, raw: unknown): MessageOf<P> | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { type, params } = raw as { type?: unknown; params?: unknown };
  if (typeof type !== 'string' || !Object.hasOwn(shapes, type)) return undefined;
  if (!matchesShape(params, shapes[type]!)) return undefined;
  if (type === 'explain' && !isExplainContext((params as { context: unknown }).context)) return undefined;
  return raw as MessageOf<P>;
}

function isExplainContext(value: unknown): value is ExplainContext {
  const c = value as Record<string, unknown>;
  return (
    typeof c.near === 'string' &&
    typeof c.page === 'string' &&
    c.near.length <= 4000 &&
    c.page.length <= 20000 &&
    (c.year === undefined || typeof c.year === 'number')
  );
}

/** Runtime checks for messages arriving from another context. Unknown or malformed → undefined. */
export const parseToBackground = (raw: unknown) => parse<ToBackground>(BACKGROUND_SHAPES, raw);
export const parseToContent = (raw: unknown) => parse<ToContent>(CONTENT_SHAPES, raw);
