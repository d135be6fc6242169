// Hostile pages (tests/support/pages/hostile-pages.mjs), checked the same way in Chromium and Firefox.
//
// Every fixture asserts: the page's own checks pass (window.__pageChecks); no uncaught error and no
// console error from the extension; no request beyond the fixture server. Measurements (refresh rate,
// heartbeat gaps, time to highlights) are printed and written to test-results/hostile-<browser>.json.
//
// Probes run in the page's main world, where the sabotage fixture has replaced Array.prototype.map,
// Node.prototype.contains and window.Range: they use none of them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';
import { SHADOW_LEVELS, TERM_SENTENCES } from '../support/pages/hostile-pages.mjs';
import type { Driver } from '../support/driver';
import { KEY_TERMS } from './reference-spec';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const SIZE = `(new Set([...(CSS.highlights.get('tifa-lens-term') ?? []), ...(CSS.highlights.get('tifa-lens-vocabulary') ?? [])]) || { size: 0 }).size`;

/** Records securitypolicyviolation events in the main world (Firefox's BiDi log does not carry CSP reports). */
export const RECORD_CSP = `
  window.__cspViolations = [];
  addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push({ directive: e.violatedDirective, blocked: e.blockedURI, source: e.sourceFile,
      line: e.lineNumber, sample: e.sample });
  }, true);
`;

// ---------------------------------------------------------------------------------------------
// Measurements for the report

const measured: Record<string, Record<string, Record<string, unknown>>> = {};

export function note(driver: Driver, fixture: string, values: Record<string, unknown>): void {
  const forBrowser = (measured[driver.name] ??= {});
  forBrowser[fixture] = { ...forBrowser[fixture], ...values };
  console.log(`[hostile ${driver.name}] ${fixture}: ${JSON.stringify(values)}`);
  mkdirSync('test-results', { recursive: true });
  writeFileSync(`test-results/hostile-${driver.name}.json`, JSON.stringify(forBrowser, null, 2) + '\n');
}

// ---------------------------------------------------------------------------------------------
// Waiting

async function waitFor<T>(
  read: () => Promise<T>,
  ok: (value: T) => boolean,
  timeoutMs: number,
  intervalMs = 100,
): Promise<{ value: T | undefined; ok: boolean; ms: number }> {
  const started = Date.now();
  let value: T | undefined;
  for (;;) {
    try {
      value = await read();
      if (ok(value)) return { value, ok: true, ms: Date.now() - started };
    } catch {
      // The page is navigating, or busy being replaced: try again.
    }
    if (Date.now() - started > timeoutMs) return { value, ok: false, ms: Date.now() - started };
    await sleep(intervalMs);
  }
}

/** Waits until the term highlight is non-empty and unchanged for `stableMs`; returns its size. */
async function waitForStableHighlights(driver: Driver, timeoutMs = 15000, stableMs = 600): Promise<number> {
  let last = -1;
  let since = Date.now();
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    let size: number;
    try {
      size = await driver.evaluate<number>(SIZE);
    } catch {
      size = -1;
    }
    if (size !== last) {
      last = size;
      since = Date.now();
    } else if (size > 0 && Date.now() - since >= stableMs) return size;
    await sleep(100);
  }
  return Math.max(last, 0);
}

// ---------------------------------------------------------------------------------------------
// Probes

export interface Probed {
  text: string;
  /** Both boundaries in the document and the range not collapsed. */
  live: boolean;
  /** id of the nearest ancestor element with an id. */
  zone: string | null;
  /** Number of shadow roots between the text and the document. */
  depth: number;
  /** The first non-prose element (form field, editable, code…) holding either boundary, or null. */
  notProse: string | null;
}

const PROBE = `(() => {
  const out = [];
  const h = new Set([...(CSS.highlights.get('tifa-lens-term') ?? []), ...(CSS.highlights.get('tifa-lens-vocabulary') ?? [])]);
  if (!h) return out;
  const NOT_PROSE = 'input, textarea, select, button, code, pre, kbd, samp, script, style, [contenteditable]';
  const describe = (node) => {
    const el = node.nodeType === 1 ? node : node.parentElement;
    if (!el) return null;
    const bad = el.closest(NOT_PROSE) || (el.isContentEditable ? el : null);
    return bad ? bad.tagName.toLowerCase() + (bad.id ? '#' + bad.id : '') : null;
  };
  for (const r of h) {
    const node = r.startContainer;
    const el = node.nodeType === 1 ? node : node.parentElement;
    let depth = 0;
    for (let root = node.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) depth++;
    const zone = el && el.closest('[id]');
    out.push({
      text: r.toString(),
      live: node.isConnected && r.endContainer.isConnected && !r.collapsed,
      zone: zone ? zone.id : null,
      depth,
      notProse: describe(node) || describe(r.endContainer),
    });
  }
  return out;
})()`;

export const probe = (driver: Driver) => driver.evaluate<Probed[]>(PROBE);

