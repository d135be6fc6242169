// The budgets Firefox can be measured on with the tools here (puppeteer-core over WebDriver BiDi has no
// CDP metrics, traces or heap): the extension's own marks, read from the page (the content script's
// marks land in the page's timeline), and frames while scrolling the whole large page, with and without.
import puppeteer from 'puppeteer-core';
import { resolve } from 'node:path';
import { firefoxPath, hasFirefox } from '../scripts/browsers.mjs';
import { SCROLL_PX_PER_S, SCROLL_THROUGH, frameStats } from './issue-budgets.mjs';

const MARKS = `(() => {
  const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
  const annotate = performance.getEntriesByName('tifa-lens:annotate')[0];
  return {
    inject: at('tifa-lens:inject'),
    lens: at('tifa-lens:lens'),
    start: at('tifa-lens:start'),
    firstScreen: at('tifa-lens:first-screen'),
    annotateEnd: annotate ? annotate.startTime + annotate.duration : null,
    hits: annotate?.detail?.hits ?? null,
    ranges: CSS.highlights.get('tifa-lens-term')?.size ?? 0,
  };
})()`;

const WAIT = `new Promise((resolve) => {
  const done = () => performance.getEntriesByName('tifa-lens:annotate').length > 0;
  const started = Date.now();
  const tick = () => (done() || Date.now() - started > 30000 ? resolve(done()) : setTimeout(tick, 50));
  tick();
})`;

async function launchFirefox(extension) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
    extraPrefsFirefox: { 'xpinstall.signatures.required': false },
  });
  if (extension) await browser.installExtension(resolve('dist-marks/firefox'));
  return browser;
}

async function open(browser, url) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1100, height: 800 });
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  return page;
}

/** Marks on the reference and large pages, `reps` loads each, and one scroll through the large page. */
export async function measureFirefox(urls, reps, log) {
  if (!hasFirefox()) return { skipped: `Firefox was not found at ${firefoxPath}` };
  const out = { version: '', reference: [], large: [], scroll: {} };
  const ext = await launchFirefox(true);
  try {
    out.version = await ext.version();
    for (let rep = 0; rep < reps; rep++) {
      for (const key of ['reference', 'large']) {
        const page = await open(ext, urls[key]);
        await page.evaluate(WAIT);
        out[key].push(await page.evaluate(MARKS));
        await page.close();
      }
    }
    const page = await open(ext, urls.large);
    await page.evaluate(WAIT);
    await new Promise((r) => setTimeout(r, 300));
    out.scroll.ext = frameStats(await page.evaluate(SCROLL_THROUGH(SCROLL_PX_PER_S)));
    await page.close();
  } finally {
    await ext.close();
  }
  const bare = await launchFirefox(false);
  try {
    const page = await open(bare, urls.large);
    await new Promise((r) => setTimeout(r, 600));
    out.scroll.base = frameStats(await page.evaluate(SCROLL_THROUGH(SCROLL_PX_PER_S)));
  } finally {
    await bare.close();
  }
  log(`Firefox ${out.version}: frames > 50 ms ${out.scroll.ext.over50} with, ${out.scroll.base.over50} without`);
  return out;
}
