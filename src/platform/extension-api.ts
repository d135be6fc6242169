import type { Browser } from 'webextension-polyfill';
import type { ToBackground } from '../core/protocol';

/**
 * The extension API with promises, without webextension-polyfill: Firefox's `browser`, or Chrome's
 * `chrome`, whose Manifest V3 APIs return a promise when no callback is given (storage since Chrome 88,
 * runtime.sendMessage since 99; the manifest asks for 105). The lens runs on every Chinese page, where
 * the polyfill's 10 KB and its start-up cost bought nothing: the lens uses only runtime.sendMessage and
 * storage, which both browsers already promise. The popup's entry script uses it too, to send its first
 * messages before anything else loads. Listeners that answer messages (onMessage) still need the
 * polyfill's wrapping in Chrome, so the background and the popup's interface keep it.
 */
export const ext: Browser = ((globalThis as { browser?: Browser }).browser ??
  (globalThis as { chrome?: Browser }).chrome)!;

/** Typed request to the background; the reply type follows from the message name. */
export function ask<K extends keyof ToBackground>(
  type: K,
  params: ToBackground[K]['params'],
): Promise<ToBackground[K]['reply']> {
  return ext.runtime.sendMessage<unknown, ToBackground[K]['reply']>({ type, params });
}
