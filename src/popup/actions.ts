import browser from 'webextension-polyfill';
import type { GlossaryEntry } from '../core/glossary-schema';
import type { ExplainContext, ExplainedTerm, PageState } from '../core/protocol';
import { withSiteChoice, type Mode, type SiteChoice } from '../core/settings';
import { loadSettings, saveSettings } from '../storage/site-settings';
import { ask, listTerms, termRows, toTab } from './messaging';
import type { ListSource } from './term-list';

export type { PageState };

/** Everything the popup does to the outside world, so the view can be tested with a double. */
export interface PopupActions extends ListSource {
  reveal: (id: string) => Promise<void>;
  annotateNow: () => Promise<PageState | null>;
  /** Saves the choice; the tab applies it at once and answers with its new state (null: no answer). */
  setSiteChoice: (host: string, choice: SiteChoice) => Promise<PageState | null>;
  setMode: (mode: Mode) => Promise<PageState | null>;
  /** The term's card, resolved by the background as the tooltip's is. */
  explain: (id: string, context: ExplainContext) => Promise<ExplainedTerm | null>;
  /** Scrolls the page to a flagged phrase the glossary lacks. */
  revealUnexplained: (text: string) => Promise<void>;
  /** Opens the options page; `add` fills in the add form, `glossary` goes to the personal glossary. */
  openOptions: (to?: { add?: string; glossary?: boolean }) => Promise<void>;
  /**
   * The whole entries with these ids (null where none), for exports, from the background, which holds the
   * glossary with the reader's own entries merged in: the popup ships no glossary of its own. Readings
   * come filled in. The list's rows ask for less (`termRows`).
   */
  entries: (ids: string[]) => Promise<(GlossaryEntry | null)[]>;
  /** The glossary searched by the background, best first. */
  search: (query: string) => Promise<GlossaryEntry[]>;
  /** Firefox lets readers withhold host access; false means the content script cannot run. */
  hasHostAccess: () => Promise<boolean>;
  requestHostAccess: () => Promise<boolean>;
}

const ORIGINS = ['http://*/*', 'https://*/*'];

export const browserActions: PopupActions = {
  explain: (id, context) => ask('explain', { id, context }).catch(() => null),
  revealUnexplained: async (text) => {
    await toTab('revealUnexplained', { text });
  },
  openOptions: async (to = {}) => {
    if (to.glossary) {
      await browser.tabs.create({ url: `${browser.runtime.getURL('src/options/index.html')}#glossary-heading` });
    } else if (to.add !== undefined) {
      await ask('openOptions', { add: to.add });
    } else {
      await browser.runtime.openOptionsPage();
    }
    window.close();
  },
  entries: (ids) => ask('entries', { ids }).catch(() => ids.map(() => null)),
  termRows,
  search: (query) => ask('search', { query }).catch(() => []),
  listTerms,
  reveal: async (id) => {
    await toTab('reveal', { id });
  },
  annotateNow: () => toTab('annotateNow', {}),
  setSiteChoice: async (host, choice) => {
    await saveSettings(withSiteChoice(await loadSettings(), host, choice));
    return toTab('applySettings', {});
  },
  setMode: async (mode) => {
    await saveSettings({ ...(await loadSettings()), mode });
    return toTab('applySettings', {});
  },
  hasHostAccess: async () => {
    if (!browser.runtime.getURL('').startsWith('moz-extension:')) return true;
    return browser.permissions.contains({ origins: ORIGINS });
  },
  requestHostAccess: () => browser.permissions.request({ origins: ORIGINS }),
};
