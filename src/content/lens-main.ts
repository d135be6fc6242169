// The lens proper, loaded by the content script's loader (main.ts) only on pages with Chinese text, or
// when the popup or the context menu asks something of a page. Nothing here runs in other tabs.
import { highlightSupported } from './highlights';
import { Lens } from './lens';
import { mark } from './marks';
import { ask } from '../platform/extension-api';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings';
import { BROADCASTS, dispatch, parseToContent, type Handlers, type ToContent } from '../core/protocol';

/** This frame's settings, from the background (content scripts read no storage). */
const loadSettings = (): Promise<Settings> => ask('lensSettings', {}).catch(() => DEFAULT_SETTINGS);

// Where the lens's own cost begins (the loader's mark is 'tifa-lens:inject'); the bench measures from here.
mark('tifa-lens:lens');

/** What the loader asked for while this module loaded; each resolves to undefined when it failed. */
export interface Prefetched {
  settings: Promise<unknown>;
  automaton: Promise<ArrayBuffer | undefined>;
}

/** What the loader calls; set on the content script's global because the loader imports us by URL. */
export interface LensModule {
  /** Annotates the page per the reader's settings (the page has Chinese text). */
  start(early?: Prefetched): Promise<void>;
  /** Answers a message from the popup or the background; undefined when it is not ours. */
  handle(raw: unknown): Promise<unknown> | undefined;
}

const lifetime = new AbortController();
const lens = new Lens(lifetime.signal);
let started = false;

/**
 * Settings changes are applied one after another, and a change already applied is not applied again: the
 * popup's `applySettings` and the background's broadcast of the same change both arrive, and whichever comes
 * second waits for the first and then finds nothing new.
 */
let applying: Promise<void> = Promise.resolve();
let applied = '';
function reapply(how: 'settings' | 'glossary'): Promise<void> {
  applying = applying
    .then(async () => {
      if (!started) return;
      const settings = await loadSettings();
      if (how === 'glossary') await lens.reloadGlossary(settings);
      else if (JSON.stringify(settings) !== applied) await lens.apply(settings);
      applied = JSON.stringify(settings);
    })
    .catch(() => undefined);
  return applying;
}

/** Every message this frame answers, by name; the lens's own, and the three that need the settings. */
const handlers: Handlers<ToContent> = {
  ...lens.handlers,
  // The background's broadcasts carry no data: ask again for what this frame needs.
  settingsChanged: () => reapply('settings').then(() => null),
  glossaryChanged: () => reapply('glossary').then(() => null),
  applySettings: () => reapply('settings').then(() => lens.state()),
};

const api: LensModule = {
  async start(early) {
    if (started || !highlightSupported()) return;
    started = true;
    lens.prefetch(early?.automaton);
    // The loader's request carries the same message as loadSettings(); its reply is the background's.
    const settings = ((await early?.settings) as Settings | undefined) ?? (await loadSettings());
    applied = JSON.stringify(settings);
    await lens.apply(settings);
  },
  handle: (raw) => {
    const message = parseToContent(raw);
    // Unknown or malformed messages get no reply; so do broadcasts before the lens has started.
    if (!message || (!started && BROADCASTS.includes(message.type))) return undefined;
    return dispatch(handlers, message, undefined);
  },
};

(globalThis as { tifaLens?: LensModule }).tifaLens = api;
