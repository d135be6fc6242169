// Fuzzing the import with damaged exports, and the store with a storage area that runs out of room.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { GlossaryEntry } from '../../src/core/glossary-schema';
import { exportCsv, exportJson, importFile, type ImportResult } from '../../src/core/personal-glossary';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import {
  loadPersonalGlossary,
  PERSONAL_GLOSSARY_KEY,
  savePersonalGlossary,
  StoreError,
} from '../../src/storage/personal-glossary-store';
import { loadSettingsSynced, saveSettingsSynced } from '../../src/storage/settings-store';
import { fakeArea } from './fake-storage';
import { entries as entriesArb } from './glossary-arbitraries';

// The polyfill refuses to load outside an extension; every call here passes its own storage area.
vi.mock('webextension-polyfill', () => ({ default: {} }));

const FORMULAS = ["=cmd|' /C calc'!A0", '+1+1', '-2', '@SUM(A1)', '=HYPERLINK("http://x")'];
const WRONG = [42, null, true, [], {}, [[[]]], { nested: { deeper: [1, 'x'] } }, '', ' ', -1.5];

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

type Mutation = (text: string, rnd: (n: number) => number) => string | Uint8Array;

const MUTATIONS: Record<string, Mutation> = {
  truncate: (t, r) => t.slice(0, r(t.length)),
  flipByte: (t, r) => {
    const bytes = new TextEncoder().encode(t);
    bytes[r(bytes.length)]! ^= 1 << r(8);
    return bytes;
  },
  randomBytes: (t, r) => {
    const bytes = new TextEncoder().encode(t);
    const at = r(bytes.length);
    return new Uint8Array([
      ...bytes.subarray(0, at),
      ...Array.from({ length: 1 + r(6) }, () => r(256)),
      ...bytes.subarray(at),
    ]);
  },
  dropLine: (t, r) => {
    const lines = t.split('\n');
    lines.splice(r(lines.length), 1);
    return lines.join('\n');
  },
  duplicateLine: (t, r) => {
    const lines = t.split('\n');
    const at = r(lines.length);
    lines.splice(at, 0, lines[at]!);
    return lines.join('\n');
  },
  dropCell: (t, r) => {
    const cells = t.split(',');
    cells.splice(r(cells.length), 1);
    return cells.join(',');
  },
  injectFormula: (t, r) => {
    const cells = t.split(',');
    cells[r(cells.length)] = FORMULAS[r(FORMULAS.length)]!;
    return cells.join(',');
  },
  insertQuote: (t, r) => {
    const at = r(t.length);
    return `${t.slice(0, at)}"${t.slice(at)}`;
  },
};

/** JSON-level damage: a field dropped, duplicated onto another entry, or given a wrong type. */
function damageJson(list: GlossaryEntry[], r: (n: number) => number): string {
  const data = JSON.parse(JSON.stringify(list)) as Record<string, unknown>[];
  const target = data[r(data.length)]!;
  const keys = Object.keys(target);
  const key = keys[r(keys.length)]!;
  switch (r(4)) {
    case 0:
      delete target[key];
      break;
    case 1:
      target[key] = WRONG[r(WRONG.length)];
      break;
    case 2:
      data.push({ ...target });
      break;
    default:
      target[key] = FORMULAS[r(FORMULAS.length)];
  }
  return JSON.stringify(r(2) ? data : { entries: data });
}

function expectWellFormed(result: ImportResult): void {
  if (result.ok) {
    expect(Array.isArray(result.added) && Array.isArray(result.changed)).toBe(true);
    expect(Number.isInteger(result.unchanged)).toBe(true);
    return;
  }
  expect(result.errors.length).toBeGreaterThanOrEqual(1);
  for (const e of result.errors) {
    expect(Number.isInteger(e.row) && e.row >= 0).toBe(true);
    expect(typeof e.field === 'string' && e.field.length > 0).toBe(true);
    expect(typeof e.reason === 'string' && e.reason.length > 0).toBe(true);
    // The last-resort catch in parseImport would say this; a real problem is always named instead.
    expect(e.reason).not.toMatch(/^could not be read/);
  }
}

describe('import fuzzing', () => {
  it('never throws on 1,000 damaged exports, and always answers ok or with at least one error', () => {
    // The reader's entries share ids with the generated ones, so "changed" previews are exercised too.
    const existing = deepFreeze(fc.sample(entriesArb(3), { numRuns: 1, seed: 7 })[0]!);
    const snapshot = structuredClone(existing);
    const names = Object.keys(MUTATIONS);
    let refused = 0;
    fc.assert(
      fc.property(
        entriesArb(4),
        fc.constantFrom('json', 'csv'),
        fc.constantFrom('json-level', ...names),
        fc.infiniteStream(fc.nat()),
        (list, format: 'json' | 'csv', how, stream) => {
          const numbers = stream[Symbol.iterator]();
          const r = (n: number) => (n <= 0 ? 0 : numbers.next().value! % n);
          const text = format === 'json' ? exportJson(list) : exportCsv(list);
          const damaged = how === 'json-level' ? damageJson(list, r) : MUTATIONS[how]!(text, r);
          const bytes = typeof damaged === 'string' ? new TextEncoder().encode(damaged) : damaged;
          let result: ImportResult | undefined;
          expect(() => (result = importFile(bytes, how === 'json-level' ? 'json' : format, existing))).not.toThrow();
          expectWellFormed(result!);
          if (!result!.ok) refused++;
        },
      ),
      { numRuns: 1000 },
    );
    // Most damage must be caught; some (a dropped optional line, a truncated trailing newline) is harmless.
    expect(refused).toBeGreaterThan(500);
    expect(existing).toStrictEqual(snapshot);
  }, 30_000);
});

