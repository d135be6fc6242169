// Where the card lands, measured in a real browser: wholly inside the viewport, never over the term, and
// its first view at most 400 × 380 CSS px, for terms at the top, middle and bottom of windows from 800×500
// up. The figures are written to test-results/ for the report.
import { mkdirSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';
import { settledCard, type Driver } from '../support/driver';
import { WAIT_FOR_HIGHLIGHTS } from '../support/page-probes';

export const WINDOWS: [number, number][] = [
  [800, 500],
  [1024, 640],
  [1440, 900],
];
type Where = 'top' | 'middle' | 'bottom';
const WHERE: Where[] = ['top', 'middle', 'bottom'];
/** The reference report's richest cards: a sense, a long name, a four-item expansion. */
const TERMS = ['四保', '三个一批', '专精特新'];

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface Measured {
  browser: string;
  window: string;
  where: string;
  term: string;
  how: 'pointer' | 'keyboard';
  card: Box;
  termBox: Box;
  /** The card's content at its natural size (before any cut to the room beside the term). */
  natural: { width: number; height: number };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Room above and below the article, so that any term can be scrolled to the top or bottom of the window;
 * then scrolls the first range reading `term` to `where` and returns its box.
 */
const placeTerm = (term: string, where: Where) => `(() => {
  document.body.style.paddingTop = document.body.style.paddingBottom = '100vh';
  const strip = (s) => s.replace(/\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)/g, '');
  const ranges = [...(CSS.highlights.get('tifa-lens-term') ?? [])];
  // The published page is in traditional characters: the few this list needs.
  const simple = { '個': '个', '專': '专' };
  const r = ranges.find((x) => strip(x.toString()).replace(/[個專]/g, (c) => simple[c]) === ${JSON.stringify(term)});
  if (!r) return null;
  const at = (rect) => ({ x: rect.x, y: rect.y, width: rect.width, height: rect.height });
  let rect = r.getClientRects()[0];
  const target = ${JSON.stringify(where)} === 'top' ? 24 : ${JSON.stringify(where)} === 'bottom' ? innerHeight - 24 - rect.height : innerHeight / 2 - rect.height / 2;
  scrollBy(0, rect.y - target);
  rect = r.getClientRects()[0];
  return at(rect);
})()`;

const NATURAL = `(() => {
  const c = document.querySelector('#card > .card');
  const r = c.getBoundingClientRect();
  return { width: Math.ceil(document.getElementById('card').getBoundingClientRect().width), height: Math.ceil(r.height) };
})()`;

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Every assertion the issue makes about one shown card. */
export function expectWellPlaced(m: Measured, viewport: [number, number]): void {
  const label = `${m.browser} ${m.window} ${m.where} ${m.term} (${m.how}): card ${JSON.stringify(m.card)}`;
  const [w, h] = viewport;
  expect(m.card.x, label).toBeGreaterThanOrEqual(0);
  expect(m.card.y, label).toBeGreaterThanOrEqual(0);
  expect(m.card.x + m.card.width, label).toBeLessThanOrEqual(w + 0.5);
  expect(m.card.y + m.card.height, label).toBeLessThanOrEqual(h + 0.5);
  expect(overlaps(m.card, m.termBox), `${label} covers the term ${JSON.stringify(m.termBox)}`).toBe(false);
  expect(m.natural.width, `${label}: first view width`).toBeLessThanOrEqual(400);
  expect(m.natural.height, `${label}: first view height`).toBeLessThanOrEqual(380);
}

/** Hovers each term at the top, middle and bottom of each window size with the pointer. */
export async function measurePointer(driver: Driver, base: string): Promise<Measured[]> {
  const out: Measured[] = [];
  for (const [w, h] of WINDOWS) {
    await driver.setViewport(w, h);
    await driver.goto(`${base}/published.html`);
    await driver.evaluate(WAIT_FOR_HIGHLIGHTS);
    for (const [i, where] of WHERE.entries()) {
      const term = TERMS[i % TERMS.length]!;
      await driver.move(2, 2);
      await sleep(400);
      const termBox = await driver.evaluate<Box | null>(placeTerm(term, where));
      expect(termBox, `${term} is highlighted`).not.toBeNull();
      await sleep(200);
      await driver.move(termBox!.x + termBox!.width / 2, termBox!.y + termBox!.height / 2);
      const card = await settledCard(driver);
      const natural = await driver.evaluateInCard<{ width: number; height: number }>(NATURAL);
      const m: Measured = {
        browser: driver.name,
        window: `${w}x${h}`,
        where,
        term,
        how: 'pointer',
        card,
        termBox: termBox!,
        natural,
      };
      out.push(m);
      expectWellPlaced(m, [w, h]);
    }
  }
  return out;
}

/** The card opened from the keyboard (`open` steps to the next term) at each window size. */
export async function measureKeyboard(driver: Driver, base: string, open: () => Promise<unknown>): Promise<Measured[]> {
  const out: Measured[] = [];
  for (const [w, h] of WINDOWS) {
    await driver.setViewport(w, h);
    await driver.goto(`${base}/published.html`);
    await driver.evaluate(WAIT_FOR_HIGHLIGHTS);
    await driver.move(2, 2);
    for (let step = 0; step < 3; step++) {
      await open();
      const card = await settledCard(driver);
      const text = (await driver.card())!.text;
      // The term the card is for: its box, read from the active highlight the lens sets on it.
      const termBox = await driver.evaluate<Box>(`(() => {
        const r = [...CSS.highlights.get('tifa-lens-active')][0].getClientRects()[0];
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      })()`);
      const natural = await driver.evaluateInCard<{ width: number; height: number }>(NATURAL);
      const m: Measured = {
        browser: driver.name,
        window: `${w}x${h}`,
        where: 'stepped',
        term: text.slice(0, 6),
        how: 'keyboard',
        card,
        termBox,
        natural,
      };
      out.push(m);
      expectWellPlaced(m, [w, h]);
    }
  }
  return out;
}

/** Writes the measured boxes, one line each, for the report and the README. */
export function recordGeometry(name: string, rows: Measured[]): void {
  mkdirSync('test-results', { recursive: true });
  const lines = rows.map(
    (m) =>
      `${m.browser}\t${m.how}\t${m.window}\t${m.where}\t${m.term}\tcard ${Math.round(m.card.x)},${Math.round(m.card.y)} ${Math.round(m.card.width)}×${Math.round(m.card.height)}\tnatural ${m.natural.width}×${m.natural.height}\tterm y ${Math.round(m.termBox.y)}`,
  );
  writeFileSync(`test-results/card-geometry-${name}.tsv`, lines.join('\n') + '\n');
}

const CARD_SCROLL = `(() => { const c = document.getElementById('card'); return { top: c.scrollTop, max: c.scrollHeight - c.clientHeight }; })()`;
const DETAILS_OPEN = `document.querySelector('#card details')?.open ?? false`;

/**
 * More opens by pointer, the card keeps its side and stays inside the window (cut to the room there, it
 * scrolls inside itself); the wheel over it scrolls the card only, and neither closes it nor moves the
 * page; a related term opens in the card, and Back returns.
 */
export async function checkMoreAndWheel(
  driver: Driver,
  base: string,
  clickIn: (selector: string) => Promise<void>,
): Promise<void> {
  const [w, h] = [800, 500];
  await driver.setViewport(w, h);
  await driver.goto(`${base}/published.html`);
  await driver.evaluate(WAIT_FOR_HIGHLIGHTS);
  await driver.move(2, 2);
  await sleep(400);
  let termBox = (await driver.evaluate<Box | null>(placeTerm('四保', 'middle')))!;
  // Firefox may still be laying out the added room when it is asked to scroll (longer on a loaded machine):
  // place the term again until it is on screen.
  for (let i = 0; i < 15 && (termBox.y < 0 || termBox.y + termBox.height > h); i++) {
    await sleep(300);
    termBox = (await driver.evaluate<Box | null>(placeTerm('四保', 'middle')))!;
  }
  await driver.move(termBox.x + termBox.width / 2, termBox.y + termBox.height / 2);
  const before = await settledCard(driver);
  await clickIn('#card summary');
  await expect.poll(() => driver.evaluateInCard<boolean>(DETAILS_OPEN)).toBe(true);
  const after = await settledCard(driver);
  const natural = await driver.evaluateInCard<{ width: number; height: number }>(NATURAL);
  const m: Measured = {
    browser: driver.name,
    window: `${w}x${h}`,
    where: 'middle',
    term: '四保',
    how: 'pointer',
    card: after,
    termBox,
    natural: { width: natural.width, height: 0 },
  };
  expectWellPlaced(m, [w, h]);
  expect(after.y < termBox.y, 'More keeps the side the card opened on').toBe(before.y < termBox.y);
  expect(natural.height, 'More made the card taller than the room beside the term').toBeGreaterThan(after.height);

  // The wheel, over the card: the card scrolls; past its end the page still does not.
  const pageY = await driver.evaluate<number>('scrollY');
  await driver.move(after.x + after.width / 2, after.y + after.height / 2);
  await driver.wheel(0, 120);
  await expect.poll(async () => (await driver.evaluateInCard<{ top: number }>(CARD_SCROLL)).top).toBeGreaterThan(0);
  for (let i = 0; i < 6; i++) await driver.wheel(0, 400);
  await sleep(500);
  const scroll = await driver.evaluateInCard<{ top: number; max: number }>(CARD_SCROLL);
  expect(scroll.top, 'scrolled to the card’s end').toBeGreaterThanOrEqual(scroll.max - 1);
  expect(await driver.evaluate<number>('scrollY'), 'the page did not scroll').toBe(pageY);
  expect((await driver.card())?.visible, 'the card stays open').toBe(true);

  // A related term opens in the card, with a way back.
  const first = await driver.evaluateInCard<string>(`document.querySelector('button.related-term').textContent`);
  await clickIn('button.related-term');
  await expect.poll(async () => (await driver.card())?.text ?? '').toMatch(new RegExp(`^← .*四保\\s*${first}`));
  await clickIn('button.back');
  await expect.poll(async () => (await driver.card())?.text ?? '').toMatch(/^四保/);
}

/** From the keyboard: the card opened by the next-term command has focus; Tab reaches More, Enter opens it. */
export async function checkKeyboardMore(driver: Driver, base: string, open: () => Promise<unknown>): Promise<void> {
  await driver.setViewport(1024, 640);
  await driver.goto(`${base}/published.html`);
  await driver.evaluate(WAIT_FOR_HIGHLIGHTS);
  await driver.move(2, 2);
  await open();
  await settledCard(driver);
  await expect.poll(() => driver.evaluateInCard<string>(`document.activeElement?.id ?? ''`)).toBe('card');
  await driver.press('Tab');
  expect(await driver.evaluateInCard<string>(`document.activeElement?.tagName ?? ''`)).toBe('SUMMARY');
  await driver.press('Enter');
  await expect.poll(() => driver.evaluateInCard<boolean>(DETAILS_OPEN)).toBe(true);
  await driver.press('Escape');
  await expect.poll(async () => (await driver.card())?.visible).toBe(false);
}
