import { ext as browser } from '../platform/extension-api';
import type { ToBackground } from '../core/protocol';

/** Typed request to the background; the reply type follows from the message name. */
export function ask<K extends keyof ToBackground>(
  type: K,
  params: ToBackground[K]['params'],
): Promise<ToBackground[K]['reply']> {
  return browser.runtime.sendMessage<unknown, ToBackground[K]['reply']>({ type, params });
}
