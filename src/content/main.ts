// Content script entry, in every tab: a few hundred bytes that decide whether the page needs the lens.
// The lens (lens-main.js, with the matcher, tables, tooltip and polyfill) is imported only when the page
// has Chinese text or the popup or the context menu asks something of this page.
import { hasHan } from '../core/han';
import { BROADCASTS, isToContentType } from '../core/protocol';
import type { LensModule, Prefetched } from './lens-main';
import { fetchPackagedAutomaton } from './packaged-automaton';

// Timing marks are visible to the page; only a build for the bench and the tests has them.
if (__TIFA_MARKS__) performance.mark('tifa-lens:inject');

interface Runtime {
  getURL(path: string): string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: {
    addListener(
      listener: (message: unknown, sender: unknown, respond: (reply: unknown) => void) => boolean | undefined,
    ): void;
  };
}
const runtime = ((globalThis as { browser?: { runtime: Runtime } }).browser ??
  (globalThis as { chrome?: { runtime: Runtime } }).chrome)!.runtime;

let lens: Promise<LensModule> | undefined;
function loadLens(): Promise<LensModule> {
  lens ??= import(/* @vite-ignore */ runtime.getURL('src/content/lens-main.js')).then(
    () => (globalThis as { tifaLens?: LensModule }).tifaLens!,
  );
  return lens;
}

/** Cheap look for Chinese: the lang attribute, the title, or the first text of the body. */
function looksChinese(): boolean {
  if (/^zh\b/i.test(document.documentElement.lang)) return true;
  if (hasHan(document.title)) return true;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let budget = 4000;
  for (let n = walker.nextNode(); n && budget > 0; n = walker.nextNode()) {
    const data = (n as Text).data;
    if (hasHan(data)) return true;
    budget -= data.length;
  }
  return false;
}

// One listener for the page's lifetime; it loads the lens on the first message that is ours.
runtime.onMessage.addListener((message, _sender, respond) => {
  const type = (message as { type?: unknown } | null)?.type;
  if (!isToContentType(type)) return undefined;
  // A change broadcast concerns only a lens that is already running; it never loads one.
  if (BROADCASTS.includes(type as string) && !lens) return undefined;
  loadLens()
    .then((module) => module.handle(message))
    .then(respond, () => respond(undefined));
  return true; // the reply comes asynchronously
});

/** What the lens needs first, asked for while its module loads: its settings and the built-in automaton. */
function prefetch(): Prefetched {
  return {
    settings: runtime.sendMessage({ type: 'lensSettings', params: {} }).catch(() => undefined),
    automaton: fetchPackagedAutomaton((path) => runtime.getURL(path)),
  };
}

if (document.body && looksChinese()) {
  const early = prefetch();
  loadLens()
    .then((module) => module.start(early))
    .catch((error: unknown) => console.debug('[Tifa Lens] not started:', error));
}
