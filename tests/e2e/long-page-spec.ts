// A long page (tests/support/pages/dynamic-pages.mjs, /long.html): the extension registers ranges only in and near
// the viewport, adds them as the reader scrolls and drops those left far behind, while the popup's
// counts and keyboard stepping still cover the whole page.
import { expect } from 'vitest';
import { LONG_PAGE_FILLER } from '../support/pages/dynamic-pages.mjs';
import type { ChromiumSession, Driver } from '../support/driver';
import { PROBE_RANGES, WAIT_FOR_HIGHLIGHTS, type ProbedRange } from '../support/page-probes';
import { hoverTerm, simplified } from './reference-spec';

const registered = async (driver: Driver) =>
  (await driver.evaluate<ProbedRange[]>(PROBE_RANGES)).map((r) => simplified(r.text));
const LAST = '六稳六保';
/** Far fewer ranges than the page's matches stay registered: the window is about seven screens tall. */
const AT_MOST = LONG_PAGE_FILLER / 3;

/** Terms far down the page are highlighted as they scroll into view, and dropped when left behind. */
export async function checkLongPageScrolling(driver: Driver, base: string): Promise<void> {
  await driver.goto(`${base}/long.html`);
  await driver.evaluate(WAIT_FOR_HIGHLIGHTS);
  // Give the idle-time matching of the rest of the page time to finish: it must register nothing far away.
  await driver.evaluate('new Promise((r) => setTimeout(r, 1500))');
  const atTop = await registered(driver);
  expect(atTop).toContain('三个一批');
  expect(atTop).not.toContain(LAST);
  expect(atTop.length).toBeLessThan(AT_MOST);

  await driver.evaluate(`document.getElementById('last').scrollIntoView({ block: 'center' })`);
  await expect.poll(() => registered(driver), { timeout: 10_000 }).toContain(LAST);
  const atBottom = await registered(driver);
  expect(atBottom, 'the report at the top is no longer registered').not.toContain('三个一批');
  expect(atBottom.length).toBeLessThan(AT_MOST);
  // Its hit was made only when its block came near (matches far away stay compact): hover still finds it.
  const card = await hoverTerm(driver, LAST);
  expect(simplified(card.text), 'the card explains the far term').toContain(LAST);
  await driver.move(2, 2);

  // Half way down, reached in one jump, at reading speed's end: the filler's term is there.
  await driver.evaluate(`scrollTo(0, document.body.scrollHeight / 2)`);
  await expect
    .poll(
      async () =>
        (await driver.evaluate<ProbedRange[]>(PROBE_RANGES)).filter((r) => r.rect && r.rect.y > 0 && r.rect.y < 800)
          .length,
      {
        timeout: 10_000,
      },
    )
    .toBeGreaterThan(3);

  await driver.evaluate(`scrollTo(0, 0)`);
  await expect.poll(() => registered(driver), { timeout: 10_000 }).toContain('三个一批');
}

/** The popup's list counts every match on the page; keyboard stepping reaches the last term. */
export async function checkLongPageCountsAndKeyboard(session: ChromiumSession, base: string): Promise<void> {
  await session.goto(`${base}/long.html`);
  await session.evaluate(WAIT_FOR_HIGHLIGHTS);
  const worker = session.context.serviceWorkers()[0]!;
  const [tabId] = await worker.evaluate<number[]>(`chrome.tabs.query({}).then((tabs) => tabs.map((t) => t.id))`);
  const send = <T>(message: object) =>
    worker.evaluate<T>(`chrome.tabs.sendMessage(${tabId}, ${JSON.stringify(message)}, { frameId: 0 })`);
  type State = { terms: { surface: string; count: number }[] };
  const count = async (surface: string) =>
    (await send<State>({ type: 'listTerms', params: {} })).terms.find((t) => simplified(t.surface) === surface)
      ?.count ?? 0;
  await expect.poll(() => count(LAST), { timeout: 10_000 }).toBe(1);
  expect(await count('专精特新')).toBeGreaterThanOrEqual(LONG_PAGE_FILLER);
  expect(await registered(session)).not.toContain(LAST);

  // Forward once, then back once: round to the last term on the page, some sixty screens down.
  await send({ type: 'step', params: { by: 1 } });
  await send({ type: 'step', params: { by: -1 } });
  await expect.poll(async () => (await session.card())?.text ?? '').toMatch(new RegExp(`^${LAST}`));
  expect(await registered(session)).toContain(LAST);
  expect(await session.evaluate<number>('scrollY')).toBeGreaterThan(10_000);
  await session.press('Escape');

  // Reveal from the popup: a term far from the viewport is scrolled to and registered.
  await session.evaluate('scrollTo(0, 0)');
  const id = (await send<{ terms: { id: string; surface: string }[] }>({ type: 'listTerms', params: {} })).terms.find(
    (t) => simplified(t.surface) === LAST,
  )!.id;
  await expect.poll(() => registered(session)).not.toContain(LAST);
  expect(await send<boolean>({ type: 'reveal', params: { id } })).toBe(true);
  await expect.poll(() => registered(session)).toContain(LAST);
}
