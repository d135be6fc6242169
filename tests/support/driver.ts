import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import puppeteer, { type Browser as PBrowser, type Page as PPage } from 'puppeteer-core';
import { chromiumArgs, chromiumPath, firefoxPath, hasChromium, hasFirefox } from '../../scripts/browsers.mjs';

/** What the specs need from a browser, whichever library drives it. */
export interface Driver {
  name: 'chromium' | 'firefox';
  goto(url: string): Promise<void>;
  evaluate<T>(fn: string): Promise<T>;
  /** Evaluates in the first frame whose URL contains `urlPart`. */
  evaluateInFrame<T>(urlPart: string, fn: string): Promise<T>;
  /**
   * The card as the reader sees it: its frame's box in the page (null when hidden) and its text, read
   * inside the extension's frame, where the page's scripts cannot look. Null when there is no card.
   */
  card(): Promise<CardState | null>;
  /** Evaluates inside the card's frame; throws when there is none. */
  evaluateInCard<T>(fn: string): Promise<T>;
  move(x: number, y: number): Promise<void>;
  /** A real (trusted) click at page coordinates. */
  click(x: number, y: number): Promise<void>;
  press(key: string): Promise<void>;
  /** Turns the mouse wheel where the pointer is (CSS px). */
  wheel(dx: number, dy: number): Promise<void>;
  /** Resizes the viewport (CSS px). */
  setViewport(width: number, height: number): Promise<void>;
  screenshot(path: string): Promise<void>;
  /** Every URL the browser requested since launch, from pages and the extension. */
  requests: string[];
  /** Console messages of the page (all worlds, content scripts included) since launch. */
  consoleMessages: ConsoleEntry[];
  /** Uncaught errors and unhandled rejections in the page (all worlds) since launch, as message and stack. */
  pageErrors: string[];
  /**
   * Writes to the extension's storage, as its own pages would (Chromium: through the service worker).
   * Undefined where the test driver cannot reach the extension (Firefox over BiDi).
   */
  setStorage?: (area: 'local' | 'sync', items: Record<string, unknown>) => Promise<void>;
  /** How many tabs are open (Chromium), to see whether a page could open the options page. */
  tabCount?: () => number;
  /** Runs `script` in the page's main world at the start of every later document, before its own scripts. */
  addInitScript(script: string): Promise<void>;
  close(): Promise<void>;
}

export interface CardState {
  text: string;
  visible: boolean;
  inViewport: boolean;
  box: { x: number; y: number; width: number; height: number } | null;
}

/** Inside the card's frame: the card's text, or null in any other frame. */
const CARD_TEXT = `(() => {
  const mount = document.getElementById('card');
  if (!mount || mount.getAttribute('role') !== 'tooltip') return null;
  return mount.textContent;
})()`;

interface FrameLike {
  evaluate(fn: string): Promise<unknown>;
  frameElement(): Promise<{
    boundingBox(): Promise<{ x: number; y: number; width: number; height: number } | null>;
    evaluate<R>(fn: (el: Element) => R): Promise<R>;
  } | null>;
}

/** Finds the card's frame among a page's frames by what it holds (Firefox reports its URL as about:blank). */
async function cardFrame<F extends FrameLike>(frames: F[]): Promise<F | undefined> {
  for (const frame of frames) {
    try {
      if ((await frame.evaluate(CARD_TEXT)) !== null) return frame;
    } catch {
      // A frame being torn down, or one we may not evaluate in.
    }
  }
  return undefined;
}

async function cardState(frame: FrameLike | undefined, viewport: { width: number; height: number }) {
  if (!frame) return null;
  const text = (await frame.evaluate(CARD_TEXT)) as string | null;
  const element = await frame.frameElement();
  const box = element ? await element.boundingBox() : null;
  const shown = element ? await element.evaluate((el) => getComputedStyle(el).visibility === 'visible') : false;
  const visible = !!box && box.width > 0 && box.height > 0 && shown;
  const inViewport =
    !!box && box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width && box.y + box.height <= viewport.height;
  return { text: text ?? '', visible, inViewport, box };
}

export interface ConsoleEntry {
  type: string;
  text: string;
  /** The script that logged it, when the browser says. */
  url: string;
}

const errorText = (e: unknown) => (e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e));

