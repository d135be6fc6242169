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

browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading') termsByTab.forget(tabId);
});
browser.tabs.onRemoved.addListener((tabId) => termsByTab.forget(tabId));
