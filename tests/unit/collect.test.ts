// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectBlocks, locate } from '../../src/content/collect';

function blocksOf(html: string): string[] {
  // Parsed with DOMParser and adopted, so the test never assigns innerHTML either.
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  document.body.replaceChildren(...Array.from(parsed.body.childNodes).map((n) => document.importNode(n, true)));
  return collectBlocks(document.body).map((b) => b.text);
}

describe('collectBlocks', () => {
  it('joins text across inline elements within a block', () => {
    expect(blocksOf('<p>要<b>专精</b>特新,<a href="#">以商</a>招商</p><p>下一段</p>')).toEqual([
      '要专精特新,以商招商',
      '下一段',
    ]);
  });

  it('reads ruby bases without their annotations', () => {
    expect(blocksOf('<p><ruby>四<rp>(</rp><rt>sì</rt><rp>)</rp></ruby><ruby>保<rt>bǎo</rt></ruby>白名单</p>')).toEqual([
      '四保白名单',
    ]);
  });

  it('skips code, form fields, scripts, editable and hidden content', () => {
    const html = `<p>正文</p><pre>专精特新</pre><p><code>项目为王</code>外</p><textarea>三个一批</textarea>
      <script>var a = '四保'</script><style>p{}</style><div contenteditable="true">以商招商</div>
      <div hidden>产业链招商</div>`;
    expect(blocksOf(html)).toEqual(['正文', '外']);
  });

  it('starts a new run at a line break', () => {
    expect(blocksOf('<p>专精<br>特新</p>')).toEqual(['专精', '特新']);
  });

  it('skips the element it is told to ignore', () => {
    document.body.replaceChildren();
    const p = document.createElement('p');
    p.textContent = '正文';
    const mine = document.createElement('div');
    mine.textContent = '提示';
    document.body.append(p, mine);
    expect(collectBlocks(document.body, mine).map((b) => b.text)).toEqual(['正文']);
  });
});

describe('locate', () => {
  it('maps block offsets to nodes, putting end boundaries at the end of the earlier node', () => {
    blocksOf('<p>专精<b>特新</b>企业</p>');
    const [block] = collectBlocks(document.body);
    const [n0, n1] = block!.nodes;
    expect(locate(block!, 0, false)).toEqual([n0, 0]);
    expect(locate(block!, 2, false)).toEqual([n1, 0]);
    expect(locate(block!, 2, true)).toEqual([n0, 2]);
    expect(locate(block!, 4, true)).toEqual([n1, 2]);
  });
});
