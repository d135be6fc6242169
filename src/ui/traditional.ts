// Chinese text for the zh_TW interface: OpenCC's Taiwan-standard characters, and corner brackets for
// quotation marks as Taiwan prints them.
import { toTraditional } from '../core/s2t';

export function zhTW(text: string): string {
  return toTraditional(text).replace(/“/g, '「').replace(/”/g, '」').replace(/‘/g, '『').replace(/’/g, '』');
}

/** Chinese text as the reader's interface wants it: Traditional for zh_TW, else unchanged. */
export function inLocaleScript(text: string, locale: string): string {
  return locale === 'zh_TW' ? zhTW(text) : text;
}
