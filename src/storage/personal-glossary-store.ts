/**
 * The reader's glossary in storage.local: `{ version: 1, entries: [...] }`. Used by the options page
 * (which edits it) and the background (which merges it into the glossary), so it lives outside both.
 *
 * - A write is one `set` of the whole new value: the browser applies it entirely or not at all, so a
 *   failed save (e.g. over the quota) leaves the previous glossary as it was.
 * - Every write re-reads the stored value first and applies only the caller's changes to it, so two
 *   options tabs (or an old one) cannot undo each other's entries.
 * - Stored records that fail the schema ("damaged") are kept as they are, shown and exportable, until the
 *   reader deletes them; no unrelated save drops them.
 * - Errors carry a code and parameters (`StoreError`), never a sentence: each page words them itself.
 */
import browser from 'webextension-polyfill';
import type { GlossaryEntry } from '../core/glossary-schema';
import { canonicalEntry, entryIssues, formsOf, matchForm } from '../core/personal-entry';
import { PERSONAL_GLOSSARY_KEY } from './keys';
import type { StorageAreaLike } from './settings-store';

export { PERSONAL_GLOSSARY_KEY };
export const PERSONAL_GLOSSARY_VERSION = 1;

export interface StoredPersonalGlossary {
  version: number;
  entries: unknown[];
}

export interface LoadedPersonalGlossary {
  entries: GlossaryEntry[];
  /** Stored records that no longer pass the schema, exactly as stored: kept until the reader deletes them. */
  damaged: unknown[];
}

export type StoreErrorCode = 'invalid' | 'idTwice' | 'formTwice' | 'full' | 'failed';

/** Why a write was refused or failed, as a code with parameters for the page that shows it. */
export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    readonly params: string[] = [],
    options?: ErrorOptions,
  ) {
    super(`personal glossary: ${code} ${params.join(' ')}`.trim(), options);
    this.name = 'StoreError';
  }
}

const local = (): StorageAreaLike => browser.storage.local;

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** Reads a stored value of any age or damage: valid entries, and the damaged records beside them. */
export function readPersonalGlossary(stored: unknown): LoadedPersonalGlossary {
  const raw: unknown = (stored as { entries?: unknown } | undefined)?.entries;
  if (!Array.isArray(raw)) return { entries: [], damaged: [] };
  const entries: GlossaryEntry[] = [];
  const damaged: unknown[] = [];
  for (const record of raw as unknown[]) {
    if (entryIssues(record).length === 0) entries.push(canonicalEntry(record as GlossaryEntry));
    else damaged.push(record);
  }
  return { entries, damaged };
}

export async function loadPersonalGlossary(area: StorageAreaLike = local()): Promise<LoadedPersonalGlossary> {
  const stored = await area.get(PERSONAL_GLOSSARY_KEY);
  return readPersonalGlossary(stored[PERSONAL_GLOSSARY_KEY]);
}

/** Throws a StoreError for the first entry that fails the schema, or an id or form claimed twice. */
function check(entries: readonly GlossaryEntry[]): void {
  const ids = new Set<string>();
  const forms = new Map<string, string>();
  for (const entry of entries) {
    const issue = entryIssues(entry, entry.id)[0];
    if (issue) throw new StoreError('invalid', [issue.path, issue.message]);
    if (ids.has(entry.id)) throw new StoreError('idTwice', [entry.id]);
    ids.add(entry.id);
    for (const form of new Set(formsOf(entry).map(matchForm))) {
      const other = forms.get(form);
      if (other) throw new StoreError('formTwice', [entry.id, other, form]);
      forms.set(form, entry.id);
    }
  }
}

async function write(entries: readonly GlossaryEntry[], damaged: unknown[], area: StorageAreaLike): Promise<void> {
  check(entries);
  const value: StoredPersonalGlossary = {
    version: PERSONAL_GLOSSARY_VERSION,
    entries: [...entries.map(canonicalEntry), ...damaged],
  };
  try {
    await area.set({ [PERSONAL_GLOSSARY_KEY]: value });
  } catch (e) {
    throw /quota/i.test(message(e)) ? new StoreError('full', [], { cause: e }) : new StoreError('failed', [message(e)]);
  }
}

/**
 * Replaces the valid entries with `entries` (the damaged records stay), or throws a StoreError and
 * leaves the stored glossary untouched. For a page that may hold a stale copy, use `saveChanges`.
 */
export async function savePersonalGlossary(
  entries: readonly GlossaryEntry[],
  area: StorageAreaLike = local(),
): Promise<void> {
  const current = await loadPersonalGlossary(area);
  await write(entries, current.damaged, area);
}

const same = (a: GlossaryEntry, b: GlossaryEntry) => JSON.stringify(canonicalEntry(a)) === JSON.stringify(b);

/**
 * Applies what changed between `base` (the copy a page showed) and `next` (what the reader made of it)
 * to the glossary as stored now: entries added or edited are written, entries deleted are removed, and
 * every other entry, including ones another tab saved meanwhile, stays. Returns what is stored after.
 */
export async function saveChanges(
  base: readonly GlossaryEntry[],
  next: readonly GlossaryEntry[],
  area: StorageAreaLike = local(),
): Promise<LoadedPersonalGlossary> {
  const before = new Map(base.map((e) => [e.id, canonicalEntry(e)]));
  const nextIds = new Set(next.map((e) => e.id));
  const deleted = new Set([...before.keys()].filter((id) => !nextIds.has(id)));
  const written = next.filter((e) => !before.has(e.id) || !same(e, before.get(e.id)!));
  const current = await loadPersonalGlossary(area);
  const byId = new Map(written.map((e) => [e.id, e]));
  const merged = current.entries.filter((e) => !deleted.has(e.id)).map((e) => byId.get(e.id) ?? e);
  const kept = new Set(merged.map((e) => e.id));
  merged.push(...written.filter((e) => !kept.has(e.id)));
  await write(merged, current.damaged, area);
  return { entries: merged.map(canonicalEntry), damaged: current.damaged };
}

/** The reader's choice to delete the damaged records; the valid entries stay as stored. */
export async function deleteDamaged(area: StorageAreaLike = local()): Promise<LoadedPersonalGlossary> {
  const current = await loadPersonalGlossary(area);
  await write(current.entries, [], area);
  return { entries: current.entries, damaged: [] };
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
