import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chromeMessages, resolveLocale, setLocale, t } from '../../src/i18n';
import { LOCALES, MESSAGES } from '../../src/i18n/messages';

describe('interface strings', () => {
  it('gives every locale every key, with the same placeholders', () => {
    const keys = Object.keys(MESSAGES.en).sort();
    for (const locale of LOCALES) {
      expect(Object.keys(MESSAGES[locale]).sort()).toEqual(keys);
      for (const key of keys) {
        const holes = (s: string) => (s.match(/\{\d\}|%s/g) ?? []).sort();
        expect(holes(MESSAGES[locale][key as keyof typeof MESSAGES.en]), `${locale}.${key}`).toEqual(
          holes(MESSAGES.en[key as keyof typeof MESSAGES.en]),
        );
      }
    }
  });

  it('resolves every __MSG_…__ key the manifest uses', () => {
    const manifest = readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8');
    const used = [...manifest.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(used.length).toBeGreaterThan(3);
    for (const key of used) expect(chromeMessages('zh_TW')[key]?.message, key).toBeTruthy();
  });

  it('follows the browser language unless the reader chose one', () => {
    expect(resolveLocale('auto', 'zh-CN')).toBe('zh_CN');
    expect(resolveLocale('auto', 'zh-TW')).toBe('zh_TW');
    expect(resolveLocale('auto', 'zh-HK')).toBe('zh_TW');
    expect(resolveLocale('auto', 'fr')).toBe('en');
    expect(resolveLocale('zh_TW', 'en-US')).toBe('zh_TW');
  });

  it('substitutes placeholders', () => {
    setLocale('zh_CN');
    expect(t('termsMany', 12)).toBe('本页有 12 个提法');
    setLocale('en');
    expect(t('termsMany', 12)).toBe('12 terms on this page');
  });
});
