// The extension on ordinary pages, written once and run in each browser (see tests/support/fixtures.ts):
// highlighting, hover cards, page detection, long pages; then, in Chromium only, where playwright can open
// the extension's own pages and reach its service worker, the popup, the keyboard commands, the context menu
// and the Alt lookup. Firefox over WebDriver BiDi cannot open moz-extension:// pages (docs/browser-testing.md).
import { expect } from 'vitest';
import { GLOSSARY } from '../../src/glossary';
import { clickInCard } from '../support/driver';
import { browserSuite, chromiumSession, e2e, isChromium } from '../support/fixtures';
import { referenceHoverExpectations } from '../support/hover-expectations';
import { PROBE_RANGES, WAIT_FOR_HIGHLIGHTS, type ProbedRange } from '../support/page-probes';
import { checkDynamicContent, checkTooltipDismissal } from './behaviour-spec';
import { DETECTION_CHECKS } from './detection-spec';
import { checkLongPageCountsAndKeyboard, checkLongPageScrolling } from './long-page-spec';
import { LONG_TAIL_CHECKS } from './long-tail-spec';
import { checkPopupListsEveryTerm } from './popup-list-spec';
import { checkReferenceForm, hoverTerm, mutationsSoFar, simplified } from './reference-spec';

const chromiumOnly = e2e.runIf(isChromium);

