// Browser component tests: the parts of the content script whose truth is the browser's layout, run in
// each browser on a plain page (no extension) with the product's own modules (tests/browser/components.ts):
// walking text blocks across inline and shadow boundaries, hit-testing the term under a point, annotating
// a long page in slices, and placing the card beside its term.
import { expect } from 'vitest';
import { componentBundle } from '../support/component-bundle';
import type { Driver } from '../support/driver';
import { browserSuite, e2e } from '../support/fixtures';

// A browser without the extension: these tests load the modules themselves.
e2e.override('extension', { scope: 'file' }, () => false);

/** Opens the blank component page, loads the modules as window.TifaComponents, and fills the body. */
async function load(driver: Driver, base: string, markup: string): Promise<void> {
  await driver.goto(`${base}/component/blank.html`);
  await driver.evaluate(`${await componentBundle()};\nglobalThis.TifaComponents = TifaComponents; true`);
  await driver.evaluate(`(() => {
    const parsed = new DOMParser().parseFromString(${JSON.stringify(markup)}, 'text/html');
    document.body.replaceChildren(...parsed.body.childNodes);
  })()`);
}

/** Gives the element #id an open shadow root holding `markup`. */
const attachShadow = (id: string, markup: string, root = 'document') => `(() => {
  const host = ${root}.getElementById(${JSON.stringify(id)});
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.append(...new DOMParser().parseFromString(${JSON.stringify(markup)}, 'text/html').body.childNodes);
  return true;
})()`;

/** Two glossary terms, annotated on the current page; leaves `window.annotator`. */
const ANNOTATE = `(async () => {
  const { Annotator, Matcher } = TifaComponents;
  const matcher = new Matcher([{ text: '专精特新', id: 'zjtx' }, { text: '三个一批', id: 'sgyp' }]);
  window.annotator = new Annotator(matcher, () => undefined);
  await annotator.annotate([document.body], new AbortController().signal);
  return annotator.hits.size;
})()`;

const BLOCKS_PAGE =
  '<p>推进<b>专精</b>特新，<a href="#x">三个</a><i>一批</i></p>' +
  '<p>上句<br>下句</p>' +
  '<div>外<span>层</span><section>块内</section>后</div>' +
  '<p hidden>隐藏的专精特新</p><p style="display:none">不显示</p><pre>代码专精特新</pre>' +
  '<p><textarea>输入</textarea>正文</p>' +
  '<div id="host"></div><p>宿主后</p>';

