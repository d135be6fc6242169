// Content script entry: decides cheaply whether there is anything to do, then wires the lens up.
import { hasHan } from '../core/normalize';
import { highlightSupported } from './highlights';
import { Lens, listenForMessages } from './lens';
import { loadSettings, onGlossaryChange, onSettingsChange } from './site-settings';

/** Cheap look for Chinese: the lang attribute, the title, or the first text of the body. No glossary yet. */
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

async function main(): Promise<void> {
  // Marks when the browser ran this script, so tests can tell its work from the browser's own.
  performance.mark('tifa-lens:inject');
  if (!document.body || !highlightSupported()) return;
  const lifetime = new AbortController();
  const lens = new Lens(lifetime.signal);
  // Listening costs nothing; it lets the context menu explain a selection on any page.
  listenForMessages(lens, lifetime.signal);
  if (!looksChinese()) return; // no glossary, no settings, no observer
  onSettingsChange((settings) => void lens.apply(settings), lifetime.signal);
  onGlossaryChange(() => void lens.reloadGlossary(), lifetime.signal);
  await lens.apply(await loadSettings());
}

main().catch((error: unknown) => console.debug('[Tifa Lens] not started:', error));
