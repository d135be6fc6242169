import { mkdirSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';
import { normalize } from '../../src/core/normalize';
import type { CardState, Driver } from '../support/driver';
import {
  MUTATIONS,
  PROBE_RANGES,
  PAGE_SEES_SHADOW,
  UNEXPLAINED_TEXTS,
  WAIT_FOR_HIGHLIGHTS,
  scrollToText,
  type ProbedRange,
} from '../support/page-probes';

/** Terms a China-watcher expects explained in the reference report, as simplified text. */
export const KEY_TERMS = ['三个一批', '项目为王', '专精特新', '四保', '以商招商', '产业链招商', '要素保障'];
/** Ordinary words that must never be highlighted on their own. */
export const ORDINARY = ['企业', '发展', '项目', '会议', '观摩', '一批'];
/**
 * Explained in the reference report only: 白名单 there is the 2022 list of enterprises kept running under
 * COVID controls (the 四保 whitelist), one of the two senses of its entry.
 */
const REFERENCE_ONLY_TERMS = ['白名单'];

export const simplified = (s: string) => normalize(s).text;

export async function highlightedOn(driver: Driver, url: string): Promise<ProbedRange[]> {
  await driver.goto(url);
  await driver.evaluate(WAIT_FOR_HIGHLIGHTS);
  return driver.evaluate<ProbedRange[]>(PROBE_RANGES);
}

/** Hovers the first highlighted occurrence of `term` with real pointer moves; returns the tooltip text. */
export async function hoverTerm(
  driver: Driver,
  term: string,
): Promise<{ text: string; inViewport: boolean; shadowMode: string }> {
  // Polled, not read once: under load the first highlights can come after the caller's fixed wait.
  const indexOf = async () =>
    (await driver.evaluate<ProbedRange[]>(PROBE_RANGES)).findIndex((r) => simplified(r.text) === term);
  await expect.poll(indexOf, { message: `${term} is highlighted`, timeout: 10_000 }).toBeGreaterThanOrEqual(0);
  const index = await indexOf();
  await driver.move(2, 2); // away from any term, so the previous tooltip closes
  await new Promise((r) => setTimeout(r, 400));
  const rect = await driver.evaluate<{ x: number; y: number; width: number; height: number }>(scrollToText(index));
  await driver.move(rect.x + rect.width / 2, rect.y + rect.height / 2);
  let state: CardState | null = null;
  for (let i = 0; i < 40; i++) {
    await new Promise((r) => setTimeout(r, 100));
    state = await driver.card();
    // An empty frame is not drawn yet, and the card may still show the previous term for a moment while the
    // new explanation arrives: wait for this term's card.
    if (state?.visible && state.text && !state.text.endsWith('…') && simplified(state.text).includes(term)) break;
  }
  expect(state?.visible, `tooltip visible for ${term}`).toBe(true);
  // What the page itself can see of the card: an element with no readable shadow root.
  const shadowMode = await driver.evaluate<string>(PAGE_SEES_SHADOW);
  return { text: state!.text, inViewport: state!.inViewport, shadowMode };
}

export async function mutationsSoFar(driver: Driver): Promise<string[]> {
  return driver.evaluate<string[]>(MUTATIONS);
}

/** Writes what each browser highlighted on each form, for the closing note and for debugging. */
export function recordHighlights(browser: string, form: string, ranges: ProbedRange[]): void {
  mkdirSync('test-results', { recursive: true });
  const counts = new Map<string, number>();
  for (const r of ranges) counts.set(simplified(r.text), (counts.get(simplified(r.text)) ?? 0) + 1);
  const line = [...counts].map(([t, n]) => `${t}×${n}`).join(' ');
  writeFileSync(`test-results/highlights-${browser}-${form}.txt`, line + '\n');
}

/** The checks every browser runs on every form of the reference page. */
export async function checkReferenceForm(driver: Driver, base: string, form: string): Promise<void> {
  const ranges = await highlightedOn(driver, `${base}/${form}.html`);
  recordHighlights(driver.name, form, ranges);
  const texts = ranges.map((r) => simplified(r.text));
  for (const term of [...KEY_TERMS, ...REFERENCE_ONLY_TERMS]) expect(texts, `${form}: ${term}`).toContain(term);
  for (const word of ORDINARY) expect(texts, `${form}: ordinary ${word}`).not.toContain(word);
  expect(
    ranges.filter((r) => r.inControls).map((r) => r.text),
    `${form}: nothing in controls`,
  ).toEqual([]);
  expect(await mutationsSoFar(driver), `${form}: no DOM mutation before hover`).toEqual([]);
  // Formula-like phrases the glossary lacks get the quieter highlight; glossary terms never do.
  const unexplained = (await driver.evaluate<string[]>(UNEXPLAINED_TEXTS)).map(simplified);
  expect(unexplained, `${form}: unexplained`).toEqual(expect.arrayContaining(['轻骑兵', '加速度']));
  for (const term of KEY_TERMS) expect(unexplained).not.toContain(term);
}
