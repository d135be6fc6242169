// Accessibility checks shared by the browsers: axe-core (WCAG 2.1 A/AA) and keyboard-only use.
// They take a page-sized driver so that Chromium can point them at extension pages opened as tabs.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';
import type { Driver } from '../support/driver';
import { referenceHoverExpectations } from '../support/hover-expectations';
import { WAIT_FOR_HIGHLIGHTS } from '../support/page-probes';
import { hoverTerm } from './reference-spec';

/** What these checks need from one page. */
export type PageDriver = Pick<Driver, 'name' | 'evaluate' | 'press'>;

const AXE_SOURCE = readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8');
const WCAG21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Runs axe in the page's main world; `context` is axe's serialisable context (the whole document if omitted). */
export async function axeViolations(d: PageDriver, context?: unknown): Promise<AxeViolation[]> {
  // Injected as source text (not a script tag) so that an extension page's CSP cannot refuse it.
  return d.evaluate<AxeViolation[]>(`(() => {
    if (!window.axe) {
      ${AXE_SOURCE}
    }
    const context = ${context === undefined ? 'document' : JSON.stringify(context)};
    const options = { runOnly: { type: 'tag', values: ${JSON.stringify(WCAG21_AA)} }, resultTypes: ['violations'] };
    return window.axe.run(context, options).then((r) => r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => JSON.stringify(n.target) + ': ' + (n.failureSummary || '').replace(/\\s+/g, ' ')),
    })));
  })()`);
}

export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n${v.nodes.map((n) => `    ${n}`).join('\n')}`)
    .join('\n');
}

/** Fails with every violation's id, impact and target nodes spelt out. */
export function expectNoViolations(where: string, violations: AxeViolation[]): void {
  if (violations.length) console.error(`axe violations on ${where}:\n${describeViolations(violations)}`);
  expect(
    violations.map((v) => v.id),
    `${where}:\n${describeViolations(violations)}`,
  ).toEqual([]);
}

/** Hovers each reference term and runs axe on the tooltip alone, inside its shadow root. */
export async function checkTooltipAxe(d: Driver, base: string): Promise<void> {
  await d.goto(`${base}/published.html`);
  await d.evaluate(WAIT_FOR_HIGHLIGHTS);
  for (const term of Object.keys(referenceHoverExpectations)) {
    await hoverTerm(d, term);
    expectNoViolations(`tooltip for ${term}`, await axeViolations(inCard(d)));
  }
  // The quieter card for a formula the glossary lacks, with its "add" button.
  await d.move(2, 2);
  await sleep(400);
  const rect = await d.evaluate<{ x: number; y: number; width: number; height: number }>(FIRST_UNEXPLAINED);
  await d.move(rect.x + rect.width / 2, rect.y + rect.height / 2);
  await poll(
    () => d.evaluateInCard<boolean>(`!!document.querySelector('button.add')`).catch(() => false),
    (b) => b,
    'the unexplained card',
  );
  await sleep(200); // placed and made visible after render
  expectNoViolations('tooltip for an unexplained formula', await axeViolations(inCard(d)));
}

/** The card is its own document (an extension page in a frame): axe runs there. */
const inCard = (d: Driver): PageDriver => ({
  name: d.name,
  press: (key) => d.press(key),
  evaluate: (fn) => d.evaluateInCard(fn),
});

/** Scrolls the first "not yet in the glossary" range into view; returns its rect. */
const FIRST_UNEXPLAINED = `(() => {
  const r = [...CSS.highlights.get('tifa-lens-unexplained')][0];
  r.startContainer.parentElement.scrollIntoView({ block: 'center' });
  const rect = r.getClientRects()[0];
  return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
})()`;

export interface Focus {
  tag: string;
  cls: string;
  type: string;
  name: string;
  value: string;
  checked: boolean;
  text: string;
  /** Matches :focus-visible and draws an outline or a box-shadow. */
  ringed: boolean;
  /** Position in the list made by TABBABLES, or -1. */
  index: number;
}

/** The focused element (through open shadow roots) and whether its focus can be seen. */
const FOCUS = `(() => {
  let el = document.activeElement;
  while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
  if (!el || el === document.body) return null;
  const s = getComputedStyle(el);
  const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
  return {
    tag: el.tagName.toLowerCase(),
    cls: typeof el.className === 'string' ? el.className : '',
    type: el.type || '',
    name: el.name || '',
    value: typeof el.value === 'string' ? el.value : '',
    checked: !!el.checked,
    text: (el.textContent || '').trim().slice(0, 40),
    ringed: el.matches(':focus-visible') && (outline || s.boxShadow !== 'none'),
    index: typeof el.__a11yIndex === 'number' ? el.__a11yIndex : -1,
  };
})()`;

/** Presses Tab until `done` holds for the focused element; returns every stop on the way. */
export async function tabUntil(d: PageDriver, done: (f: Focus) => boolean, max = 60): Promise<Focus[]> {
  const stops: Focus[] = [];
  for (let i = 0; i < max; i++) {
    await d.press('Tab');
    const f = await d.evaluate<Focus | null>(FOCUS);
    if (!f) continue;
    stops.push(f);
    if (done(f)) return stops;
  }
  throw new Error(`Tab never reached the target; stops: ${stops.map((s) => `${s.tag}.${s.cls}`).join(' → ')}`);
}

async function poll<T>(read: () => Promise<T>, ok: (v: T) => boolean, what: string): Promise<T> {
  for (let i = 0; i < 50; i++) {
    const v = await read();
    if (ok(v)) return v;
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}`);
}

const unringed = (stops: Focus[]) => stops.filter((s) => !s.ringed).map((s) => `${s.tag}.${s.cls} “${s.text}”`);