browserSuite('the extension on pages', () => {
  e2e.for(['published', 'simplified', 'split'])(
    'highlights the %s reference page without touching its DOM',
    async (form, { driver, base }) => {
      await checkReferenceForm(driver, base, form);
    },
  );

  e2e(
    'explains 专精特新, 四保 and 三个一批 on hover, choosing the pandemic sense of 四保',
    async ({ driver, base }) => {
      await driver.goto(`${base}/published.html`);
      await driver.evaluate('new Promise((r) => setTimeout(r, 800))');
      expect(await mutationsSoFar(driver)).toEqual([]);
      for (const [term, expected] of Object.entries(referenceHoverExpectations)) {
        const tip = await hoverTerm(driver, term);
        for (const fragment of expected) expect(tip.text, `${term} tooltip`).toContain(fragment);
        expect(tip.shadowMode, 'the page sees the card host, not inside it').toBe('closed');
        expect(tip.inViewport).toBe(true);
      }
      await driver.screenshot(`test-results/${driver.name}-tooltip.png`);
    },
  );

  e2e('follows content added and removed after load', async ({ driver, base }) => {
    await checkDynamicContent(driver, base);
  });

  e2e('closes the tooltip on Escape and on leaving, and keeps it open under the pointer', async ({ driver, base }) => {
    await checkTooltipDismissal(driver, base);
  });

  e2e.for(Object.entries(DETECTION_CHECKS))('%s', async ([, check], { driver, base }) => {
    await check(driver, base);
  });

  e2e.for(Object.entries(LONG_TAIL_CHECKS))('%s', async ([, check], { driver, base }) => {
    await check(driver, base);
  });

  e2e(
    'highlights terms far down a long page as they scroll into view, and drops those left behind',
    async ({ driver, base }) => {
      await checkLongPageScrolling(driver, base);
    },
  );

  chromiumOnly(
    'counts every term of a long page in the popup, and steps and reveals to the last one',
    async ({ driver, base }) => {
      await checkLongPageCountsAndKeyboard(chromiumSession(driver), base);
    },
  );

  chromiumOnly('lists every term of a page with more terms than the popup draws first', async ({ driver, base }) => {
    await checkPopupListsEveryTerm(chromiumSession(driver), base);
  });

  e2e('does nothing on a page without Chinese', async ({ driver, base }) => {
    await driver.goto(`${base}/english.html`);
    await driver.evaluate('new Promise((r) => setTimeout(r, 600))');
    expect(await driver.evaluate('CSS.highlights.size')).toBe(0);
    // Firefox ran this check without the mutation record before the suites were merged; Chromium with it.
    if (isChromium) expect(await mutationsSoFar(driver)).toEqual([]);
  });

  chromiumOnly('lists the tab terms in the popup and searches the glossary', async ({ driver, base }) => {
    const session = chromiumSession(driver);
    await session.goto(`${base}/published.html`);
    await session.evaluate('new Promise((r) => setTimeout(r, 800))');
    const page = session.page;
    const worker = session.context.serviceWorkers()[0]!;
    // Without the tabs permission URLs are hidden; the report is the only tab open at this point.
    const tabIds = await worker.evaluate<number[]>(`chrome.tabs.query({}).then((tabs) => tabs.map((t) => t.id))`);
    expect(tabIds).toHaveLength(1);
    const tabId = tabIds[0];
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/src/popup/index.html?tab=${tabId}`);
    await popup.getByText('terms on this page').waitFor();
    const rows = await popup.locator('.term-row:not(.phrase-row) .zh').allTextContents();
    expect(rows).toEqual(expect.arrayContaining(['三个一批', '项目为王', '专精特新', '四保']));
    // Most frequent first: the counts never rise down the list; 三个一批 occurs four times.
    const counts = (await popup.locator('.term-row:not(.phrase-row) .count').allTextContents()).map((c) =>
      Number(/\d+/.exec(c)?.[0]),
    );
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts[rows.indexOf('三个一批')]).toBe(4);
    await popup.locator('.row', { hasText: '专精特新' }).first().locator('button.reveal').click();
    await expect.poll(() => page.evaluate("CSS.highlights.get('tifa-lens-flash')?.size ?? 0")).toBe(1);
    // The row itself opens the term's card in the popup, explained by the background as the tooltip is.
    await popup.locator('.term-row', { hasText: '专精特新' }).first().click();
    await expect.poll(() => popup.locator('.card-view .card .english').textContent()).toMatch(/specialized/i);
    await popup.locator('button.back').click();

    const search = popup.getByPlaceholder(/Search/);
    for (const [query, expected] of [
      ['專精特新', '专精特新'],
      ['fangguanfu', '放管服'],
      ['xiang mu wei wang', '项目为王'],
    ] as const) {
      await search.fill(query);
      await expect.poll(() => popup.locator('.row .zh').first().textContent()).toBe(expected);
    }
    await popup.locator('.row .term-row').first().click();
    await expect.poll(() => popup.locator('.card-view .card .term').textContent()).toBe('项目为王');
    await search.fill('');

    // The badge counts distinct terms on the tab.
    const badge = await worker.evaluate<string>(`chrome.action.getBadgeText({ tabId: ${tabId} })`);
    expect(badge).toBe(String(rows.length));

    // The verdict is shown in plain words, and its reasons behind a disclosure.
    expect(await popup.locator('.verdict').textContent()).toBe('Policy writing');
    await popup.locator('details.reasons summary').click();
    expect(await popup.locator('details.reasons li').first().textContent()).toBe('+ news lede or byline “本报讯”');

    // Never for this site turns annotation off, is remembered across reloads, and Automatic brings it back.
    const termCount = () =>
      page.evaluate(
        "new Set([...(CSS.highlights.get('tifa-lens-term') ?? []), ...(CSS.highlights.get('tifa-lens-vocabulary') ?? [])])?.size ?? 0",
      );
    const siteSelect = popup.locator('.controls select').nth(1);
    await siteSelect.selectOption('never');
    await expect.poll(termCount).toBe(0);
    await page.reload();
    await page.waitForTimeout(800);
    expect(await termCount()).toBe(0);
    await popup.reload();
    await expect.poll(() => siteSelect.inputValue()).toBe('never');
    await siteSelect.selectOption('default');
    await expect.poll(termCount).toBeGreaterThan(20);
    await popup.close();
  });

  chromiumOnly(
    'offers “Annotate this page” on a non-report, and annotates any Chinese page in Always mode',
    async ({ driver, base }) => {
      const session = chromiumSession(driver);
      const page = session.page;
      await session.goto(`${base}/novel.html`);
      await page.waitForTimeout(800);
      const termCount = () =>
        page.evaluate(
          "new Set([...(CSS.highlights.get('tifa-lens-term') ?? []), ...(CSS.highlights.get('tifa-lens-vocabulary') ?? [])])?.size ?? 0",
        );
      expect(await termCount()).toBe(0);
      const worker = session.context.serviceWorkers()[0]!;
      const [tabId] = await worker.evaluate<number[]>(`chrome.tabs.query({}).then((tabs) => tabs.map((t) => t.id))`);
      const popup = await session.context.newPage();
      await popup.goto(`chrome-extension://${session.extensionId}/src/popup/index.html?tab=${tabId}`);
      await expect.poll(() => popup.locator('.verdict').textContent()).toBe('Chinese page');
      expect(await popup.locator('details.reasons li.against').first().textContent()).toMatch(/fiction|narrative/);
      await popup.getByRole('button', { name: 'Annotate this page' }).click();
      await expect.poll(termCount).toBeGreaterThan(2);

      await page.reload();
      await page.waitForTimeout(800);
      expect(await termCount()).toBe(0);
      await popup.reload();
      await popup.locator('.controls select').first().selectOption('always');
      await expect.poll(termCount).toBeGreaterThan(2);
      await popup.locator('.controls select').first().selectOption('auto');
      await expect.poll(termCount).toBe(0);
      await popup.close();
    },
  );

  chromiumOnly('steps from term to term from the keyboard commands, showing each tooltip', async ({ driver, base }) => {
    const session = chromiumSession(driver);
    await session.goto(`${base}/simplified.html`);
    await session.evaluate(WAIT_FOR_HIGHLIGHTS);
    const worker = session.context.serviceWorkers()[0]!;
    const [tabId] = await worker.evaluate<number[]>(`chrome.tabs.query({}).then((tabs) => tabs.map((t) => t.id))`);
    const step = (by: number) =>
      worker.evaluate(`chrome.tabs.sendMessage(${tabId}, { type: 'step', params: { by: ${by} } }, { frameId: 0 })`);
    const tip = () => session.card();
    // Highlights were registered in document order; the tooltip heads with the simplified term.
    const order = (await session.evaluate<ProbedRange[]>(PROBE_RANGES)).map((r) => simplified(r.text));
    const head = async () => ((await tip())?.text ?? '').slice(0, 12);
    await step(1);
    await expect.poll(head).toMatch(new RegExp(`^${order[0]}`));
    await step(1);
    await expect.poll(head).toMatch(new RegExp(`^${order[1]}`));
    await step(-1);
    await expect.poll(head).toMatch(new RegExp(`^${order[0]}`));
    await step(-1); // wraps round to the last term
    await expect.poll(head).toMatch(new RegExp(`^${order.at(-1)!.replace(/"/g, '')}`));
    await session.press('Escape');
    await expect.poll(async () => (await tip())?.visible).toBe(false);
  });

  // Add is clicked only once the card has settled (clickInCard): the dictionary's reading arrives after the
  // heading and the frame grows after it, and a click aimed at the smaller frame missed Add in loaded runs.
  chromiumOnly('explains a selection from the context menu, or offers to add it', async ({ driver, base }) => {
    const session = chromiumSession(driver);
    // Tabs earlier tests left open (an options page opened from the popup) would be reused by "add" and
    // would stand first in the tab list: this test starts from the page alone.
    for (const other of session.context.pages()) if (other !== session.page) await other.close();
    await session.goto(`${base}/english.html`); // no Chinese: the lens is idle but still listens
    const worker = session.context.serviceWorkers()[0]!;
    const [tabId] = await worker.evaluate<number[]>(`chrome.tabs.query({}).then((tabs) => tabs.map((t) => t.id))`);
    const select = (text: string) =>
      session.evaluate(`(() => {
        const p = document.querySelector('p');
        p.textContent = ${JSON.stringify(text)};
        const r = document.createRange();
        r.selectNodeContents(p);
        getSelection().removeAllRanges();
        getSelection().addRange(r);
      })()`);
    const explain = (text: string, ids: string[]) =>
      worker.evaluate(
        `chrome.tabs.sendMessage(${tabId}, { type: 'explainSelection', params: { text: ${JSON.stringify(text)}, ids: ${JSON.stringify(ids)} } }, { frameId: 0 })`,
      );
    await select('专精特新');
    await explain('专精特新', [GLOSSARY.find((e) => e.term === '专精特新')!.id]);
    await expect.poll(async () => (await session.card())?.text ?? '').toContain('zhuān jīng tè xīn');

    // The glossary lacks it: the general dictionary reads it word by word, and adding it is still offered.
    const tipText = async () => (await session.card())?.text ?? '';
    await select('天气晴朗');
    await explain('天气晴朗', []);
    await expect.poll(tipText, { timeout: 10000 }).toContain('From the general dictionary (CC-CEDICT)');
    // The heading comes first; the reading follows when the background has looked it up.
    await expect.poll(tipText, { timeout: 10000 }).toMatch(/天气\s*tiān qì\s*weather/);
    const opened = session.context.waitForEvent('page');
    await clickInCard(session, 'button.add');
    const options = await opened;
    expect(decodeURIComponent(options.url())).toMatch(/src\/options\/index\.html\?add=天气晴朗$/);
    await expect.poll(() => options.getByLabel('Term', { exact: true }).inputValue()).toBe('天气晴朗');

    // A second "add" reuses that tab (a second tab would hold a second, stale copy of the glossary).
    await options.getByRole('button', { name: 'Cancel' }).click();
    await session.page.bringToFront();
    await select('海阔天空');
    await explain('海阔天空', []);
    await expect.poll(async () => (await session.card())?.text ?? '').toContain('海阔天空');
    const tabs = session.context.pages().length;
    await clickInCard(session, 'button.add');
    await expect.poll(() => options.getByLabel('Term', { exact: true }).inputValue()).toBe('海阔天空');
    expect(session.context.pages().length, 'no second options tab').toBe(tabs);
    await options.close();

    // Nothing in the dictionary either: the card says the glossary has no entry.
    await select('xyzzy');
    await explain('xyzzy', []);
    await expect.poll(tipText).toContain('No entry');
  });

  chromiumOnly(
    'looks up any Chinese word under the pointer while Alt is held, once the setting is on',
    async ({ driver, base }) => {
      const session = chromiumSession(driver);
      const worker = session.context.serviceWorkers()[0]!;
      const setLookup = (on: boolean) =>
        worker.evaluate(
          `chrome.storage.sync.set({ settings: { version: 3, hoverLookup: ${on}, lookupKey: 'Alt' }, settingsSavedAt: Date.now() })`,
        );
      await session.goto(`${base}/commentary.html`);
      await session.evaluate('new Promise((r) => setTimeout(r, 800))');
      // 路子 is in no glossary entry: the dictionary answers.
      const wordAt = `(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = n.data.indexOf('路子');
        if (i < 0) continue;
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + 1);
        n.parentElement.scrollIntoView({ block: 'center' });
        const b = r.getBoundingClientRect();
        return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
      }
      return null;
    })()`;
      const tipText = async () => (await session.card())?.text ?? '';
      const at = await session.evaluate<{ x: number; y: number } | null>(wordAt);
      expect(at, '路子 is on the page').not.toBeNull();
      // Off by default: holding Alt over the word shows nothing.
      await session.page.keyboard.down('Alt');
      await session.move(at!.x, at!.y);
      await session.evaluate('new Promise((r) => setTimeout(r, 600))');
      expect(await tipText()).not.toContain('lù zi');
      await session.page.keyboard.up('Alt');

      await setLookup(true);
      await session.evaluate('new Promise((r) => setTimeout(r, 400))');
      await session.move(2, 2);
      await session.page.keyboard.down('Alt');
      await session.move(at!.x, at!.y);
      await expect.poll(tipText, { timeout: 10000 }).toContain('lù zi');
      expect(await tipText()).toContain('From the general dictionary (CC-CEDICT)');
      await session.page.keyboard.up('Alt');
      await setLookup(false);
    },
  );

  e2e('makes no request beyond the test server', ({ driver, base }) => {
    // The extension's own pages, and (Chromium) the data: URLs it reports for inline images.
    const own = isChromium ? ['chrome-extension://', 'data:'] : ['moz-extension://'];
    const foreign = driver.requests.filter((u) => !u.startsWith(base) && !own.some((p) => u.startsWith(p)));
    expect(foreign).toEqual([]);
  });
});
