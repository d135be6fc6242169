/**
 * Every UI string, in English, Simplified and Traditional Chinese, one file per locale under
 * ./locales. English defines the keys; the other locales must give every one (the type checks it).
 * The build writes these to _locales/<locale>/messages.json for the manifest and browser.i18n.
 */
import { en, type MessageKey } from './locales/en';
import { zh_CN } from './locales/zh_CN';
import { zh_TW } from './locales/zh_TW';

export type { MessageKey };

export const MESSAGES = { en, zh_CN, zh_TW } as const;
export type Locale = keyof typeof MESSAGES;
export const LOCALES = Object.keys(MESSAGES) as Locale[];
