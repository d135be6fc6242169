import { ext as browser } from '../platform/extension-api';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings';
import { PERSONAL_GLOSSARY_KEY } from '../storage/keys';
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

export function onGlossaryChange(callback: () => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && PERSONAL_GLOSSARY_KEY in changes) callback();
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener));
}
