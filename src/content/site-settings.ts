import browser from 'webextension-polyfill';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings';
import { loadSettingsSynced, onSettingsSyncedChange, saveSettingsSynced } from '../storage/settings-store';

/** The settings as the options page saved them (synced, with the local fallback); defaults if unreadable. */
export async function loadSettings(): Promise<Settings> {
  try {
    return await loadSettingsSynced();
  } catch {
    return DEFAULT_SETTINGS; // storage unavailable: behave as by default rather than break the page
  }
}

export async function saveSettings(settings: Settings): Promise<void> {
  await saveSettingsSynced(settings);
}

export const onSettingsChange = onSettingsSyncedChange;

/** The reader's glossary lives under this key (see src/options/store.ts); content only watches it. */
const PERSONAL_GLOSSARY_KEY = 'personalGlossary';

export function onGlossaryChange(callback: () => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && PERSONAL_GLOSSARY_KEY in changes) callback();
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener));
}
