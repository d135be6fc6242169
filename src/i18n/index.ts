import type { OptionsKey } from '../options/locales/en';
import type { PopupKey } from '../popup/locales/en';
import { MESSAGES, type Locale, type MessageKey } from './messages';

export type { Locale, MessageKey };

let current: Locale = 'en';

/** Picks a locale from the reader's choice, or from the browser's language when it is "auto". */
export function resolveLocale(choice: string | undefined, browserLanguage: string): Locale {
  if (choice === 'en' || choice === 'zh_CN' || choice === 'zh_TW') return choice;
  const lang = browserLanguage.toLowerCase().replace('_', '-');
  if (!lang.startsWith('zh')) return 'en';
  return /-(tw|hk|mo|hant)/.test(lang) ? 'zh_TW' : 'zh_CN';
}

export function setLocale(locale: Locale): void {
  current = locale;
}

export function getLocale(): Locale {
  return current;
}

/** Keys a page registers at start (the options page's strings), known here by type only. */
export type UiKey = MessageKey | OptionsKey | PopupKey;
let registered: Partial<Record<Locale, Record<string, string>>> = {};

/** Adds a page's own strings (src/options/locales), so `t` finds them; other contexts never load them. */
export function registerMessages(more: Record<Locale, Record<string, string>>): void {
  registered = more;
}

function lookup(key: UiKey): string {
  return (MESSAGES[current] as Record<string, string>)[key] ?? registered[current]?.[key] ?? key;
}

/** The string for `key` in the current locale, with {0}, {1}… replaced. */
export function t(key: UiKey, ...subs: (string | number)[]): string {
  return lookup(key).replace(/\{(\d)\}/g, (_, i: string) => String(subs[Number(i)] ?? ''));
}

/**
 * Like `t`, but the substitutions may be elements (e.g. a link): returns the pieces in the order the
 * locale puts them, so that a translation can move a link without the markup being translated.
 */
export function tParts<T>(key: UiKey, ...subs: T[]): (string | T)[] {
  return lookup(key)
    .split(/\{(\d)\}/)
    .map((piece, i) => (i % 2 ? (subs[Number(piece)] as T) : piece))
    .filter((piece) => piece !== '');
}

/** The messages.json body the browser reads for the manifest's __MSG_…__ keys. */
export function chromeMessages(locale: Locale): Record<string, { message: string }> {
  return Object.fromEntries(Object.entries(MESSAGES[locale]).map(([k, message]) => [k, { message }]));
}
