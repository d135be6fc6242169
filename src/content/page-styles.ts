import type { Settings } from '../core/settings';
import highlightCss from './highlight.css?inline';
import { highlightCss as readerCss } from './highlight-style';

/**
 * Our two stylesheets in the page: the defaults, then the reader's style and colours (later, to win).
 * They are adopted only once the lens has decided to annotate, and removed when it stops, so a page
 * where the lens is off sees no sheet of ours (and none of the reader's colours).
 */
export class PageStyles {
  private defaults: CSSStyleSheet | undefined;
  private reader: CSSStyleSheet | undefined;
  private readerText = '';
  private readonly roots = new Set<Document | ShadowRoot>();

  /** Keeps the reader's style for the next adoption, and updates it where it is adopted. */
  update(settings: Pick<Settings, 'highlightStyle' | 'colors'>): void {
    this.readerText = readerCss(settings);
    try {
      this.reader?.replaceSync(this.readerText);
    } catch {
      // The defaults still apply.
    }
  }

  adopt(root: Document | ShadowRoot): void {
    if (this.roots.has(root)) return;
    try {
      this.defaults ??= sheet(highlightCss);
      this.reader ??= sheet(this.readerText);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.defaults, this.reader];
      this.roots.add(root);
    } catch {
      // A page or browser that refuses constructed sheets: its text stays unstyled, nothing breaks.
    }
  }

  removeAll(): void {
    for (const root of this.roots) {
      try {
        root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== this.defaults && s !== this.reader);
      } catch {
        // The root is gone with its document.
      }
    }
    this.roots.clear();
  }
}

function sheet(css: string): CSSStyleSheet {
  const s = new CSSStyleSheet();
  s.replaceSync(css);
  return s;
}
