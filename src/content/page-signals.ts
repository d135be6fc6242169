import type { PageSignals } from '../core/classify';
import type { Matcher } from '../core/matcher';
import { normalize } from '../core/normalize';
import type { TextBlock } from './collect';

const SAMPLE_CHARS = 5000;

function jsonLdTypes(): string[] {
  const types: string[] = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    const found = /"@type"\s*:\s*"([^"]{1,60})"/.exec(script.textContent ?? '');
    if (found) types.push(found[1]!);
  }
  return types;
}

/** Reads the classifier's inputs from the page and the blocks already collected. */
export function pageSignals(blocks: readonly TextBlock[], matcher: Matcher): PageSignals {
  let text = '';
  for (const b of blocks) {
    if (text.length >= SAMPLE_CHARS) break;
    text += b.text.slice(0, SAMPLE_CHARS - text.length) + '\n';
  }
  const hits = matcher.findAll(normalize(text).text);
  return {
    title: document.title,
    text,
    hostname: location.hostname,
    lang: document.documentElement.lang || undefined,
    ogType: document.querySelector('meta[property="og:type"]')?.getAttribute('content') ?? undefined,
    jsonLdTypes: jsonLdTypes(),
    termHits: hits.length,
    distinctTerms: new Set(hits.map((h) => h.id)).size,
  };
}
