import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PageVerdict } from '../../src/core/classify';
import { DEFAULT_SETTINGS, decide, migrateSettings, withSiteChoice } from '../../src/core/settings';

const report: PageVerdict = { kind: 'policy-report', score: 9, reasons: [] };
const chinese: PageVerdict = { kind: 'chinese', score: 1, reasons: [] };
const other: PageVerdict = { kind: 'other', score: 0, reasons: [] };

describe('settings', () => {
  it('migrates the first release’s per-site switch and repairs damaged values', () => {
    expect(migrateSettings({ disabledHosts: ['a.cn'] })).toEqual({ ...DEFAULT_SETTINGS, neverSites: ['a.cn'] });
    expect(migrateSettings({ settings: { mode: 'loud', alwaysSites: 'x', neverSites: [1, 'b.cn'] } })).toEqual({
      ...DEFAULT_SETTINGS,
      neverSites: ['b.cn'],
    });
    expect(migrateSettings({})).toEqual(DEFAULT_SETTINGS);
  });

  it('migrates version 1 to 2: the display settings take their defaults, the rest is kept', () => {
    const v1 = { version: 1, mode: 'always', alwaysSites: ['a.cn'], neverSites: ['b.cn'] };
    expect(migrateSettings({ settings: v1 })).toEqual({
      ...DEFAULT_SETTINGS,
      mode: 'always',
      alwaysSites: ['a.cn'],
      neverSites: ['b.cn'],
    });
    expect(DEFAULT_SETTINGS).toMatchObject({
      version: 3,
      uiLanguage: 'auto',
      pinyin: true,
      highlightStyle: 'both',
      colors: { light: '#c2410c', dark: '#fdba74' },
    });
  });

  it('migrates version 2 to 3: vocabulary shown, dictionary lookup off until the reader turns it on', () => {
    const v2 = { version: 2, mode: 'auto', pinyin: false };
    const migrated = migrateSettings({ settings: v2 });
    expect(migrated).toMatchObject({
      version: 3,
      pinyin: false,
      hideVocabulary: false,
      hoverLookup: false,
      lookupKey: 'Alt',
    });
    const chosen = { version: 3, hideVocabulary: true, hoverLookup: true, lookupKey: 'Shift' };
    expect(migrateSettings({ settings: chosen })).toMatchObject({
      hideVocabulary: true,
      hoverLookup: true,
      lookupKey: 'Shift',
    });
    expect(migrateSettings({ settings: { ...chosen, lookupKey: 'Meta', hoverLookup: 1 } })).toMatchObject({
      hoverLookup: false,
      lookupKey: 'Alt',
    });
  });

  it('keeps valid version-2 fields and repairs damaged ones one by one', () => {
    const stored = {
      version: 2,
      language: 'zh',
      uiLanguage: 'zh_TW',
      pinyin: false,
      highlightStyle: 'underline',
      colors: { light: '#ABCDEF', dark: 'red' },
    };
    expect(migrateSettings({ settings: stored })).toEqual({
      ...DEFAULT_SETTINGS,
      language: 'zh',
      uiLanguage: 'zh_TW',
      pinyin: false,
      highlightStyle: 'underline',
      colors: { light: '#abcdef', dark: '#fdba74' },
    });
    const damaged = { language: 'fr', uiLanguage: 7, pinyin: 'yes', highlightStyle: null, colors: [] };
    expect(migrateSettings({ settings: damaged })).toEqual(DEFAULT_SETTINGS);
    // A record from a newer release, synced from another machine: known fields kept, unknown dropped.
    expect(migrateSettings({ settings: { version: 4, highlightStyle: 'background', future: true } })).toEqual({
      ...DEFAULT_SETTINGS,
      highlightStyle: 'background',
    });
  });

  it('never throws, and always returns well-formed settings, whatever is stored', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (settings, disabledHosts) => {
        const s = migrateSettings({ settings, disabledHosts });
        expect(Object.keys(s).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
        expect(s.version).toBe(3);
        expect(s.colors.light).toMatch(/^#[0-9a-f]{6}$/);
        expect(s.neverSites.every((h) => typeof h === 'string')).toBe(true);
        expect(s.alwaysSites.some((h) => s.neverSites.includes(h))).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('decides by mode, with site lists overriding it', () => {
    const auto = DEFAULT_SETTINGS;
    expect(decide(auto, 'a.cn', report).annotate).toBe(true);
    expect(decide(auto, 'a.cn', chinese).annotate).toBe(false);
    expect(decide({ ...auto, mode: 'always' }, 'a.cn', chinese).annotate).toBe(true);
    expect(decide({ ...auto, mode: 'off' }, 'a.cn', report).annotate).toBe(false);
    expect(decide(withSiteChoice(auto, 'a.cn', 'always'), 'a.cn', chinese).annotate).toBe(true);
    expect(decide(withSiteChoice({ ...auto, mode: 'always' }, 'a.cn', 'never'), 'a.cn', report).annotate).toBe(false);
    expect(decide({ ...auto, mode: 'always' }, 'a.cn', other).annotate).toBe(false);
  });

  it('keeps a host on one list at a time', () => {
    const s = withSiteChoice(withSiteChoice(DEFAULT_SETTINGS, 'a.cn', 'always'), 'a.cn', 'never');
    expect(s.alwaysSites).toEqual([]);
    expect(s.neverSites).toEqual(['a.cn']);
    expect(withSiteChoice(s, 'a.cn', 'default').neverSites).toEqual([]);
  });
});