/** Finds the first highlighted range matching `predicate` (JS over r, text, zone, depth), scrolls it into view. */
const rangeRect = (predicate: string) => `(() => {
  const h = new Set([...(CSS.highlights.get('tifa-lens-term') ?? []), ...(CSS.highlights.get('tifa-lens-vocabulary') ?? [])]);
  if (!h) return null;
  for (const r of h) {
    const text = r.toString();
    const node = r.startContainer;
    const el = node.nodeType === 1 ? node : node.parentElement;
    const zoneEl = el && el.closest('[id]');
    const zone = zoneEl ? zoneEl.id : null;
    let depth = 0;
    for (let root = node.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) depth++;
    if (!(${predicate})) continue;
    el.scrollIntoView({ block: 'center', inline: 'center' });
    const rect = r.getClientRects()[0];
    return rect ? { x: rect.x, y: rect.y, width: rect.width, height: rect.height } : null;
  }
  return null;
})()`;

/** Finds `term` in the text under `selector` without relying on the highlight registry. */
const textRect = (selector: string, term: string) => `(() => {
  const root = document.querySelector(${JSON.stringify(selector)});
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = n.data.indexOf(${JSON.stringify(term)});
    if (at < 0) continue;
    n.parentElement.scrollIntoView({ block: 'center' });
    const r = document.createRange();
    r.setStart(n, at);
    r.setEnd(n, at + ${term.length});
    const rect = r.getClientRects()[0];
    return rect ? { x: rect.x, y: rect.y, width: rect.width, height: rect.height } : null;
  }
  return null;
})()`;

/** Inside the card's frame: the card's own stylesheet applies (a rounded card). */
// The frame's own box (#card in card.css): rounded only if the card's sheet applied despite the page's CSP.
const CARD_STYLE = `(() => {
  const card = document.querySelector('#card');
  return card ? { radius: getComputedStyle(card).borderTopLeftRadius } : null;
})()`;

interface Tip {
  found: boolean;
  visible: boolean;
  text: string;
  /** The card's own stylesheet applies (a rounded card, in a frame that is on screen). */
  styled: boolean;
}

/**
 * Moves the pointer away, then onto the rect `rectExpr` returns, and waits for the tooltip. The frame is
 * shown before its text is drawn, and under load that gap is long: wait for text, and for `term` if given.
 */
async function hoverAt(driver: Driver, rectExpr: string, term?: string): Promise<Tip> {
  await driver.move(2, 2);
  await sleep(450);
  const rect = await driver.evaluate<{ x: number; y: number; width: number; height: number } | null>(rectExpr);
  if (!rect) return { found: false, visible: false, text: '', styled: false };
  await driver.move(rect.x + rect.width / 2, rect.y + rect.height / 2);
  const state = await waitFor(
    () => driver.card(),
    (s) => !!s?.visible && s.text !== '' && !s.text.endsWith('…') && (!term || s.text.includes(term)),
    8000,
  );
  const style = state.value ? await driver.evaluateInCard<{ radius: string } | null>(CARD_STYLE) : null;
  return {
    found: true,
    visible: !!state.value?.visible,
    text: state.value?.text ?? '',
    styled: style?.radius === '10px' && !!state.value?.box,
  };
}

// ---------------------------------------------------------------------------------------------
// What every fixture asserts

/** Starts watching errors, console and requests; `expectClean()` asserts on what came after. */
export function watch(driver: Driver, base: string) {
  const from = {
    console: driver.consoleMessages.length,
    errors: driver.pageErrors.length,
    requests: driver.requests.length,
  };
  const ours = /chrome-extension:\/\/|moz-extension:\/\/|tifa/i;
  return {
    /** Console messages logged by the extension since, of any level (for the report). */
    extensionMessages: () =>
      driver.consoleMessages.slice(from.console).filter((m) => ours.test(m.text) || ours.test(m.url)),
    consoleSince: () => driver.consoleMessages.slice(from.console),
    errorsSince: () => driver.pageErrors.slice(from.errors),
    /** `exempt` matches errors that are the browser's own doing (the caller says why). */
    expectClean(label: string, exempt?: RegExp) {
      const errors = driver.pageErrors.slice(from.errors).filter((e) => !exempt?.test(e));
      const consoleErrors = driver.consoleMessages
        .slice(from.console)
        .filter((m) => m.type === 'error' && (ours.test(m.text) || ours.test(m.url)))
        .map((m) => `${m.text} (${m.url})`);
      const foreign = driver.requests
        .slice(from.requests)
        .filter((u) => !u.startsWith(base + '/') && !/^(?:chrome-extension|moz-extension|data|blob|about):/.test(u));
      expect.soft(errors, `${label}: uncaught errors or unhandled rejections in the page`).toEqual([]);
      expect.soft(consoleErrors, `${label}: console errors from the extension`).toEqual([]);
      expect.soft(foreign, `${label}: requests beyond the fixture server`).toEqual([]);
    },
  };
}

