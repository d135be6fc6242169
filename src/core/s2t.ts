import { ConverterFactory } from 'opencc-js/core';
import STCharacters from 'opencc-js/dict/STCharacters';
import TWVariants from 'opencc-js/dict/TWVariants';
import TWVariantsPhrases from 'opencc-js/dict/TWVariantsPhrases';
import phrases from './s2t-phrases.json';

/**
 * Simplified → Traditional (Taiwan standard) for the zh_TW interface and for traditional pages.
 * OpenCC's phrase table decides the one-to-many characters (干部 幹部 but 干扰 干擾, 发展 發展 but 头发
 * 頭髮); it is cut down at build time (scripts/s2t-phrases.mjs) to the phrases our strings contain.
 * Unlike t2s this keeps no offset map: it converts whole strings for display only.
 */
let convert: ((text: string) => string) | undefined;

export function toTraditional(text: string): string {
  convert ??= ConverterFactory([phrases, STCharacters], [TWVariantsPhrases, TWVariants]);
  return convert(text);
}
