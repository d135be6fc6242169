// Reads a CDP trace of one page load with the extension: which main-thread work the content script did,
// from its first task to the 'tifa-lens:annotate' measure. Needed because CDP's ScriptDuration metric
// does not count JavaScript run as a microtask (every `await` continuation), which is where most of the
// content script's work happens; the trace sees it as BlinkScheduler_PerformMicrotaskCheckpoint.

/**
 * Few categories, so tracing costs little: task boundaries (toplevel, devtools RunTask), microtask
 * checkpoints (toplevel: BlinkScheduler_PerformMicrotaskCheckpoint after a task; v8.execute: RunMicrotasks,
 * which also covers the microtasks V8 runs at the end of a timer or message callback, where the content
 * script's time slices resume), the content script's injection (extensions) and the performance marks.
 * The devtools.timeline and v8 categories would add an event per native-to-JS callback (the TreeWalker's
 * acceptNode runs once per node) and slow collection down.
 */
export const TRACE_CATEGORIES = [
  'toplevel',
  'blink.user_timing',
  'disabled-by-default-devtools.timeline',
  'extensions',
  'v8.execute',
];

/** Events whose time is JavaScript (and the browser work it calls synchronously, e.g. new Range()). */
const SCRIPT = new Set([
  'ScriptInjection::InjectJs',
  'BlinkScheduler_PerformMicrotaskCheckpoint',
  'RunMicrotasks',
  'EvaluateScript',
  'FunctionCall',
  'TimerFire',
]);
const TASKS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/** Outermost events of a time-ordered list (nested ones are covered by their parents). */
function outermost(events) {
  const out = [];
  let end = -Infinity;
  for (const e of events) {
    if (e.ts >= end) {
      out.push(e);
      end = e.ts + e.dur;
    }
  }
  return out;
}

const within = (outer, e) => e.ts >= outer.ts && e.ts + e.dur <= outer.ts + outer.dur;

export function analyseTrace(events, { idleWindowMs = 1000 } = {}) {
  const injected = events.find((e) => e.ph === 'X' && e.name === 'ScriptInjection::InjectJs');
  if (!injected) return { error: 'the content script injection (ScriptInjection::InjectJs) is not in the trace' };
  const { pid, tid } = injected;
  const main = events
    .filter((e) => e.pid === pid && e.tid === tid)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const complete = main.filter((e) => e.ph === 'X' && typeof e.dur === 'number');
  const allTasks = outermost(complete.filter((e) => TASKS.has(e.name)));
  const first = allTasks.find((t) => within(t, injected)) ?? injected;
  const t0 = first.ts;
  const mark = (name) => main.find((e) => e.name === name && e.cat.includes('blink.user_timing'))?.ts;
  const annotateEnd = main
    .filter((e) => e.name === 'tifa-lens:annotate' && e.cat.includes('blink.user_timing'))
    .map((e) => (e.ph === 'X' ? e.ts + e.dur : e.ts))
    .reduce((a, b) => Math.max(a, b), 0);
  const t1 = annotateEnd || t0 + idleWindowMs * 1000;
  const inWindow = complete.filter((e) => e.ts >= t0 && e.ts < t1);

  // Script: the outermost script events in the window, wall (dur) and thread CPU (tdur). The page has no
  // scripts of its own, so this is the content script (and the benchmark's one small evaluate).
  const script = outermost(inWindow.filter((e) => SCRIPT.has(e.name)));
  const scriptWall = script.reduce((s, e) => s + e.dur, 0) / 1000;
  const scriptCpu = script.reduce((s, e) => s + (e.tdur ?? e.dur), 0) / 1000;

  // Tasks: those that ran the content script and those that did not (rendering, input, IPC).
  const tasks = allTasks.filter((t) => t.ts >= t0 && t.ts < t1);
  let longestScript = { dur: 0, cpu: 0, script: 0, at: 0 };
  let longestOther = { dur: 0, at: 0 };
  let otherBusy = 0;
  let j = 0;
  for (const task of tasks) {
    while (j < script.length && script[j].ts < task.ts) j++;
    let own = 0;
    for (let k = j; k < script.length && script[k].ts < task.ts + task.dur; k++) own += script[k].dur;
    if (own >= 1000) {
      if (task.dur > longestScript.dur)
        longestScript = { dur: task.dur, cpu: task.tdur ?? task.dur, script: own, at: task.ts - t0 };
    } else {
      otherBusy += task.dur;
      if (task.dur > longestOther.dur) longestOther = { dur: task.dur, at: task.ts - t0 };
    }
  }
  const busy = tasks.reduce((s, t) => s + t.dur, 0);
  const busyCpu = tasks.reduce((s, t) => s + (t.tdur ?? t.dur), 0);
  const startMark = mark('tifa-lens:start');
  const classifiedMark = mark('tifa-lens:classified');
  return {
    annotated: annotateEnd > 0,
    scriptWall,
    scriptCpu,
    injection: injected.dur / 1000,
    firstTask: first.dur / 1000,
    tasks: tasks.length,
    busy: busy / 1000,
    busyCpu: busyCpu / 1000,
    otherBusy: otherBusy / 1000,
    longestScriptTask: longestScript.dur / 1000,
    longestScriptTaskCpu: longestScript.cpu / 1000,
    longestScriptTaskScript: longestScript.script / 1000,
    longestScriptTaskAt: longestScript.at / 1000,
    longestOtherTask: longestOther.dur / 1000,
    longestOtherTaskAt: longestOther.at / 1000,
    scriptStartToStartMark: startMark ? (startMark - t0) / 1000 : null,
    scriptStartToClassified: classifiedMark ? (classifiedMark - t0) / 1000 : null,
    scriptStartToAnnotated: annotateEnd ? (annotateEnd - t0) / 1000 : null,
    windowMs: (t1 - t0) / 1000,
  };
}
