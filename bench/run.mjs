// `npm run bench`: measures the built extension (dist-marks/chrome, the production code plus its timing marks) in headless Chromium against the same
// pages loaded without it, and mark.js on the large page; prints the tables and writes bench/RESULTS.md
// (between its generated markers) and bench/results/latest.json. See bench/README.md.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { hasChromium, chromiumPath } from '../scripts/browsers.mjs';
import { serveFixtures } from '../tests/support/pages/serve.mjs';
import {
  CHECK_PAGES,
  closePage,
  hoverLatencies,
  launch,
  markJs,
  measureLoad,
  phases,
  scriptDurationCheck,
  tracedLoad,
  useExtension,
} from './browser.mjs';
import { glossaryPatterns, phasesBundle } from './build-helpers.mjs';
import { SCROLL_PX_PER_S, emptyExtension, popupPaint, scrollFrames } from './issue-budgets.mjs';
import { measureFirefox } from './firefox.mjs';
import { englishPage, hanCount, largePage, sizedPage } from './pages.mjs';
import { REFERENCE_TEXT } from '../tests/support/pages/pages.mjs';
import { renderResults, updateResultsFile } from './report.mjs';
import { median, writeJson } from './stats.mjs';

const REPS = Number(process.env.BENCH_REPS ?? 3);
/**
 * Loads of the English page with the extension and with an empty content script, taken in turns: the
 * budget is a difference of half a millisecond, which three loads in separate minutes cannot settle.
 */
const ENGLISH_REPS = Number(process.env.BENCH_ENGLISH_REPS ?? 9);
const HOVERS = Number(process.env.BENCH_HOVERS ?? 12);
const SIZES = (process.env.BENCH_SIZES ?? '50000,100000,250000,500000,1000000').split(',').map(Number);
const began = Date.now();
const elapsed = () => `${((Date.now() - began) / 1000).toFixed(0)} s`;
const log = (...a) => console.log(`[bench ${elapsed()}]`, ...a);

if (!hasChromium()) {
  console.error(
    `Chromium was not found at ${chromiumPath}. Install it (apt-get install chromium) or set CHROMIUM_PATH.`,
  );
  process.exit(2);
}
const built = resolve('dist-marks/chrome');
if (!existsSync(join(built, 'manifest.json')) || !existsSync(join(built, 'src/content/main.js'))) {
  console.error(
    'dist-marks/chrome is missing or incomplete: run `TIFA_MARKS=1 npm run build:chrome` first (npm run bench does).',
  );
  process.exit(2);
}
// ---- Inputs -------------------------------------------------------------------------------------
const large = largePage(); // exits with a clear message when ../shared/corpora is absent
const english = englishPage(300_000);
const sized = Object.fromEntries(SIZES.map((n) => [n, sizedPage(n)]));
// Measure a snapshot, so a rebuild elsewhere during the run cannot change the extension under test.
const snapshot = mkdtempSync(join(tmpdir(), 'tifa-bench-dist-'));
cpSync(built, snapshot, { recursive: true });
useExtension(snapshot);

const patterns = await glossaryPatterns();
const forms = patterns.map((p) => p.text).filter(Boolean);
// mark.js makes one pass over the whole page per surface form (about 30 ms of CPU per form on the
// large page here), so all forms take minutes. By default it marks an evenly spaced
// sample of the forms in one mark() call and the report extrapolates linearly, next to the lower bound
// that the sample alone proves; BENCH_MARKJS_FORMS=all marks every form (slow).
const markCount =
  process.env.BENCH_MARKJS_FORMS === 'all' ? forms.length : Number(process.env.BENCH_MARKJS_FORMS ?? 32);
const markForms = forms
  .filter((_, i) => i % Math.max(1, Math.floor(forms.length / markCount)) === 0)
  .slice(0, markCount);
const bundle = await phasesBundle();
// Every tab runs the loader; pages with Chinese text also import the lens.
const loaderScript = readFileSync(join(snapshot, 'src/content/main.js'));
const lensScript = readFileSync(join(snapshot, 'src/content/lens-main.js'));
log(
  `pages ready: large ${large.chars} chars (${large.han} Han), English ${english.chars} chars; ${forms.length} surface forms`,
);

const routes = {
  ...CHECK_PAGES,
  '/bench/large.html': () => large.html,
  '/bench/english.html': () => english.html,
  ...Object.fromEntries(SIZES.map((n) => [`/bench/size-${n}.html`, () => sized[n].html])),
};
const server = await serveFixtures(routes);
const url = (path) => `${server.base}${path}`;

