// What a page can learn of the reader, or make the extension do: the regression tests of issue 13.
// Run by the hostile-page suite in both browsers; the steps that need the reader's own glossary or
// settings in storage run where the driver can write them (Chromium), and say so in their name.
import { expect } from 'vitest';
import { OVERRIDE_NOTE, PRIVATE_NOTE, PRIVATE_TERM } from '../support/pages/privacy-pages.mjs';
import { GLOSSARY } from '../../src/glossary';
import type { GlossaryEntry } from '../../src/core/glossary-schema';
import type { Driver } from '../support/driver';
import { PAGE_SEES_SHADOW, WAIT_FOR_HIGHLIGHTS } from '../support/page-probes';
import { hoverTerm } from './reference-spec';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Seen {
  highlighted: string[];
  added: string[];
  openRoots: string[];
  capturedRoots: string[];
  found: Record<string, boolean>;
  frames: number;
  resources: string[];
  marks: string[];
  sheets: number;
}

const builtIn = GLOSSARY.find((e) => e.term === '专精特新')!;

/** The reader's glossary: a private term, and their own reading of a built-in one. */
export const READERS_GLOSSARY: GlossaryEntry[] = [
  {
    id: 'qing-miao-ji-hua',
    term: PRIVATE_TERM,
    variants: [],
    english: 'Green Shoots plan (private note)',
    gloss: `FROM MY GLOSSARY: ${PRIVATE_NOTE}.`,
    explanation: { en: `FROM MY GLOSSARY: ${PRIVATE_NOTE}.`, zh: '我的私人笔记。' },
    category: 'economy',
  },
  {
    id: builtIn.id,
    term: builtIn.term,
    variants: [],
    english: 'little giants (my reading)',
    gloss: `My note: ${OVERRIDE_NOTE}.`,
    explanation: { en: `My note: ${OVERRIDE_NOTE}.`, zh: '我对这个词的理解。' },
    category: 'economy',
  },
];

/** Words the page searches for: the private note, the override, and the built-in card's own text. */
const NEEDLES = [PRIVATE_NOTE, OVERRIDE_NOTE, 'zhuān jīng tè xīn', 'specialized and sophisticated'];

const snoop = (driver: Driver, phase: 'provoke' | 'read' | 'steer') =>
  driver.evaluate<Seen>(`window.__snoop(${JSON.stringify(phase)}, ${JSON.stringify(NEEDLES)})`);

/**
 * The review's proof, replayed: a page with a hidden word list and CSS that hides any card reads the
 * highlights, fires synthetic pointer and keyboard events over every word, and searches for the text of
 * the reader's private entry and override. It must learn nothing; the reader's real hover must still work.
 */
export async function checkSnoop(driver: Driver, base: string): Promise<void> {
  const personal = !!driver.setStorage;
  if (!driver.setStorage) return snoopAs(driver, base, personal);
  await driver.setStorage('local', { personalGlossary: { version: 1, entries: READERS_GLOSSARY } });
  try {
    await snoopAs(driver, base, personal);
  } finally {
    await driver.setStorage('local', { personalGlossary: { version: 1, entries: [] } });
  }
}

async function snoopAs(driver: Driver, base: string, personal: boolean): Promise<void> {
  await sleep(300); // the background has merged the stored glossary (storage.onChanged)
  await driver.goto(`${base}/hostile/snoop.html`);
  await driver.evaluate(WAIT_FOR_HIGHLIGHTS);

  const provoked = await snoop(driver, 'provoke');
  const highlighted = provoked.highlighted.join(' ');
  expect(highlighted, 'the built-in term is highlighted (the test would see a leak)').toContain('专精特新');
  expect(highlighted, 'the private term is not highlighted in the page').not.toContain(PRIVATE_TERM);
  expect(provoked.added, 'synthetic events open no card (nothing added to the page)').toEqual([]);
  expect(provoked.found, 'window.find finds none of the card texts').toEqual(
    Object.fromEntries(NEEDLES.map((n) => [n, false])),
  );

  // The reader's own hover opens the card, with their override when the test could store it.
  const tip = await hoverTerm(driver, '专精特新');
  expect(tip.text, 'the reader sees the card').toContain(personal ? OVERRIDE_NOTE : 'zhuān jīng tè xīn');
  expect(tip.shadowMode, 'the page sees a host with no readable shadow root').toBe('closed');
  const read = await snoop(driver, 'read');
  expect(read.openRoots, 'no open shadow root').toEqual([]);
  expect(read.capturedRoots, 'no shadow root the page could capture by patching attachShadow').toEqual([]);
  expect(read.found, 'window.find finds none of the card texts, with the card open').toEqual(
    Object.fromEntries(NEEDLES.map((n) => [n, false])),
  );
  expect(read.frames, 'the card frame is not among window.frames').toBe(0);
  expect(
    read.resources.filter((u) => /extension:/.test(u)),
    'no extension URL in resource timing',
  ).toEqual([]);
}