describe('personal glossary storage', () => {
  const [small, large] = fc.sample(entriesArb(6), { numRuns: 2, seed: 42 }) as [GlossaryEntry[], GlossaryEntry[]];

  it('saves under personalGlossary with a version, and loads the entries back', async () => {
    const area = fakeArea();
    await savePersonalGlossary(small, area);
    expect(area.data.get(PERSONAL_GLOSSARY_KEY)).toEqual({ version: 1, entries: small });
    expect(await loadPersonalGlossary(area)).toEqual({ entries: small, damaged: [] });
  });

  it('rejects a save over the quota with the code "full", and keeps the previous entries', async () => {
    const area = fakeArea(JSON.stringify(small).length * 1.5);
    await savePersonalGlossary(small, area);
    const bigger = [...small, ...large.map((e) => ({ ...e, id: `${e.id}-x`, term: `${e.term}新`, variants: [] }))];
    await expect(savePersonalGlossary(bigger, area)).rejects.toMatchObject({ code: 'full' });
    await expect(savePersonalGlossary(bigger, area)).rejects.toBeInstanceOf(StoreError);
    expect((await loadPersonalGlossary(area)).entries).toEqual(small);
  });

  it('rejects any other failure the same way, never clearing first', async () => {
    const area = fakeArea();
    await savePersonalGlossary(small, area);
    area.set = () => Promise.reject(new Error('IO error'));
    area.remove = () => Promise.reject(new Error('must not be called'));
    await expect(savePersonalGlossary([], area)).rejects.toMatchObject({ code: 'failed', params: ['IO error'] });
    expect((await loadPersonalGlossary(area)).entries).toEqual(small);
  });

  it('refuses to store invalid or conflicting entries', async () => {
    const area = fakeArea();
    const [a] = small;
    await expect(savePersonalGlossary([{ ...a!, gloss: '' }], area)).rejects.toMatchObject({ code: 'invalid' });
    await expect(savePersonalGlossary([a!, a!], area)).rejects.toMatchObject({ code: 'idTwice', params: [a!.id] });
    await expect(savePersonalGlossary([a!, { ...a!, id: 'other' }], area)).rejects.toMatchObject({ code: 'formTwice' });
    expect(area.data.size).toBe(0);
  });

  it('loads damaged storage without throwing, setting aside what does not pass the schema', async () => {
    await fc.assert(
      fc.asyncProperty(fc.anything(), async (junk) => {
        const area = fakeArea();
        area.data.set(PERSONAL_GLOSSARY_KEY, { version: 1, entries: [small[0], junk] });
        const loaded = await loadPersonalGlossary(area);
        expect(loaded.entries[0]).toEqual(small[0]);
        area.data.set(PERSONAL_GLOSSARY_KEY, junk);
        await expect(loadPersonalGlossary(area)).resolves.toBeDefined();
      }),
      { numRuns: 200 },
    );
  });
});

describe('synced settings', () => {
  const changed = { ...DEFAULT_SETTINGS, language: 'both' as const, neverSites: ['a.cn'] };

  it('saves to sync and keeps a local copy', async () => {
    const where = { sync: fakeArea(), local: fakeArea() };
    expect(await saveSettingsSynced(changed, where, 1000)).toBe('sync');
    expect(where.sync.data.get('settings')).toEqual(changed);
    expect(where.local.data.get('settingsSavedAt')).toBe(1000);
    expect(await loadSettingsSynced(where)).toEqual(changed);
  });

  it('falls back to local when sync is over its quota, and the newer local copy wins over the stale synced one', async () => {
    const where = { sync: fakeArea(), local: fakeArea() };
    await saveSettingsSynced(DEFAULT_SETTINGS, where, 1000);
    where.sync.set = () => Promise.reject(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    expect(await saveSettingsSynced(changed, where, 2000)).toBe('local');
    expect(await loadSettingsSynced(where)).toEqual(changed);
  });

  it('takes a newer synced copy from another machine over the local one', async () => {
    const where = { sync: fakeArea(), local: fakeArea() };
    await saveSettingsSynced(DEFAULT_SETTINGS, where, 1000);
    await where.sync.set({ settings: changed, settingsSavedAt: 3000 });
    expect(await loadSettingsSynced(where)).toEqual(changed);
  });

  it('reads local settings when sync is unavailable, migrating the first release’s', async () => {
    const where = { sync: fakeArea(Infinity, true), local: fakeArea() };
    where.local.data.set('disabledHosts', ['old.cn']);
    where.local.data.set('settings', { version: 1, mode: 'always', alwaysSites: [], neverSites: [] });
    expect(await loadSettingsSynced(where)).toEqual({ ...DEFAULT_SETTINGS, mode: 'always', neverSites: ['old.cn'] });
    where.sync.set = () => Promise.reject(new Error('sync unavailable'));
    expect(await saveSettingsSynced(changed, where)).toBe('local');
    expect(where.local.data.has('disabledHosts')).toBe(false);
  });

  it('rejects only when neither area can be written', async () => {
    const where = { sync: fakeArea(0), local: fakeArea(0) };
    await expect(saveSettingsSynced(changed, where)).rejects.toThrow(/settings were not saved: QUOTA_BYTES/);
  });
});
