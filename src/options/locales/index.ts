import type { Locale } from '../../i18n';
import { optionsEn, type OptionsKey } from './en';
import { optionszhCN } from './zh_CN';
import { optionszhTW } from './zh_TW';

export type { OptionsKey };

/** Every options-page string by locale; the options page registers them with src/i18n at start. */
export const OPTIONS_MESSAGES: Record<Locale, Record<OptionsKey, string>> = {
  en: optionsEn,
  zh_CN: optionszhCN,
  zh_TW: optionszhTW,
};
