// Content script entry: decides whether there is anything to do, then wires the lens up.
import { hasHan } from '../core/normalize';
import { highlightSupported } from './highlights';
import { Lens, listenForMessages } from './lens';
import { isHostDisabled, onHostSettingChange } from './site-settings';

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

async function main(): Promise<void> {
  if (!document.body || !highlightSupported() || !looksChinese()) return;
  const lens = new Lens();
  listenForMessages(lens, new AbortController().signal);
  const host = location.hostname;
  onHostSettingChange(host, (disabled) => (disabled ? lens.stop() : void lens.start()));
  if (!(await isHostDisabled(host))) await lens.start();
}

main().catch((error: unknown) => console.debug('[Tifa Lens] not started:', error));
