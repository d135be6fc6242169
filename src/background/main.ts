// Background entry: serves the glossary and the explanations, keeps the toolbar badge, and tells tabs
// (with no data) when the settings or the reader's glossary change.
import browser from 'webextension-polyfill';
import { parseToBackground } from '../core/protocol';
import { patternsOf } from '../core/glossary-index';
import { Matcher } from '../core/matcher';
import { parseDictionary, type Dictionary } from '../core/dictionary';
import type { EvidenceFile } from '../core/evidence';
import type { GlossaryEntry } from '../core/glossary-schema';
import { mergeGlossaries } from '../core/personal-glossary';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings';
import { loadBuiltInGlossary, loadEvidence } from '../storage/packaged-glossary';
import { loadPersonalGlossary, onPersonalGlossaryChange } from '../storage/personal-glossary-store';
import { loadSettingsSynced, onSettingsSyncedChange } from '../storage/settings-store';
import { createHandlers, dispatch, entriesInSelection, TermsByTab } from './handlers';
import { restrictStorageToExtension } from './storage-access';
import { openOptionsTab } from './options-tab';
import { sendToTab } from './to-tab';

restrictStorageToExtension();

const termsByTab = new TermsByTab();

/** The built-in glossary, read from the package's JSON file (not built into this script). */
let builtInGlossary: readonly GlossaryEntry[] = [];
let evidence: EvidenceFile | undefined;
/** The reader's own entries, kept so that they can be merged again if they arrive before ours. */
let personalEntries: readonly GlossaryEntry[] = [];
/** The built-in glossary with the reader's own entries merged in (theirs extend and override ours). */
let glossary: readonly GlossaryEntry[] = [];
let glossaryMatcher: Matcher | undefined;
const matcher = () => (glossaryMatcher ??= new Matcher(patternsOf(glossary)));
let builtInMatcher: Matcher | undefined;
let personalIds: ReadonlySet<string> = new Set();
/** CC-CEDICT, read from the extension's own files on the first lookup; a failed read is tried again next time. */
let dictionaryLoad: Promise<Dictionary> | undefined;
const dictionary = () =>
  (dictionaryLoad ??= fetch(browser.runtime.getURL('dictionary/cedict.tsv'))
    .then((response) => response.text())
    .then(parseDictionary)
    .catch((error: unknown) => {
      dictionaryLoad = undefined;
      throw error;
    }));
let settings: Settings = DEFAULT_SETTINGS;
/** Pages get the reader's own forms only when the reader chose to see them highlighted in pages. */
const pageMatcher = () =>
  settings.personalInPages || personalIds.size === 0
    ? matcher()
    : (builtInMatcher ??= new Matcher(patternsOf(builtInGlossary)));

const build = () =>
  createHandlers({
    glossary,
    builtIn: builtInGlossary,
    matcher,
    pageMatcher,
    settings: () => settings,
    personalIds,
    evidence,
    termsByTab,
    dictionary,
    openOptions: (add) => openOptionsTab(add),
    setBadge: async (tabId, text) => {
      await browser.action.setBadgeBackgroundColor({ tabId, color: '#c2410c' });
      await browser.action.setBadgeText({ tabId, text });
    },
  });
let handlers = build();

/** Tells every frame of every tab that something changed; the message carries no data. */
function broadcast(type: 'settingsChanged' | 'glossaryChanged'): void {
  void browser.tabs
    .query({})
    .then((tabs) => {
      for (const tab of tabs) {
        if (tab.id !== undefined) sendToTab(tab.id, type, {}).catch(() => undefined);
      }
    })
    .catch(() => undefined);
}

function usePersonal(entries: readonly GlossaryEntry[]): void {
  personalEntries = entries;
  const merged = mergeGlossaries(builtInGlossary, entries);
  glossary = merged.map((s) => s.entry);
  personalIds = new Set(merged.filter((s) => s.origin === 'personal').map((s) => s.entry.id));
  glossaryMatcher = undefined;
  handlers = build();
}

