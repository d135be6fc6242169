// Regression tests of issue 13's lost edits: each replays what the security review saw lose data.
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, withSiteChoice } from '../../src/core/settings';
import {
  deleteDamaged,
  loadPersonalGlossary,
  PERSONAL_GLOSSARY_KEY,
  saveChanges,
} from '../../src/storage/personal-glossary-store';
import { loadSettingsSynced, saveSettingsChanges, saveSettingsSynced } from '../../src/storage/settings-store';
import { entry } from './dom-helpers';
import { fakeArea } from './fake-storage';

vi.mock('webextension-polyfill', () => ({ default: {} }));

const a = entry('a-one', '甲一');
const b = entry('b-two', '乙二');
const c = entry('c-three', '丙三');

describe('two options tabs', () => {
  it('a save in tab B keeps the entry tab A added after B loaded', async () => {
    const area = fakeArea();
    await saveChanges([], [a], area);
    const tabB = (await loadPersonalGlossary(area)).entries; // B loads: [a]
    await saveChanges((await loadPersonalGlossary(area)).entries, [a, b], area); // A adds b
    await saveChanges(tabB, [{ ...a, english: 'edited in B' }], area); // B edits a, from its stale copy
    const stored = (await loadPersonalGlossary(area)).entries;
    expect(stored.map((e) => e.id)).toEqual(['a-one', 'b-two']);
    expect(stored[0]!.english).toBe('edited in B');
  });

  it('a delete in one tab is not undone by the other tab’s unrelated save', async () => {
    const area = fakeArea();
    await saveChanges([], [a, b], area);
    const tabB = (await loadPersonalGlossary(area)).entries;
    await saveChanges(tabB, [a], area); // A deletes b
    await saveChanges(tabB, [...tabB, c], area); // B, still showing b, adds c
    expect((await loadPersonalGlossary(area)).entries.map((e) => e.id)).toEqual(['a-one', 'c-three']);
  });

  it('an old options tab does not revert a never choice made in the popup', async () => {
    const where = { sync: fakeArea(), local: fakeArea() };
    await saveSettingsSynced(DEFAULT_SETTINGS, where, 1000);
    const optionsTab = await loadSettingsSynced(where);
    await saveSettingsSynced(withSiteChoice(optionsTab, 'gov.cn', 'never'), where, 2000); // the popup
    const saved = await saveSettingsChanges(optionsTab, { ...optionsTab, pinyin: false }, where);
    expect(saved.settings.neverSites).toEqual(['gov.cn']);
    expect((await loadSettingsSynced(where)).neverSites).toEqual(['gov.cn']);
    expect((await loadSettingsSynced(where)).pinyin).toBe(false);
  });
});

describe('damaged records', () => {
  const damaged = { id: 'half-written', term: 42 };

  it('are kept by an unrelated save, loaded apart, and deleted only when the reader asks', async () => {
    const area = fakeArea();
    area.data.set(PERSONAL_GLOSSARY_KEY, { version: 1, entries: [a, damaged] });
    const loaded = await loadPersonalGlossary(area);
    expect(loaded).toEqual({ entries: [a], damaged: [damaged] });
    await saveChanges(loaded.entries, [a, b], area);
    expect(await loadPersonalGlossary(area)).toEqual({ entries: [a, b], damaged: [damaged] });
    expect((area.data.get(PERSONAL_GLOSSARY_KEY) as { entries: unknown[] }).entries).toContainEqual(damaged);
    await deleteDamaged(area);
    expect(await loadPersonalGlossary(area)).toEqual({ entries: [a, b], damaged: [] });
  });
});

describe('a newer release’s fields', () => {
  it('survive a save by this one', async () => {
    const where = { sync: fakeArea(), local: fakeArea() };
    const newer = { ...DEFAULT_SETTINGS, version: 9, readingMode: 'focus', colors: { ...DEFAULT_SETTINGS.colors } };
    await where.sync.set({ settings: newer, settingsSavedAt: 5000 });
    await saveSettingsSynced({ ...(await loadSettingsSynced(where)), pinyin: false }, where, 6000);
    expect(where.sync.data.get('settings')).toMatchObject({ readingMode: 'focus', version: 9, pinyin: false });
    expect(where.local.data.get('settings')).toMatchObject({ readingMode: 'focus', pinyin: false });
  });
});
