// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import type { PageState } from '../../src/core/messages';
import { PopupView, verdictLine, type PopupViewProps } from '../../src/popup/PopupView';
import { GLOSSARY } from '../../src/glossary';
import { buildSearchIndex, searchGlossary } from '../../src/core/search';
import { toAnkiTsv } from '../../src/core/page-export';
import { pageExport } from '../../src/popup/page-file';

function pageState(over: Partial<PageState> = {}): PageState {
  return {
    host: 'example.cn',
    url: 'http://example.cn/news/1.html',
    title: '新闻',
    verdict: {
      kind: 'policy-report',
      score: 8,
      reasons: [
        { code: 'byline', text: '本报讯' },
        { code: 'officialTitles', n: 3 },
        { code: 'narrative', n: 7, against: true },
      ],
    },
    annotating: true,
    because: 'detected',
    mode: 'auto',
    site: 'default',
    terms: [],
    unexplained: [],
    ...over,
  };
}

const lookup = (id: string) => GLOSSARY.find((e) => e.id === id);
const idOf = (term: string) => GLOSSARY.find((e) => e.term === term)!.id;

function show(props: Partial<PopupViewProps>) {
  const all: PopupViewProps = {
    page: undefined,
    hostAccess: true,
    lookup,
    query: '',
    results: [],
    onQuery: vi.fn(),
    onReveal: vi.fn(),
    onSiteChoice: vi.fn(),
    onMode: vi.fn(),
    onExport: vi.fn(),
    onAnnotateNow: vi.fn(),
    onRequestAccess: vi.fn(),
    ...props,
  };
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  render(<PopupView {...all} />, root);
  return { root, props: all };
}

describe('PopupView', () => {
  it('lists page terms with their glosses, and reveals one on click', () => {
    const page = pageState({
      terms: [
        { id: idOf('三个一批'), surface: '三個一批', count: 4 },
        { id: idOf('专精特新'), surface: '專精特新', count: 2 },
      ],
    });
    const { root, props } = show({ page });
    const rows = [...root.querySelectorAll('.term-row')];
    expect(rows.map((r) => r.querySelector('.zh')!.textContent)).toEqual(['三个一批', '专精特新']);
    expect(rows[0]!.querySelector('.count')!.textContent).toBe('×4');
    expect(root.textContent).toContain('2 terms on this page');
    (rows[1] as HTMLButtonElement).click();
    expect(props.onReveal).toHaveBeenCalledWith(idOf('专精特新'));
  });

  it('says when no content script answers, and offers host access when it is missing', () => {
    const { root, props } = show({ page: null, hostAccess: false });
    expect(root.textContent).toContain('has not been allowed to read websites');
    root.querySelector<HTMLButtonElement>('.notice button')!.click();
    expect(props.onRequestAccess).toHaveBeenCalled();
  });

  it('shows search results in place of the page list', () => {
    const results = searchGlossary(buildSearchIndex(GLOSSARY), 'zhuanjingtexin').map((h) => h.entry);
    const { root } = show({ query: 'zhuanjingtexin', results, page: pageState() });
    expect(root.querySelector('.result .zh')!.textContent).toBe('专精特新');
    expect(root.textContent).not.toContain('Policy report');
  });

  it('states the verdict in plain words, with its reasons behind a disclosure', () => {
    const { root } = show({ page: pageState() });
    expect(root.querySelector('.verdict')!.textContent).toBe('Policy writing');
    expect(root.querySelector('.because')!.textContent).toBe('Annotating: it reads as policy writing.');
    const details = root.querySelector('details.reasons')!;
    expect(details.hasAttribute('open')).toBe(false);
    expect([...details.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      '+ news lede or byline “本报讯”',
      '+ 3 official titles',
      '− narrative prose (7 pronouns per 1000 characters)',
    ]);
    expect(details.querySelector('li.against')).not.toBeNull();
    expect(verdictLine(pageState({ verdict: { kind: 'other', score: 0, reasons: [] } }))).toBe('Not a Chinese page');
  });

  it('offers “Annotate this page” on a Chinese page that is not annotated', () => {
    const page = pageState({
      annotating: false,
      because: 'notDetected',
      verdict: { kind: 'chinese', score: 1, reasons: [{ code: 'formulas', n: 1 }] },
    });
    const { root, props } = show({ page });
    root.querySelector<HTMLButtonElement>('button.primary')!.click();
    expect(props.onAnnotateNow).toHaveBeenCalled();
    expect(show({ page: pageState() }).root.querySelector('button.primary')).toBeNull();
  });

  it('sets the mode, and the site to always or never', () => {
    const { root, props } = show({ page: pageState() });
    const [mode, site] = root.querySelectorAll<HTMLSelectElement>('.site-choice select');
    site!.value = 'never';
    site!.dispatchEvent(new Event('change', { bubbles: true }));
    expect(props.onSiteChoice).toHaveBeenCalledWith('never');
    mode!.value = 'off';
    mode!.dispatchEvent(new Event('change', { bubbles: true }));
    expect(props.onMode).toHaveBeenCalledWith('off');
  });

  it('exports the page terms in three formats', () => {
    const page = pageState({ terms: [{ id: idOf('专精特新'), surface: '專精特新', count: 2 }] });
    const { root, props } = show({ page });
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('.exports button')];
    expect(buttons.map((b) => b.textContent)).toEqual(['Notes (Markdown)', 'CSV', 'Anki (TSV)']);
    buttons.forEach((b) => b.click());
    expect(props.onExport).toHaveBeenCalledWith('notes');
    expect(props.onExport).toHaveBeenCalledWith('anki');
    const data = pageExport(page, new Map(GLOSSARY.map((e) => [e.id, e])), new Date('2026-11-26T08:00:00Z'));
    expect(data.date).toBe('2026-11-26');
    expect(data.terms[0]).toMatchObject({ pinyin: 'zhuān jīng tè xīn', count: 2 });
    expect(toAnkiTsv(data)).toContain('专精特新');
  });

  it('lists formula-like text the glossary lacks under its own heading', () => {
    const { root } = show({ page: pageState({ unexplained: [{ text: '轻骑兵', count: 1 }] }) });
    expect(root.querySelector('.unexplained summary')!.textContent).toBe('Unexplained on this page (1)');
    expect(root.querySelector('.unexplained .zh')!.textContent).toBe('轻骑兵');
  });
});
