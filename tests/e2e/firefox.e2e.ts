import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFixtures } from '../../scripts/serve.mjs';
import { availability, launchFirefox, type Driver } from './harness';
import { checkDynamicContent, checkTooltipDismissal } from './behaviour-spec';
import { DETECTION_CHECKS } from './detection-spec';
import { LONG_TAIL_CHECKS } from './long-tail-spec';
import { checkLongPageScrolling } from './long-page-spec';
import { referenceHoverExpectations } from './hover-expectations';
import { checkReferenceForm, hoverTerm, mutationsSoFar } from './reference-spec';

const { run, label } = availability('firefox');

describe.runIf(run)(label, () => {
  let driver: Driver;
  let server: { base: string; close(): Promise<void> };

  beforeAll(async () => {
    server = await serveFixtures();
    driver = await launchFirefox();
  });
  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  it.each(['published', 'simplified', 'split'])(
    'highlights the %s reference page without touching its DOM',
    async (form) => {
      await checkReferenceForm(driver, server.base, form);
    },
  );

  it('explains 专精特新, 四保 and 三个一批 on hover, choosing the pandemic sense of 四保', async () => {
    await driver.goto(`${server.base}/published.html`);
    await driver.evaluate('new Promise((r) => setTimeout(r, 800))');
    expect(await mutationsSoFar(driver)).toEqual([]);
    for (const [term, expected] of Object.entries(referenceHoverExpectations)) {
      const tip = await hoverTerm(driver, term);
      for (const fragment of expected) expect(tip.text, `${term} tooltip`).toContain(fragment);
      expect(tip.shadowMode, 'the page sees the card host, not inside it').toBe('closed');
      expect(tip.inViewport).toBe(true);
    }
    await driver.screenshot('test-results/firefox-tooltip.png');
  });

  it('follows content added and removed after load', async () => {
    await checkDynamicContent(driver, server.base);
  });

  it('closes the tooltip on Escape and on leaving, and keeps it open under the pointer', async () => {
    await checkTooltipDismissal(driver, server.base);
  });

  it.each(Object.entries(DETECTION_CHECKS))('%s', async (_name, check) => {
    await check(driver, server.base);
  });

  it.each(Object.entries(LONG_TAIL_CHECKS))('%s', async (_name, check) => {
    await check(driver, server.base);
  });

  it('highlights terms far down a long page as they scroll into view, and drops those left behind', async () => {
    await checkLongPageScrolling(driver, server.base);
  });

  it('does nothing on a page without Chinese', async () => {
    await driver.goto(`${server.base}/english.html`);
    await driver.evaluate('new Promise((r) => setTimeout(r, 600))');
    expect(await driver.evaluate('CSS.highlights.size')).toBe(0);
  });

  it('makes no request beyond the test server', () => {
    const foreign = driver.requests.filter((u) => !u.startsWith(server.base) && !u.startsWith('moz-extension://'));
    expect(foreign).toEqual([]);
  });
});
