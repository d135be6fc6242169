// `npm start`: opens the bundled reference report with the built extension loaded.
// With a display it opens a real Chromium window and waits until you close it. Without one it
// runs headless, hovers a term, writes docs/screenshot.png and prints the terms it found.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath, firefoxPath, hasChromium, hasFirefox } from './browsers.mjs';
import { serveFixtures } from '../tests/support/pages/serve.mjs';
import { tooltipGallery } from './gallery.mjs';

const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.argv.includes('--headless');
const screenshotPath = resolve('docs/screenshot.png');
const server = await serveFixtures();
const url = `${server.base}/published.html`;

const TERMS = `(() => {
  const h = new Set([...(CSS.highlights.get('tifa-lens-term') ?? []), ...(CSS.highlights.get('tifa-lens-vocabulary') ?? [])]);
  const counts = new Map();
  for (const r of h ?? []) {
    const f = r.cloneContents(); f.querySelectorAll('rt, rp').forEach((e) => e.remove());
    counts.set(f.textContent, (counts.get(f.textContent) ?? 0) + 1);
  }
  return [...counts];
})()`;
const WAIT = `new Promise((resolve) => { let n = 0; const t = () => (new Set([...(CSS.highlights.get('tifa-lens-term') ?? []), ...(CSS.highlights.get('tifa-lens-vocabulary') ?? [])])?.size || n++ > 100) ? setTimeout(resolve, 500) : setTimeout(t, 100); t(); })`;
const RECT = (term) => `(() => {
  for (const r of new Set([...(CSS.highlights.get('tifa-lens-term') ?? []), ...(CSS.highlights.get('tifa-lens-vocabulary') ?? [])]) ?? []) {
    if (r.toString().replace(/\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)/g, '') === ${JSON.stringify(term)}) {
      r.startContainer.parentElement.scrollIntoView({ block: 'center' });
      const b = r.getClientRects()[0];
      return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
    }
  }
  return null;
})()`;

async function report(evaluate, move, screenshot) {
  await evaluate(WAIT);
  const terms = await evaluate(TERMS);
  console.log(`Tifa Lens highlighted ${terms.length} distinct terms on ${url}:`);
  for (const [term, n] of terms) console.log(`  ${term} ×${n}`);
  const point = await evaluate(RECT('“四保”'.slice(1, 3)));
  if (point) {
    await move(point.x, point.y);
    await new Promise((r) => setTimeout(r, 1200));
  }
  mkdirSync('docs', { recursive: true });
  await screenshot(screenshotPath);
  console.log(`Hovered 四保; screenshot written to ${screenshotPath}`);
}

try {
  if (hasChromium()) {
    const dir = mkdtempSync(join(tmpdir(), 'tifa-demo-'));
    const dist = resolve('dist/chrome');
    const context = await chromium.launchPersistentContext(dir, {
      executablePath: chromiumPath,
      headless: !headed,
      args: [...chromiumArgs, `--disable-extensions-except=${dist}`, `--load-extension=${dist}`],
      viewport: headed ? null : { width: 1100, height: 760 },
    });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url);
    if (headed) {
      console.log(`Opened ${url} in Chromium with Tifa Lens loaded. Close the window to finish.`);
      await new Promise((r) => context.on('close', r));
    } else {
      await report(
        (e) => page.evaluate(e),
        (x, y) => page.mouse.move(x, y, { steps: 4 }),
        (p) => page.screenshot({ path: p }),
      );
      await tooltipGallery(context, url);
      await context.close();
    }
    rmSync(dir, { recursive: true, force: true });
  } else if (hasFirefox()) {
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: firefoxPath,
      headless: !headed,
      extraPrefsFirefox: { 'xpinstall.signatures.required': false },
    });
    await browser.installExtension(resolve('dist/firefox'));
    const page = (await browser.pages())[0] ?? (await browser.newPage());
    await page.setViewport({ width: 1100, height: 760 });
    await page.goto(url);
    if (headed) {
      console.log(`Opened ${url} in Firefox with Tifa Lens loaded. Close the window to finish.`);
      await new Promise((r) => browser.on('disconnected', r));
    } else {
      await report(
        (e) => page.evaluate(e),
        (x, y) => page.mouse.move(x, y, { steps: 4 }),
        (p) => page.screenshot({ path: p }),
      );
      await browser.close();
    }
  } else {
    console.error('No browser found. Install Chromium or Firefox ESR (Debian: apt-get install chromium firefox-esr),');
    console.error('or set CHROMIUM_PATH / FIREFOX_PATH.');
    process.exitCode = 1;
  }
} finally {
  await server.close();
}
