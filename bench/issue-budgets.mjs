// Probes for the budgets of issue 14 that the page-load measurements do not cover: frames while
// scrolling the whole page, the popup's time to paint its term list, and a content script that does
// nothing, loaded the same way, as the floor for the English page.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Scroll speed, px per second: well above reading speed (a reader moves a line every second or two). */
export const SCROLL_PX_PER_S = Number(process.env.BENCH_SCROLL_PX_PER_S ?? 10000);

/**
 * Scrolls the page from top to bottom at a steady speed, one step per animation frame (as smooth
 * scrolling does), and records every frame's length from requestAnimationFrame timestamps.
 */
export const SCROLL_THROUGH = (pxPerS) => `new Promise((resolve) => {
  scrollTo(0, 0);
  const end = document.documentElement.scrollHeight - innerHeight;
  const frames = [];
  let last = null, y = 0;
  const step = (t) => {
    if (last !== null) {
      const dt = t - last;
      frames.push(dt);
      y = Math.min(end, y + (${pxPerS} * dt) / 1000);
      scrollTo(0, y);
    }
    last = t;
    if (y >= end) resolve({ frames, height: end + innerHeight });
    else requestAnimationFrame(step);
  };
  requestAnimationFrame(step);
})`;

/** The main thread's CPU time so far (CDP, thread ticks), ms; frame counts swing with the machine's load, this less. */
const taskCpu = async (run) =>
  (await run.cpu.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value * 1000;

export async function scrollFrames(run) {
  const { page } = run;
  // Let any late registration settle before the first frame is timed.
  await page.waitForTimeout(300);
  const cpuBefore = await taskCpu(run);
  const stats = frameStats(await page.evaluate(SCROLL_THROUGH(SCROLL_PX_PER_S)));
  const cpu = (await taskCpu(run)) - cpuBefore;
  return { ...stats, cpu, ranges: await page.evaluate("CSS.highlights.get('tifa-lens-term')?.size ?? 0") };
}

/** Frame lengths (ms) summed up: how many, the longest, the 99th percentile, how many over 50 ms. */
export function frameStats({ frames, height }) {
  const sorted = [...frames].sort((a, b) => a - b);
  return {
    height,
    seconds: frames.reduce((a, b) => a + b, 0) / 1000,
    frames: frames.length,
    longest: sorted.at(-1) ?? 0,
    p99: sorted[Math.floor(sorted.length * 0.99)] ?? 0,
    over50: frames.filter((f) => f > 50).length,
  };
}

/**
 * Resolves with the time (ms since the popup's navigation) when its first term row is painted. A row of
 * the term list, not of the unexplained phrases (also `.term-row`, in a closed disclosure): a popup
 * that drew those first would otherwise pass for one that painted its list.
 */
const TERM_ROW = '.term-row:not(.phrase-row)';
const TERM_LIST_PAINTED = `new Promise((resolve) => {
  const painted = (already) => requestAnimationFrame(() => resolve({ ms: performance.now(), already }));
  if (document.querySelector('${TERM_ROW}')) return painted(true);
  new MutationObserver((_, observer) => {
    if (!document.querySelector('${TERM_ROW}')) return;
    observer.disconnect();
    painted(false);
  }).observe(document, { subtree: true, childList: true });
  setTimeout(() => resolve(null), 10000);
})`;

/**
 * Opens the popup (as a tab, pointed at `run`'s tab, as the e2e tests do) and times its term list:
 * from the popup's navigation start to the frame after the first term row exists.
 */
export async function popupPaint(session, run) {
  const worker = session.context.serviceWorkers()[0];
  // Without the tabs permission the worker cannot read tab URLs; the measured page is the active tab.
  await run.page.bringToFront();
  const tabId = await worker.evaluate(
    `chrome.tabs.query({ active: true, lastFocusedWindow: true }).then(([tab]) => tab?.id)`,
  );
  const popup = await session.context.newPage();
  await popup.goto(`chrome-extension://${session.extensionId}/src/popup/index.html?tab=${tabId}`, {
    waitUntil: 'commit',
  });
  const result = await popup.evaluate(TERM_LIST_PAINTED);
  // Where the time went. The popup's marks (marks builds only), ms since navigation: its entry script ran
  // (and sent its messages), the tab answered, the first rows came, the interface's module ran, the
  // settings were read.
  const phases = await popup.evaluate(
    "Object.fromEntries(performance.getEntriesByType('mark').filter((m) => m.name.startsWith('tifa-lens:popup-')).map((m) => [m.name.slice(16), Math.round(m.startTime * 10) / 10]))",
  );
  // The popup's scripts loaded and run: the interface's module (it loads after the small entry script,
  // so after DOMContentLoaded); DOMContentLoaded where the build has no marks.
  const scripts =
    phases.module ??
    (await popup.evaluate("performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd ?? null"));
  const rows = await popup.evaluate(`document.querySelectorAll('${TERM_ROW}').length`);
  await popup.close();
  return result && { ...result, rows, scripts, phases };
}

/** An unpacked extension whose only content script is empty, matched and injected like ours. */
export function emptyExtension() {
  const dir = mkdtempSync(join(tmpdir(), 'tifa-bench-empty-'));
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Empty content script',
      version: '1.0',
      content_scripts: [
        { matches: ['http://*/*', 'https://*/*'], js: ['empty.js'], run_at: 'document_idle', all_frames: true },
      ],
    }),
  );
  writeFileSync(join(dir, 'empty.js'), '// nothing\n');
  return dir;
}
