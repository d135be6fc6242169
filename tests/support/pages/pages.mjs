// Builds the reference-report pages used by the demo and the end-to-end tests, from the
// copy of the report kept in tests/fixtures (a user's clone has no ../shared).
import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';

export const REFERENCE_TEXT = readFileSync(new URL('../../fixtures/reference-report.txt', import.meta.url), 'utf8');

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const paragraphs = (text) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** The report converted to simplified, with the pinyin noise removed, for the clean form. */
export function simplifiedText() {
  return toSimplified(REFERENCE_TEXT.replace(/\(([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6})\)/g, ''));
}

/**
 * Text that must never be highlighted however it is written: form controls, code,
 * editable and hidden content. The tests read CSS.highlights to check this.
 */
const CONTROLS = `
<section id="controls" aria-label="Not prose">
  <textarea id="c-textarea">专精特新 项目为王</textarea>
  <input id="c-input" value="三个一批">
  <pre id="c-pre">专精特新</pre>
  <p><code id="c-code">项目为王</code></p>
  <div id="c-editable" contenteditable="true">以商招商</div>
  <div id="c-hidden" hidden>产业链招商</div>
  <div id="c-none" style="display:none">要素保障</div>
</section>`;

function page(title, lang, body, extraHead = '') {
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>${extraHead}
<style>body{max-width:760px;margin:24px auto;padding:0 16px;font:18px/1.8 'Noto Serif CJK SC','Noto Sans CJK SC',serif}
#controls{margin-top:40px;font-size:14px;color:#666}</style></head>
<body><article><h1>${escapeHtml(title)}</h1>
${body}
</article>${CONTROLS}</body></html>`;
}

/** As published: traditional characters with pinyin noise (三個(gè)一批). */
export function publishedPage() {
  const body = paragraphs(REFERENCE_TEXT)
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('\n');
  return page('市領(lǐng)導(dǎo)帶隊(duì)觀摩全市重大項(xiàng)目建設(shè)“三個(gè)一批”情況', 'zh-Hant', body);
}

/** Converted to simplified, noise removed. */
export function simplifiedPage() {
  const body = paragraphs(simplifiedText())
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('\n');
  return page('市领导带队观摩全市重大项目建设“三个一批”情况', 'zh-Hans', body);
}

/** Simplified, with terms split across inline elements and ruby, as CMS markup often does. */
export function splitPage() {
  const splits = [
    ['“专精特新”发展', '“<b>专精</b>特新”发展'],
    ['“四保”', '“<ruby>四<rp>(</rp><rt>sì</rt><rp>)</rp></ruby><ruby>保<rp>(</rp><rt>bǎo</rt><rp>)</rp></ruby>”'],
    ['以商招商', '<a href="#x">以商</a>招商'],
    ['“三个一批”情况', '“<span>三个</span><em>一批</em>”情况'],
    ['“项目为王”理念', '“<strong>项目</strong><i>为</i>王”理念'],
  ];
  const body = paragraphs(simplifiedText())
    .map((p) => {
      let html = escapeHtml(p);
      for (const [from, to] of splits) html = html.replace(from, to);
      return `<p>${html}</p>`;
    })
    .join('\n');
  return page('市领导带队观摩全市重大项目建设“三个一批”情况', 'zh-Hans', body);
}

/** A page with no Chinese at all: the extension should do nothing there. */
export function englishPage() {
  return page('Weather', 'en', '<p>Sunny with a light breeze. Project work continues as planned.</p>');
}

export const PAGES = {
  '/published.html': publishedPage,
  '/simplified.html': simplifiedPage,
  '/split.html': splitPage,
  '/english.html': englishPage,
};
