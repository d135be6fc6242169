import { afterAll, beforeAll, describe, it } from 'vitest';
import { serveFixtures } from '../../scripts/serve.mjs';
import { availability, launchChromium, type Driver } from './harness';
import {
  RECORD_CSP,
  checkBigText,
  checkClearing,
  checkCsp,
  checkDirections,
  checkHugeDom,
  checkMutating,
  checkNavigateAway,
  checkNestedShadow,
  checkNotProse,
  checkRacing,
  checkSabotage,
} from './hostile-spec';

const { run, label } = availability('chromium');

describe.runIf(run)(`${label}: hostile pages`, () => {
  let driver: Driver;
  let server: { base: string; close(): Promise<void> };

  beforeAll(async () => {
    server = await serveFixtures();
    driver = await launchChromium();
    await driver.addInitScript(RECORD_CSP);
  });
  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  it('1. a page mutating every 50 ms for 10 s: refreshes capped, highlights keep up', async () => {
    await checkMutating(driver, server.base);
  });
  it('1b. text nodes replaced on every tick while the extension annotates in slices', async () => {
    await checkRacing(driver, server.base);
  });
  it('2. 200,000 elements: no main-thread gap over 500 ms once the glossary is in, highlights appear', async () => {
    await checkHugeDom(driver, server.base, () => launchChromium({ extension: false }));
  });
  it('3. one 5 MB text node: no crash, highlights within 30 s', async () => {
    await checkBigText(driver, server.base);
  });
  it('4a. terms in input, textarea, contenteditable, code, pre, script, style: none highlighted', async () => {
    await checkNotProse(driver, server.base, false);
  });
  it('4b. ... nor after the page edits them', async () => {
    await checkNotProse(driver, server.base, true);
  });
  it("5a. CSP default-src 'none'; style-src 'unsafe-inline': highlights, tooltip, no violation", async () => {
    await checkCsp(driver, server.base, 'csp-style');
  });
  it("5b. CSP default-src 'none': highlights, tooltip, no violation", async () => {
    await checkCsp(driver, server.base, 'csp-none');
  });
  it('6. the page clears CSS.highlights and removes the tooltip host: the extension recovers', async () => {
    await checkClearing(driver, server.base);
  });
  it('7. Range, appendChild, insertBefore, contains and Array#map sabotaged before the content script', async () => {
    await checkSabotage(driver, server.base);
  });
  it('8. three levels of open shadow roots', async () => {
    await checkNestedShadow(driver, server.base);
  });
  it('9. vertical (writing-mode: vertical-rl) and right-to-left text', async () => {
    await checkDirections(driver, server.base);
  });
  it('10a. navigating away 300 ms after load of a large page', async () => {
    await checkNavigateAway(driver, server.base, '300');
  });
  it('10b. navigating away while the first highlights are being registered', async () => {
    await checkNavigateAway(driver, server.base, 'busy');
  });
});
