import browser from 'webextension-polyfill';
import { DEFAULT_SETTINGS, migrateSettings, type Settings } from '../core/settings';

/** Settings live in storage.local under `settings`; the first release's `disabledHosts` is migrated. */
export const SETTINGS_KEYS = ['settings', 'disabledHosts'];

export async function loadSettings(): Promise<Settings> {
  try {
    return migrateSettings(await browser.storage.local.get(SETTINGS_KEYS));
  } catch {
    return DEFAULT_SETTINGS; // storage unavailable: behave as by default rather than break the page
  }
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ settings });
  await browser.storage.local.remove('disabledHosts');
}

export function onSettingsChange(callback: (settings: Settings) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && SETTINGS_KEYS.some((k) => k in changes)) void loadSettings().then(callback);
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener));
}
