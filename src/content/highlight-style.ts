import type { Settings } from '../core/settings';
import { HIGHLIGHT_NAME, VOCABULARY_NAME } from './highlights';

/** The manifest's stylesheet holds the defaults; this sheet carries the reader's style and colours. */
let sheet: CSSStyleSheet | undefined;

export function highlightCss({ highlightStyle, colors }: Pick<Settings, 'highlightStyle' | 'colors'>): string {
  const rule = (color: string) => {
    const underline = `text-decoration: underline dotted ${color} 2px; text-underline-offset: 3px;`;
    const background = `background-color: color-mix(in srgb, ${color} 18%, transparent);`;
    if (highlightStyle === 'underline') return underline + ' background-color: transparent;';
    if (highlightStyle === 'background') return background + ' text-decoration: none;';
    return `${underline} ${background}`;
  };
  // Vocabulary keeps the reader's colour but never their background: a thin, faded underline only.
  const quiet = (color: string) =>
    `text-decoration: underline dotted color-mix(in srgb, ${color} 45%, transparent) 1px; text-underline-offset: 3px; background-color: transparent;`;
  return `::highlight(${HIGHLIGHT_NAME}) { ${rule(colors.light)} }
::highlight(${VOCABULARY_NAME}) { ${quiet(colors.light)} }
@media (prefers-color-scheme: dark) { ::highlight(${HIGHLIGHT_NAME}) { ${rule(colors.dark)} } ::highlight(${VOCABULARY_NAME}) { ${quiet(colors.dark)} } }`;
}

/**
 * Applies the reader's highlight style through adopted stylesheets, which change no element of
 * the page. Where a browser refuses (a page's own sheet handling, an old engine), the defaults stay.
 */
export function applyHighlightStyle(settings: Settings, roots: (Document | ShadowRoot)[]): void {
  try {
    sheet ??= new CSSStyleSheet();
    sheet.replaceSync(highlightCss(settings));
    for (const root of roots) {
      if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    }
  } catch {
    // Defaults from the manifest's stylesheet still apply.
  }
}
