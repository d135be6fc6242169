/**
 * Finds a page's main text the way a reader view does, from per-block statistics the content script
 * gathers: menus, link lists, headers and footers are left out, prose is kept. Pure, so it is tested
 * in Node; the DOM side only counts.
 */
export interface BlockStats {
  text: string;
  /** Characters of `text` that sit inside links. */
  linkChars: number;
  /** Inside nav, header, footer, aside or an element with a navigation, banner or contentinfo role. */
  chrome: boolean;
}

/** A block mostly made of link text is a menu or a list of headlines, not prose. */
const LINK_SHARE = 0.5;
/** Below this many characters of main text, the filter has probably misread the page: use everything. */
const MIN_MAIN = 200;

export function isMainBlock(b: BlockStats): boolean {
  const length = b.text.trim().length;
  if (!length || b.chrome) return false;
  return b.linkChars / length < LINK_SHARE;
}

/** The main text, up to `limit` characters, blocks joined by newlines. */
export function mainText(blocks: readonly BlockStats[], limit: number): string {
  const join = (list: readonly BlockStats[]) => {
    let text = '';
    for (const b of list) {
      if (text.length >= limit) break;
      text += b.text.slice(0, limit - text.length) + '\n';
    }
    return text;
  };
  const main = join(blocks.filter(isMainBlock));
  return main.replace(/\s/g, '').length >= MIN_MAIN ? main : join(blocks);
}
