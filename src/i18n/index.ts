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

/** The string for `key` in the current locale, with {0}, {1}… replaced. */
export function t(key: MessageKey, ...subs: (string | number)[]): string {
  return MESSAGES[current][key].replace(/\{(\d)\}/g, (_, i: string) => String(subs[Number(i)] ?? ''));
}

/** The messages.json body the browser reads for the manifest's __MSG_…__ keys. */
export function chromeMessages(locale: Locale): Record<string, { message: string }> {
  return Object.fromEntries(Object.entries(MESSAGES[locale]).map(([k, message]) => [k, { message }]));
}
