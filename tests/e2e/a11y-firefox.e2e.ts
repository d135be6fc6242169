// Accessibility in Firefox: axe (WCAG 2.1 A/AA) on the tooltip only. The popup and options pages
// are Chromium-only here because WebDriver BiDi refuses to navigate to moz-extension:// URLs
// ("not allowed in this context"; see docs/browser-testing.md).
import { afterAll, beforeAll, describe, it } from 'vitest';
import { serveFixtures } from '../../scripts/serve.mjs';
import { checkTooltipAxe } from './a11y-spec';
import { availability, launchFirefox, type Driver } from './harness';

const { run, label } = availability('firefox');

describe.runIf(run)(`${label}: accessibility`, () => {
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

  it('tooltip has no WCAG 2.1 A/AA violations', async () => {
    await checkTooltipAxe(driver, server.base);
  });
});
