// The budgets of issue 14, side by side from one run of `npm run bench` (Chromium; see RESULTS.md for
// why Firefox is not measured here).
import { int, mb, median, ms, spread, table } from './stats.mjs';

export const ISSUE_BUDGETS = {
  largeAdded: 150,
  firstScreen: 100,
  task: 50,
  frame: 50,
  reference: 15,
  englishOverEmpty: 0.5,
  hoverRender: 16,
  popup: 100,
  markRatio: 20,
};

const met = (ok) => (ok ? '**met**' : '**not met**');
/** A verdict needs a figure: a probe that measured nothing says so instead of passing. */
const judged = (value, ok) =>
  value === null || value === undefined || !Number.isFinite(value) ? 'not measured' : met(ok(value));
const nums = (xs) => xs.filter((x) => x !== null && x !== undefined && Number.isFinite(x));
/** The median with the range in brackets (stats.spread's format). */
const withRange = (xs) => spread(nums(xs));

/**
 * Per load, the time from one mark to another (null where either is missing). Chromium's loads name them
 * lensStart / injectStart / firstScreen (bench/run.mjs), Firefox's lens / inject / firstScreen
 * (bench/firefox.mjs). Lens start → first screen is the budget; the loader's start (injection) → first
 * screen is what the reader waits for, the lens module's load included.
 */
const between = (loads, from, to) =>
  (loads ?? []).map((m) => (m[from] == null || m[to] == null ? null : m[to] - m[from]));

