// The popup's messages to its tab and to the background, over the browser's own promise-based API
// (src/platform/extension-api.ts) instead of webextension-polyfill: the popup's entry script sends its
// first requests before the polyfill and the interface have even loaded.
import type { ToContent } from '../core/protocol';
import { ask, ext } from '../platform/extension-api';

export { ask };

/** The tab the popup is about. `?tab=ID` serves when the popup is opened as a page of its own. */
async function activeTabId(): Promise<number | undefined> {
  const fromUrl = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await ext.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** Asks the tab's top frame; iframes annotate themselves but the popup speaks for the page. */
export async function toTab<K extends keyof ToContent>(
  type: K,
  params: ToContent[K]['params'],
): Promise<ToContent[K]['reply'] | null> {
  const tabId = await activeTabId();
  if (tabId === undefined) return null;
  try {
    return await ext.tabs.sendMessage<unknown, ToContent[K]['reply']>(tabId, { type, params }, { frameId: 0 });
  } catch {
    return null; // no content script in this tab
  }
}

/** The tab's state, or null when no content script answers (no Chinese text, or a browser page). */
export const listTerms = () => toTab('listTerms', {});

/** The rows of these terms' list entries, from the background (null where there is none). */
export const termRows = (ids: string[]) => ask('termRows', { ids }).catch(() => ids.map(() => null));
