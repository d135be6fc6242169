// Hostile pages for tests/e2e/hostile-*.e2e.ts: pages that mutate without pause, are huge, hold one
// enormous text node, hide terms in form controls and code, forbid everything by CSP, fight the
// extension's highlights and tooltip, sabotage DOM built-ins, nest shadow roots, write vertically or
// right to left, and navigate away mid-annotation.
//
// Every page carries real report text (tests/support/pages/pages.mjs) so the extension has work to do, and runs
// its own checks, recorded as window.__pageChecks = { name: boolean } (window.__finalChecks() fills
// in the end-of-test ones). Page scripts are plain functions here, serialised into <script> tags, so
// they are linted and formatted like the rest of the code. They never use innerHTML.
import { simplifiedText } from './pages.mjs';

export const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const reportParagraphs = () =>
  simplifiedText()
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
export const reportHtml = () =>
  reportParagraphs()
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('\n');

export const TITLE = '市领导带队观摩全市重大项目建设“三个一批”情况';

/** Sentences holding exactly one glossary term each (checked against the matcher), and that term. */
export const TERM_SENTENCES = [
  ['全力支持专精特新企业发展壮大。', '专精特新'],
  ['扎实做好六稳六保工作，保持经济平稳。', '六稳六保'],
  ['推进粤港澳大湾区的规划。', '粤港澳大湾区'],
  ['坚持两个毫不动摇。', '两个毫不动摇'],
  ['加快建设全国统一大市场。', '全国统一大市场'],
  ['持续深化放管服改革。', '放管服'],
  ['因地制宜培育新质生产力。', '新质生产力'],
];

/** Chinese prose with no glossary term at all (checked against the matcher). */
export const FILLER = [
  '今天天气晴朗，市民在公园里散步，孩子们在草地上放风筝，老人们坐在长椅上聊天。',
  '春天来了，河边的柳树发芽了，小鸟在枝头歌唱，田野里一片生机勃勃的景象。',
  '夜深了，街上的路灯一盏一盏亮起来，远处传来火车的汽笛声。',
  '这是一段没有任何术语的普通文字，用来填充页面。',
];

/** Serialises data for a <script> tag: no `</script>` can close it early. */
const json = (value) => JSON.stringify(value).replace(/</g, '\\u003c');
/** A call of `fn` with `args`, as page script source. */
const call = (fn, ...args) => `(${fn.toString()})(${args.map(json).join(', ')});`;

/** The first script of every page: the checks record, and a heartbeat that times the main thread. */
function pageCommon() {
  window.__pageChecks = {};
  window.__check = (name, ok) => {
    window.__pageChecks[name] = !!ok;
  };
  // From the load event on, a 20 ms interval measures the longest gap between ticks (a blocked main
  // thread), and notes when the extension's highlight first became non-empty and when it last changed.
  const hb = {
    loadAt: null,
    ticks: 0,
    maxGap: 0,
    maxGapAt: null,
    gaps: [],
    size: 0,
    firstHighlightAt: null,
    lastChangeAt: null,
  };
  window.__heartbeat = hb;
  let last = null;
  addEventListener('load', () => {
    hb.loadAt = performance.now();
    last = hb.loadAt;
  });
  setInterval(() => {
    const now = performance.now();
    const h = CSS.highlights && CSS.highlights.get('tifa-lens-term');
    const size = h ? h.size : 0;
    if (size !== hb.size) {
      hb.size = size;
      hb.lastChangeAt = now;
      if (size && hb.firstHighlightAt === null) hb.firstHighlightAt = now;
    }
    if (last !== null) {
      const gap = now - last;
      if (gap > hb.maxGap) {
        hb.maxGap = gap;
        hb.maxGapAt = last;
      }
      if (gap > 200 && hb.gaps.length < 50) hb.gaps.push([Math.round(last), Math.round(gap)]);
      last = now;
    }
    hb.ticks++;
  }, 20);
}