interface ConsoleSource {
  type(): string;
  text(): string;
  location(): { url?: string };
}

type Subscribe<T> = (listener: (value: T) => void) => unknown;

/** Keeps a page's console messages and uncaught errors, whichever library reports them. */
function recordPage(on: { console: Subscribe<ConsoleSource>; error: Subscribe<unknown> }): {
  consoleMessages: ConsoleEntry[];
  pageErrors: string[];
} {
  const consoleMessages: ConsoleEntry[] = [];
  const pageErrors: string[] = [];
  on.console((m) => consoleMessages.push({ type: m.type(), text: m.text(), url: m.location().url ?? '' }));
  on.error((e) => pageErrors.push(errorText(e)));
  return { consoleMessages, pageErrors };
}

/** Records DOM mutations from DOMContentLoaded on, in the page's main world, before its scripts run. */
export const RECORD_MUTATIONS = `
  window.__mutations = [];
  document.addEventListener('DOMContentLoaded', () => {
    new MutationObserver((records) => {
      for (const r of records) window.__mutations.push(r.type + ':' + (r.target.nodeName || ''));
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
`;

/**
 * The build under test: dist-marks/ (npm run build:marks) has the production code plus the timing marks
 * the measurements read; `production` loads dist/ itself, for the checks that nothing leaks to pages.
 */
export const DIST = (target: 'chrome' | 'firefox', production = false) =>
  resolve(`${production ? 'dist' : 'dist-marks'}/${target}`);

/** A browser is required under CI; elsewhere a missing one skips with the reason in the test name. */
export function availability(name: 'chromium' | 'firefox'): { run: boolean; label: string } {
  const present = name === 'chromium' ? hasChromium() : hasFirefox();
  if (present) return { run: true, label: name };
  if (process.env.CI === 'true') throw new Error(`${name} is not installed; CI requires it (see .ci/run)`);
  return { run: false, label: `${name} (skipped: browser not installed)` };
}

export interface ChromiumSession extends Driver {
  context: BrowserContext;
  page: Page;
  extensionId: string;
}

/** Options for a launch; `extension: false` gives the same browser without the extension (a baseline). */
export interface LaunchOptions {
  extension?: boolean;
  /** Load the production build (dist/, no timing marks) instead of dist-marks/. */
  production?: boolean;
}

