// Drives headless Chromium for `npm run bench`: one launch with dist/chrome loaded, one without,
// and the measurements made on each page load (CDP Performance metrics, long tasks, the extension's
// performance marks, heap after a forced GC), hover latency, mark.js and a CDP trace of task lengths.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../scripts/browsers.mjs';
import { TRACE_CATEGORIES, analyseTrace } from './trace.mjs';

/** The unpacked extension to load; the runner points it at a snapshot of dist/chrome. */
export let DIST = resolve('dist-marks/chrome');
export function useExtension(dir) {
  DIST = dir;
}
const VIEWPORT = { width: 1100, height: 800 };

/** Installed in every page before its own scripts: records long tasks (≥50 ms) with their start times. */
const LONGTASKS = `
  window.__bench = { longtasks: [] };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__bench.longtasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
`;

/** Launches Chromium, with or without the extension, the way tests/e2e/harness.ts does. */
export async function launch(withExtension, extensionDir = DIST) {
  const dir = mkdtempSync(join(tmpdir(), withExtension ? 'tifa-bench-ext-' : 'tifa-bench-base-'));
  const args = withExtension
    ? [...chromiumArgs, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]
    : // mark.js moves from one keyword to the next by recursion (one stack level per surface form), which
      // overflows V8's default stack with the glossary's thousands of forms; 4 MB fits the 8 MB thread stack.
      [...chromiumArgs, '--disable-extensions', '--js-flags=--stack-size=4000'];
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath,
    headless: true,
    args,
    viewport: VIEWPORT,
  });
  let extensionId;
  if (withExtension && extensionDir === DIST) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    extensionId = new URL(worker.url()).host;
  }
  await context.addInitScript(LONGTASKS);
  // Let the freshly started browser (and the extension's service worker) go quiet before measuring.
  const blank = context.pages()[0];
  await new Promise((r) => setTimeout(r, 1000));
  return {
    context,
    extensionId,
    version: context.browser()?.version() ?? '',
    blank,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const metricsOf = async (cdp) =>
  Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));

/** Forces a full GC (twice: the first can leave garbage to a second pass), then reads the metrics. */
async function settledMetrics(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const metrics = await metricsOf(cdp);
  const dom = await cdp.send('Memory.getDOMCounters').catch(() => ({}));
  return { ...metrics, Nodes: dom.nodes };
}

/** Resolves with the extension's marks once 'tifa-lens:annotate' is measured, or null after `ms`. */
const WAIT_FOR_ANNOTATION = (ms) => `new Promise((resolve) => {
  const read = () => performance.getEntriesByName('tifa-lens:annotate').length > 0;
  if (read()) return resolve(true);
  const obs = new PerformanceObserver(() => { if (read()) { obs.disconnect(); resolve(true); } });
  obs.observe({ type: 'measure' });
  setTimeout(() => { obs.disconnect(); resolve(read()); }, ${ms});
})`;

const PAGE_STATE = `(() => {
  const entry = (name) => performance.getEntriesByName(name)[0];
  const nav = performance.getEntriesByType('navigation')[0];
  const start = entry('tifa-lens:start');
  const classified = entry('tifa-lens:classified');
  const annotate = entry('tifa-lens:annotate');
  const lens = entry('tifa-lens:lens');
  const inject = entry('tifa-lens:inject');
  const firstScreen = entry('tifa-lens:first-screen');
  return {
    injectStart: inject?.startTime ?? null,
    lensStart: lens?.startTime ?? null,
    firstScreen: firstScreen?.startTime ?? null,
    hits: annotate?.detail?.hits ?? null,
    registeredAtEnd: annotate?.detail?.registered ?? null,
    ranges: CSS.highlights.get('tifa-lens-term')?.size ?? 0,
    highlightNames: [...CSS.highlights.keys()],
    longtasks: window.__bench?.longtasks ?? [],
    start: start?.startTime ?? null,
    classified: classified?.startTime ?? null,
    annotate: annotate ? annotate.duration : null,
    domContentLoaded: nav?.domContentLoadedEventEnd ?? null,
    load: nav?.loadEventEnd ?? null,
    textLength: document.body.innerText.length,
  };
})()`;

/**
 * Loads `url` in a fresh tab and measures it once everything has settled: CDP Performance metrics
 * (after a forced GC), the page's long tasks, the extension's marks and its range count.
 * With `expectAnnotation`, waits for the 'tifa-lens:annotate' measure; otherwise waits `idleMs`.
 */
