// The background's messages to tabs, typed by the protocol like every other message: the name decides the
// params and the reply (src/core/protocol.ts, ToContent).
import browser from 'webextension-polyfill';
import type { ToContent } from '../core/protocol';

/** Sends `type` to the tab's content scripts: every frame, or only `frameId` (0 is the top frame). */
export function sendToTab<K extends keyof ToContent>(
  tabId: number,
  type: K,
  params: ToContent[K]['params'],
  frameId?: number,
): Promise<ToContent[K]['reply']> {
  const message = { type, params };
  return frameId === undefined
    ? browser.tabs.sendMessage<unknown, ToContent[K]['reply']>(tabId, message)
    : browser.tabs.sendMessage<unknown, ToContent[K]['reply']>(tabId, message, { frameId });
}
