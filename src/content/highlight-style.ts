import type { Settings } from '../core/settings';
import { HIGHLIGHT_NAME } from './highlights';

/** The reader's style and colours, as a sheet that follows the defaults (see page-styles.ts). */
export function highlightCss({ highlightStyle, colors }: Pick<Settings, 'highlightStyle' | 'colors'>): string {
  const rule = (color: string) => {
    const underline = `text-decoration: underline dotted ${color} 2px; text-underline-offset: 3px;`;
    const background = `background-color: color-mix(in srgb, ${color} 18%, transparent);`;
    if (highlightStyle === 'underline') return underline + ' background-color: transparent;';
    if (highlightStyle === 'background') return background + ' text-decoration: none;';
    return `${underline} ${background}`;
  };
  return `::highlight(${HIGHLIGHT_NAME}) { ${rule(colors.light)} }
@media (prefers-color-scheme: dark) { ::highlight(${HIGHLIGHT_NAME}) { ${rule(colors.dark)} } }`;
}