export async function measureLoad(session, url, { expectAnnotation, idleMs = 1500, settleMs = 600 }) {
  const page = await session.context.newPage();
  const cdp = await session.context.newCDPSession(page);
  const worlds = [];
  cdp.on('Runtime.executionContextCreated', (e) => {
    if (e.context.origin?.startsWith('chrome-extension://') || e.context.auxData?.type === 'isolated')
      worlds.push(e.context.name);
  });
  await cdp.send('Runtime.enable');
  // Two sessions: wall-clock durations (the default time domain) and the main thread's CPU time,
  // which a busy shared machine inflates much less.
  const cpu = await session.context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
  await cpu.send('Performance.enable', { timeDomain: 'threadTicks' });
  const began = performance.now();
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  const annotated = expectAnnotation ? await page.evaluate(WAIT_FOR_ANNOTATION(30_000)) : false;
  await page.waitForTimeout(expectAnnotation ? settleMs : idleMs);
  const metrics = await settledMetrics(cdp);
  const cpuMetrics = await metricsOf(cpu);
  const state = await page.evaluate(PAGE_STATE);
  const wall = performance.now() - began;
  return { page, cdp, cpu, metrics, cpuMetrics, state, annotated, worlds, wall };
}

/**
 * Checks what CDP's ScriptDuration counts: a page runs 50 ms of busy script from a timer callback and
 * 50 ms more after an `await` (a microtask). Returns the ScriptDuration each adds.
 */
export async function scriptDurationCheck(session, baseUrl) {
  const one = async (path) => {
    const page = await session.context.newPage();
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
    await page.waitForFunction('window.__done === true');
    const m = await metricsOf(cdp);
    await cdp.detach();
    await page.close();
    return m.ScriptDuration * 1000;
  };
  return { timer: await one('/bench/check-timer.html'), microtask: await one('/bench/check-microtask.html') };
}

const busyPage = (body) => `<!doctype html><html><body><p>check</p><script>
const busy = (ms) => { const t = performance.now(); while (performance.now() - t < ms); };
${body}
</script></body></html>`;
export const CHECK_PAGES = {
  '/bench/check-timer.html': () => busyPage('setTimeout(() => { busy(50); window.__done = true; }, 0);'),
  '/bench/check-microtask.html': () =>
    busyPage('setTimeout(async () => { await null; busy(50); window.__done = true; }, 0);'),
};

export async function closePage(run) {
  await run.cdp.detach().catch(() => undefined);
  await run.cpu.detach().catch(() => undefined);
  await run.page.close();
}

/** Injects mark.js into a page loaded without the extension and marks every glossary surface form. */
export async function markJs(run, forms) {
  const { page, cdp, cpu } = run;
  const before = run.metrics;
  const beforeCpu = run.cpuMetrics;
  await page.addScriptTag({ content: readFileSync(resolve('node_modules/mark.js/dist/mark.min.js'), 'utf8') });
  await page.addScriptTag({ content: `window.__forms = ${JSON.stringify(forms)};` });
  // Run from a <script> element, as a page would: CDP counts script time only for script the page itself
  // starts (a DevTools evaluate is not counted), and the call is synchronous, so all of it is counted.
  await page.addScriptTag({
    content: `(() => {
      const started = performance.now();
      let count = 0;
      new Mark(document.body).mark(window.__forms, {
        separateWordSearch: false,
        acrossElements: false,
        done: (n) => { count = n; },
      });
      window.__markResult = { started, ms: performance.now() - started, count, marks: document.querySelectorAll('mark').length };
    })();`,
  });
  const result = await page.evaluate('window.__markResult');
  await page.waitForTimeout(600);
  const after = await settledMetrics(cdp);
  const afterCpu = await metricsOf(cpu);
  const longtasks = await page.evaluate('window.__bench.longtasks');
  const end = result.started + result.ms;
  const longest = Math.max(0, ...longtasks.filter(([s, d]) => s < end && s + d > result.started).map(([, d]) => d));
  return {
    script: (after.ScriptDuration - before.ScriptDuration) * 1000,
    task: (after.TaskDuration - before.TaskDuration) * 1000,
    scriptCpu: (afterCpu.ScriptDuration - beforeCpu.ScriptDuration) * 1000,
    taskCpu: (afterCpu.TaskDuration - beforeCpu.TaskDuration) * 1000,
    heap: after.JSHeapUsedSize - before.JSHeapUsedSize,
    nodes: after.Nodes - before.Nodes,
    inPage: result.ms,
    count: result.count,
    marks: result.marks,
    longest,
  };
}

/** Runs bench/phases-entry.ts in a page loaded without the extension, with the extension's highlight CSS. */
export async function phases(run, bundle, patterns) {
  const { page } = run;
  await page.addStyleTag({ content: readFileSync('src/content/highlight.css', 'utf8') });
  await page.addScriptTag({ content: bundle });
  await page.addScriptTag({ content: `window.__patterns = ${JSON.stringify(patterns)};` });
  return page.evaluate('window.__tifaPhases(window.__patterns)');
}

