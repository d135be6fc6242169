import { expect } from 'vitest';
import { settledCard, type Driver } from '../support/driver';
import { PROBE_RANGES, WAIT_FOR_HIGHLIGHTS, type ProbedRange } from '../support/page-probes';
import { hoverTerm, simplified } from './reference-spec';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function termTexts(driver: Driver): Promise<string[]> {
  return (await driver.evaluate<ProbedRange[]>(PROBE_RANGES)).map((r) => simplified(r.text));
}

/** Content added after load is annotated, content removed loses its ranges, and our work never loops. */
export async function checkDynamicContent(driver: Driver, base: string): Promise<void> {
  await driver.goto(`${base}/simplified.html`);
  await driver.evaluate(WAIT_FOR_HIGHLIGHTS);
  expect(await termTexts(driver)).not.toContain('放管服');
  await driver.evaluate(`(() => {
    const p = document.createElement('p');
    p.id = 'added';
    p.textContent = '会议要求深化放管服改革,持续优化营商环境。';
    document.querySelector('article').append(p);
  })()`);
  await expect.poll(() => termTexts(driver), { timeout: 5000 }).toContain('放管服');
  await sleep(1000);
  const refreshes = await driver.evaluate<number>(`performance.getEntriesByName('tifa-lens:refresh').length`);
  expect(refreshes, 'one batch for one change, no self-triggered loop').toBe(1);

  await driver.evaluate(`document.getElementById('added').remove()`);
  await expect.poll(() => termTexts(driver), { timeout: 5000 }).not.toContain('放管服');
}

/** Escape closes the tooltip; the pointer may move into it; leaving both closes it. */
export async function checkTooltipDismissal(driver: Driver, base: string): Promise<void> {
  await driver.goto(`${base}/simplified.html`);
  await driver.evaluate(WAIT_FOR_HIGHLIGHTS);
  await hoverTerm(driver, '专精特新');
  const visible = async () => (await driver.card())?.visible ?? false;

  // Into the tooltip: it stays open, so its text can be selected.
  await expect.poll(visible).toBe(true);
  const box = await settledCard(driver); // where the card rests, not where it was before its content came
  await driver.move(box.x + box.width / 2, box.y + box.height / 2);
  await sleep(600);
  expect(await visible(), 'open while the pointer is inside it').toBe(true);

  await driver.press('Escape');
  await sleep(100);
  expect(await visible(), 'Escape closes it').toBe(false);

  await hoverTerm(driver, '专精特新');
  await driver.move(5, 5);
  await sleep(700);
  expect(await visible(), 'leaving both closes it').toBe(false);
}