/** Runs the page's end-of-test checks and asserts that all of its checks pass. */
export async function expectPageChecks(driver: Driver, label: string): Promise<Record<string, boolean>> {
  const checks = await driver.evaluate<Record<string, boolean>>(
    `(window.__finalChecks && window.__finalChecks(), window.__pageChecks || {})`,
  );
  expect.soft(Object.keys(checks).length, `${label}: the page ran its checks`).toBeGreaterThan(0);
  expect
    .soft(
      Object.keys(checks).filter((k) => !checks[k]),
      `${label}: failed page checks`,
    )
    .toEqual([]);
  return checks;
}

interface Heartbeat {
  loadAt: number | null;
  ticks: number;
  maxGap: number;
  maxGapAt: number | null;
  gaps: [number, number][];
  size: number;
  firstHighlightAt: number | null;
  lastChangeAt: number | null;
}

const TIMELINE = `(() => {
  const hb = window.__heartbeat;
  const entries = {};
  for (const name of ['tifa-lens:inject', 'tifa-lens:matcher', 'tifa-lens:start', 'tifa-lens:classified', 'tifa-lens:annotate']) {
    const e = performance.getEntriesByName(name)[0];
    if (e) entries[name] = { at: Math.round(e.startTime), ms: Math.round(e.duration) };
  }
  return { hb, entries, refreshes: performance.getEntriesByName('tifa-lens:refresh').length };
})()`;

/**
 * The longest gap over 200 ms that ends after `from` (0 when there is none). Before the glossary
 * arrives the content script only awaits messages; Firefox's own work while it lays out a huge page
 * then shows as gaps of 100-700 ms even with an empty content script, so those are reported apart.
 */
function maxGapFrom(gaps: [number, number][], from: number | undefined): number {
  if (from === undefined) return Math.max(0, ...gaps.map(([, gap]) => gap));
  return Math.max(0, ...gaps.filter(([at, gap]) => at + gap > from).map(([, gap]) => gap));
}

