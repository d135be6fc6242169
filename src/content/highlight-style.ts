import type { Settings } from '../core/settings';
import { HIGHLIGHT_NAME, VOCABULARY_NAME } from './highlights';

/** The reader's style and colours, as a sheet that follows the defaults (see page-styles.ts). */
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
