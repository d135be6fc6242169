/**
 * Where the personal glossary and the settings are kept. Every function takes the storage area(s) as
 * a parameter, defaulting to the browser's, so that Node tests can pass a fake that fails on purpose.
 *
 * personalGlossary (storage.local): `{ version: 1, entries: GlossaryEntry[] }`. A save is one `set` of
 * the whole new value: the browser applies a `set` entirely or not at all, so a failed save (e.g. over
 * the quota) leaves the previous glossary as it was. Nothing is ever cleared first.
 *
 * settings (storage.sync, so they follow the reader to other machines; storage.local as the fallback
 * when sync is unavailable or over its quota): `settings` plus `settingsSavedAt`, written together. Every
 * save also writes the local copy, and a load takes the newer of the two, so neither a sync failure nor
 * a stale synced copy can win over the reader's last change. The record is read by `migrateSettings`.
 *
 * Errors are thrown with the reader's message in the page's current locale (see src/i18n).
 */
import browser from 'webextension-polyfill';
import type { GlossaryEntry } from '../core/glossary-schema';
import { canonicalEntry, entryIssues, formsOf, matchForm } from '../core/personal-entry';
import { t } from './i18n';
import { PERSONAL_GLOSSARY_KEY } from '../storage/keys';
import type { StorageAreaLike } from '../storage/settings-store';

export { PERSONAL_GLOSSARY_KEY };
export const PERSONAL_GLOSSARY_VERSION = 1;

export interface StoredPersonalGlossary {
  version: number;
  entries: GlossaryEntry[];
}

export interface LoadedPersonalGlossary {
  entries: GlossaryEntry[];
  /** Stored entries that no longer pass the schema (damaged storage) and were left out. */
  skipped: number;
}

const local = (): StorageAreaLike => browser.storage.local;

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** Reads a stored value of any age or damage; only entries that pass the schema are kept. */
export function readPersonalGlossary(stored: unknown): LoadedPersonalGlossary {
  const raw: unknown = (stored as { entries?: unknown } | undefined)?.entries;
  if (!Array.isArray(raw)) return { entries: [], skipped: 0 };
  const list = raw as unknown[];
  const entries = list.filter((e) => entryIssues(e).length === 0).map((e) => canonicalEntry(e as GlossaryEntry));
  return { entries, skipped: list.length - entries.length };
}

export async function loadPersonalGlossary(area: StorageAreaLike = local()): Promise<LoadedPersonalGlossary> {
  const stored = await area.get(PERSONAL_GLOSSARY_KEY);
  return readPersonalGlossary(stored[PERSONAL_GLOSSARY_KEY]);
}

/**
 * Replaces the stored glossary with `entries`, or throws with a message for the reader and leaves the
 * stored one untouched. Entries are checked first, so a bug elsewhere cannot store a damaged glossary.
 */
export async function savePersonalGlossary(
  entries: readonly GlossaryEntry[],
  area: StorageAreaLike = local(),
): Promise<void> {
  const ids = new Set<string>();
  const forms = new Map<string, string>();
  for (const entry of entries) {
    const issue = entryIssues(entry, entry.id)[0];
    if (issue) throw new Error(t('storeInvalid', issue.path, issue.message));
    if (ids.has(entry.id)) throw new Error(t('storeIdTwice', entry.id));
    ids.add(entry.id);
    for (const form of new Set(formsOf(entry).map(matchForm))) {
      const other = forms.get(form);
      if (other) throw new Error(t('storeFormTwice', entry.id, other, form));
      forms.set(form, entry.id);
    }
  }
  const value: StoredPersonalGlossary = { version: PERSONAL_GLOSSARY_VERSION, entries: entries.map(canonicalEntry) };
  try {
    await area.set({ [PERSONAL_GLOSSARY_KEY]: value });
  } catch (e) {
    const why = /quota/i.test(message(e)) ? t('storeFull') : message(e);
    throw new Error(t('storeFailed', why), { cause: e });
  }
}

/** Calls back with the new glossary whenever it is saved, from any page of the extension. */
export function onPersonalGlossaryChange(
  callback: (loaded: LoadedPersonalGlossary) => void,
  signal: AbortSignal,
): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[PERSONAL_GLOSSARY_KEY];
    if (area === 'local' && change) callback(readPersonalGlossary(change.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener));
}

export { loadSettingsSynced, onSettingsSyncedChange, saveSettingsSynced } from '../storage/settings-store';
export type { SettingsAreas, StorageAreaLike } from '../storage/settings-store';