const PAGES = [
  {
    key: 'reference',
    path: '/published.html',
    title: '(a) Reference report, as published (/published.html)',
    chars: REFERENCE_TEXT.length,
    han: hanCount(REFERENCE_TEXT),
    chinese: true,
  },
  {
    key: 'large',
    path: '/bench/large.html',
    title: `(b) Large corpus page: ${large.description}`,
    chars: large.chars,
    han: large.han,
    paragraphs: large.paragraphs,
    chinese: true,
  },
  {
    key: 'english',
    path: '/bench/english.html',
    title: '(c) Long English page (generated prose, no Chinese)',
    chars: english.chars,
    han: 0,
    paragraphs: english.paragraphs,
    chinese: false,
  },
];

const machine = {
  date: new Date().toISOString(),
  nproc: availableParallelism(),
  cpu: /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? 'unknown',
  node: process.version,
  loadBefore: loadavg()
    .map((x) => x.toFixed(2))
    .join(' '),
};

/** The figures of one load, with and without the extension. */
function figures(run) {
  const m = run.metrics;
  const c = run.cpuMetrics;
  return {
    script: m.ScriptDuration * 1000,
    task: m.TaskDuration * 1000,
    scriptCpu: c.ScriptDuration * 1000,
    taskCpu: c.TaskDuration * 1000,
    compile: m.V8CompileDuration * 1000,
    layout: m.LayoutDuration * 1000,
    style: m.RecalcStyleDuration * 1000,
    heap: m.JSHeapUsedSize,
    nodes: m.Nodes,
    ranges: run.state.ranges,
    annotate: run.state.annotate,
    startToClassified:
      run.state.classified !== null && run.state.start !== null ? run.state.classified - run.state.start : null,
    startMark: run.state.start,
    lensStart: run.state.lensStart,
    injectStart: run.state.injectStart,
    firstScreen: run.state.firstScreen,
    hits: run.state.hits,
    load: run.state.load,
    annotated: run.annotated,
    injected: run.worlds.includes('Tifa Lens'),
    longtasks: run.state.longtasks,
  };
}

const results = {
  machine,
  pages: {},
  hover: null,
  scaling: [],
  phases: {},
  traces: {},
  bundle: {},
  forms: forms.length,
  markForms: markForms.length,
};
for (const p of PAGES) results.pages[p.key] = { ...p, ext: [], base: [], markjs: [] };

const ext = await launch(true);
const base = await launch(false);
machine.chromium = ext.version;
log(`Chromium ${ext.version}; extension ${ext.extensionId}`);

