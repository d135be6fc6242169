import type { Locale } from '../../i18n';
import { popupEn, type PopupKey } from './en';
import { popupzhCN } from './zh_CN';
import { popupzhTW } from './zh_TW';

export type { PopupKey };

/** The popup's own strings by locale (the verdict's reasons); the popup registers them with src/i18n. */
export const POPUP_MESSAGES: Record<Locale, Record<PopupKey, string>> = {
  en: popupEn,
  zh_CN: popupzhCN,
  zh_TW: popupzhTW,
};
