// Pages that try to learn the reader's data or to steer the extension (tests/e2e/privacy-spec.ts).
// The snoop page does what the security review's proof did: a hidden word list and CSS that hides any
// card, then it reads CSS.highlights, sends synthetic pointer events over every highlighted word,
// clicks whatever the extension added, re-points the extension's ranges, and searches with
// window.find() and through shadow roots. It also claims the custom element names an extension might use.
import { escapeHtml, reportHtml, shell } from './hostile-pages.mjs';

/** A term only in the reader's own glossary (the test stores it), and words of its private note. */
export const PRIVATE_TERM = '青苗计划';
export const PRIVATE_NOTE = 'my source at the provincial office';
/** The reader's own explanation of a built-in term (专精特新), stored by the test as an override. */
export const OVERRIDE_NOTE = 'my own reading of this label';

/** Runs in the page before anything else: claims tag names and records every shadow root attached. */
function trapScript() {
  window.__attachedRoots = [];
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with the element as `this`
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    window.__attachedRoots.push({ tag: this.tagName, mode: init.mode, root });
    return root;
  };
  for (const name of ['tifa-lens-tooltip', 'tifa-lens-card', 'tifa-lens-host']) {
    customElements.define(
      name,
      class extends HTMLElement {
        constructor() {
          super();
          throw new Error('this page owns ' + name);
        }
      },
    );
  }
}

/** The attack, as window.__snoop(phase): returns everything the page could gather. */
function snoopScript() {
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const ours = (el) => el !== document.head && el !== document.body;
  const rangesNow = () => {
    const out = [];
    for (const [name, h] of CSS.highlights) for (const r of h) out.push({ name, range: r });
    return out;
  };
  window.__snoop = async (phase, needles) => {
    const seen = { highlighted: [], added: [], openRoots: [], found: {}, frames: window.length };
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a Range: its toString() is its text
    for (const { name, range } of rangesNow()) seen.highlighted.push(name + ':' + range.toString());
    if (phase === 'provoke') {
      // Synthetic events over every highlighted word, and over each word of the hidden list.
      const points = rangesNow()
        .map(({ range }) => range.getClientRects()[0])
        .filter(Boolean)
        .map((r) => [r.x + r.width / 2, r.y + r.height / 2]);
      for (const span of document.querySelectorAll('#words span')) {
        const r = span.getBoundingClientRect();
        points.push([r.x + r.width / 2, r.y + r.height / 2]);
      }
      for (const [x, y] of points.slice(0, 40)) {
        const target = document.elementFromPoint(x, y) || document.body;
        const init = { bubbles: true, composed: true, clientX: x, clientY: y, pointerType: 'mouse', isPrimary: true };
        target.dispatchEvent(new PointerEvent('pointerover', init));
        target.dispatchEvent(new PointerEvent('pointermove', init));
        target.dispatchEvent(new MouseEvent('mousemove', init));
        await sleep(200);
      }
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'J', altKey: true, shiftKey: true, bubbles: true }));
      await sleep(600);
    }
    for (const el of document.documentElement.children) {
      if (!ours(el)) continue;
      seen.added.push(el.tagName.toLowerCase());
      if (el.shadowRoot) seen.openRoots.push(el.shadowRoot.textContent);
      if (phase === 'steer') {
        // Click the middle of whatever the extension added, and try to write into it.
        const r = el.getBoundingClientRect();
        const init = { bubbles: true, composed: true, clientX: r.x + r.width / 2, clientY: r.y + 20 };
        el.dispatchEvent(new MouseEvent('click', init));
        el.dispatchEvent(new PointerEvent('pointerdown', init));
        try {
          el.textContent = 'written by the page';
        } catch {
          // fine either way
        }
      }
    }
    if (phase === 'steer') {
      // Re-point every range of the extension at the hidden word list.
      const words = document.querySelector('#words span').firstChild;
      for (const { range } of rangesNow()) {
        try {
          range.setStart(words, 0);
          range.setEnd(words, 2);
        } catch {
          // fine either way
        }
      }
    }
    seen.capturedRoots = window.__attachedRoots.map((r) => r.tag + ':' + r.mode + ':' + r.root.textContent);
    for (const needle of needles) {
      getSelection().removeAllRanges();
      seen.found[needle] = window.find(needle, false, false, true);
    }
    seen.frames = window.length;
    seen.resources = performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((n) => !n.startsWith(location.origin) && !n.startsWith('data:'));
    seen.marks = performance.getEntriesByType('mark').map((e) => e.name);
    seen.sheets = document.adoptedStyleSheets.length;
    return seen;
  };
}

function snoopPage() {
  const hidden = [PRIVATE_TERM, '专精特新'].map((w) => `<span>${escapeHtml(w)}</span>`).join(' ');
  return shell({
    head: `<script>(${trapScript.toString()})();</script>`,
    style:
      '#words{position:absolute;left:-5000px;top:0}' +
      // Whatever the extension adds beside head and body, the page hides (the review's proof did so).
      'html>:not(head):not(body){opacity:0!important}',
    body: `<h1>市领导带队观摩全市重大项目建设“三个一批”情况</h1>
<p>会议指出，要实施${escapeHtml(PRIVATE_TERM)}，全力支持专精特新企业发展壮大。</p>
${reportHtml()}
<div id="words">${hidden}</div>`,
    script: `(${snoopScript.toString()})();`,
  });
}

export const PRIVACY_PAGES = { '/hostile/snoop.html': snoopPage };