try {
  machine.scriptDurationCheck = await scriptDurationCheck(base, server.base);
  log(
    `ScriptDuration check: 50 ms in a timer callback → ${machine.scriptDurationCheck.timer.toFixed(1)} ms; 50 ms after an await → ${machine.scriptDurationCheck.microtask.toFixed(1)} ms`,
  );
  // ---- (a)–(c), (e): three rounds, each page with and without the extension; mark.js on the large page
  for (let rep = 1; rep <= REPS; rep++) {
    for (const p of PAGES) {
      const withExt = await measureLoad(ext, url(p.path), { expectAnnotation: p.chinese });
      const fe = figures(withExt);
      await closePage(withExt);
      const without = await measureLoad(base, url(p.path), { expectAnnotation: false, idleMs: p.chinese ? 600 : 1500 });
      const fb = figures(without);
      const page = results.pages[p.key];
      page.ext.push(fe);
      page.base.push(fb);
      let note = '';
      if (p.key === 'large') {
        const mk = await markJs(without, markForms);
        page.markjs.push(mk);
        note = `; mark.js ${mk.script.toFixed(0)} ms, ${mk.count} marks`;
      }
      await closePage(without);
      log(
        `round ${rep} ${p.key}: script +${(fe.script - fb.script).toFixed(1)} ms (cpu +${(fe.scriptCpu - fb.scriptCpu).toFixed(1)}),` +
          ` annotate ${fe.annotate?.toFixed(0) ?? '–'} ms, ${fe.ranges} ranges${note}`,
      );
      if (p.chinese && !fe.annotated) log(`WARNING: the extension did not annotate ${p.path}`);
      if (!fe.injected) log(`WARNING: the content script was not seen in ${p.path}`);
    }
  }

  // ---- phases of the pipeline, on the reference and large pages without the extension
  results.phases = { reference: [], large: [] };
  for (const key of Object.keys(results.phases)) {
    for (let rep = 1; rep <= REPS; rep++) {
      const run = await measureLoad(base, url(results.pages[key].path), { expectAnnotation: false, idleMs: 600 });
      results.phases[key].push(await phases(run, bundle, patterns));
      await closePage(run);
    }
  }
  log('phases measured');

  // ---- the content script's main-thread work from a CDP trace (script incl. microtasks, tasks, phases)
  for (const p of PAGES) {
    results.traces[p.key] = [];
    for (let rep = 1; rep <= REPS; rep++) {
      const t = await tracedLoad(ext, url(p.path), { expectAnnotation: p.chinese });
      if (t.error) log(`WARNING: trace of ${p.path}: ${t.error}`);
      else results.traces[p.key].push(t);
    }
    const t = results.traces[p.key];
    log(
      `trace ${p.key}: script ${median(t.map((x) => x.scriptWall))?.toFixed(1)} ms wall, ${median(t.map((x) => x.scriptCpu))?.toFixed(1)} ms CPU`,
    );
  }

  // ---- (d) hover latency on the reference page
  {
    const run = await measureLoad(ext, url('/published.html'), { expectAnnotation: true });
    const samples = await hoverLatencies(run, ['專精特新', '专精特新'], HOVERS);
    await closePage(run);
    const showDelay = Number(/SHOW_DELAY_MS = (\d+)/.exec(readFileSync(resolve('src/content/hover.ts'), 'utf8'))?.[1]);
    results.hover = { term: '专精特新 (written 專精特新 on the page)', samples, showDelay };
    log(`hover: ${samples.length} samples, median ${median(samples.map((s) => s.loaded))?.toFixed(1)} ms`);
  }

  // ---- issue 14: the popup's term list, scrolling the whole large page, an empty content script
  results.popup = { reference: [], large: [] };
  for (const key of ['reference', 'large']) {
    const run = await measureLoad(ext, url(results.pages[key].path), { expectAnnotation: true });
    for (let rep = 1; rep <= REPS; rep++) results.popup[key].push(await popupPaint(ext, run));
    if (key === 'large') {
      results.scrollSpeed = SCROLL_PX_PER_S;
      results.scroll = { ext: await scrollFrames(run) };
    }
    await closePage(run);
  }
  {
    const run = await measureLoad(base, url('/bench/large.html'), { expectAnnotation: false, idleMs: 600 });
    results.scroll.base = await scrollFrames(run);
    await closePage(run);
  }
  log(
    `popup: ${median(results.popup.large.map((p) => p?.ms))} ms (large); scroll: frames > 50 ms ${results.scroll.ext.over50} with, ${results.scroll.base.over50} without`,
  );
  {
    const emptyDir = emptyExtension();
    const empty = await launch(true, emptyDir);
    results.traces.englishEmpty = [];
    results.traces.englishPaired = [];
    try {
      for (let rep = 1; rep <= ENGLISH_REPS; rep++) {
        const t = await tracedLoad(empty, url('/bench/english.html'), { expectAnnotation: false });
        if (t.error) log(`WARNING: trace of the empty content script: ${t.error}`);
        else results.traces.englishEmpty.push(t);
        const paired = await tracedLoad(ext, url('/bench/english.html'), { expectAnnotation: false });
        if (paired.error) log(`WARNING: trace of the English page: ${paired.error}`);
        else results.traces.englishPaired.push(paired);
      }
    } finally {
      await empty.close();
      rmSync(emptyDir, { recursive: true, force: true });
    }
    log(
      `empty content script: injection ${median(results.traces.englishEmpty.map((t) => t.injection))} ms; the extension in the same minutes ${median(results.traces.englishPaired.map((t) => t.injection))} ms`,
    );
  }

  // ---- Firefox: marks and scrolling (the rest needs CDP)
  results.firefox = await measureFirefox(
    { reference: url('/published.html'), large: url('/bench/large.html') },
    REPS,
    log,
  );

  // ---- (f) scaling
  for (const n of SIZES) {
    for (let rep = 1; rep <= REPS; rep++) {
      const run = await measureLoad(ext, url(`/bench/size-${n}.html`), { expectAnnotation: true, settleMs: 300 });
      const f = figures(run);
      await closePage(run);
      results.scaling.push({ size: n, han: sized[n].han, ...f });
    }
    log(`scaling ${n}: annotate ${median(results.scaling.filter((s) => s.size === n).map((s) => s.annotate))} ms`);
  }
} finally {
  await ext.close();
  await base.close();
  await server.close();
  rmSync(snapshot, { recursive: true, force: true });
}

// ---- (g) bundle size, micro-benchmark results if present
const sizes = (bytes) => ({ bytes: bytes.length, gzip: gzipSync(bytes).length });
results.bundle = {
  ...sizes(Buffer.concat([loaderScript, lensScript])),
  loader: sizes(loaderScript),
  lens: sizes(lensScript),
};
const microFile = resolve('bench/results/micro.json');
results.micro = existsSync(microFile) ? JSON.parse(readFileSync(microFile, 'utf8')) : null;
machine.loadAfter = loadavg()
  .map((x) => x.toFixed(2))
  .join(' ');
machine.duration = elapsed();

mkdirSync(resolve('bench/results'), { recursive: true });
await writeJson(resolve('bench/results/latest.json'), results);
const markdown = renderResults(results);
console.log('\n' + markdown);
updateResultsFile(resolve('bench/RESULTS.md'), 'bench', markdown);
log('done; bench/RESULTS.md and bench/results/latest.json written');
