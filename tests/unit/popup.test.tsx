// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { PopupView, type PopupViewProps } from '../../src/popup/PopupView';
import { GLOSSARY } from '../../src/glossary';
import { buildSearchIndex, searchGlossary } from '../../src/core/search';

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
    onToggleSite: vi.fn(),
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
    const page = {
      host: 'example.cn',
      enabled: true,
      terms: [
        { id: idOf('三个一批'), surface: '三個一批', count: 4 },
        { id: idOf('专精特新'), surface: '專精特新', count: 2 },
      ],
    };
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
    const { root } = show({ query: 'zhuanjingtexin', results, page: { host: 'a', enabled: true, terms: [] } });
    expect(root.querySelector('.result .zh')!.textContent).toBe('专精特新');
    expect(root.textContent).not.toContain('Annotate a');
  });

  it('toggles the site switch', () => {
    const { root, props } = show({ page: { host: 'example.cn', enabled: true, terms: [] } });
    const box = root.querySelector<HTMLInputElement>('.switch input')!;
    box.click();
    expect(props.onToggleSite).toHaveBeenCalledWith(false);
  });
});
