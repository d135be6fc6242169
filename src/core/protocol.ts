import type { GlossaryEntry } from './glossary-schema';
import type { PageVerdict } from './classify';
import type { SenseReason } from './senses';
import type { ReadingWord } from './dictionary';
import type { AutomatonWire } from './automaton-wire';
import type { DecisionCode, Mode, Settings, SiteChoice } from './settings';

/** What the tooltip shows for one term, resolved for its context by the background. */
export interface ExplainedTerm extends Pick<
  GlossaryEntry,
  'id' | 'term' | 'english' | 'gloss' | 'explanation' | 'category' | 'expansion' | 'scope' | 'period' | 'source'
> {
  pinyin: string;
  related: { id: string; term: string; english: string }[];
  /** The reader's own entry, not ours. */
  personal?: boolean;
  /** Mentions in the official reports in our collection, for the salience strip. */
  evidence?: TermEvidence;
  /**
   * Present when the term has several senses: the one chosen here, and why. `label` is English;
   * `labelZh` is the first clause of the sense's Chinese explanation, for the Chinese interfaces.
   */
  sense?: { label: string; labelZh: string; reasons: SenseReason[]; others: number };
}

/** Per-report counts over every report in the collection (zeros included), oldest first. */
export interface TermEvidence {
  gwr: [year: number, count: number][];
  congress: [ordinal: number, count: number][];
}

/**
 * What a row of the popup's term list shows of an entry: its headword, reading and English name. The
 * popup asks for these rather than whole entries, so that a long page's list costs the background, the
 * message and the popup a few bytes a row; a row's card and the exports ask for the rest.
 */
export type TermRowEntry = Pick<GlossaryEntry, 'id' | 'term' | 'english'> & { pinyin: string };

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
  /** The glossary's automaton, built once in the background: a tab loads it instead of building it. */
  automaton: { params: Record<string, never>; reply: AutomatonWire };
  explain: { params: { id: string; context: ExplainContext }; reply: ExplainedTerm | null };
  // The popup holds no glossary of its own: it asks for the entries it shows (the built-in glossary with
  // the reader's own entries merged in, as the background holds it).
  /**
   * The entry for each id (null where there is none), for the page's term list and its exports. A
   * built-in entry the reader replaced under another id answers with the reader's entry. Every entry
   * comes with its reading in `pinyin`.
   */
  entries: { params: { ids: string[] }; reply: (GlossaryEntry | null)[] };
  /** As `entries`, cut down to what a row of the popup's list shows (the popup's first paint waits for it). */
  termRows: { params: { ids: string[] }; reply: (TermRowEntry | null)[] };
  /** The glossary searched by Chinese, toneless pinyin or English, best first (src/core/search.ts); readings filled in. */
  search: { params: { query: string }; reply: GlossaryEntry[] };
  /** Opens the options page, with the add form filled in when `add` is given. */
  openOptions: { params: { add?: string }; reply: null };
  /** The entry ids a frame has highlighted; the badge counts the union over a tab's frames. */
  termsFound: { params: { ids: string[] }; reply: null };
  // The general dictionary (CC-CEDICT), loaded in the background on first use. Glossary entries win:
  // a word the glossary covers comes back with its `glossaryId`.
  /** A word-by-word reading of `text` (at most 200 characters): pinyin and short glosses. */
  dictionaryReading: { params: { text: string }; reply: ReadingWord[] };
  /** The longest word at the start of `text` (the hover lookup), or null where the dictionary has none. */
  dictionaryWord: { params: { text: string }; reply: ReadingWord | null };
  /** The settings a content script needs, with the site lists cut down to the asking frame's host. */
  lensSettings: { params: Record<string, never>; reply: Settings };
}

/** What the popup shows about the tab: the classifier's verdict, what was decided, and the terms. */
export interface PageState {
  host: string;
  url: string;
  title: string;
  verdict: PageVerdict;
  annotating: boolean;
  because: DecisionCode;
  mode: Mode;
  site: SiteChoice;
  terms: PageTerm[];
  /** Formula-like text the glossary lacks (quoted short phrases, numbered formulas), with counts. */
  unexplained: { text: string; count: number }[];
}

