import { reading, wordAt, type Dictionary } from '../core/dictionary';
import type { EvidenceFile } from '../core/evidence';
import { explainTerm } from '../core/explain';
import type { GlossaryEntry } from '../core/glossary-schema';
import { byId } from '../core/glossary-index';
import { dispatch, type Handlers, type TermRowEntry, type ToBackground } from '../core/protocol';
import type { Matcher } from '../core/matcher';
import { encodeAutomaton, type AutomatonWire } from '../core/automaton-wire';
import { normalize } from '../core/normalize';
import { readingOf } from '../core/pinyin';
import { buildSearchIndex, searchGlossary, type SearchIndexRow } from '../core/search';
import { vocabularyIds } from '../core/term-density';
import { DEFAULT_SETTINGS, settingsForHost, type Settings } from '../core/settings';

/** The same dispatch as every context's: the background's map takes the sender as well. */
export { dispatch };

export interface Sender {
  tabId?: number;
  frameId?: number;
  /**
   * The sender is a page of the extension (the card frame, the popup, the options page), not a content
   * script. Explanations and "open the options page" are answered only to such pages: a content script
   * runs beside the page's own scripts and needs neither.
   */
  extensionPage?: boolean;
  /** The host of the sending frame's URL (content scripts). */
  host?: string;
}

/** Per tab, per frame: the entry ids highlighted there. The badge shows the size of their union. */
export class TermsByTab {
  private readonly tabs = new Map<number, Map<number, Set<string>>>();

  update(tabId: number, frameId: number, ids: readonly string[]): number {
    const frames = this.tabs.get(tabId) ?? new Map<number, Set<string>>();
    this.tabs.set(tabId, frames);
    frames.set(frameId, new Set(ids));
    return new Set([...frames.values()].flatMap((s) => [...s])).size;
  }

  /** A tab that starts loading a new page, or closes, starts from nothing. */
  forget(tabId: number): void {
    this.tabs.delete(tabId);
  }
}

export interface BackgroundDeps {
  glossary: readonly GlossaryEntry[];
  /** The glossary's matcher, built once on first use and shared with the context menu. */
  matcher: () => Matcher;
  /**
   * The matcher whose automaton goes to pages: the reader's own forms only when they chose to see them
   * highlighted in pages (a page can read what is highlighted). Defaults to `matcher`.
   */
  pageMatcher?: () => Matcher;
  /** The built-in glossary, for hits on entries the reader replaced (pages match the built-in forms). */
  builtIn?: readonly GlossaryEntry[];
  /** The reader's settings, for content scripts. */
  settings?: () => Settings;
  evidence?: EvidenceFile;
  /** Entries that come from the reader's own glossary, marked as theirs in the tooltip. */
  personalIds?: ReadonlySet<string>;
  termsByTab: TermsByTab;
  openOptions: (add?: string) => Promise<void>;
  setBadge: (tabId: number, text: string) => Promise<void>;
  /** CC-CEDICT, loaded on first use (a few megabytes: no tab pays for it until someone asks). */
  dictionary: () => Promise<Dictionary>;
}

type BackgroundHandlers = Handlers<ToBackground, Sender>;

/**
 * Readings worked out once per entry object: a long page's list asks for two thousand of them each time
 * the popup opens, and pinyin-pro takes tens of milliseconds over that many. Keyed by the object, so an
 * entry the reader edits (a new object) gets its reading afresh.
 */
const readings = new WeakMap<GlossaryEntry, string>();
function cachedReading(entry: GlossaryEntry): string {
  let reading = readings.get(entry);
  if (reading === undefined) readings.set(entry, (reading = readingOf(entry)));
  return reading;
}

/**
 * An entry as the popup gets it: with its reading filled in, so that the popup does not carry the pinyin
 * converter (about 300 KB of script) to show it.
 */
const withReading = (entry: GlossaryEntry): GlossaryEntry =>
  entry.pinyin ? entry : { ...entry, pinyin: cachedReading(entry) };

/** What a row of the popup's list shows of an entry. */
const rowOf = (entry: GlossaryEntry): TermRowEntry => ({
  id: entry.id,
  term: entry.term,
  english: entry.english,
  pinyin: cachedReading(entry),
});

/** The background's handler map, one function per message name. Pure apart from `setBadge`. */
export function createHandlers(deps: BackgroundDeps): BackgroundHandlers {
  const { glossary, matcher, evidence, personalIds, termsByTab, setBadge, openOptions, dictionary } = deps;
  const pageMatcher = deps.pageMatcher ?? matcher;
  const entries = byId(glossary);
  const builtIn = byId(deps.builtIn ?? []);
  /** A built-in entry the reader replaced by one of theirs with the same term: pages still match ours. */
  const takenOver = (id: string) => {
    const ours = builtIn.get(id);
    return ours && glossary.find((e) => e.term === ours.term);
  };
  let automaton: AutomatonWire | undefined;
  /** Built on the first search (pinyin and English of every entry): opening the popup does not wait for it. */
  let searchIndex: SearchIndexRow[] | undefined;
  return {
    automaton: () => (automaton ??= encodeAutomaton(pageMatcher().toData(), vocabularyIds(glossary))),
    lensSettings: (_params, { host }) => settingsForHost(deps.settings?.() ?? DEFAULT_SETTINGS, host ?? ''),
    explain: ({ id, context }, { extensionPage }) => {
      if (!extensionPage) return null;
      const entry = entries.get(id) ?? takenOver(id);
      if (!entry) return null;
      const explained = explainTerm(entry, (rid) => entries.get(rid), context, evidence);
      return personalIds?.has(id) ? { ...explained, personal: true } : explained;
    },
    entries: ({ ids }, { extensionPage }) =>
      extensionPage
        ? ids.map((id) => {
            const entry = entries.get(id) ?? takenOver(id);
            return entry ? withReading(entry) : null;
          })
        : [],
    termRows: ({ ids }, { extensionPage }) =>
      extensionPage
        ? ids.map((id) => {
            const entry = entries.get(id) ?? takenOver(id);
            return entry ? rowOf(entry) : null;
          })
        : [],
    search: ({ query }, { extensionPage }) =>
      extensionPage
        ? searchGlossary((searchIndex ??= buildSearchIndex(glossary)), query).map((hit) => withReading(hit.entry))
        : [],
    openOptions: async ({ add }, { extensionPage }) => {
      if (!extensionPage) return null;
      await openOptions(add);
      return null;
    },
    termsFound: async ({ ids }, { tabId, frameId = 0 }) => {
      if (tabId === undefined) return null;
      const distinct = termsByTab.update(tabId, frameId, ids);
      await setBadge(tabId, distinct > 0 ? String(distinct) : '');
      return null;
    },
    dictionaryReading: async ({ text }) => {
      const normalized = normalize(text).text;
      return reading(await dictionary(), normalized, pageMatcher().findAll(normalized));
    },
    dictionaryWord: async ({ text }) => {
      const normalized = normalize(text).text;
      // A glossary term at the pointer wins over whatever the dictionary says.
      const known = pageMatcher()
        .findAll(normalized)
        .find((m) => m.start === 0);
      if (known) return reading(await dictionary(), normalized.slice(0, known.end), [known])[0] ?? null;
      return wordAt(await dictionary(), normalized) ?? null;
    },
  };
}

/** The entries found in a selection, for the context menu: whole formulas first, as on the page. */
export function entriesInSelection(matcher: Matcher, text: string): string[] {
  return [...new Set(matcher.findAll(normalize(text).text).map((m) => m.id))];
}
