import { pinyin } from 'pinyin-pro';
import type { GlossaryEntry } from './glossary-schema';

/**
 * Tone-marked reading, e.g. "zhuān jīng tè xīn"; a glossary override wins over pinyin-pro. Dictionary
 * tones, as glossaries and CC-CEDICT write them: 一 is yī and 不 is bù wherever they stand (pinyin-pro
 * otherwise applies the spoken sandhi, 一批 yì pī). Quotation marks in a headword are not read.
 */
export function readingOf(entry: Pick<GlossaryEntry, 'term' | 'pinyin'>): string {
  const words = entry.term.replace(/["“”'‘’「」『』]/g, '');
  return entry.pinyin ?? pinyin(words, { toneType: 'symbol', nonZh: 'consecutive', toneSandhi: false });
}

/** Toneless, spaceless reading for search: "zhuanjingtexin". */
export function tonelessOf(entry: Pick<GlossaryEntry, 'term' | 'pinyin'>): string {
  return toneless(readingOf(entry));
}

export function toneless(reading: string): string {
  return reading
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ü/g, 'v')
    .replace(/[^a-z0-9]/gi, '')
    .toLowerCase();
}
