import { expect } from 'vitest';
import type { Driver } from '../support/driver';
import { PROBE_RANGES, type ProbedRange } from '../support/page-probes';
import { KEY_TERMS, simplified } from './reference-spec';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const COUNT = `new Set([...(CSS.highlights.get('tifa-lens-term') ?? []), ...(CSS.highlights.get('tifa-lens-vocabulary') ?? [])])?.size ?? 0`;

async function texts(driver: Driver): Promise<string[]> {
  return (await driver.evaluate<ProbedRange[]>(PROBE_RANGES)).map((r) => simplified(r.text));
}

/** A web novel full of official vocabulary stays unannotated in Automatic mode. */
export async function checkHardNegative(driver: Driver, base: string): Promise<void> {
  await driver.goto(`${base}/novel.html`);
  await sleep(1200);
  expect(await driver.evaluate<number>(COUNT)).toBe(0);
}

/** Commentary with no lede, officials or meeting is annotated in Automatic mode (issue 11). */
export async function checkCommentary(driver: Driver, base: string): Promise<void> {
  await driver.goto(`${base}/commentary.html`);
  await expect
    .poll(() => texts(driver), { timeout: 8000 })
    .toEqual(expect.arrayContaining(['高质量发展', '新发展格局', '全面从严治党']));
  // The formula the glossary lacks is flagged with the quieter highlight.
  const flagged = await driver.evaluate<string[]>(
    `[...(CSS.highlights.get('tifa-lens-unexplained') ?? [])].map((r) => r.toString())`,
  );
  expect(flagged).toContain('六地四转');
}

/** An officialdom novel is left alone, though its chapter heading is only in its menu (issue 11). */
export async function checkOfficialdomNovel(driver: Driver, base: string): Promise<void> {
  await driver.goto(`${base}/officialdom.html`);
  await sleep(1200);
  expect(await driver.evaluate<number>(COUNT)).toBe(0);
}

/** pushState to a report gets it annotated; going back drops the ranges. */
export async function checkSinglePageNavigation(driver: Driver, base: string): Promise<void> {
  await driver.goto(`${base}/spa.html`);
  await sleep(800);
  expect(await driver.evaluate<number>(COUNT), 'index page is not a report').toBe(0);
  await driver.evaluate(`document.getElementById('go').click()`);
  await expect.poll(() => texts(driver), { timeout: 8000 }).toEqual(expect.arrayContaining(KEY_TERMS));
  await driver.evaluate(`history.back()`);
  await expect.poll(() => driver.evaluate<number>(COUNT), { timeout: 8000 }).toBe(0);
}

/** A same-origin iframe is annotated in its own document. */
export async function checkIframe(driver: Driver, base: string): Promise<void> {
  await driver.goto(`${base}/frame.html`);
  await expect
    .poll(
      async () =>
        (await driver.evaluateInFrame<ProbedRange[]>('/simplified.html', PROBE_RANGES)).map((r) => simplified(r.text)),
      { timeout: 8000 },
    )
    .toEqual(expect.arrayContaining(KEY_TERMS));
}

/** Text inside open shadow roots, nested too, is highlighted. */
export async function checkShadowRoots(driver: Driver, base: string): Promise<void> {
  await driver.goto(`${base}/shadow.html`);
  await expect.poll(() => texts(driver), { timeout: 8000 }).toEqual(expect.arrayContaining(KEY_TERMS));
  const depths = await driver.evaluate<
    number[]
  >(`[...new Set([...(CSS.highlights.get('tifa-lens-term') ?? []), ...(CSS.highlights.get('tifa-lens-vocabulary') ?? [])])].map((r) => {
    let depth = 0;
    for (let root = r.startContainer.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) depth++;
    return depth;
  })`);
  expect(Math.max(...depths), 'ranges inside the nested shadow root').toBe(2);
}

/** Paragraphs loaded on scroll are annotated as they arrive. */
export async function checkInfiniteScroll(driver: Driver, base: string): Promise<void> {
  await driver.goto(`${base}/scroll.html`);
  await sleep(800);
  expect(await texts(driver)).not.toContain('放管服');
  await driver.evaluate(`scrollTo(0, document.body.scrollHeight)`);
  await expect.poll(() => texts(driver), { timeout: 8000 }).toContain('放管服');
  await driver.evaluate(`scrollTo(0, 0)`);
  await sleep(200);
  await driver.evaluate(`scrollTo(0, document.body.scrollHeight)`);
  await expect.poll(() => texts(driver), { timeout: 8000 }).toContain('六稳六保');
}

export const DETECTION_CHECKS = {
  'keeps a web novel with official vocabulary unannotated (Automatic mode)': checkHardNegative,
  'annotates a commentary page in Automatic mode': checkCommentary,
  'keeps an officialdom novel unannotated (Automatic mode)': checkOfficialdomNovel,
  'follows single-page navigation (pushState, popstate)': checkSinglePageNavigation,
  'annotates a same-origin iframe': checkIframe,
  'annotates open shadow roots, nested too': checkShadowRoots,
  'annotates paragraphs added by infinite scroll': checkInfiniteScroll,
};
