// Whether a text is written in traditional characters, so that the card can answer a reader of a Hong Kong,
// Macau or Taiwan page in the script of the page.
import { foldTable } from './fold-table';
import { isHanCode } from './normalize';

/** Most traditional prose changes a quarter of its characters under t2s; simplified prose next to none. */
const TRADITIONAL_SHARE = 0.08;
/** Too few Han characters say nothing about the page. */
const MIN_HAN = 40;

/** True when enough of `text`'s Han characters are traditional forms (those the t2s table changes). */
export function isTraditionalText(text: string): boolean {
  const { bmp } = foldTable();
  let han = 0;
  let traditional = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isHanCode(code)) continue;
    han++;
    if (bmp[code] !== 0) traditional++;
  }
  return han >= MIN_HAN && traditional / han >= TRADITIONAL_SHARE;
}