/**
 * The page clicks the card, writes into its host and re-points the extension's ranges at its hidden
 * word list; a page-defined custom element under the names an extension might use breaks nothing.
 */
export async function checkSteer(driver: Driver, base: string): Promise<void> {
  await driver.goto(`${base}/hostile/snoop.html`);
  await driver.evaluate(WAIT_FOR_HIGHLIGHTS);
  const tabs = driver.tabCount?.();
  await hoverTerm(driver, '专精特新');
  await snoop(driver, 'steer');
  await sleep(800);
  if (tabs !== undefined) expect(driver.tabCount!(), 'a page click opens no options tab').toBe(tabs);
  // The extension's own view is intact: hovering the real term (found in the text, since the page has
  // re-pointed the painted ranges) shows its card, and the painted range is put back on its term.
  await driver.move(2, 2);
  await sleep(400);
  const rect = await driver.evaluate<{ x: number; y: number; width: number; height: number }>(`(() => {
    const p = document.querySelector('body > p');
    const text = [...p.childNodes].find((n) => n.nodeType === 3 && n.data.includes('专精特新'));
    const r = document.createRange();
    r.setStart(text, text.data.indexOf('专精特新'));
    r.setEnd(text, text.data.indexOf('专精特新') + 4);
    p.scrollIntoView({ block: 'center' });
    const b = r.getClientRects()[0];
    return { x: b.x, y: b.y, width: b.width, height: b.height };
  })()`);
  await driver.move(rect.x + rect.width / 2, rect.y + rect.height / 2);
  await expect.poll(async () => (await driver.card())?.visible ?? false, { timeout: 4000 }).toBe(true);
  await expect
    .poll(async () => (await driver.card())?.text ?? '', { timeout: 4000 })
    .toMatch(/^专精特新.*zhuān jīng tè xīn/);
  const painted = await driver.evaluate<string[]>(
    `[...(new Set([...(CSS.highlights.get('tifa-lens-term') ?? []), ...(CSS.highlights.get('tifa-lens-vocabulary') ?? [])]) || [])].map((r) => r.toString()).filter((t) => t === '专精特新')`,
  );
  expect(painted.length, 'the hovered term is painted again where it is').toBeGreaterThan(0);
  expect(await driver.evaluate<string>(PAGE_SEES_SHADOW)).toBe('closed');
}

/**
 * Off means invisible, in the production build: mode Off (Chromium, where the test can store it), and
 * a Chinese page that is not a report in Automatic mode (both browsers). No marks, sheets, highlights,
 * elements or extension resources are observable, and the lens's script cannot be fetched by its path.
 */
export async function checkInvisibleWhenOff(driver: Driver, base: string): Promise<void> {
  const probe = `(() => ({
    marks: performance.getEntriesByType('mark').map((e) => e.name).concat(performance.getEntriesByType('measure').map((e) => e.name)),
    sheets: document.adoptedStyleSheets.length,
    highlights: [...CSS.highlights.keys()],
    added: [...document.documentElement.children].filter((el) => el !== document.head && el !== document.body).length,
    resources: performance.getEntriesByType('resource').map((e) => e.name).filter((n) => /extension:/.test(n)),
  }))()`;
  const nothing = { marks: [], sheets: 0, highlights: [], added: 0, resources: [] };
  await driver.goto(`${base}/novel.html`);
  await sleep(1500);
  expect(await driver.evaluate(probe), 'a Chinese page the lens leaves alone').toEqual(nothing);
  if (driver.setStorage) {
    await driver.setStorage('sync', {
      settings: { version: 2, mode: 'off' },
      settingsSavedAt: Date.now(),
    });
    await driver.setStorage('local', { settings: { version: 2, mode: 'off' }, settingsSavedAt: Date.now() });
    await driver.goto(`${base}/published.html`);
    await sleep(1500);
    expect(await driver.evaluate(probe), 'a report with the mode Off').toEqual(nothing);
    await driver.setStorage('sync', { settings: { version: 2, mode: 'auto' }, settingsSavedAt: Date.now() + 1 });
    await driver.setStorage('local', { settings: { version: 2, mode: 'auto' }, settingsSavedAt: Date.now() + 1 });
  }
  // The production build annotates a report with no timing marks.
  await driver.goto(`${base}/published.html`);
  await driver.evaluate(WAIT_FOR_HIGHLIGHTS);
  const on = await driver.evaluate<typeof nothing>(probe);
  expect(on.highlights.length, 'the same build does annotate a report').toBeGreaterThan(0);
  expect(on.marks, 'no performance marks in production').toEqual([]);
}
