import { pinyin } from 'pinyin-pro';
import type { GlossaryEntry } from './glossary-schema';

/** Tone-marked reading, e.g. "zhuān jīng tè xīn"; a glossary override wins over pinyin-pro. */
export function readingOf(entry: Pick<GlossaryEntry, 'term' | 'pinyin'>): string {
  return entry.pinyin ?? pinyin(entry.term, { toneType: 'symbol', nonZh: 'consecutive' });
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
