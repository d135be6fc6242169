// Part of `npm start` (headless): writes docs/gallery/popup.png and docs/gallery/options.png. The popup
// is opened as a page for the tab showing the bundled reference report: popup.png shows its term list,
// popup-card.png one term's card opened from the list; options.png shows the options page as it opens.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath, hasChromium } from './browsers.mjs';
import { serveFixtures } from '../tests/support/pages/serve.mjs';

if (!hasChromium()) {
  console.log('No Chromium: the popup and options pictures are not written.');
  process.exit(0);
}
const out = resolve('docs/gallery');
mkdirSync(out, { recursive: true });
const server = await serveFixtures();
const dir = mkdtempSync(join(tmpdir(), 'tifa-gallery-'));
const dist = resolve('dist/chrome');
const context = await chromium.launchPersistentContext(dir, {
  executablePath: chromiumPath,
  headless: true,
  args: [...chromiumArgs, `--disable-extensions-except=${dist}`, `--load-extension=${dist}`],
  viewport: { width: 1024, height: 640 },
});
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${server.base}/published.html`);
  await page.waitForFunction(() => (CSS.highlights.get('tifa-lens-term')?.size ?? 0) > 0, null, { timeout: 15000 });
  const [tabId] = await worker.evaluate('chrome.tabs.query({}).then((tabs) => tabs.map((t) => t.id))');
  // The toolbar popup is 380 px wide; a page of that width shows it as the reader sees it.
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${id}/src/popup/index.html?tab=${tabId}`);
  await popup.locator('.term-row').first().waitFor();
  await popup.locator('.pick').nth(1).check();
  await popup.screenshot({ path: join(out, 'popup.png') });
  await popup.locator('.term-row', { hasText: '四保' }).first().click();
  await popup.locator('.card-view .card .explanation').first().waitFor();
  await popup.screenshot({ path: join(out, 'popup-card.png') });
  const options = await context.newPage();
  await options.setViewportSize({ width: 1024, height: 640 });
  await options.goto(`chrome-extension://${id}/src/options/index.html`);
  await options.waitForTimeout(800);
  await options.screenshot({ path: join(out, 'options.png') });
  console.log(`Popup and options pictures written to ${out}`);
} finally {
  await context.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
