// Settings as the popup reads and writes them: the synced store, with the defaults when storage fails.
// Content scripts do not read storage; the background hands each frame the part of the settings it needs.
import { DEFAULT_SETTINGS, type Settings } from '../core/settings';
import { loadSettingsSynced, onSettingsSyncedChange, saveSettingsSynced } from './settings-store';

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
