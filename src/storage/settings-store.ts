/**
 * Where the settings are kept: storage.sync, so they follow the reader to other machines, with
 * storage.local as the fallback when sync is unavailable or over its quota. `settings` and
 * `settingsSavedAt` are written together; every save also writes the local copy, and a load takes the
 * newer of the two, so neither a sync failure nor a stale synced copy can win over the reader's last
 * change. The record is read by `migrateSettings`. Shared by the content script, popup and options page.
 */
import browser from 'webextension-polyfill';
import { migrateSettings, type Settings } from '../core/settings';

/** The part of a storage area used here; browser.storage.local and .sync satisfy it, and so can a fake. */
export interface StorageAreaLike {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

const local = (): StorageAreaLike => browser.storage.local;
const sync = (): StorageAreaLike => browser.storage.sync;

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export interface SettingsAreas {
  sync: StorageAreaLike;
  local: StorageAreaLike;
}

const SETTINGS_KEYS = ['settings', 'settingsSavedAt', 'disabledHosts'];

const areas = (): SettingsAreas => ({ sync: sync(), local: local() });

async function read(area: StorageAreaLike): Promise<Record<string, unknown> | undefined> {
  try {
    return await area.get(SETTINGS_KEYS);
  } catch {
    return undefined; // unavailable: the other area decides
  }
}

const savedAt = (stored: Record<string, unknown> | undefined): number =>
  typeof stored?.settingsSavedAt === 'number' ? stored.settingsSavedAt : 0;

/**
 * The newer of the synced and local settings; on a tie (both written by the same save) the synced
 * copy. The first release's local-only `settings` and `disabledHosts` have no time, so any later save
 * wins over them, while on their own they are still migrated.
 */
export async function loadSettingsSynced(where: SettingsAreas = areas()): Promise<Settings> {
  return migrateSettings(await loadStored(where));
}

/** The stored record that a load reads (newer of the two copies), before migration. */
async function loadStored(where: SettingsAreas): Promise<Record<string, unknown>> {
  const [fromSync, fromLocal] = await Promise.all([read(where.sync), read(where.local)]);
  const syncHas = fromSync?.settings !== undefined;
  const useSync = syncHas && (fromLocal?.settings === undefined || savedAt(fromSync) >= savedAt(fromLocal));
  if (useSync) return { settings: fromSync?.settings };
  return fromLocal ?? {};
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * What a save writes: the stored record's fields first, ours over them. A newer release (on another
 * machine, synced here) may have written fields this one does not know; they survive our save.
 */
async function withUnknownFields(settings: Settings, where: SettingsAreas): Promise<Record<string, unknown>> {
  const stored: Record<string, unknown> = await loadStored(where).catch(() => ({}));
  const previous = isRecord(stored.settings) ? stored.settings : {};
  const newerVersion = typeof previous.version === 'number' && previous.version > settings.version;
  return { ...previous, ...settings, ...(newerVersion ? { version: previous.version } : {}) };
}

/**
 * Re-reads the stored settings and applies to them only the fields in which `next` differs from
 * `base` (the copy a page showed): a page holding a stale copy cannot undo what another page (the
 * popup's site choice, another options tab) saved meanwhile. Returns the settings as saved.
 */
export async function saveSettingsChanges(
  base: Settings,
  next: Settings,
  where: SettingsAreas = areas(),
): Promise<{ settings: Settings; where: 'sync' | 'local' }> {
  const current = await loadSettingsSynced(where);
  const merged = { ...current } as Record<string, unknown>;
  for (const key of Object.keys(next) as (keyof Settings)[]) {
    if (JSON.stringify(next[key]) !== JSON.stringify(base[key])) merged[key] = next[key];
  }
  const settings = migrateSettings({ settings: merged });
  return { settings, where: await saveSettingsSynced(settings, where) };
}

/**
 * Saves to sync and to the local copy. Resolves with where the settings will be found: 'sync', or
 * 'local' when sync failed (over quota, or switched off) so that they stay on this machine only.
 * Rejects only when neither area could be written.
 */
export async function saveSettingsSynced(
  settings: Settings,
  where: SettingsAreas = areas(),
  now: number = Date.now(),
): Promise<'sync' | 'local'> {
  const record = { settings: await withUnknownFields(settings, where), settingsSavedAt: now };
  let synced = true;
  try {
    await where.sync.set(record);
  } catch {
    synced = false;
  }
  try {
    await where.local.set(record);
    await where.local.remove('disabledHosts'); // migrated into neverSites by now
  } catch (e) {
    if (!synced) throw new Error(`Your settings were not saved: ${message(e)}.`, { cause: e });
  }
  return synced ? 'sync' : 'local';
}

/** Calls back with the current settings whenever either copy changes (another machine's included). */
export function onSettingsSyncedChange(callback: (settings: Settings) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if ((area === 'sync' || area === 'local') && SETTINGS_KEYS.some((k) => k in changes)) {
      void loadSettingsSynced().then(callback);
    }
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener));
}