/**
 * In the page: the time (ms since the epoch, performance.timeOrigin-based) of the first pointermove that
 * reaches it, and of the lens's 'tifa-lens:dwell' mark. The card lives in an extension frame in a closed
 * shadow root (issue 13), so its own marks are read in that frame (see CARD_MARKS) on the same clock.
 */
const ARM_HOVER = `(() => {
  window.__moveAt = null;
  performance.clearMarks('tifa-lens:dwell');
  addEventListener('pointermove', (e) => { if (window.__moveAt === null) window.__moveAt = performance.timeOrigin + e.timeStamp; }, { capture: true, once: true });
  return true;
})()`;
const PAGE_HOVER = `(() => {
  const dwell = performance.getEntriesByName('tifa-lens:dwell').at(-1);
  return { moveAt: window.__moveAt, dwellAt: dwell ? performance.timeOrigin + dwell.startTime : null };
})()`;
/** In the card's frame: when it drew the placeholder and when it drew the explanation, then forgets them. */
const CARD_MARKS = `(() => {
  const at = (name) => { const e = performance.getEntriesByName(name).at(-1); return e ? performance.timeOrigin + e.startTime : null; };
  const out = { drawn: at('tifa-lens:card-drawn'), content: at('tifa-lens:card-content') };
  return out;
})()`;
const CLEAR_CARD = `performance.clearMarks('tifa-lens:card-drawn'); performance.clearMarks('tifa-lens:card-content'); true`;

/** The card's frame: the extension frame among the page's frames that holds the card's mount. */
async function cardFrame(page) {
  for (const frame of page.frames()) {
    if (frame === page.mainFrame()) continue;
    if (await frame.evaluate("!!document.getElementById('card')").catch(() => false)) return frame;
  }
  return undefined;
}

const TERM_RECT = (forms) => `(() => {
  const wanted = ${JSON.stringify(forms)};
  for (const r of CSS.highlights.get('tifa-lens-term') ?? []) {
    if (!wanted.includes(r.toString())) continue;
    r.startContainer.parentElement.scrollIntoView({ block: 'center' });
    const b = r.getClientRects()[0];
    return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  }
  return null;
})()`;

/**
 * Hovers a highlighted term `times` times with real pointer moves. Each sample: the dwell (pointer move →
 * 'tifa-lens:dwell'), then the card's frame drawing the placeholder and the explanation, measured from the
 * dwell's end (marks in the frame, after Preact's render; the paint follows in the next frame).
 */
export async function hoverLatencies(run, forms, times) {
  const { page } = run;
  const point = await page.evaluate(TERM_RECT(forms));
  if (!point) throw new Error(`none of ${forms.join(', ')} is highlighted on ${page.url()}`);
  const samples = [];
  for (let i = 0; i < times; i++) {
    await page.mouse.move(2, 2);
    await page.waitForTimeout(450); // past the card's hide grace, so the next show waits its full dwell
    const before = await cardFrame(page);
    if (before) await before.evaluate(CLEAR_CARD).catch(() => undefined);
    await page.evaluate(ARM_HOVER);
    await page.mouse.move(point.x, point.y, { steps: 1 });
    let card = { drawn: null, content: null };
    for (let waited = 0; waited < 3000 && card.content === null; waited += 25) {
      await page.waitForTimeout(25);
      const frame = await cardFrame(page);
      if (frame) card = await frame.evaluate(CARD_MARKS).catch(() => card);
    }
    const { moveAt, dwellAt } = await page.evaluate(PAGE_HOVER);
    if (moveAt === null || dwellAt === null || card.content === null) continue;
    samples.push({
      visible: (card.drawn ?? card.content) - moveAt,
      loaded: card.content - moveAt,
      dwell: dwellAt - moveAt,
      render: (card.drawn ?? card.content) - dwellAt,
      content: card.content - dwellAt,
    });
  }
  return samples;
}

/**
 * Loads `url` with the extension under a CDP trace and reads the content script's main-thread work from
 * it (bench/trace.mjs): script time including microtasks, task lengths, and where the time went.
 */
export async function tracedLoad(session, url, { expectAnnotation = true } = {}) {
  const page = await session.context.newPage();
  const cdp = await session.context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: TRACE_CATEGORIES },
  });
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  if (expectAnnotation) await page.evaluate(WAIT_FOR_ANNOTATION(30_000));
  await page.waitForTimeout(expectAnnotation ? 300 : 1500);
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach().catch(() => undefined);
  await page.close();
  return analyseTrace(events);
}
