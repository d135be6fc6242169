// The popup's messages to its tab and to the background, over the browser's own promise-based API
// (Firefox's `browser`, Chrome's `chrome` in Manifest V3) instead of webextension-polyfill: the popup's
// entry script sends its first requests before the polyfill and the interface have even loaded, so this
// file imports nothing but types.
import type { ToBackground, ToContent } from '../core/protocol';

/** The few calls made here, as both browsers give them (each returns a promise). */
interface NativeApi {
  tabs: {
    query(filter: { active: boolean; currentWindow: boolean }): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown>;
  };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

const api = (): NativeApi =>
  ((globalThis as { browser?: NativeApi }).browser ?? (globalThis as { chrome?: NativeApi }).chrome)!;

/** The tab the popup is about. `?tab=ID` serves when the popup is opened as a page of its own. */
async function activeTabId(): Promise<number | undefined> {
  const fromUrl = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await api().tabs.query({ active: true, currentWindow: true });
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
    return (await api().tabs.sendMessage(tabId, { type, params }, { frameId: 0 })) as ToContent[K]['reply'];
  } catch {
    return null; // no content script in this tab
  }
}

export function ask<K extends keyof ToBackground>(
  type: K,
  params: ToBackground[K]['params'],
): Promise<ToBackground[K]['reply']> {
  return api().runtime.sendMessage({ type, params }) as Promise<ToBackground[K]['reply']>;
}

/** The tab's state, or null when no content script answers (no Chinese text, or a browser page). */
export const listTerms = () => toTab('listTerms', {});

/** The rows of these terms' list entries, from the background (null where there is none). */
export const termRows = (ids: string[]) => ask('termRows', { ids }).catch(() => ids.map(() => null));