browserSuite('components', () => {
  e2e(
    'walkBlocks joins inline runs, breaks at blocks and <br>, skips hidden and code, enters shadow roots',
    async ({ driver, base }) => {
      await load(driver, base, BLOCKS_PAGE);
      await driver.evaluate(attachShadow('host', '<p>影子里<b>三个</b>一批</p><div id="inner"></div>'));
      await driver.evaluate(attachShadow('inner', '<p>深层专精特新</p>', `document.getElementById('host').shadowRoot`));
      const walked = await driver.evaluate<{ texts: string[]; firstNodes: string[]; roots: number }>(`(() => {
      let roots = 0;
      const blocks = [...TifaComponents.walkBlocks(document.body, undefined, () => roots++)];
      return { texts: blocks.map((b) => b.text), firstNodes: blocks[0].nodes.map((n) => n.data), roots };
    })()`);
      expect(walked.texts).toEqual([
        '推进专精特新，三个一批',
        '上句',
        '下句',
        '外层',
        '块内',
        '后',
        '正文',
        '影子里三个一批',
        '深层专精特新',
        '宿主后',
      ]);
      expect(walked.firstNodes, 'one block, its text nodes in order').toEqual([
        '推进',
        '专精',
        '特新，',
        '三个',
        '一批',
      ]);
      expect(walked.roots, 'both open shadow roots are reported').toBe(2);
    },
  );

  e2e(
    'termAt finds the term under a point, across inline elements and inside a shadow root',
    async ({ driver, base }) => {
      await load(
        driver,
        base,
        '<p style="margin-left: 120px">推进<b>专精</b>特新，以及<i>三个</i>一批。</p><div id="host"></div>',
      );
      await driver.evaluate(attachShadow('host', '<p style="margin-left: 120px">影子里的专精特新</p>'));
      expect(await driver.evaluate<number>(ANNOTATE)).toBe(3);
      const probed = await driver.evaluate<
        { id: string; surface: string; found: string[]; margin: string | null }[]
      >(`(() => {
      const { termAt } = TifaComponents;
      return [...annotator.hits].map((hit) => {
        const found = [];
        // Each of the term's boxes (a term split by <b> or <i> has one per piece), at a quarter, half and
        // three quarters of its width.
        for (const rect of hit.range.getClientRects()) {
          for (const f of [0.25, 0.5, 0.75]) {
            const at = termAt(annotator, rect.left + rect.width * f, rect.top + rect.height / 2);
            found.push(at ? at.hit.id : 'none');
          }
        }
        // The empty margin left of the line, at the term's height: the caret snaps to the text, the hit must not.
        const first = hit.range.getClientRects()[0];
        const margin = termAt(annotator, 20, first.top + first.height / 2);
        return { id: hit.id, surface: hit.surface, found, margin: margin ? margin.hit.id : null };
      });
    })()`);
      expect(probed.map((p) => p.surface).sort()).toEqual(['三个一批', '专精特新', '专精特新']);
      for (const p of probed) {
        expect(p.found.length, `${p.surface}: probed`).toBeGreaterThanOrEqual(3);
        expect(p.found, `${p.surface}: every point on it hits it`).toEqual(Array(p.found.length).fill(p.id));
        expect(p.margin, `${p.surface}: nothing in the margin`).toBeNull();
      }
    },
  );

  e2e(
    'the annotator matches a long page in short slices, yielding to the page, and registers only near the viewport',
    async ({ driver, base }) => {
      await load(driver, base, '');
      await driver.evaluate(`(() => {
      for (let i = 0; i < 3000; i++) {
        const p = document.createElement('p');
        p.textContent = '第' + i + '段：各地推进专精特新企业培育，落实三个一批项目建设，持续优化营商环境。';
        document.body.append(p);
      }
      return true;
    })()`);
      const run = await driver.evaluate<{
        hits: number;
        registered: number;
        ticks: number;
        median: number;
        maxGap: number;
      }>(`(async () => {
      // A timer loop stands for the page's own work: the gaps between its turns are how long we held the thread.
      const ticks = [];
      let running = true;
      const tick = () => { ticks.push(performance.now()); if (running) setTimeout(tick, 0); };
      tick();
      const hits = await ${ANNOTATE};
      running = false;
      const gaps = ticks.slice(1).map((t, i) => t - ticks[i]).sort((a, b) => a - b);
      const median = gaps[Math.floor(gaps.length / 2)] ?? Infinity;
      return { hits, registered: annotator.registered, ticks: ticks.length, median: Math.round(median), maxGap: Math.round(gaps.at(-1) ?? 0) };
    })()`);
      expect(run.hits, 'every occurrence on the page is matched').toBe(6000);
      // A synchronous match of the whole page would let the timer run once at its end; slices let it run
      // many times (how many depends on the machine's speed; one full run saw exactly 20).
      expect(run.ticks, 'the page ran between slices').toBeGreaterThan(5);
      // Slices are 8–12 ms. The typical wait between two turns of the page is what a slice costs it; the
      // longest wait is reported, not bounded: in one full run on a loaded machine (load 7 on 2 cores) a turn
      // waited 521 ms while the rest were short. The hostile suite bounds long gaps on real pages.
      expect(run.median, `the page's typical wait between turns (longest ${run.maxGap} ms)`).toBeLessThan(40);
      expect(run.registered, 'ranges registered near the viewport only').toBeGreaterThan(0);
      expect(run.registered).toBeLessThan(run.hits / 4);
    },
  );

  e2e.for([
    [800, 500],
    [1024, 640],
  ] as const)(
    'the card host places the card inside a %i×%i viewport, beside the term, never over it',
    async ([width, height], { driver, base }) => {
      await driver.setViewport(width, height);
      await load(driver, base, '');
      type Box = { x: number; y: number; width: number; height: number };
      const place = (surface: string, anchorY: number) =>
        driver.evaluate<{ card: Box; anchor: Box }>(`(async () => {
        window.cardHost ??= new TifaComponents.CardHost({ pointer() {}, escape() {} });
        const anchor = new DOMRect(120, ${anchorY}, 64, 20);
        const display = { language: 'en', pinyin: true, locale: 'en', details: false };
        const shown = cardHost.show({ surface: ${JSON.stringify(surface)}, what: { kind: 'add', text: 'x' }, display }, anchor);
        await shown;
        // Placed once the frame has answered with its size; a card that then grows is placed again.
        let last = '';
        for (let i = 0; i < 60; i++) {
          await new Promise((r) => setTimeout(r, 50));
          const el = cardHost.element;
          if (el.style.visibility !== 'visible') continue;
          const r = el.getBoundingClientRect();
          const now = JSON.stringify([r.x, r.y, r.width, r.height]);
          if (now === last && i > 4) break;
          last = now;
        }
        const r = cardHost.element.getBoundingClientRect();
        return { card: { x: r.x, y: r.y, width: r.width, height: r.height }, anchor: { x: 120, y: ${anchorY}, width: 64, height: 20 } };
      })()`);
      const overlaps = (a: Box, b: Box) =>
        a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
      const expectPlaced = ({ card, anchor }: { card: Box; anchor: Box }, label: string) => {
        expect(card.x, label).toBeGreaterThanOrEqual(0);
        expect(card.y, label).toBeGreaterThanOrEqual(0);
        expect(card.x + card.width, label).toBeLessThanOrEqual(width + 0.5);
        expect(card.y + card.height, label).toBeLessThanOrEqual(height + 0.5);
        expect(overlaps(card, anchor), `${label}: over the term`).toBe(false);
      };
      const rows = { top: 24, middle: height / 2 - 10, bottom: height - 44 };
      for (const [where, y] of Object.entries(rows)) {
        const placed = await place('card:380x300', y);
        expectPlaced(placed, `${where}, 380×300`);
        expect(placed.card.width, `${where}: its width`).toBe(380);
        // A card taller than the room on either side is cut to the larger room and scrolls inside itself.
        const tall = await place('card:380x900', y);
        expectPlaced(tall, `${where}, 380×900`);
        expect(tall.card.height, `${where}: the tall card is cut`).toBeLessThan(height - 16 + 0.5);
      }
      // A card the reader makes taller (More) keeps its side of the term, and is cut to the room there.
      const grown = await place('card:380x120>380x900', rows.middle);
      expectPlaced(grown, 'grown');
      const before = await place('card:380x120', rows.middle);
      expect(grown.card.y > rows.middle, 'More keeps the side the card opened on').toBe(before.card.y > rows.middle);
    },
  );
});