/**
 * The popup from the keyboard alone: Tab lands on the search box first, typing searches, and Tab
 * then Enter on a row's arrow reveals it in the page, and Enter on a term row opens its card. Every focus stop
 * must be visibly marked.
 */
export async function checkPopupKeyboard(popup: PageDriver, page: PageDriver): Promise<void> {
  await poll(
    () => popup.evaluate<number>(`document.querySelectorAll('.term-row').length`),
    (n) => n > 0,
    'term rows',
  );
  const first = await tabUntil(popup, () => true);
  expect(first[0]?.type, 'the first Tab stop is the search box').toBe('search');
  expect(unringed(first), 'search box focus is visible').toEqual([]);

  const query = 'fangguanfu';
  for (const ch of query) await popup.press(ch);
  const top = `document.querySelector('.row .zh')?.textContent ?? ''`;
  expect(
    await poll(
      () => popup.evaluate<string>(top),
      (t) => t !== '',
      'a search result',
    ),
  ).toBe('放管服');
  for (let i = 0; i < query.length; i++) await popup.press('Backspace');
  await poll(
    () => popup.evaluate<number>(`document.querySelectorAll('.term-row').length`),
    (n) => n > 0,
    'the list',
  );

  const stops = await tabUntil(popup, (f) => f.cls.includes('reveal'));
  expect(unringed(stops), 'every focus stop on the way to a row is visible').toEqual([]);
  const flashes = `CSS.highlights.get('tifa-lens-flash')?.size ?? 0`;
  await popup.press('Enter');
  await poll(
    () => page.evaluate<number>(flashes),
    (n) => n === 1,
    'Enter on a row’s arrow to flash the term in the page',
  );
  const next = await tabUntil(popup, (f) => f.cls.includes('term-row'));
  expect(unringed(next), 'Tab moves on to the next row, visibly').toEqual([]);
  await popup.press('Enter');
  await poll(
    () => popup.evaluate<number>(`document.querySelectorAll('.card-view .card').length`),
    (n) => n === 1,
    'Enter on a term row to open its card in the popup',
  );
}

/**
 * Marks every control that should take a Tab stop, in document order. A radio group is one stop:
 * its checked radio (or its first one when none is checked).
 */
const TABBABLES = `(() => {
  const all = [...document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]')];
  const seenGroups = new Set();
  const list = all.filter((el) => {
    if (el.disabled || el.tabIndex < 0 || el.getClientRects().length === 0) return false;
    if (getComputedStyle(el).visibility === 'hidden') return false;
    if (el.type === 'radio' && el.name) {
      const group = [...document.querySelectorAll('input[type=radio]')].filter((r) => r.name === el.name);
      const stop = group.find((r) => r.checked) ?? group[0];
      if (el !== stop || seenGroups.has(el.name)) return false;
      seenGroups.add(el.name);
    }
    return true;
  });
  list.forEach((el, i) => { el.__a11yIndex = i; });
  return list.map((el) => el.tagName.toLowerCase() + (el.type ? '[' + el.type + ']' : '') + ' ' + (el.textContent || '').trim().slice(0, 30));
})()`;

const LANGUAGE_RADIOS = `input[type=radio][name="opt-language"]`;
const checkedLanguage = `document.querySelector('${LANGUAGE_RADIOS}:checked')?.value ?? ''`;

/**
 * The options page from the keyboard alone: Tab visits every control once, in document order, and
 * arrow keys change the explanation language, which survives reopening the page. Returns the
 * controls whose focus is not visibly marked (reported, not asserted: the page is owned elsewhere).
 */
export async function checkOptionsKeyboard(d: PageDriver, reopen: () => Promise<void>): Promise<string[]> {
  /** The checked explanation language, once the settings form shows one. */
  const language = (what: string) =>
    poll(
      () => d.evaluate<string>(checkedLanguage),
      (v) => v !== '',
      what,
    );
  const reloadedLanguage = async () => {
    await reopen();
    return language('reload');
  };
  await language('the settings form');
  // The personal glossary editor renders after its own load: wait until the controls stop changing.
  let controls: string[] = [];
  for (let same = 0; same < 3;) {
    await sleep(150);
    const now = await d.evaluate<string[]>(TABBABLES);
    same = now.join('\n') === controls.join('\n') ? same + 1 : 0;
    controls = now;
  }
  expect(controls.length, 'controls on the options page').toBeGreaterThan(8);
  const stops = await tabUntil(d, (f) => f.index === controls.length - 1, controls.length + 5);
  const visited = stops.map((s) => s.index);
  expect(visited, `Tab order over:\n${controls.map((c, i) => `${i}: ${c}`).join('\n')}`).toEqual(
    controls.map((_, i) => i),
  );
  const hidden = unringed(stops);

  const before = await d.evaluate<string>(checkedLanguage);
  const toLanguage = async () => {
    await reopen();
    await language('the settings form');
    await tabUntil(d, (f) => f.type === 'radio' && f.name === 'opt-language');
  };
  await toLanguage();
  await d.press('ArrowDown'); // moves the checked radio within the group, as a keyboard user would
  const after = await d.evaluate<string>(checkedLanguage);
  expect(after, 'arrow key changed the explanation language').not.toBe(before);
  await sleep(500);
  expect(await reloadedLanguage(), 'persisted').toBe(after);

  // Put it back, again from the keyboard, so that later tests see the default settings.
  await tabUntil(d, (f) => f.type === 'radio' && f.name === 'opt-language');
  await d.press('ArrowUp');
  await sleep(500);
  expect(await reloadedLanguage(), 'set back').toBe(before);
  return hidden;
}
