// @vitest-environment happy-dom
/**
 * Property test for the DOM side: text split across inline elements and ruby, collected, matched and
 * mapped back to DOM ranges. A failure prints the seed and the shrunk counterexample.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectBlocks, locate } from '../../src/content/collect';
import { patternsOf } from '../../src/core/glossary-index';
import { Matcher } from '../../src/core/matcher';
import { isHanCode, normalize } from '../../src/core/normalize';
import { GLOSSARY } from '../../src/glossary';

const MATCHER = new Matcher(patternsOf(GLOSSARY));

const HAN = [...'个項为專区發与臺们這说會国長经濟产業书東车門见時开關头話的一是在不了有和人中大上要以来到地'];
const TERMS = [
  '專精特新',
  '专精特新',
  '三個一批',
  '三个一批',
  '項目為王',
  '项目为王',
  '四保',
  '四保白名單',
  '六穩六保',
];
const GLOSSARY_FORMS = [...new Set(GLOSSARY.flatMap((e) => [e.term, ...e.variants]))];
const NOISE = ['(gè)', '(xiàng)', '（zhǎng）', '(wèi)'];
const OTHER = [...'，。、“”「」（）ＡＢ１２ab12 +', '\u200b', '\u00ad', '\ufeff'];

const text = fc
  .array(
    fc.oneof(
      { arbitrary: fc.constantFrom(...HAN), weight: 5 },
      { arbitrary: fc.constantFrom(...TERMS), weight: 3 },
      { arbitrary: fc.constantFrom(...GLOSSARY_FORMS), weight: 2 },
      { arbitrary: fc.constantFrom(...NOISE), weight: 1 },
      { arbitrary: fc.constantFrom(...OTHER), weight: 2 },
    ),
    { minLength: 1, maxLength: 24 },
  )
  .map((parts) => parts.join(''));

/** Ruby annotations; some hold Han text and glossary terms, which must never be matched or ranged over. */
const annotation = fc.constantFrom('zì', 'xiàng', 'gè', 'sì', '专精', '四保', '项目为王', '');

/** How a page might mark up the text: runs wrapped in inline elements, Han characters given ruby. */
const markup = fc.record({
  text,
  /** Where the text is cut into runs, as code-point positions (taken modulo the length). */
  cuts: fc.array(fc.nat(), { maxLength: 8 }),
  /** Each run's wrapper, outermost first: none, or up to two of b, span, a. */
  wrappers: fc.array(fc.array(fc.constantFrom('b', 'span', 'a'), { maxLength: 2 }), { minLength: 1, maxLength: 9 }),
  /** For each character (cycled): null, or its ruby annotation and whether it has rp parentheses. */
  ruby: fc.array(fc.option(fc.tuple(annotation, fc.boolean()), { freq: 3 }), { minLength: 1, maxLength: 16 }),
});

type Markup = typeof markup extends fc.Arbitrary<infer T> ? T : never;

function rubyOf(base: string, rt: string, rp: boolean): HTMLElement {
  const ruby = document.createElement('ruby');
  const annotation = document.createElement('rt');
  annotation.textContent = rt;
  const open = document.createElement('rp');
  open.textContent = '(';
  const close = document.createElement('rp');
  close.textContent = ')';
  ruby.append(base, ...(rp ? [open, annotation, close] : [annotation]));
  return ruby;
}

/** Builds the paragraph with createElement and append; returns it attached to the document. */
function build({ text, cuts, wrappers, ruby }: Markup): HTMLParagraphElement {
  const chars = [...text];
  const bounds = [...new Set([0, ...cuts.map((c) => c % (chars.length + 1)), chars.length])].sort((a, b) => a - b);
  const p = document.createElement('p');
  for (let r = 0; r + 1 < bounds.length; r++) {
    let parent: HTMLElement = p;
    for (const tag of wrappers[r % wrappers.length]!) {
      const el = document.createElement(tag);
      if (tag === 'a') el.setAttribute('href', '#');
      parent.append(el);
      parent = el;
    }
    let run = '';
    for (let i = bounds[r]!; i < bounds[r + 1]!; i++) {
      const ch = chars[i]!;
      const annotation = ruby[i % ruby.length];
      if (annotation && isHanCode(ch.codePointAt(0)!)) {
        if (run) parent.append(run);
        run = '';
        parent.append(rubyOf(ch, ...annotation));
      } else run += ch;
    }
    if (run) parent.append(run);
  }
  document.body.replaceChildren(p);
  return p;
}

/** The text a range covers as a reader sees it: ruby annotations (rt, rp) removed. */
function baseText(range: Range): string {
  const fragment = range.cloneContents();
  for (const el of Array.from(fragment.querySelectorAll('rt, rp'))) el.remove();
  return fragment.textContent ?? '';
}

describe('collect → match → DOM range (property)', () => {
  it('maps every match to a DOM range whose base text normalises to the matched term', () => {
    let matched = 0;
    fc.assert(
      fc.property(markup, (m) => {
        build(m);
        const blocks = collectBlocks(document.body);
        // One block, holding exactly the base text: inline elements and ruby never split it, rt/rp never
        // enter it (whitespace-only text nodes are skipped, so whitespace is left out of the comparison).
        expect(blocks.length).toBeLessThanOrEqual(1);
        const block = blocks[0];
        expect((block?.text ?? '').replace(/\s/g, '')).toBe(m.text.replace(/\s/g, ''));
        if (!block) return;

        const n = normalize(block.text);
        for (const match of MATCHER.findAll(n.text)) {
          const start = n.starts[match.start]!;
          const end = n.ends[match.end - 1]!;
          const [startNode, startOffset] = locate(block, start, false);
          const [endNode, endOffset] = locate(block, end, true);
          expect(startOffset).toBeLessThan(startNode.data.length); // a range starts on a character
          expect(endOffset).toBeGreaterThan(0); // and ends after one
          const range = document.createRange();
          range.setStart(startNode, startOffset);
          range.setEnd(endNode, endOffset);
          expect(normalize(baseText(range)).text).toBe(n.text.slice(match.start, match.end));
          matched++;
        }
      }),
      { numRuns: 1000 },
    );
    expect(matched).toBeGreaterThan(300);
  }, 60_000);
});