export async function launchChromium({
  extension = true,
  production = false,
}: LaunchOptions = {}): Promise<ChromiumSession> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'tifa-chromium-'));
  const dist = DIST('chrome', production);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    args: [...chromiumArgs, ...(extension ? [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`] : [])],
    viewport: { width: 1100, height: 800 },
  });
  // From the launch on: the extension's own requests at start-up count too.
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  const worker = extension ? (context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'))) : undefined;
  const extensionId = worker ? new URL(worker.url()).host : '';
  await context.addInitScript(RECORD_MUTATIONS);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    name: 'chromium',
    context,
    page,
    extensionId,
    requests,
    ...recordPage({ console: (f) => page.on('console', f), error: (f) => page.on('pageerror', f) }),
    addInitScript: async (script) => {
      await context.addInitScript(script);
    },
    setStorage: async (area, items) => {
      const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      await sw.evaluate(`chrome.storage.${area}.set(${JSON.stringify(items)})`);
    },
    tabCount: () => context.pages().length,
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn) => page.evaluate(fn),
    evaluateInFrame: async (urlPart, fn) => {
      const frame = page.frames().find((f) => f.url().includes(urlPart));
      if (!frame) throw new Error(`no frame with ${urlPart}`);
      return frame.evaluate(fn);
    },
    card: async () =>
      cardState(await cardFrame(page.frames().filter((f) => f !== page.mainFrame())), page.viewportSize()!),
    evaluateInCard: async (fn) => {
      const frame = await cardFrame(page.frames().filter((f) => f !== page.mainFrame()));
      if (!frame) throw new Error('no card frame');
      return frame.evaluate(fn);
    },
    move: (x, y) => page.mouse.move(x, y, { steps: 4 }),
    click: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    wheel: (dx, dy) => page.mouse.wheel(dx, dy),
    screenshot: async (path) => {
      await page.screenshot({ path });
    },
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export async function launchFirefox({ extension = true, production = false }: LaunchOptions = {}): Promise<Driver> {
  const browser: PBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
    extraPrefsFirefox: { 'xpinstall.signatures.required': false },
  });
  if (extension) await browser.installExtension(DIST('firefox', production));
  const page: PPage = (await browser.pages())[0] ?? (await browser.newPage());
  await page.setViewport({ width: 1100, height: 800 });
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.evaluateOnNewDocument(RECORD_MUTATIONS);
  return {
    name: 'firefox',
    requests,
    ...recordPage({ console: (f) => page.on('console', f), error: (f) => page.on('pageerror', f) }),
    addInitScript: async (script) => {
      await page.evaluateOnNewDocument(script);
    },
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: <T>(fn: string) => page.evaluate(fn) as Promise<T>,
    evaluateInFrame: async <T>(urlPart: string, fn: string) => {
      const frame = page.frames().find((f) => f.url().includes(urlPart));
      if (!frame) throw new Error(`no frame with ${urlPart}`);
      return frame.evaluate(fn) as Promise<T>;
    },
    card: async () =>
      cardState(
        await cardFrame(page.frames().filter((f) => f !== page.mainFrame()) as unknown as FrameLike[]),
        page.viewport()!,
      ),
    evaluateInCard: async <T>(fn: string) => {
      const frame = await cardFrame(page.frames().filter((f) => f !== page.mainFrame()) as unknown as FrameLike[]);
      if (!frame) throw new Error('no card frame');
      return frame.evaluate(fn) as Promise<T>;
    },
    move: (x, y) => page.mouse.move(x, y, { steps: 4 }),
    click: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key as never),
    setViewport: async (width, height) => {
      // BiDi refuses a pointer move that starts outside the viewport: a pointer left at (600, 862) by a
      // 1440×900 window made the next move fail once the window was 800×500. Park it in the corner first.
      await page.mouse.move(2, 2);
      await page.setViewport({ width, height });
    },
    wheel: (dx, dy) => page.mouse.wheel({ deltaX: dx, deltaY: dy }),
    screenshot: async (path) => {
      await page.screenshot({ path });
    },
    close: () => browser.close(),
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
type Box = { x: number; y: number; width: number; height: number };

/**
 * Waits until the card is shown with its content (not the placeholder that ends in "…") and its frame has
 * stopped moving; returns the frame's box. The frame is sized and placed only after the card's content has
 * reported its size, so the text can be new while the box is still the old one.
 */
export async function settledCard(driver: Driver, tries = 60): Promise<Box> {
  let last = '';
  for (let i = 0; i < tries; i++) {
    await sleep(100);
    const card = await driver.card();
    if (!card?.visible || !card.box || card.text === '' || card.text.endsWith('…')) continue;
    const now = JSON.stringify(card.box);
    if (now === last) return card.box;
    last = now;
  }
  throw new Error('the card did not settle');
}

const targetRect = (selector: string) => `(() => {
  const el = document.querySelector(${JSON.stringify(selector)});
  if (!el) return null;
  el.scrollIntoView({ block: 'nearest' }); // a card cut to the room beside its term scrolls
  const r = el.getBoundingClientRect();
  return { x: r.x, y: r.y, width: r.width, height: r.height };
})()`;

/**
 * Clicks an element of the card the way the reader does: a real click at its place on the screen. It aims
 * only once the card has settled and the element's centre lies inside the frame as placed: a click aimed
 * while the frame was still being re-placed (an explanation or a dictionary reading had just arrived) hit
 * the page instead, which in loaded runs lost the context-menu Add and the related term's Back.
 */
export async function clickInCard(driver: Driver, selector: string): Promise<void> {
  let last = '';
  for (let i = 0; i < 40; i++) {
    const box = await settledCard(driver);
    const r = await driver.evaluateInCard<Box | null>(targetRect(selector));
    if (!r) throw new Error(`no ${selector} in the card`);
    const [cx, cy] = [r.x + r.width / 2, r.y + r.height / 2];
    const inside = cx >= 0 && cy >= 0 && cx <= box.width && cy <= box.height;
    const now = JSON.stringify([box, r]);
    if (inside && now === last) {
      await driver.click(box.x + cx, box.y + cy);
      return;
    }
    last = now;
  }
  throw new Error(`${selector} did not come to rest inside the card`);
}