export function shell({ title = TITLE, head = '', body, script = '', lang = 'zh-Hans', style = '' }) {
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<link rel="icon" href="data:,">
<script>${call(pageCommon)}</script>${head}
<style>body{max-width:760px;margin:24px auto;padding:0 16px;font:18px/1.8 'Noto Sans CJK SC',sans-serif}${style}</style>
</head><body>${body}${script ? `<script>${script}</script>` : ''}</body></html>`;
}

// 1. A page that mutates every 50 ms for 10 s: appends, edits (text data and markup) and removes
// paragraphs that hold terms. The page keeps a model of what it wrote and checks the DOM against it.
function mutatingScript(sentences, ops, intervalMs) {
  const live = document.getElementById('live');
  const mine = new WeakSet();
  const model = new Map();
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = () => sentences[Math.floor(random() * sentences.length)];
  let serial = 0;
  const el = (tag) => {
    const e = document.createElement(tag);
    mine.add(e);
    return e;
  };
  const write = (p, [text, term], split) => {
    p.dataset.term = term;
    p.replaceChildren();
    const label = `（${++serial}）`;
    if (split) {
      // The term split across inline markup, as CMSs do: <b>first half</b>second half.
      const at = text.indexOf(term);
      const half = at + Math.ceil(term.length / 2);
      const b = el('b');
      b.append(text.slice(at, half));
      p.append(label + text.slice(0, at), b, text.slice(half));
    } else {
      p.append(label + text);
    }
    model.set(p, label + text);
  };
  const add = () => {
    const p = el('p');
    p.className = 'dyn';
    write(p, pick(), false);
    live.append(p);
  };
  for (const p of live.querySelectorAll('p.dyn')) {
    mine.add(p);
    model.set(p, p.textContent);
  }
  const state = { ops: 0, startedAt: null, endedAt: null, done: false };
  window.__mutation = state;
  const step = () => {
    const all = [...live.querySelectorAll('p.dyn')];
    const target = all[Math.floor(random() * all.length)];
    switch (state.ops % 4) {
      case 0:
        add();
        break;
      case 1: {
        // Edit the text node in place (a characterData mutation).
        const [text, term] = pick();
        const node = target && target.firstChild;
        if (node && node.nodeType === Node.TEXT_NODE && target.childNodes.length === 1) {
          const label = `（${++serial}）`;
          node.data = label + text;
          target.dataset.term = term;
          model.set(target, label + text);
        } else if (target) write(target, [text, term], false);
        break;
      }
      case 2:
        if (all.length > 6 && target) {
          target.remove();
          model.delete(target);
        } else add();
        break;
      case 3:
        if (target) write(target, pick(), true);
        break;
    }
    state.ops++;
  };
  addEventListener('load', () => {
    state.startedAt = performance.now();
    const timer = setInterval(() => {
      step();
      if (state.ops < ops) return;
      clearInterval(timer);
      state.endedAt = performance.now();
      state.done = true;
      window.__check('all mutations ran', state.ops === ops);
      // The page's timer kept its cadence: 200 ticks of 50 ms in at most 15 s.
      window.__check('mutation timer kept its cadence', state.endedAt - state.startedAt < ops * intervalMs * 1.5);
    }, intervalMs);
  });
  window.__finalChecks = () => {
    const ps = [...live.querySelectorAll('p.dyn')];
    window.__check(
      'DOM matches what the page wrote',
      ps.length === model.size && ps.every((p) => model.get(p) === p.textContent),
    );
    window.__check(
      'no element the page did not create',
      [...live.querySelectorAll('*')].every((e) => mine.has(e)),
    );
  };
}

function mutatingPage() {
  const initial = Array.from({ length: 10 }, (_, i) => TERM_SENTENCES[i % TERM_SENTENCES.length]);
  return shell({
    body: `<article id="report"><h1>${escapeHtml(TITLE)}</h1>${reportHtml()}</article>
<section id="live">${initial
      .map(([text, term], i) => `<p class="dyn" data-term="${term}">（初${i}）${text}</p>`)
      .join('')}</section>`,
    script: call(mutatingScript, TERM_SENTENCES, 200, 50),
  });
}

// 1b. The same race made certain: a long report (so the extension annotates it in several time
// slices) whose last paragraph gets a fresh text node on every timer tick for 3 s. Any block the
// extension collected before a slice ends may be detached by the time it is matched.
function racingScript(text, ms) {
  const last = document.getElementById('last');
  const started = performance.now();
  let swaps = 0;
  const timer = setInterval(() => {
    last.firstChild.replaceWith(document.createTextNode(text));
    swaps++;
    if (performance.now() - started < ms) return;
    clearInterval(timer);
    window.__raceDone = true;
    window.__check('page swapped its text node throughout', swaps > 50);
  }, 1);
  window.__finalChecks = () => {
    window.__check('last paragraph intact', last.childNodes.length === 1 && last.textContent === text);
  };
}

function racingPage() {
  const paragraphs = reportParagraphs();
  const body = [];
  for (let i = 0; i < 1500; i++) body.push(`<p>${escapeHtml(paragraphs[i % paragraphs.length])}</p>`);
  const [text] = TERM_SENTENCES[0];
  return shell({
    body: `<article id="report"><h1>${escapeHtml(TITLE)}</h1>${body.join('\n')}<p id="last">${text}</p></article>`,
    script: call(racingScript, text, 3000),
  });
}

// 2. 200,000 elements: 25,000 rows of eight elements each, every tenth row holding a term split
// across inline elements, served as HTML. The rows sit in chunks with `content-visibility: auto`, as a
// large page built for speed would have them: without the extension the page's own work after load is
// short (40-350 ms in both browsers on the test machine; the test measures it each run), so what the heartbeat sees is mostly the extension.
function hugeDomScript(rows, expected) {
  void document.body.offsetHeight; // the page's own first layout, before load
  const container = document.getElementById('rows');
  const count = document.getElementsByTagName('*').length;
  window.__huge = { rows, expected, elements: count, parsedAtMs: performance.now() };
  window.__check('page has 200,000 elements', count >= 200000);
  window.__finalChecks = () => {
    window.__check('rows intact', container.getElementsByClassName('row').length === rows);
    window.__check('heartbeat kept ticking', window.__heartbeat.ticks > 10);
  };
}

function hugeDomPage() {
  const rows = 25000;
  const html = [];
  let expected = 0;
  for (let i = 0; i < rows; i++) {
    if (i % 250 === 0) html.push(i ? '</div><div class="chunk">' : '<div class="chunk">');
    let parts;
    let attr = '';
    if (i % 10 === 9) {
      const [text, term] = TERM_SENTENCES[Math.floor(i / 10) % TERM_SENTENCES.length];
      const at = text.indexOf(term);
      const half = at + Math.ceil(term.length / 2);
      parts = [text.slice(0, at), text.slice(at, half), text.slice(half)];
      attr = ` data-term="${term}"`;
      expected++;
    } else {
      const words = FILLER[i % FILLER.length];
      parts = [words.slice(0, 6), words.slice(6, 12), words.slice(12, 18)];
    }
    html.push(
      `<div class="row"${attr}><span>${i + 1}. </span><b>${parts[0]}</b><i>${parts[1]}</i><em>${parts[2]}</em>` +
        `<a href="#r">详情</a><small>来源：本站</small><u>。</u></div>`,
    );
  }
  return shell({
    body: `<article id="report"><h1>${escapeHtml(TITLE)}</h1>${reportHtml()}</article>
<section id="rows">${html.join('\n')}</div></section>`,
    style: '.row{font-size:14px;line-height:1.4}.chunk{content-visibility:auto;contain-intrinsic-size:auto 5000px}',
    script: call(hugeDomScript, rows, expected),
  });
}

// 3. One text node of 5 MB (UTF-8): the report, then term-free prose with a term sentence every
// ~2,000 characters, built by the page in a single createTextNode.
function bigTextScript(report, sentences, filler, targetBytes) {
  const started = performance.now();
  const parts = [report];
  let length = report.length;
  let bytes = new TextEncoder().encode(report).length;
  let sinceTerm = 0;
  let insertions = 0;
  let f = 0;
  while (bytes < targetBytes) {
    let piece;
    if (sinceTerm >= 2000) {
      piece = sentences[insertions % sentences.length][0];
      insertions++;
      sinceTerm = 0;
    } else {
      piece = filler[f++ % filler.length];
      sinceTerm += piece.length;
    }
    parts.push(piece);
    length += piece.length;
    bytes += piece.length * 3; // every character here is three bytes in UTF-8
  }
  const text = parts.join('');
  const p = document.getElementById('big');
  p.append(document.createTextNode(text));
  void document.body.offsetHeight;
  // Every occurrence of the inserted terms, those in the report at the start included.
  let occurrences = 0;
  for (const [, term] of sentences) occurrences += text.split(term).length - 1;
  window.__big = { length, bytes, insertions, occurrences, buildMs: performance.now() - started };
  window.__check('one text node of at least 5 MB', p.childNodes.length === 1 && bytes >= targetBytes);
  window.__finalChecks = () => {
    window.__check(
      'text node intact',
      p.childNodes.length === 1 && p.firstChild.nodeType === Node.TEXT_NODE && p.firstChild.length === length,
    );
    window.__check('heartbeat kept ticking', window.__heartbeat.ticks > 10);
  };
}

function bigTextPage() {
  return shell({
    body: `<h1>${escapeHtml(TITLE)}</h1><p id="big"></p>`,
    script: call(bigTextScript, reportParagraphs().join(''), TERM_SENTENCES, FILLER, 5_000_000),
  });
}

// 4. Terms in places that are not prose: form fields, editable content, code, pre, script and style;
// some directly under <body>, where no block element encloses them. `__editNotProse()` then edits
// them all (as a user typing, or an editor updating itself) and adds one ordinary paragraph.
function notProseScript() {
  window.__scriptTerm = '专精特新 项目为王';
  const initial = {
    input: document.getElementById('np-input').value,
    textarea: document.getElementById('np-textarea').value,
    editable: document.getElementById('np-editable').textContent,
    code: document.getElementById('np-code').textContent,
    pre: document.getElementById('np-pre').textContent,
  };
  window.__check('inline script ran', window.__scriptTerm === '专精特新 项目为王');
  window.__editNotProse = () => {
    const editable = document.getElementById('np-editable');
    editable.firstChild.appendData(' 以商招商'); // typing into an editor changes its text node
    document.getElementById('np-editable-p').firstChild.appendData(' 项目为王');
    document.getElementById('np-pre-top').textContent = '四保 专精特新 项目为王';
    document.getElementById('np-textarea-top').textContent = '三个一批 以商招商';
    document.getElementById('np-code').textContent = '放管服 项目为王';
    const script = document.createElement('script');
    script.textContent = 'window.__addedScript = "六稳六保";';
    document.body.append(script);
    const style = document.createElement('style');
    style.textContent = '/* 六稳六保 */ #np-styled { outline: 1px solid rgb(4, 5, 6); }';
    document.body.append(style);
    const control = document.createElement('p');
    control.id = 'np-control';
    control.textContent = '持续深化放管服改革。';
    document.getElementById('report').append(control);
    initial.editable = editable.textContent;
    initial.code = document.getElementById('np-code').textContent;
  };
  window.__finalChecks = () => {
    window.__check('input value unchanged', document.getElementById('np-input').value === initial.input);
    window.__check('textarea value unchanged', document.getElementById('np-textarea').value === initial.textarea);
    window.__check('editable text unchanged', document.getElementById('np-editable').textContent === initial.editable);
    window.__check('code unchanged', document.getElementById('np-code').textContent === initial.code);
    window.__check('pre unchanged', document.getElementById('np-pre').textContent === initial.pre);
    window.__check(
      'style applied',
      getComputedStyle(document.getElementById('np-styled')).color === 'rgb(1, 2, 3)' &&
        getComputedStyle(document.getElementById('np-styled'), '::after').content === '"项目为王"',
    );
    window.__check(
      'editable still editable',
      document.getElementById('np-editable').isContentEditable &&
        document.getElementById('np-editable-p').isContentEditable,
    );
  };
}

function notProsePage() {
  return shell({
    body: `<article id="report"><h1>${escapeHtml(TITLE)}</h1>${reportHtml()}</article>
<section id="not-prose">
  <p><input id="np-input" value="三个一批 专精特新" size="40"></p>
  <div><textarea id="np-textarea">项目为王 以商招商</textarea></div>
  <div id="np-editable" contenteditable="true">四保 专精特新</div>
  <div contenteditable="true"><p id="np-editable-p">三个一批</p></div>
  <p>代码：<code id="np-code">项目为王</code></p>
  <pre id="np-pre">专精特新 三个一批</pre>
  <script id="np-script">window.__inlineTerm = '专精特新 项目为王';</script>
  <style id="np-style">/* 专精特新 */ #np-styled::after { content: '项目为王'; } #np-styled { color: rgb(1, 2, 3); }</style>
  <p id="np-styled">样式：</p>
</section>
<pre id="np-pre-top">以商招商 三个一批</pre>
<textarea id="np-textarea-top">专精特新</textarea>`,
    script: call(notProseScript),
  });
}

// 5. Served with a Content-Security-Policy that forbids everything (see HOSTILE_HEADERS): the page
// can run no script of its own, so the test evaluates its checks (DevTools evaluation is exempt).
function cspPage(allowInlineStyle) {
  return `<!doctype html>
<html lang="zh-Hans"><head><meta charset="utf-8"><title>${escapeHtml(TITLE)}</title>
${allowInlineStyle ? '<style>#report{color:rgb(1, 2, 3)}</style>' : ''}
</head><body><article id="report"><h1>${escapeHtml(TITLE)}</h1>${reportHtml()}</article>
</body></html>`;
}

// 6. A page that fights back: once the extension's highlights settle it clears CSS.highlights, and
// the first time the tooltip host appears it removes it. `__clearAgain()` clears once more and
// `__addParagraph(text)` makes a DOM change.
function clearingScript() {
  const state = { cleared: 0, clearedOk: true, removedTooltip: false, removedOk: null, clearedAt: null };
  window.__fight = state;
  const clear = () => {
    CSS.highlights.clear();
    state.cleared++;
    state.clearedAt = performance.now();
    state.clearedOk = state.clearedOk && CSS.highlights.size === 0;
  };
  let last = -1;
  let stableSince = 0;
  const watch = setInterval(() => {
    const h = CSS.highlights.get('tifa-lens-term');
    const size = h ? h.size : 0;
    if (size !== last) {
      last = size;
      stableSince = performance.now();
    } else if (size > 0 && performance.now() - stableSince > 500) {
      clearInterval(watch);
      clear();
    }
  }, 50);
  window.__clearAgain = clear;
  window.__addParagraph = (text) => {
    const p = document.createElement('p');
    p.textContent = text;
    document.getElementById('report').append(p);
  };
  // The card's host: whatever the extension added to the root element beside head and body.
  const added = () => [...document.documentElement.children].find((el) => el !== document.head && el !== document.body);
  new MutationObserver(() => {
    const host = added();
    if (!host || state.removedTooltip) return;
    state.removedTooltip = 'pending';
    const wait = setInterval(() => {
      if (getComputedStyle(host).display === 'none' || getComputedStyle(host).visibility !== 'visible') return;
      clearInterval(wait);
      setTimeout(() => {
        host.remove();
        state.removedTooltip = true;
        state.removedOk = !host.isConnected && !added();
      }, 300);
    }, 20);
  }).observe(document.documentElement, { childList: true });
  window.__finalChecks = () => {
    window.__check('page cleared CSS.highlights', state.cleared > 0 && state.clearedOk);
    window.__check('page removed the tooltip host', state.removedTooltip === true && state.removedOk === true);
  };
}

function clearingPage() {
  return shell({
    body: `<article id="report"><h1>${escapeHtml(TITLE)}</h1>${reportHtml()}</article>`,
    script: call(clearingScript),
  });
}

// 7. Built-ins sabotaged in <head>, before any content script: Range throws, appendChild and
// insertBefore throw, contains lies, Array.prototype.map returns junk. The page keeps the real ones
// for itself and checks at the end that its overrides are still in place.
function sabotageScript() {
  /* eslint-disable @typescript-eslint/unbound-method -- the page compares and .call()s the methods it swapped */
  const real = {
    Range: window.Range,
    appendChild: Node.prototype.appendChild,
    insertBefore: Node.prototype.insertBefore,
    contains: Node.prototype.contains,
    map: Array.prototype.map,
  };
  const fake = {
    Range: function Range() {
      throw new Error('page: Range is disabled here');
    },
    appendChild: function appendChild() {
      throw new Error('page: appendChild is disabled here');
    },
    insertBefore: function insertBefore() {
      throw new Error('page: insertBefore is disabled here');
    },
    contains: function contains() {
      return true;
    },
    map: function map() {
      return 'bogus';
    },
  };
  window.Range = fake.Range;
  Node.prototype.appendChild = fake.appendChild;
  Node.prototype.insertBefore = fake.insertBefore;
  Node.prototype.contains = fake.contains;
  Array.prototype.map = fake.map;
  window.__sabotage = { real, fake };
  addEventListener('DOMContentLoaded', () => {
    // The page's own code goes through the real methods it kept.
    const p = document.createElement('p');
    p.id = 'added-by-page';
    p.textContent = '坚持两个毫不动摇。';
    real.appendChild.call(document.getElementById('report'), p);
  });
  window.__finalChecks = () => {
    window.__check('window.Range still the page’s', window.Range === fake.Range);
    window.__check('appendChild still the page’s', Node.prototype.appendChild === fake.appendChild);
    window.__check('insertBefore still the page’s', Node.prototype.insertBefore === fake.insertBefore);
    window.__check('contains still the page’s', Node.prototype.contains === fake.contains);
    window.__check('Array.prototype.map still the page’s', Array.prototype.map === fake.map && [1].map() === 'bogus');
    let threw = false;
    try {
      new window.Range();
    } catch {
      threw = true;
    }
    window.__check('page Range still throws', threw);
    window.__check('page’s own paragraph added', !!document.getElementById('added-by-page'));
  };
}

function sabotagePage() {
  return shell({
    head: `<script>${call(sabotageScript)}</script>`,
    body: `<article id="report"><h1>${escapeHtml(TITLE)}</h1>${reportHtml()}</article>`,
  });
}

// 8. Three levels of open shadow roots, each holding its own term; `__editDeepest(text)` rewrites
// the innermost paragraph.
function shadowScript(levels) {
  const roots = [];
  const sheets = [];
  let host = document.getElementById('level-host');
  levels.forEach(([text], depth) => {
    const root = host.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('p { margin: 8px 0; padding-left: 12px; border-left: 3px solid #ccc; }');
    root.adoptedStyleSheets = [sheet];
    const p = document.createElement('p');
    p.id = `level-${depth + 1}`;
    p.textContent = `第${depth + 1}层：${text}`;
    root.append(p);
    const next = document.createElement('div');
    next.className = 'next';
    root.append(next);
    roots.push(root);
    sheets.push(sheet);
    host = next;
  });
  window.__editDeepest = (text) => {
    roots[roots.length - 1].getElementById(`level-${roots.length}`).textContent = text;
  };
  window.__finalChecks = () => {
    window.__check(
      'each shadow root holds only what the page put there',
      roots.every((r) => r.childNodes.length === 2 && r.children[0].tagName === 'P'),
    );
    window.__check(
      'the page’s adopted sheets are still adopted',
      roots.every((r, i) => r.adoptedStyleSheets.includes(sheets[i])),
    );
    window.__shadowSheets = roots.map((r) => r.adoptedStyleSheets.length);
  };
}

export const SHADOW_LEVELS = [TERM_SENTENCES[3], TERM_SENTENCES[4], TERM_SENTENCES[6]];

function shadowPage() {
  return shell({
    body: `<article id="report"><h1>${escapeHtml(TITLE)}</h1>${reportHtml()}</article><div id="level-host"></div>`,
    script: call(shadowScript, SHADOW_LEVELS),
  });
}

// 9. Vertical text (writing-mode: vertical-rl) and a right-to-left block holding Chinese.
function directionsScript() {
  const vertical = document.getElementById('vertical');
  const rtl = document.getElementById('rtl');
  const initial = { vertical: vertical.textContent, rtl: rtl.textContent };
  window.__finalChecks = () => {
    window.__check('vertical block still vertical', getComputedStyle(vertical).writingMode === 'vertical-rl');
    window.__check('rtl block still rtl', getComputedStyle(rtl).direction === 'rtl');
    window.__check('text unchanged', vertical.textContent === initial.vertical && rtl.textContent === initial.rtl);
  };
}

function directionsPage() {
  return shell({
    body: `<article id="report"><h1>${escapeHtml(TITLE)}</h1>${reportHtml()}</article>
<section id="vertical" style="writing-mode: vertical-rl; height: 420px; border: 1px solid #ccc; padding: 8px">
  <p>${TERM_SENTENCES[0][0]}${FILLER[0]}</p>
  <p>${FILLER[1]}${TERM_SENTENCES[4][0]}</p>
</section>
<section id="rtl" dir="rtl" style="border: 1px solid #ccc; padding: 8px">
  <p>${TERM_SENTENCES[1][0]}${FILLER[2]}</p>
  <p>مرحبا ${TERM_SENTENCES[2][0]} سلام</p>
</section>`,
    script: call(directionsScript),
  });
}

// 10. A large page that navigates to another report while the extension is annotating it:
// `?at=300` 300 ms after load; `?at=busy` as soon as the first highlights appear but before the
// extension has measured the end of its annotation. What it saw is kept in sessionStorage.
function navigateAwayScript(target) {
  const at = new URLSearchParams(location.search).get('at') || '300';
  const go = (reason) => {
    const h = CSS.highlights.get('tifa-lens-term');
    sessionStorage.setItem(
      'hostile-nav',
      JSON.stringify({
        reason,
        at: Math.round(performance.now()),
        loadAt: Math.round(window.__heartbeat.loadAt ?? -1),
        started: performance.getEntriesByName('tifa-lens:start').length > 0,
        finished: performance.getEntriesByName('tifa-lens:annotate').length > 0,
        highlights: h ? h.size : 0,
      }),
    );
    location.href = target;
  };
  if (at === '300') {
    addEventListener('load', () => setTimeout(() => go('300 ms after load'), 300));
  } else {
    const startedAt = performance.now();
    const poll = setInterval(() => {
      const h = CSS.highlights.get('tifa-lens-term');
      const busy = h && h.size > 0 && performance.getEntriesByName('tifa-lens:annotate').length === 0;
      const late = performance.now() - startedAt > 10000;
      if (!busy && !late) return;
      clearInterval(poll);
      go(busy ? 'annotation under way' : 'gave up waiting for annotation');
    }, 2);
  }
}

function navigateAwayPage() {
  const paragraphs = reportParagraphs();
  const body = [];
  for (let i = 0; i < 500; i++) body.push(`<p>${escapeHtml(paragraphs[i % paragraphs.length])}</p>`);
  return shell({
    body: `<article id="report"><h1>${escapeHtml(TITLE)}</h1>${body.join('\n')}</article>`,
    script: call(navigateAwayScript, '/hostile/nav-target.html'),
  });
}

function navTargetScript() {
  const from = sessionStorage.getItem('hostile-nav');
  window.__navFrom = from ? JSON.parse(from) : null;
  window.__check('arrived from the navigating page', !!from);
  window.__finalChecks = () => {
    window.__check('report intact', document.querySelectorAll('#report p').length >= 5);
  };
}

function navTargetPage() {
  return shell({
    title: '国务院常务会议强调深化放管服改革',
    body: `<article id="report"><h1>${escapeHtml(TITLE)}</h1>${reportHtml()}</article>`,
    script: call(navTargetScript),
  });
}

export const HOSTILE_PAGES = {
  '/hostile/mutating.html': mutatingPage,
  '/hostile/racing.html': racingPage,
  '/hostile/huge-dom.html': hugeDomPage,
  '/hostile/big-text.html': bigTextPage,
  '/hostile/not-prose.html': notProsePage,
  '/hostile/csp-style.html': () => cspPage(true),
  '/hostile/csp-none.html': () => cspPage(false),
  '/hostile/clearing.html': clearingPage,
  '/hostile/sabotage.html': sabotagePage,
  '/hostile/shadow-nested.html': shadowPage,
  '/hostile/directions.html': directionsPage,
  '/hostile/navigate-away.html': navigateAwayPage,
  '/hostile/nav-target.html': navTargetPage,
};

/** Response headers per route (serve.mjs adds them). */
export const HOSTILE_HEADERS = {
  '/hostile/csp-style.html': { 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'" },
  '/hostile/csp-none.html': { 'content-security-policy': "default-src 'none'" },
};
