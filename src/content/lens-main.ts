// The lens proper, loaded by the content script's loader (main.ts) only on pages with Chinese text, or
// when the popup or the context menu asks something of a page. Nothing here runs in other tabs.
import { highlightSupported } from './highlights';
import { Lens } from './lens';
import { mark } from './marks';
import { ask } from './messaging';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings';

/** This frame's settings, from the background (content scripts read no storage). */
const loadSettings = (): Promise<Settings> => ask('lensSettings', {}).catch(() => DEFAULT_SETTINGS);

// Where the lens's own cost begins (the loader's mark is 'tifa-lens:inject'); the bench measures from here.
mark('tifa-lens:lens');

/** What the loader calls; set on the content script's global because the loader imports us by URL. */
export interface LensModule {
  /** Annotates the page per the reader's settings (the page has Chinese text). */
  start(): Promise<void>;
  /** Answers a message from the popup or the background; undefined when it is not ours. */
  handle(raw: unknown): Promise<unknown> | undefined;
}

const lifetime = new AbortController();
const lens = new Lens(lifetime.signal);
let started = false;

const api: LensModule = {
  async start() {
    if (started || !highlightSupported()) return;
    started = true;
    lens.prefetch();
    await lens.apply(await loadSettings());
  },
  handle: (raw) => {
    const type = (raw as { type?: unknown } | null)?.type;
    // The background's broadcasts carry no data: ask again for what this frame needs.
    if (type === 'settingsChanged')
      return started
        ? loadSettings()
            .then((s) => lens.apply(s))
            .then(() => null)
        : undefined;
    if (type === 'glossaryChanged') {
      return started
        ? loadSettings()
            .then((s) => lens.reloadGlossary(s))
            .then(() => null)
        : undefined;
    }
    return lens.handle(raw);
  },
};

(globalThis as { tifaLens?: LensModule }).tifaLens = api;
