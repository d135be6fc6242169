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
  move(x: number, y: number): Promise<void>;
  press(key: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  /** Every URL the browser requested since launch, from pages and the extension. */
  requests: string[];
  /** Console messages of the page (all worlds, content scripts included) since launch. */
  consoleMessages: ConsoleEntry[];
  /** Uncaught errors and unhandled rejections in the page (all worlds) since launch, as message and stack. */
  pageErrors: string[];
  /** Runs `script` in the page's main world at the start of every later document, before its own scripts. */
  addInitScript(script: string): Promise<void>;
  close(): Promise<void>;
}

export interface ConsoleEntry {
  type: string;
  text: string;
  /** The script that logged it, when the browser says. */
  url: string;
}

const errorText = (e: unknown) => (e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e));

/** Records DOM mutations from DOMContentLoaded on, in the page's main world, before its scripts run. */
export const RECORD_MUTATIONS = `
  window.__mutations = [];
  document.addEventListener('DOMContentLoaded', () => {
    new MutationObserver((records) => {
      for (const r of records) window.__mutations.push(r.type + ':' + (r.target.nodeName || ''));
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
`;

export const DIST = (target: 'chrome' | 'firefox') => resolve(`dist/${target}`);

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
}

export async function launchChromium({ extension = true }: LaunchOptions = {}): Promise<ChromiumSession> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'tifa-chromium-'));
  const dist = DIST('chrome');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    args: [...chromiumArgs, ...(extension ? [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`] : [])],
    viewport: { width: 1100, height: 800 },
  });
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  const worker = extension ? (context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'))) : undefined;
  const extensionId = worker ? new URL(worker.url()).host : '';
  await context.addInitScript(RECORD_MUTATIONS);
  const page = context.pages()[0] ?? (await context.newPage());
  const consoleMessages: ConsoleEntry[] = [];
  const pageErrors: string[] = [];
  page.on('console', (m) => consoleMessages.push({ type: m.type(), text: m.text(), url: m.location().url }));
  page.on('pageerror', (e) => pageErrors.push(errorText(e)));
  return {
    name: 'chromium',
    context,
    page,
    extensionId,
    requests,
    consoleMessages,
    pageErrors,
    addInitScript: async (script) => {
      await context.addInitScript(script);
    },
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn) => page.evaluate(fn),
    evaluateInFrame: async (urlPart, fn) => {
      const frame = page.frames().find((f) => f.url().includes(urlPart));
      if (!frame) throw new Error(`no frame with ${urlPart}`);
      return frame.evaluate(fn);
    },
    move: (x, y) => page.mouse.move(x, y, { steps: 4 }),
    press: (key) => page.keyboard.press(key),
    screenshot: async (path) => {
      await page.screenshot({ path });
    },
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export async function launchFirefox({ extension = true }: LaunchOptions = {}): Promise<Driver> {
  const browser: PBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
    extraPrefsFirefox: { 'xpinstall.signatures.required': false },
  });
  if (extension) await browser.installExtension(DIST('firefox'));
  const page: PPage = (await browser.pages())[0] ?? (await browser.newPage());
  await page.setViewport({ width: 1100, height: 800 });
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.evaluateOnNewDocument(RECORD_MUTATIONS);
  const consoleMessages: ConsoleEntry[] = [];
  const pageErrors: string[] = [];
  page.on('console', (m) => consoleMessages.push({ type: m.type(), text: m.text(), url: m.location().url ?? '' }));
  page.on('pageerror', (e) => pageErrors.push(errorText(e)));
  return {
    name: 'firefox',
    requests,
    consoleMessages,
    pageErrors,
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
    move: (x, y) => page.mouse.move(x, y, { steps: 4 }),
    press: (key) => page.keyboard.press(key as never),
    screenshot: async (path) => {
      await page.screenshot({ path });
    },
    close: () => browser.close(),
  };
}
