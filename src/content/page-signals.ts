import type { PageSignals } from '../core/classify';
import { mainText, type BlockStats } from '../core/main-text';
import type { Matcher } from '../core/matcher';
import { termWeight, type TierOf } from '../core/term-density';
import type { TextBlock } from './collect';

/** The classifier reads this much main text. */
const MAIN_CHARS = 5000;
/** Page chrome the reader view leaves out. */
const CHROME = 'nav, header, footer, aside, menu, [role="navigation"], [role="banner"], [role="contentinfo"]';

function jsonLdTypes(): string[] {
  const types: string[] = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    for (const found of (script.textContent ?? '').matchAll(/"@type"\s*:\s*"([^"]{1,60})"/g)) {
      if (types.length < 8) types.push(found[1]!);
    }
  }
  return types;
}

/** How much of a block is link text, and whether it sits in the page's chrome. */
function statsOf(block: TextBlock): BlockStats {
  let linkChars = 0;
  block.nodes.forEach((node) => {
    if (node.parentElement?.closest('a')) linkChars += node.data.length;
  });
  const chrome = !!block.nodes[0]?.parentElement?.closest(CHROME);
  return { text: block.text, linkChars, chrome };
}

/** Reads the classifier's inputs from the page and the blocks already collected. */
export function pageSignals(blocks: readonly TextBlock[], matcher: Matcher, tierOf: TierOf): PageSignals {
  const text = mainText(blocks.map(statsOf), MAIN_CHARS);
  return {
    title: document.title,
    text,
    hostname: location.hostname,
    lang: document.documentElement.lang || undefined,
    ogType: document.querySelector('meta[property="og:type"]')?.getAttribute('content') ?? undefined,
    jsonLdTypes: jsonLdTypes(),
    terms: termWeight(matcher, tierOf, text),
  };
}
