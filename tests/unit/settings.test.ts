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