function useSettings(next: Settings): void {
  const automatonChanges = next.personalInPages !== settings.personalInPages;
  settings = next;
  handlers = build(); // the cached automaton may change with personalInPages
  broadcast(automatonChanges ? 'glossaryChanged' : 'settingsChanged');
}

// Messages wait for the reader's glossary and the settings (a damaged or unreadable store leaves the
// built-in glossary in place) and for the built-in glossary (a package file: it cannot be missing from a
// sound install). What a page asks for first, its settings, waits only for the stores. Pages fetch the
// built-in automaton from the package themselves; they ask for one here only with the reader's own forms.
const storesReady = Promise.all([
  loadPersonalGlossary()
    .then(({ entries }) => usePersonal(entries))
    .catch(() => undefined),
  loadSettingsSynced()
    .then((loaded) => (settings = loaded))
    .catch(() => undefined),
]);
const ready = Promise.all([
  storesReady,
  Promise.all([loadBuiltInGlossary(), loadEvidence().catch(() => undefined)]).then(([entries, counts]) => {
    builtInGlossary = entries;
    evidence = counts;
    builtInMatcher = undefined;
    usePersonal(personalEntries);
  }),
]).then(() => (handlers = build()));

const forever = new AbortController().signal;
onPersonalGlossaryChange(({ entries }) => {
  usePersonal(entries);
  broadcast('glossaryChanged');
}, forever);
onSettingsSyncedChange(useSettings, forever);

const EXTENSION_PAGE = /^(chrome|moz)-extension:/;
const hostOf = (url: string | undefined) => {
  try {
    return url ? new URL(url).hostname : undefined;
  } catch {
    return undefined;
  }
};

browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => {
  // Only our own pages and content scripts can reach this listener; still, check every message.
  const message = parseToBackground(raw);
  if (!message) return undefined;
  const from = {
    tabId: sender.tab?.id,
    frameId: sender.frameId,
    extensionPage: sender.id === browser.runtime.id && EXTENSION_PAGE.test(sender.url ?? ''),
    host: hostOf(sender.url),
  };
  const answer = () => ready.then(() => dispatch(handlers, message, from));
  if (message.type === 'lensSettings') return storesReady.then(() => dispatch(handlers, message, from));
  return answer();
});

/** Keyboard commands act on the active tab's top frame. */
browser.commands.onCommand.addListener((command: string) => {
  const send = (tabId: number): Promise<unknown> | undefined =>
    command === 'toggle-annotation'
      ? sendToTab(tabId, 'toggle', {}, 0)
      : command === 'next-term' || command === 'previous-term'
        ? sendToTab(tabId, 'step', { by: command === 'next-term' ? 1 : -1 }, 0)
        : undefined;
  void browser.tabs
    .query({ active: true, currentWindow: true })
    .then(([tab]) => (tab?.id === undefined ? undefined : send(tab.id)))
    .catch(() => undefined); // no content script on this tab (a browser page, or no Chinese text)
});

browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading') termsByTab.forget(tabId);
});
browser.tabs.onRemoved.addListener((tabId) => termsByTab.forget(tabId));

// Context menu on a selection: explain it in place, or add it to the reader's glossary.
browser.runtime.onInstalled.addListener(() => {
  // Titles follow the browser's language through _locales (written from src/i18n at build).
  browser.contextMenus.create({
    id: 'explain',
    title: browser.i18n.getMessage('menuExplain'),
    contexts: ['selection'],
  });
  browser.contextMenus.create({ id: 'add', title: browser.i18n.getMessage('menuAdd'), contexts: ['selection'] });
});
browser.contextMenus.onClicked.addListener((info, tab) => {
  const text = (info.selectionText ?? '').trim().slice(0, 200);
  if (!text) return;
  if (info.menuItemId === 'add') {
    void openOptionsTab(text);
    return;
  }
  if (info.menuItemId !== 'explain' || tab?.id === undefined) return;
  const tabId = tab.id;
  void ready
    .then(() => {
      const ids = entriesInSelection(matcher(), text);
      return sendToTab(tabId, 'explainSelection', { text, ids }, info.frameId ?? 0);
    })
    .catch(() => undefined); // a page no content script can reach (browser pages, the store)
});
