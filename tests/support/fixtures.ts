// The one e2e fixture: each test file gets the browser under test (chosen by the vitest project, see
// vitest.config.ts) with the built extension loaded, launched once for the file and closed after it, and
// the address of the fixture server that the global setup started once for the run.
import { appendFileSync, mkdirSync } from 'node:fs';
import { afterEach, describe, expect, inject, test } from 'vitest';
import {
  availability,
  launchChromium,
  launchFirefox,
  type ChromiumSession,
  type Driver,
  type LaunchOptions,
} from './driver';

/** The browser this project drives. */
export const browserName = inject('browser');
export const isChromium = browserName === 'chromium';
const { run, label } = availability(browserName);

/** Starts the browser under test: with the extension (dist-marks/) unless told otherwise. */
export type Launch = (options?: LaunchOptions) => Promise<Driver>;
export const launch: Launch = (options) => (isChromium ? launchChromium(options) : launchFirefox(options));

/**
 * A suite run in the browser under test, titled with its name. A missing browser skips it with the reason in
 * the title, except under CI=true, where `availability` throws and the run fails.
 */
export function browserSuite(title: string, body: () => void): void {
  describe.runIf(run)(`${label}: ${title}`, () => {
    body();
    // How many assertions each test made, per browser: the tally that shows no test lost one.
    afterEach(({ task }) => {
      mkdirSync('test-results', { recursive: true });
      const count = expect.getState().assertionCalls;
      appendFileSync(`test-results/assertions-${browserName}.tsv`, `${task.file.name}\t${task.name}\t${count}\n`);
    });
  });
}

export const e2e = test
  .extend('base', { scope: 'file' }, () => inject('fixtureBase'))
  /** Scripts run in every page's main world before its own (e.g. hostile-spec's CSP recorder); set per file. */
  .extend('initScripts', { scope: 'file' }, (): string[] => [])
  /** Whether the browser loads the extension; the component tests (tests/browser/) run without it. */
  .extend('extension', { scope: 'file' }, () => true)
  .extend('driver', { scope: 'file' }, async ({ initScripts, extension }, { onCleanup }) => {
    const driver = await launch({ extension });
    onCleanup(() => driver.close());
    for (const script of initScripts) await driver.addInitScript(script);
    return driver;
  });

/** The Chromium session behind a driver, for the checks only playwright can make (popup pages, the worker). */
export function chromiumSession(driver: Driver): ChromiumSession {
  if (driver.name !== 'chromium') throw new Error('a Chromium-only check ran in another browser');
  return driver as ChromiumSession;
}

/** The id of the first tab, read by the extension's service worker (Chromium). */
export async function firstTabId(session: ChromiumSession): Promise<number> {
  const worker = session.context.serviceWorkers()[0]!;
  const [tabId] = await worker.evaluate<number[]>(`chrome.tabs.query({}).then((tabs) => tabs.map((t) => t.id))`);
  return tabId!;
}

/** Sends a message to the page's content script (frame 0) from the service worker, as the background does. */
export function sendToTab<T>(session: ChromiumSession, tabId: number, message: object): Promise<T> {
  const worker = session.context.serviceWorkers()[0]!;
  return worker.evaluate<T>(`chrome.tabs.sendMessage(${tabId}, ${JSON.stringify(message)}, { frameId: 0 })`);
}