export function issueBudgetLines(r) {
  const B = ISSUE_BUDGETS;
  const large = r.pages.large;
  const reference = r.pages.reference;
  const added = large.ext.map((e, i) => e.task - large.base[i].task);
  const addedCpu = large.ext.map((e, i) => e.taskCpu - large.base[i].taskCpu);
  const fsLarge = between(large.ext, 'lensStart', 'firstScreen');
  const fsRef = between(reference.ext, 'lensStart', 'firstScreen');
  const trace = (key, field) => median(nums((r.traces[key] ?? []).map((t) => t[field])));
  const longest = trace('large', 'longestScriptTask');
  const longestCpu = trace('large', 'longestScriptTaskCpu');
  const scroll = r.scroll ?? {};
  // The loads taken in turns with the empty script's (run.mjs), where the run has them.
  const english = r.traces.englishPaired?.length ? 'englishPaired' : 'english';
  const engInject = trace(english, 'injection');
  const emptyInject = trace('englishEmpty', 'injection');
  const engScript = trace(english, 'scriptWall');
  const emptyScript = trace('englishEmpty', 'scriptWall');
  const engCpu = trace(english, 'scriptCpu');
  const emptyCpu = trace('englishEmpty', 'scriptCpu');
  const hover = r.hover?.samples ?? [];
  const render = median(nums(hover.map((s) => s.render)));
  const content = median(nums(hover.map((s) => s.content)));
  const dwell = median(nums(hover.map((s) => s.dwell)));
  const popupRef = nums((r.popup?.reference ?? []).map((p) => p?.ms));
  const popupLarge = nums((r.popup?.large ?? []).map((p) => p?.ms));
  const popupScripts = nums([...(r.popup?.reference ?? []), ...(r.popup?.large ?? [])].map((p) => p?.scripts));
  const markScript = median(large.markjs.map((m) => m.script));
  const largeScript = trace('large', 'scriptWall');
  const scale = r.forms / r.markForms;
  const ratio = (markScript / largeScript) * scale;
  const heap = median(large.ext.map((e, i) => e.heap - large.base[i].heap));
  const hits = median(nums(large.ext.map((e) => e.hits)));
  const registered = median(nums(large.ext.map((e) => e.ranges)));
  const ff = r.firefox && !r.firefox.skipped ? r.firefox : null;
  const ffLarge = ff ? between(ff.large, 'lens', 'firstScreen') : [];
  const ffRef = ff ? between(ff.reference, 'lens', 'firstScreen') : [];
  const firefoxNote = (values) => (ff ? `; **Firefox**: ${withRange(values)} ms` : '');
  const both = (chromium, firefox) => (ff ? Math.max(chromium ?? Infinity, firefox ?? Infinity) : chromium);
  const rows = [
    [
      `474k page: added main-thread time ≤ ${B.largeAdded} ms`,
      `${withRange(added)} ms wall, ${withRange(addedCpu)} ms CPU (CDP TaskDuration, with − without the extension)`,
      judged(median(added), (v) => v <= B.largeAdded),
    ],
    [
      `first screen's highlights ≤ ${B.firstScreen} ms after the lens starts (474k page)`,
      `${withRange(fsLarge)} ms ('tifa-lens:lens' → 'tifa-lens:first-screen'; the frame that paints them follows)${firefoxNote(ffLarge)}`,
      judged(both(median(nums(fsLarge)), median(nums(ffLarge))), (v) => v <= B.firstScreen),
    ],
    [
      `no task > ${B.task} ms (474k page, trace)`,
      `longest task running the content script: ${ms(longest)} ms wall, ${ms(longestCpu)} ms CPU`,
      judged(longest, (v) => v <= B.task),
    ],
    [
      `scrolling the whole page adds no frame > ${B.frame} ms`,
      scroll.ext
        ? `${int(scroll.ext.height)} px at ${int(r.scrollSpeed)} px/s: frames > ${B.frame} ms ${scroll.ext.over50} with the extension, ${scroll.base?.over50 ?? '–'} without; longest ${ms(scroll.ext.longest)} ms with, ${ms(scroll.base?.longest)} ms without (${int(scroll.ext.frames)} frames); main-thread CPU while scrolling ${ms(scroll.ext.cpu)} ms with, ${ms(scroll.base?.cpu)} ms without` +
          (ff
            ? `; **Firefox**: ${ff.scroll.ext.over50} with, ${ff.scroll.base.over50} without; longest ${ms(ff.scroll.ext.longest)} with, ${ms(ff.scroll.base.longest)} ms without`
            : '')
        : 'not measured',
      scroll.ext
        ? met(scroll.ext.over50 <= (scroll.base?.over50 ?? 0) && (!ff || ff.scroll.ext.over50 <= ff.scroll.base.over50))
        : '–',
    ],
    [
      `reference page: lens start → highlights ≤ ${B.reference} ms`,
      `${withRange(fsRef)} ms${firefoxNote(ffRef)}; from the loader's start (the lens module loading meanwhile): ${withRange(between(reference.ext, 'injectStart', 'firstScreen'))} ms${ff ? `, **Firefox** ${withRange(between(ff.reference, 'inject', 'firstScreen'))} ms` : ''}; the content script's script time over the whole load: ${ms(trace('reference', 'scriptWall'))} ms wall, ${ms(trace('reference', 'scriptCpu'))} ms CPU (trace)`,
      judged(both(median(nums(fsRef)), median(nums(ffRef))), (v) => v <= B.reference),
    ],
    [
      `English page: within ${B.englishOverEmpty} ms of an empty content script`,
      `injection (compile + run) ${ms(engInject)} ms against ${ms(emptyInject)} ms for an empty script; script in the first second ${ms(engScript)} against ${ms(emptyScript)} ms wall, ${ms(engCpu)} against ${ms(emptyCpu)} ms CPU (traces${english === 'englishPaired' ? `, ${r.traces.englishPaired.length} loads each, taken in turns` : ', same run'})`,
      // Judged on both clocks: the wall-clock difference alone can favour either side on a busy machine.
      judged(Math.max(engScript - emptyScript, engCpu - emptyCpu), (v) => v <= B.englishOverEmpty),
    ],
    [
      `hover: card ≤ ${B.hoverRender} ms after the dwell`,
      `card shown ${ms(render)} ms after the dwell ends, explanation in it ${ms(content)} ms after; the dwell itself ${ms(dwell)} ms (pointer move → 'tifa-lens:dwell')`,
      judged(content, (v) => v <= B.hoverRender),
    ],
    [
      `popup: term list painted ≤ ${B.popup} ms after opening`,
      `reference page ${popupRef.length ? withRange(popupRef) : '–'} ms, 474k page ${popupLarge.length ? withRange(popupLarge) : '–'} ms (navigation start → the frame after the first term row); of which loading and running the popup's scripts (its entry, then its interface's module): ${popupScripts.length ? withRange(popupScripts) : '–'} ms`,
      judged(
        popupRef.length && popupLarge.length ? Math.max(median(popupRef), median(popupLarge)) : null,
        (v) => v <= B.popup,
      ),
    ],
    [
      `mark.js ratio ≥ ${B.markRatio}× (reported)`,
      `${ratio.toFixed(0)}× wall, extrapolated from ${r.markForms} of ${r.forms} forms (see (b))`,
      judged(ratio, (v) => v >= B.markRatio),
    ],
    [
      'lens size and heap (reported)',
      `loader ${int(r.bundle.loader.bytes)} B + lens ${int(r.bundle.lens.bytes)} B (${int(r.bundle.lens.gzip)} gzipped); JS heap added on the 474k page ${mb(heap)} MB; ${int(hits)} matches, ${int(registered)} ranges registered after the page is done`,
      '–',
    ],
  ];
  return [
    `### Budgets of issue 14 (one run; Chromium${ff ? ` and Firefox ${ff.version}` : ''})`,
    '',
    ff
      ? "Firefox is driven by puppeteer-core over WebDriver BiDi, which offers no CDP metrics, traces or heap figures: it is measured where the extension's own marks and the page's frames suffice (first screen, reference page, scrolling); the other rows are Chromium only."
      : `Firefox: ${r.firefox?.skipped ?? 'not measured'}.`,
    '',
    table(['budget', 'measured: median (range)', 'verdict'], rows),
    '',
  ];
}
