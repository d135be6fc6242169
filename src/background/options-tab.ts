// "Add to my glossary" reuses an options tab that is already open: a second tab would hold a second,
// stale copy of the glossary. The open tab is told the term by message and opens its add form.
import browser from 'webextension-polyfill';

export const OPTIONS_PATH = 'src/options/index.html';

interface ContextInfo {
  tabId: number;
  windowId: number;
  documentUrl?: string;
}
type GetContexts = (filter: { contextTypes: string[] }) => Promise<ContextInfo[]>;

/** The tab showing the options page, if one is open. */
async function openOptionsTabId(): Promise<{ tabId: number; windowId: number } | undefined> {
  const page = browser.runtime.getURL(OPTIONS_PATH);
  const getContexts = (browser.runtime as unknown as { getContexts?: GetContexts }).getContexts;
  if (typeof getContexts === 'function') {
    const contexts = await getContexts({ contextTypes: ['TAB'] }).catch(() => []);
    const found = contexts.find((c) => c.documentUrl?.startsWith(page) && c.tabId >= 0);
    if (found) return { tabId: found.tabId, windowId: found.windowId };
    return undefined;
  }
  const tabs = await browser.tabs.query({ url: `${page}*` }).catch(() => []);
  const tab = tabs.find((t) => t.id !== undefined);
  return tab ? { tabId: tab.id!, windowId: tab.windowId ?? -1 } : undefined;
}

export async function openOptionsTab(add?: string): Promise<void> {
  const open = await openOptionsTabId();
  if (!open) {
    const url = browser.runtime.getURL(OPTIONS_PATH) + (add ? `?add=${encodeURIComponent(add)}` : '');
    await browser.tabs.create({ url });
    return;
  }
  await browser.tabs.update(open.tabId, { active: true });
  if (open.windowId >= 0) await browser.windows.update(open.windowId, { focused: true }).catch(() => undefined);
  if (add) await browser.runtime.sendMessage({ type: 'optionsAddTerm', text: add }).catch(() => undefined);
}
