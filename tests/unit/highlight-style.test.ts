import { describe, expect, it } from 'vitest';
import { highlightCss } from '../../src/content/highlight-style';
import { readFileSync } from 'node:fs';

const rule = (css: string, name: string) => new RegExp(`::highlight\\(${name}\\) \\{([^}]*)\\}`).exec(css)?.[1] ?? '';

describe('highlight styles by tier', () => {
  const colors = { light: '#c2410c', dark: '#fdba74' };

  it('draws vocabulary quieter than formulas, whatever style the reader picked', () => {
    for (const highlightStyle of ['underline', 'background', 'both'] as const) {
      const css = highlightCss({ highlightStyle, colors });
      const vocabulary = rule(css, 'tifa-lens-vocabulary');
      expect(vocabulary).toContain('1px');
      expect(vocabulary).toContain('background-color: transparent');
      expect(vocabulary).toMatch(/color-mix\(in srgb, #c2410c 45%/);
    }
    expect(rule(highlightCss({ highlightStyle: 'both', colors }), 'tifa-lens-term')).toMatch(
      /2px.*background-color: color-mix/,
    );
  });

  it('gives the vocabulary tier its own default rule in the manifest stylesheet', () => {
    const css = readFileSync(new URL('../../src/content/highlight.css', import.meta.url), 'utf8');
    expect(rule(css, 'tifa-lens-vocabulary')).toMatch(/dotted rgb\(194 65 12 \/ 0\.45\) 1px/);
    expect(rule(css, 'tifa-lens-term')).toMatch(/2px/);
  });
});