export interface ToContent {
  listTerms: { params: Record<string, never>; reply: PageState };
  reveal: { params: { id: string }; reply: boolean };
  /** The popup's unexplained item: scroll to the first place the phrase is flagged and flash it. */
  revealUnexplained: { params: { text: string }; reply: boolean };
  /** "Annotate this page" from the popup: once, whatever the mode says. */
  annotateNow: { params: Record<string, never>; reply: PageState };
  /** The keyboard command: annotation on or off for this tab, whatever the mode says. */
  toggle: { params: Record<string, never>; reply: PageState };
  /** Keyboard: move to the next or previous term and show its tooltip. */
  step: { params: { by: number }; reply: boolean };
  /** The context menu's "Explain with Tifa Lens": the selected text and the entries found in it. */
  explainSelection: { params: { text: string; ids: string[] }; reply: boolean };
  /** Broadcast with no data when the settings change: the lens asks for its settings again. */
  settingsChanged: { params: Record<string, never>; reply: null };
  /**
   * The popup saved the mode or a site choice: the lens applies the settings now (once, however many
   * `settingsChanged` broadcasts the same change also brings) and answers with the page's new state.
   */
  applySettings: { params: Record<string, never>; reply: PageState };
  /** Broadcast with no data when the reader's glossary changes: the lens asks for the automaton again. */
  glossaryChanged: { params: Record<string, never>; reply: null };
}

/** Broadcasts that concern only a lens already running: they never load one. */
export const BROADCASTS: readonly string[] = ['settingsChanged', 'glossaryChanged'];

/**
 * The handlers of one context, by message name: each takes its params (and, for the background, who sent
 * the message) and gives its reply. The background's and the content script's maps both have this type.
 */
export type Handlers<P extends { [K in keyof P]: { params: unknown; reply: unknown } }, Sender = void> = {
  [K in keyof P]: (params: P[K]['params'], sender: Sender) => P[K]['reply'] | Promise<P[K]['reply']>;
};

/** Calls the handler the message names with its params; the reply is the handler's. */
export function dispatch<P extends { [K in keyof P]: { params: unknown; reply: unknown } }, Sender>(
  handlers: Handlers<P, Sender>,
  message: MessageOf<P>,
  sender: Sender,
): Promise<unknown> {
  const handler = handlers[message.type];
  return Promise.resolve(handler(message.params, sender));
}

export type MessageOf<P> = {
  [K in keyof P]: { type: K; params: P[K] extends { params: infer X } ? X : never };
}[keyof P];

type Shape = Record<string, 'string' | 'number' | 'object' | 'number?'>;

const BACKGROUND_SHAPES: Record<keyof ToBackground, Shape> = {
  automaton: {},
  explain: { id: 'string', context: 'object' },
  entries: { ids: 'object' },
  termRows: { ids: 'object' },
  search: { query: 'string' },
  termsFound: { ids: 'object' },
  openOptions: {},
  dictionaryReading: { text: 'string' },
  dictionaryWord: { text: 'string' },
  lensSettings: {},
};

const CONTENT_SHAPES: Record<keyof ToContent, Shape> = {
  listTerms: {},
  reveal: { id: 'string' },
  revealUnexplained: { text: 'string' },
  annotateNow: {},
  toggle: {},
  step: { by: 'number' },
  explainSelection: { text: 'string', ids: 'object' },
  settingsChanged: {},
  applySettings: {},
  glossaryChanged: {},
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
  if (
    (type === 'termsFound' || type === 'explainSelection' || type === 'entries' || type === 'termRows') &&
    !isIdList((params as { ids: unknown }).ids)
  ) {
    return undefined;
  }
  if (type === 'openOptions' && !isOptionalText((params as { add?: unknown }).add)) return undefined;
  if (type === 'search' && !isOptionalText((params as { query: string }).query)) return undefined;
  if (
    (type === 'dictionaryReading' || type === 'dictionaryWord') &&
    !isOptionalText((params as { text: string }).text)
  ) {
    return undefined;
  }
  return raw as MessageOf<P>;
}

function isOptionalText(value: unknown): boolean {
  return value === undefined || (typeof value === 'string' && value.length <= 200);
}

function isIdList(value: unknown): value is string[] {
  return (
    Array.isArray(value) && value.length <= 10000 && value.every((id) => typeof id === 'string' && id.length < 100)
  );
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

/** Whether `type` names a message content scripts answer: the loader's cheap test before it imports the lens. */
export const isToContentType = (type: unknown): boolean =>
  typeof type === 'string' && Object.hasOwn(CONTENT_SHAPES, type);

/** Runtime checks for messages arriving from another context. Unknown or malformed → undefined. */
export const parseToBackground = (raw: unknown) => parse<ToBackground>(BACKGROUND_SHAPES, raw);
export const parseToContent = (raw: unknown) => parse<ToContent>(CONTENT_SHAPES, raw);
