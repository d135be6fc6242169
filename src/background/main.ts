// Background entry: serves the glossary to content scripts and keeps the toolbar badge.
import browser from 'webextension-polyfill';
import { parseToBackground } from '../core/messages';
import { GLOSSARY } from '../glossary';
import evidence from '../glossary/evidence.json';
import { createHandlers, dispatch, TermsByTab } from './handlers';

const termsByTab = new TermsByTab();

const handlers = createHandlers({
  glossary: GLOSSARY,
  evidence,
  termsByTab,
  setBadge: async (tabId, text) => {
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#c2410c' });
    await browser.action.setBadgeText({ tabId, text });
  },
});

browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => {
  // Only our own pages and content scripts can reach this listener; still, check every message.
  const message = parseToBackground(raw);
  if (!message) return undefined;
  return dispatch(handlers, message, { tabId: sender.tab?.id, frameId: sender.frameId });
});

/** Keyboard commands act on the active tab's top frame. */
browser.commands.onCommand.addListener((command: string) => {
  const message =
    command === 'toggle-annotation'
      ? { type: 'toggle', params: {} }
      : command === 'next-term' || command === 'previous-term'
        ? { type: 'step', params: { by: command === 'next-term' ? 1 : -1 } }
        : undefined;
  if (!message) return;
  void browser.tabs
    .query({ active: true, currentWindow: true })
    .then(([tab]) => tab?.id !== undefined && browser.tabs.sendMessage(tab.id, message, { frameId: 0 }))
    .catch(() => undefined); // no content script on this tab (a browser page, or no Chinese text)
});

browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading') termsByTab.forget(tabId);
});
browser.tabs.onRemoved.addListener((tabId) => termsByTab.forget(tabId));
