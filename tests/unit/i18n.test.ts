import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { traditionalToSimplifiedTable } from '../../src/core/t2s';
import { chromeMessages, resolveLocale, setLocale, t, tParts } from '../../src/options/i18n';
import type { Messages } from '../../src/i18n/locales/en';
import { LOCALES, MESSAGES as BASE, type Locale } from '../../src/i18n/messages';
import { OPTIONS_MESSAGES } from '../../src/options/locales';
import { POPUP_MESSAGES } from '../../src/popup/locales';

// @ts-expect-error a locale that lacks a key does not type-check
const partial: Messages = { extName: 'Tifa Lens' };
void partial;

/** Every string: the shared ones and the options page's, which live in their own files. */
const MESSAGES = Object.fromEntries(
  LOCALES.map((locale) => [locale, { ...BASE[locale], ...OPTIONS_MESSAGES[locale], ...POPUP_MESSAGES[locale] }]),
) as unknown as Record<Locale, Record<string, string>>;

/** Names, formats and examples that stay in Latin letters in every locale. */
const LATIN = /Tifa Lens|JSON|Anki|Markdown|zhuanjingtexin|little giant|zhuān jīng tè xīn|CC-CEDICT/g;

describe('interface strings', () => {
  it('gives every locale every key, with the same placeholders', () => {
    const keys = Object.keys(MESSAGES.en).sort();
    for (const locale of LOCALES) {
      expect(Object.keys(MESSAGES[locale]).sort()).toEqual(keys);
      for (const key of keys) {
        const holes = (s: string) => (s.match(/\{\d\}|%s/g) ?? []).sort();
        expect(holes(MESSAGES[locale][key]!), `${locale}.${key}`).toEqual(holes(MESSAGES.en[key]!));
      }
    }
  });

  it('uses Chrome message names, and no empty string', () => {
    for (const locale of LOCALES) {
      for (const [key, message] of Object.entries(MESSAGES[locale])) {
        expect(key).toMatch(/^[A-Za-z0-9_]+$/);
        expect(message.trim(), `${locale}.${key}`).not.toBe('');
      }
    }
  });

  it('numbers the placeholders from {0} without gaps', () => {
    for (const [key, message] of Object.entries(MESSAGES.en)) {
      const used = [...new Set([...message.matchAll(/\{(\d)\}/g)].map((m) => Number(m[1])))].sort();
      expect(used, key).toEqual(used.map((_, i) => i));
    }
  });

  it('leaves no English word in the Chinese locales', () => {
    for (const locale of ['zh_CN', 'zh_TW'] as const) {
      for (const [key, message] of Object.entries(MESSAGES[locale])) {
        expect(message.replace(LATIN, ''), `${locale}.${key}`).not.toMatch(/[A-Za-z]{4,}/);
      }
    }
  });

  it('writes Simplified Chinese without traditional characters', () => {
    const table = traditionalToSimplifiedTable();
    for (const [key, message] of Object.entries(MESSAGES.zh_CN)) {
      const traditional = [...message].filter((c) => (table.get(c) ?? c) !== c);
      expect(traditional, `zh_CN.${key}`).toEqual([]);
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

  it('places elements where the locale puts them', () => {
    const link = { link: 'Term' };
    setLocale('zh_TW');
    expect(tParts<object>('efProblem', link, { reason: 'is required' })).toEqual([
      link,
      '：',
      { reason: 'is required' },
    ]);
    setLocale('en');
    expect(tParts<object>('efProblem', link, { reason: 'is required' })).toEqual([
      link,
      ': ',
      { reason: 'is required' },
    ]);
  });
});
