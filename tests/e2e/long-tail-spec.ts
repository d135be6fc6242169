import { expect } from 'vitest';
import type { Driver } from '../support/driver';
import { UNEXPLAINED_TEXTS } from '../support/page-probes';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Scrolls the flagged formula `text` into view and returns the centre of its first line box. */
const flaggedRect = (text: string) => `(() => {
  const r = [...(CSS.highlights.get('tifa-lens-unexplained') ?? [])].find((x) => x.toString() === ${JSON.stringify(text)});
  if (!r) return null;
  r.startContainer.parentElement.scrollIntoView({ block: 'center' });
  const rect = r.getClientRects()[0];
  return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
})()`;

/**
 * A formula the glossary lacks (六地四转, on the commentary page) is flagged; its card shows the definition
 * the page gives (“六地四转”，即……), then a word-by-word reading from the general dictionary (issue 11).
 */
export async function checkFlaggedFormulaCard(driver: Driver, base: string): Promise<void> {
  await driver.goto(`${base}/commentary.html`);
  await expect.poll(() => driver.evaluate<string[]>(UNEXPLAINED_TEXTS), { timeout: 8000 }).toContain('六地四转');
  await driver.move(2, 2);
  await sleep(300);
  const at = await driver.evaluate<{ x: number; y: number } | null>(flaggedRect('六地四转'));
  expect(at).not.toBeNull();
  await driver.move(at!.x, at!.y);
  const text = async () => (await driver.card())?.text ?? '';
  // The reading arrives once the background has loaded the dictionary: allow it a few seconds the first time.
  await expect.poll(text, { timeout: 10000 }).toContain('Word by word (CC-CEDICT):');
  const card = await text();
  const definition = '建设六个产业基地、推动四个方面的转变';
  expect(card).toContain('Defined on this page:');
  expect(card).toContain(definition);
  expect(card).toMatch(/六\s*liù/);
  expect(card.indexOf(definition)).toBeLessThan(card.indexOf('Word by word'));
}

export const LONG_TAIL_CHECKS = {
  "shows a flagged formula's in-page definition and its word-by-word reading": checkFlaggedFormulaCard,
};