async function timeline(driver: Driver) {
  const t = await driver.evaluate<{
    hb: Heartbeat;
    entries: Record<string, { at: number; ms: number }>;
    refreshes: number;
  }>(TIMELINE);
  const load = t.hb.loadAt ?? 0;
  const rel = (v: number | null) => (v === null ? null : Math.round(v - load));
  return {
    raw: t,
    summary: {
      maxGapMs: Math.round(t.hb.maxGap),
      maxGapFromGlossaryMs: maxGapFrom(
        t.hb.gaps,
        t.entries['tifa-lens:matcher']?.at ?? t.entries['tifa-lens:inject']?.at,
      ),
      maxGapStartsMsAfterLoad: rel(t.hb.maxGapAt),
      gapsOver200Ms: t.hb.gaps.map(([at, gap]) => `${gap}ms at +${Math.round(at - load)}ms`).join(', '),
      firstHighlightMsAfterLoad: rel(t.hb.firstHighlightAt),
      lastHighlightChangeMsAfterLoad: rel(t.hb.lastChangeAt),
      extensionMarks: Object.entries(t.entries)
        .map(([k, v]) => `${k.replace('tifa-lens:', '')} +${v.at - Math.round(load)}ms${v.ms ? ` (${v.ms}ms)` : ''}`)
        .join(', '),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// 1. Mutating every 50 ms for 10 s

const KEEP_UP = `(() => {
  const ps = document.querySelectorAll('#live p.dyn');
  const found = new Map();
  for (const p of ps) found.set(p, []);
  let collapsed = 0;
  const h = new Set([...(CSS.highlights.get('tifa-lens-term') ?? []), ...(CSS.highlights.get('tifa-lens-vocabulary') ?? [])]);
  if (h) for (const r of h) {
    if (r.collapsed || !r.startContainer.isConnected) { collapsed++; continue; }
    const el = r.startContainer.nodeType === 1 ? r.startContainer : r.startContainer.parentElement;
    const p = el && el.closest('p.dyn');
    if (p && found.has(p)) found.get(p).push(r.toString());
  }
  const missing = [], wrong = [];
  for (const [p, texts] of found) {
    const term = p.dataset.term;
    if (!texts.includes(term)) missing.push(p.textContent);
    if (texts.length !== 1 || texts[0] !== term) wrong.push(p.textContent + ' → [' + texts.join('|') + ']');
  }
  return { live: ps.length, missing, wrong, collapsed, size: h ? h.size : 0 };
})()`;

export async function checkMutating(driver: Driver, base: string): Promise<void> {
  const w = watch(driver, base);
  await driver.goto(`${base}/hostile/mutating.html`);
  const first = await waitFor(
    () => driver.evaluate<number>(SIZE),
    (n) => n > 0,
    10000,
  );
  const done = await waitFor(() => driver.evaluate<boolean>('window.__mutation.done'), Boolean, 25000, 250);
  expect(done.ok, 'the page finished its 200 mutations').toBe(true);
  await sleep(1500); // one observer batch (200 ms) and its work, with room to spare
  const m = await driver.evaluate<{ startedAt: number; endedAt: number; refresh: number[] }>(`(() => {
    const out = [];
    for (const e of performance.getEntriesByName('tifa-lens:refresh')) out.push(Math.round(e.startTime));
    return { startedAt: window.__mutation.startedAt, endedAt: window.__mutation.endedAt, refresh: out };
  })()`);
  const { summary } = await timeline(driver);
  const keep = await driver.evaluate<{
    live: number;
    missing: string[];
    wrong: string[];
    collapsed: number;
    size: number;
  }>(KEEP_UP);
  const seconds = (m.endedAt - m.startedAt) / 1000;
  const duringMutation = m.refresh.filter((t) => t <= m.endedAt + 250).length;
  const perSecond = m.refresh.length / seconds;
  const keptUp = keep.missing.length === 0 && keep.wrong.length === 0 && keep.collapsed === 0;
  const quiet = m.refresh.length <= 2;
  note(driver, '1 mutating', {
    mutationSeconds: Math.round(seconds * 100) / 100,
    refreshMarks: m.refresh.length,
    refreshMarksDuringMutation: duringMutation,
    refreshPerSecond: Math.round(perSecond * 100) / 100,
    firstHighlightsAfterMs: first.ms,
    livingDynamicParagraphs: keep.live,
    missing: keep.missing.length,
    wrong: keep.wrong.slice(0, 5),
    collapsedRanges: keep.collapsed,
    keptUp,
    ...summary,
  });
  expect.soft(first.ok, 'highlights appeared').toBe(true);
  expect
    .soft(m.refresh.length, `refresh batches (≤ 5/s over ${seconds.toFixed(1)} s, +1 trailing)`)
    .toBeLessThanOrEqual(Math.floor(5 * seconds) + 1);
  expect
    .soft({ keptUp, quiet, missing: keep.missing, wrong: keep.wrong, collapsed: keep.collapsed })
    .toMatchObject(keptUp ? { keptUp: true } : { quiet: true });
  await expectPageChecks(driver, 'mutating');
  w.expectClean('mutating');
}

// ---------------------------------------------------------------------------------------------
// 1b. Text nodes replaced while the extension annotates in slices

export async function checkRacing(driver: Driver, base: string): Promise<void> {
  const w = watch(driver, base);
  await driver.goto(`${base}/hostile/racing.html`);
  const done = await waitFor(() => driver.evaluate<boolean>('window.__raceDone === true'), Boolean, 10000, 200);
  expect(done.ok, 'the page finished swapping').toBe(true);
  const [, term] = TERM_SENTENCES[0]!;
  // Ranges are registered near the viewport only; the last paragraph is at the bottom of the page.
  await driver.evaluate(`document.getElementById('last').scrollIntoView({ block: 'center' })`);
  const last = await waitFor(
    async () => (await probe(driver)).filter((r) => r.zone === 'last').map((r) => r.text),
    (t) => t.length === 1 && t[0] === term,
    5000,
  );
  const ranges = await probe(driver);
  const stale = ranges.filter((r) => !r.live).length;
  note(driver, '1b racing text nodes', {
    highlights: ranges.length,
    lastParagraph: last.value,
    staleRanges: stale,
    pageErrors: w.errorsSince().map((e) => e.split('\n')[0]),
  });
  expect.soft(last.ok, `the last paragraph ends with exactly one ${term} highlighted`).toBe(true);
  expect.soft(stale, 'ranges on detached or collapsed text').toBe(0);
  await expectPageChecks(driver, 'racing');
  w.expectClean('racing');
}

// ---------------------------------------------------------------------------------------------
// 2. 200,000 elements

/** The longest heartbeat gap on the huge page in a browser without the extension: the page's own share. */
async function hugeDomBaseline(launchBare: () => Promise<Driver>, base: string): Promise<number> {
  const bare = await launchBare();
  try {
    await bare.goto(`${base}/hostile/huge-dom.html`);
    await sleep(3000);
    return Math.round(await bare.evaluate<number>('window.__heartbeat.maxGap'));
  } finally {
    await bare.close();
  }
}

interface RowsOnScreen {
  onScreen: number;
  highlighted: number;
}
const rowsAllLit = (r: RowsOnScreen) => r.onScreen > 0 && r.highlighted === r.onScreen;

/** Term rows of the huge page that are on screen, and how many of them hold a registered range. */
const ROWS_ON_SCREEN = `(() => {
  const lit = new Set();
  for (const r of CSS.highlights.get('tifa-lens-term') || []) {
    const el = r.startContainer.parentElement;
    const row = el && el.closest('.row');
    if (row) lit.add(row);
  }
  let onScreen = 0, highlighted = 0;
  // Only chunks near the screen are laid out (content-visibility: auto); look in those alone.
  for (const chunk of document.querySelectorAll('#rows > .chunk')) {
    const c = chunk.getBoundingClientRect();
    if (c.bottom < 0 || c.top > innerHeight) continue;
    for (const row of chunk.querySelectorAll('.row[data-term]')) {
      const b = row.getBoundingClientRect();
      if (b.bottom <= 0 || b.top >= innerHeight) continue;
      onScreen++;
      if (lit.has(row)) highlighted++;
    }
  }
  return { onScreen, highlighted };
})()`;

export async function checkHugeDom(driver: Driver, base: string, launchBare: () => Promise<Driver>): Promise<void> {
  const baseline = await hugeDomBaseline(launchBare, base);
  const w = watch(driver, base);
  await driver.goto(`${base}/hostile/huge-dom.html`);
  const page = await driver.evaluate<{ rows: number; expected: number; elements: number; parsedAtMs: number }>(
    'window.__huge',
  );
  const size = await waitForStableHighlights(driver, 40000, 1500);
  // Read the heartbeat before probing: walking thousands of ranges from here would show up in it.
  const { summary } = await timeline(driver);
  const ranges = await probe(driver);
  const inRows = ranges.filter((r) => r.zone === 'rows' && TERM_SENTENCES.some(([, term]) => term === r.text));
  // Ranges are registered in and near the viewport only: every row term on screen must be, at the top of
  // the rows and at their far end, some 25,000 rows down.
  await driver.evaluate(`document.getElementById('rows').scrollIntoView()`);
  const atTop = await waitFor(() => driver.evaluate<RowsOnScreen>(ROWS_ON_SCREEN), rowsAllLit, 10000, 250);
  await driver.evaluate(`document.getElementById('rows').lastElementChild.lastElementChild.scrollIntoView()`);
  const atEnd = await waitFor(() => driver.evaluate<RowsOnScreen>(ROWS_ON_SCREEN), rowsAllLit, 20000, 250);
  note(driver, '2 huge DOM', {
    elements: page.elements,
    pageParsedAtMs: Math.round(page.parsedAtMs),
    highlights: size,
    termRowsHighlightedAtLoad: `${inRows.length}/${page.expected} (the rest are far from the viewport)`,
    termRowsOnScreenHighlighted: { atTop: atTop.value, atEnd: atEnd.value },
    ...summary,
    maxGapWithoutExtensionMs: baseline,
  });
  expect.soft(size, 'highlights appear').toBeGreaterThan(0);
  expect.soft(inRows.length, 'far fewer ranges registered than matched').toBeLessThan(page.expected / 4);
  expect.soft(atTop.ok, `every row term on screen at the top of the rows highlighted`).toBe(true);
  expect.soft(atEnd.ok, `every row term on screen at the end of the rows highlighted`).toBe(true);
  expect
    .soft(
      summary.maxGapFromGlossaryMs,
      `longest main-thread gap once the extension has its glossary (gaps: ${summary.gapsOver200Ms}; ` +
        `extension: ${summary.extensionMarks}; without the extension the longest gap is ${baseline} ms)`,
    )
    // From the glossary's arrival on, the work is the extension's: building the matcher, classifying,
    // and annotating in time slices. 500 ms leaves room for a busy 2-core machine; the slices aim at 50 ms.
    .toBeLessThanOrEqual(500);
  await expectPageChecks(driver, 'huge DOM');
  w.expectClean('huge DOM');
}

// ---------------------------------------------------------------------------------------------
// 3. One 5 MB text node

export async function checkBigText(driver: Driver, base: string): Promise<void> {
  const w = watch(driver, base);
  await driver.goto(`${base}/hostile/big-text.html`);
  const page = await driver.evaluate<{
    length: number;
    bytes: number;
    insertions: number;
    occurrences: number;
    buildMs: number;
  }>('window.__big');
  // The title's ranges come first (it is its own block); the 5 MB node's follow once it is all matched.
  const appeared = await waitFor(
    async () => (await probe(driver)).filter((r) => r.zone === 'big').length,
    (n) => n > 0,
    30000,
    250,
  );
  const size = appeared.ok ? await waitForStableHighlights(driver, 30000, 1500) : 0;
  const { raw, summary } = await timeline(driver);
  const ranges = await probe(driver);
  const inserted = ranges.filter((r) => r.zone === 'big' && TERM_SENTENCES.some(([, term]) => term === r.text));
  note(driver, '3 one 5 MB text node', {
    characters: page.length,
    utf8Bytes: page.bytes,
    pageBuildMs: Math.round(page.buildMs),
    highlightsWithin30s: appeared.ok,
    highlights: size,
    insertedTermsHighlighted: `${inserted.length}/${page.occurrences} (${page.insertions} inserted, the rest in the report)`,
    ...summary,
  });
  // Highlights within 30 s, or the extension stays out of it altogether; not started-and-stuck.
  const quiet = !raw.entries['tifa-lens:classified'];
  expect.soft(appeared.ok || quiet, 'highlights within 30 s, or the extension stays quiet').toBe(true);
  if (appeared.ok) expect.soft(inserted.length, 'every inserted term highlighted').toBe(page.occurrences);
  // The block is matched in pieces with yields between them; what remains is the browser repainting the
  // node once its ranges are registered (Chromium: 0.4-0.7 s on an idle machine, 1.2 s on a loaded one; one
  // synchronous match took 1.3-1.6 s idle, and more under load). The bench, not this check, measures speed.
  expect
    .soft(summary.maxGapFromGlossaryMs, `longest gap once the glossary is in (gaps: ${summary.gapsOver200Ms})`)
    .toBeLessThanOrEqual(1500);
  expect.soft(await driver.evaluate<number>('1 + 1'), 'the page still answers').toBe(2);
  await expectPageChecks(driver, 'big text');
  w.expectClean('big text');
}

// ---------------------------------------------------------------------------------------------
// 4. Terms in form fields, editable content, code, pre, script and style

export async function checkNotProse(driver: Driver, base: string, edit: boolean): Promise<void> {
  const w = watch(driver, base);
  await driver.goto(`${base}/hostile/not-prose.html`);
  await waitForStableHighlights(driver);
  if (edit) {
    await driver.evaluate('window.__editNotProse()');
    const seen = await waitFor(
      async () => (await probe(driver)).some((r) => r.zone === 'np-control' && r.text === '放管服'),
      Boolean,
      5000,
    );
    expect.soft(seen.ok, 'the ordinary paragraph added with the edits is highlighted').toBe(true);
    await sleep(800);
  }
  const ranges = await probe(driver);
  const texts = ranges.map((r) => r.text);
  const wrong = ranges.filter((r) => r.notProse).map((r) => `${r.text} in ${r.notProse}`);
  note(driver, edit ? '4 not prose, after edits' : '4 not prose', {
    highlights: ranges.length,
    highlightedInNotProse: wrong,
  });
  for (const term of KEY_TERMS) expect.soft(texts, `prose term ${term}`).toContain(term);
  expect.soft(wrong, 'nothing highlighted in input, textarea, contenteditable, code, pre, script, style').toEqual([]);
  await expectPageChecks(driver, 'not prose');
  w.expectClean('not prose');
}

// ---------------------------------------------------------------------------------------------
// 5. Content-Security-Policy: default-src 'none' (with and without style-src 'unsafe-inline')

export async function checkCsp(driver: Driver, base: string, variant: 'csp-style' | 'csp-none'): Promise<void> {
  const w = watch(driver, base);
  await driver.goto(`${base}/hostile/${variant}.html`);
  const size = await waitForStableHighlights(driver, 10000);
  const texts = (await probe(driver)).map((r) => r.text);
  const tip = await hoverAt(driver, rangeRect(`text === '专精特新'`), '专精特新');
  await sleep(300);
  const allViolations =
    await driver.evaluate<{ directive: string; blocked: string; source: string; sample: string }[]>(
      'window.__cspViolations || []',
    );
  // Firefox fetches /favicon.ico under the page's policy and reports the block: the browser's own doing.
  const favicon = /\/favicon\.ico\b/;
  const violations = allViolations.filter((v) => !favicon.test(v.blocked));
  // Chromium logs CSP blocks as console errors; puppeteer reports Firefox's as page errors.
  const cspMessages = [...w.consoleSince().map((m) => `${m.type}: ${m.text}`), ...w.errorsSince()].filter(
    (m) => /content[- ]security[- ]policy|refused to/i.test(m) && !favicon.test(m),
  );
  // The page can run no script under this policy, so its checks are evaluated from here (DevTools
  // evaluation is exempt from CSP).
  const checks = await driver.evaluate<Record<string, boolean>>(`(() => {
    const ps = document.querySelectorAll('#report p');
    return {
      'report intact': ps.length === 5 && !document.querySelector('#report *:not(p, h1)'),
      ${variant === 'csp-style' ? `'inline style applies': getComputedStyle(document.getElementById('report')).color === 'rgb(1, 2, 3)',` : ''}
    };
  })()`);
  note(driver, `5 ${variant}`, {
    highlights: size,
    tooltipVisible: tip.visible,
    tooltipStyled: tip.styled,
    cspViolations: violations,
    cspMessages,
    browserOwnViolations: allViolations.length - violations.length,
  });
  for (const term of KEY_TERMS) expect.soft(texts, `${variant}: ${term} highlighted`).toContain(term);
  expect.soft(tip.found, `${variant}: 专精特新 highlighted on screen`).toBe(true);
  expect.soft(tip.visible, `${variant}: tooltip shown on hover`).toBe(true);
  expect.soft(tip.text, `${variant}: tooltip explains the term`).toContain('专精特新');
  expect.soft(tip.styled, `${variant}: tooltip styled by its own sheet`).toBe(true);
  expect.soft(violations, `${variant}: CSP violations (the page itself has nothing to violate)`).toEqual([]);
  expect.soft(cspMessages, `${variant}: CSP messages in the console`).toEqual([]);
  w.expectClean(variant, favicon);
  // Last, show the policy is really in force: an inline script does not run. The browser reports the
  // block (Firefox as a page error); wait for that report so that it is not counted against the next test.
  const reported = driver.pageErrors.length + driver.consoleMessages.length;
  checks['the policy blocks inline script'] = await driver.evaluate<boolean>(`(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inlineRan = true';
    document.head.append(s);
    return window.__inlineRan !== true;
  })()`);
  await waitFor(
    () => Promise.resolve(driver.pageErrors.length + driver.consoleMessages.length),
    (n) => n > reported,
    2000,
  );
  await sleep(200);
  expect
    .soft(
      Object.keys(checks).filter((k) => !checks[k]),
      `${variant}: failed page checks`,
    )
    .toEqual([]);
}

// ---------------------------------------------------------------------------------------------
// 6. The page clears CSS.highlights and removes the tooltip host

export async function checkClearing(driver: Driver, base: string): Promise<void> {
  const w = watch(driver, base);
  await driver.goto(`${base}/hostile/clearing.html`);
  const cleared = await waitFor(
    () => driver.evaluate<number>('window.__fight.cleared'),
    (n) => n > 0,
    15000,
  );
  expect(cleared.ok, 'the page saw the highlights and cleared them').toBe(true);
  await sleep(800);
  const spontaneous = await driver.evaluate<number>(SIZE);

  // Recovery on hover: the extension still knows its hits; hovering re-registers its highlights.
  const tip1 = await hoverAt(driver, textRect('#report', '专精特新'), '专精特新');
  const afterHover = await driver.evaluate<number>(SIZE);
  // The page removes the tooltip host 300 ms after it first appears.
  const removed = await waitFor(
    () => driver.evaluate<boolean | string>('window.__fight.removedTooltip'),
    (v) => v === true,
    3000,
  );
  const tip2 = await hoverAt(driver, textRect('#report', '三个一批'), '三个一批');

  // Recovery on a DOM change: cleared again, then a paragraph is added.
  await driver.evaluate('window.__clearAgain()');
  const clearedAgain = await driver.evaluate<number>('CSS.highlights.size');
  await driver.evaluate(`window.__addParagraph('持续深化放管服改革。')`);
  const afterChange = await waitFor(
    async () => (await probe(driver)).map((r) => r.text),
    (t) => t.includes('放管服') && KEY_TERMS.every((k) => t.includes(k)),
    5000,
  );
  note(driver, '6 clearing', {
    highlightsBackWithoutAnyChange: spontaneous,
    tooltipOnFirstHover: tip1.visible,
    highlightsAfterHover: afterHover,
    pageRemovedTooltipHost: removed.ok,
    tooltipOnNextHover: tip2.visible,
    registryAfterSecondClear: clearedAgain,
    recoveredAfterDomChange: afterChange.ok,
    highlightsAfterDomChange: afterChange.value?.length ?? 0,
  });
  expect.soft(tip1.visible, 'tooltip shown on hover after the page cleared CSS.highlights').toBe(true);
  expect.soft(afterHover, 'highlights registered again after a hover').toBeGreaterThan(0);
  expect.soft(removed.ok, 'the page removed the tooltip host').toBe(true);
  expect.soft(tip2.visible, 'tooltip shown again on the next hover after its host was removed').toBe(true);
  expect.soft(tip2.text, 'and it explains the term').toContain('三个一批');
  expect.soft(afterChange.ok, 'all highlights back after the next DOM change').toBe(true);
  await expectPageChecks(driver, 'clearing');
  w.expectClean('clearing');
}

// ---------------------------------------------------------------------------------------------
// 7. Built-ins sabotaged before the content script runs

export async function checkSabotage(driver: Driver, base: string): Promise<void> {
  const w = watch(driver, base);
  await driver.goto(`${base}/hostile/sabotage.html`);
  const size = await waitForStableHighlights(driver, 10000);
  const texts = (await probe(driver)).map((r) => r.text);
  const tip = await hoverAt(driver, rangeRect(`text === '专精特新'`), '专精特新');
  note(driver, '7 sabotaged built-ins', {
    highlights: size,
    highlightsAppear: size > 0,
    tooltipVisible: tip.visible,
    extensionMessages: w.extensionMessages().map((m) => `${m.type}: ${m.text}`),
  });
  for (const term of KEY_TERMS) expect.soft(texts, `${term} highlighted`).toContain(term);
  expect.soft(texts, 'the paragraph the page added with its saved appendChild').toContain('两个毫不动摇');
  expect.soft(tip.visible, 'tooltip shown on hover').toBe(true);
  await expectPageChecks(driver, 'sabotage');
  w.expectClean('sabotage');
}

// ---------------------------------------------------------------------------------------------
// 8. Three levels of open shadow roots

export async function checkNestedShadow(driver: Driver, base: string): Promise<void> {
  const w = watch(driver, base);
  await driver.goto(`${base}/hostile/shadow-nested.html`);
  await waitForStableHighlights(driver);
  const ranges = await probe(driver);
  const byDepth = (d: number) => ranges.filter((r) => r.depth === d).map((r) => r.text);
  const deepest = SHADOW_LEVELS.length;
  const tip = await hoverAt(driver, rangeRect(`depth === ${deepest}`), SHADOW_LEVELS[deepest - 1]![1]);
  await driver.evaluate(`window.__editDeepest('第${deepest}层：持续深化放管服改革。')`);
  const edited = await waitFor(
    async () => (await probe(driver)).filter((r) => r.depth === deepest).map((r) => r.text),
    (t) => t.includes('放管服'),
    5000,
  );
  await expectPageChecks(driver, 'nested shadow');
  note(driver, '8 nested shadow roots', {
    byDepth: [0, 1, 2, 3].map((d) => `${d}: ${byDepth(d).length}`).join(', '),
    tooltipAtDepth3: tip.visible,
    followsEditAtDepth3: edited.ok,
    adoptedSheetsPerRoot: await driver.evaluate<number[]>('window.__shadowSheets'),
  });
  for (const term of KEY_TERMS.slice(0, 3)) expect.soft(byDepth(0), `depth 0: ${term}`).toContain(term);
  SHADOW_LEVELS.forEach(([, term], i) => expect.soft(byDepth(i + 1), `depth ${i + 1}: ${term}`).toContain(term));
  expect.soft(tip.visible, `tooltip on hover at depth ${deepest}`).toBe(true);
  expect.soft(tip.text, `tooltip at depth ${deepest} explains the term`).toContain(SHADOW_LEVELS[deepest - 1]![1]);
  expect.soft(edited.ok, `a change at depth ${deepest} is followed`).toBe(true);
  w.expectClean('nested shadow');
}

// ---------------------------------------------------------------------------------------------
// 9. Vertical and right-to-left text

export async function checkDirections(driver: Driver, base: string): Promise<void> {
  const w = watch(driver, base);
  await driver.goto(`${base}/hostile/directions.html`);
  await waitForStableHighlights(driver);
  const ranges = await probe(driver);
  const inZone = (zone: string) => ranges.filter((r) => r.zone === zone).map((r) => r.text);
  // Each hover waits for its own term's card: the second could otherwise read the first one's, still shown.
  const vertical = await hoverAt(
    driver,
    rangeRect(`zone === 'vertical' && text === '全国统一大市场'`),
    '全国统一大市场',
  );
  const rtl = await hoverAt(driver, rangeRect(`zone === 'rtl' && text === '粤港澳大湾区'`), '粤港澳大湾区');
  note(driver, '9 vertical and rtl', {
    vertical: inZone('vertical'),
    rtl: inZone('rtl'),
    tooltipVertical: vertical.visible,
    tooltipRtl: rtl.visible,
  });
  for (const term of ['专精特新', '全国统一大市场'])
    expect.soft(inZone('vertical'), `vertical: ${term}`).toContain(term);
  for (const term of ['六稳六保', '粤港澳大湾区']) expect.soft(inZone('rtl'), `rtl: ${term}`).toContain(term);
  expect.soft(vertical.visible, 'tooltip on hover over vertical text').toBe(true);
  expect.soft(vertical.text, 'vertical tooltip explains the term').toContain('全国统一大市场');
  expect.soft(rtl.visible, 'tooltip on hover over right-to-left text').toBe(true);
  await expectPageChecks(driver, 'directions');
  w.expectClean('directions');
}

// ---------------------------------------------------------------------------------------------
// 10. Navigating away while annotation is under way

export async function checkNavigateAway(driver: Driver, base: string, at: '300' | 'busy'): Promise<void> {
  const w = watch(driver, base);
  try {
    await driver.goto(`${base}/hostile/navigate-away.html?at=${at}`);
  } catch {
    // The page may leave before its own load completes; the wait below is what matters.
  }
  const arrived = await waitFor(
    () => driver.evaluate<string>('location.pathname'),
    (p) => p === '/hostile/nav-target.html',
    15000,
  );
  expect(arrived.ok, 'the page navigated to the target').toBe(true);
  const size = await waitForStableHighlights(driver, 10000);
  const texts = (await probe(driver)).map((r) => r.text);
  const from = await driver.evaluate<Record<string, unknown> | null>('window.__navFrom');
  note(driver, `10 navigate away (${at})`, { leftThePage: from, highlightsOnTarget: size });
  for (const term of KEY_TERMS) expect.soft(texts, `target: ${term}`).toContain(term);
  await expectPageChecks(driver, 'navigate away');
  w.expectClean('navigate away');
}
