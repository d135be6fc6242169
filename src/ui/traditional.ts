// Chinese text for the zh_TW interface: OpenCC's Taiwan-standard characters, and corner brackets for
// quotation marks as Taiwan prints them.
import { toTraditional } from '../core/s2t';

export function zhTW(text: string): string {
  return toTraditional(text).replace(/“/g, '「').replace(/”/g, '」').replace(/‘/g, '『').replace(/’/g, '』');
}

let traditionalPage = false;

/** The card follows the script of the page it explains: set for each card shown. */
export function setTraditionalPage(on: boolean): void {
  traditionalPage = on;
}

/** Chinese text as the reader wants it: Traditional for zh_TW or on a traditional page, else unchanged. */
export function inLocaleScript(text: string, locale: string): string {
  return locale === 'zh_TW' || traditionalPage ? zhTW(text) : text;
}

/** The `lang` of Chinese text shown through `inLocaleScript`. */
export function chineseLang(locale: string): 'zh-Hant' | 'zh-Hans' {
  return locale === 'zh_TW' || traditionalPage ? 'zh-Hant' : 'zh-Hans';
}
