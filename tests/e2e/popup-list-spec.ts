// The popup's term list on a page with more terms than its first render draws: the rest of the list
// follows with the rows of every term, and each row's count is the page's.
import { expect } from 'vitest';
import { GLOSSARY } from '../../src/glossary';
import { FIRST_ROWS } from '../../src/popup/term-list';
import { simplifiedText } from '../support/pages/pages.mjs';
import type { ChromiumSession } from '../support/driver';
import { WAIT_FOR_HIGHLIGHTS } from '../support/page-probes';

/** Headwords written plainly (no quotation marks), long enough that no other entry is found inside them. */
const HEADWORDS = GLOSSARY.map((e) => e.term)
  .filter((term) => term.length >= 4 && /^\p{Script=Han}+$/u.test(term))
  .slice(0, FIRST_ROWS * 3);

/** The reference report, which makes the page a policy report, then one sentence per headword. */
function manyTermsPage(): string {
  const report = simplifiedText()
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => `<p>${line}</p>`);
  const listed = HEADWORDS.map((term, i) => `<p>第${i + 1}条：继续推进${term}工作。</p>`);
  return `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><title>市领导带队观摩全市重大项目建设“三个一批”情况</title></head><body><article>${[...report, ...listed].join('')}</article></body></html>`;
}

type ListedTerm = { id: string; surface: string; count: number };

export async function checkPopupListsEveryTerm(session: ChromiumSession, base: string): Promise<void> {
  const url = `${base}/many-terms.html`;
  await session.context.route(url, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: manyTermsPage() }),
  );
  await session.goto(url);
  await session.evaluate(WAIT_FOR_HIGHLIGHTS);
  const worker = session.context.serviceWorkers()[0]!;
  const tabId = await worker.evaluate<number>(
    `chrome.tabs.query({ active: true, lastFocusedWindow: true }).then(([tab]) => tab.id)`,
  );
  const listTerms = () =>
    worker.evaluate<{ terms: ListedTerm[] }>(
      `chrome.tabs.sendMessage(${tabId}, { type: 'listTerms', params: {} }, { frameId: 0 })`,
    );
  // The page's own answer settles once its idle-time matching is done.
  await expect.poll(async () => (await listTerms()).terms.length, { timeout: 10_000 }).toBeGreaterThan(FIRST_ROWS * 2);
  const { terms } = await listTerms();

  const popup = await session.context.newPage();
  try {
    await popup.goto(`chrome-extension://${session.extensionId}/src/popup/index.html?tab=${tabId}`);
    const rows = popup.locator('.term-row:not(.phrase-row)');
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(terms.length);
    expect(await popup.locator('h2', { hasText: 'terms on this page' }).textContent()).toContain(String(terms.length));
    const counts = (await popup.locator('.term-row:not(.phrase-row) .count').allTextContents()).map((c) =>
      Number(/\d+/.exec(c)?.[0]),
    );
    expect(counts).toEqual(terms.map((term) => term.count));
    // Rows past the first screenful have their entries too: a reading and an English name each.
    const last = rows.last();
    expect(await last.locator('.pinyin').textContent()).toMatch(/\p{L}/u);
    expect(await last.locator('.english').textContent()).toMatch(/\p{L}/u);
    expect(await popup.locator('.term-row:not(.phrase-row) .pinyin').count()).toBe(terms.length);
  } finally {
    await popup.close();
    await session.context.unroute(url);
  }
}
