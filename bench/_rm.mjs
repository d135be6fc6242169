import { launch } from './browser.mjs';
import { largePage } from './pages.mjs';
import { serveFixtures } from '../scripts/serve.mjs';
const large = largePage();
const server = await serveFixtures({ '/large.html': () => large.html });
const ext = await launch(true);
for (const cats of [['toplevel', 'blink.user_timing', 'disabled-by-default-devtools.timeline', 'extensions', 'v8.execute'], ['toplevel', 'blink.user_timing', 'disabled-by-default-devtools.timeline', 'extensions', 'v8.execute'], ['toplevel', 'blink.user_timing', 'disabled-by-default-devtools.timeline', 'extensions', 'devtools.timeline']]) {
const page = await ext.context.newPage();
const cdp = await ext.context.newCDPSession(page);
const events = [];
cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: cats } });
await page.goto(server.base + '/large.html', { waitUntil: 'load' });
await page.evaluate(`new Promise(r=>{const f=()=>performance.getEntriesByName('tifa-lens:annotate').length?r():setTimeout(f,50);f()})`);
const st = await page.evaluate(`(() => { const g = (n) => performance.getEntriesByName(n)[0]; return { cls: g('tifa-lens:classified').startTime - g('tifa-lens:start').startTime, ann: g('tifa-lens:annotate').duration }; })()`);
await cdp.send('Tracing.end'); await complete;
const inj = events.find(e=>e.name==='ScriptInjection::InjectJs');
const main = events.filter(e=>e.pid===inj.pid && e.tid===inj.tid && e.ph==='X');
const sum = (n) => { const x = main.filter(e=>e.name===n); return `${n}: n=${x.length} dur=${(x.reduce((s,e)=>s+e.dur,0)/1000).toFixed(0)} tdur=${(x.reduce((s,e)=>s+(e.tdur||0),0)/1000).toFixed(0)}`; };
console.log(cats.at(-1), JSON.stringify(st), events.length);
for (const n of ['BlinkScheduler_PerformMicrotaskCheckpoint','RunMicrotasks','TimerFire','FunctionCall','V8.Execute','RunTask']) console.log('  ', sum(n));
// RunMicrotasks not inside a BlinkScheduler checkpoint
const cps = main.filter(e=>e.name==='BlinkScheduler_PerformMicrotaskCheckpoint');
const rm = main.filter(e=>e.name==='RunMicrotasks');
const outside = rm.filter(r=>!cps.some(c=>r.ts>=c.ts && r.ts+r.dur<=c.ts+c.dur));
console.log('   RunMicrotasks outside checkpoints', outside.length, (outside.reduce((s,e)=>s+e.dur,0)/1000).toFixed(0), (outside.reduce((s,e)=>s+(e.tdur||0),0)/1000).toFixed(0));
await page.close();
}
await ext.close(); await server.close();
