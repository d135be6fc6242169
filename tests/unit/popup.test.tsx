// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import type { PageState } from '../../src/core/protocol';
import { PopupView, verdictLine, type PopupViewProps } from '../../src/popup/PopupView';
import { GLOSSARY } from '../../src/glossary';
import { buildSearchIndex, searchGlossary } from '../../src/core/search';
import { toAnkiTsv } from '../../src/core/page-export';
import { pageExport } from '../../src/popup/page-file';
import type { GlossaryEntry } from '../../src/core/glossary-schema';
import { readingOf } from '../../src/core/pinyin';

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

/** An entry as the background sends it to the popup: with its reading filled in. */
const withReading = (e: GlossaryEntry) => ({ ...e, pinyin: readingOf(e) });
const lookup = (id: string) => {
  const entry = GLOSSARY.find((e) => e.id === id);
  return entry && withReading(entry);
};
const idOf = (term: string) => GLOSSARY.find((e) => e.term === term)!.id;

function show(props: Partial<PopupViewProps>) {
  const all: PopupViewProps = {
    page: undefined,
    hostAccess: true,
    lookup,
    query: '',
    results: [],
    display: { language: 'both', pinyin: true },
    selected: new Set(),
    onQuery: vi.fn(),
    onOpen: vi.fn(),
    onCloseCard: vi.fn(),
    onReveal: vi.fn(),
    onRevealUnexplained: vi.fn(),
    onAdd: vi.fn(),
    onSelect: vi.fn(),
    onClearSelection: vi.fn(),
    onOptions: vi.fn(),
    onGlossary: vi.fn(),
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
  it('lists page terms with pinyin and English name; a row opens its card, the arrow reveals it', () => {
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
    expect(rows[1]!.querySelector('.pinyin')!.textContent).toBe('zhuān jīng tè xīn');
    expect(rows[1]!.querySelector('.english')!.textContent).toBe(lookup(idOf('专精特新'))!.english);
    expect(root.textContent).toContain('2 terms on this page');
    (rows[1] as HTMLButtonElement).click();
    expect(props.onOpen).toHaveBeenCalledWith(idOf('专精特新'));
    root.querySelectorAll<HTMLButtonElement>('button.reveal')[0]!.click();
    expect(props.onReveal).toHaveBeenCalledWith(idOf('三个一批'));
    root.querySelectorAll<HTMLInputElement>('input.pick')[1]!.click();
    expect(props.onSelect).toHaveBeenCalledWith(idOf('专精特新'), true);
  });

  it('says when no content script answers, and offers host access when it is missing', () => {
    const { root, props } = show({ page: null, hostAccess: false });
    expect(root.textContent).toContain('has not been allowed to read websites');
    root.querySelector<HTMLButtonElement>('.notice button')!.click();
    expect(props.onRequestAccess).toHaveBeenCalled();
  });

  it('shows search results in place of the page list', () => {
    const results = searchGlossary(buildSearchIndex(GLOSSARY), 'zhuanjingtexin').map((h) => withReading(h.entry));
    const { root } = show({ query: 'zhuanjingtexin', results, page: pageState() });
    expect(root.querySelector('.row .zh')!.textContent).toBe('专精特新');
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
    const [mode, site] = root.querySelectorAll<HTMLSelectElement>('.controls select');
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
    const data = pageExport(
      page,
      new Map(GLOSSARY.map((e) => [e.id, withReading(e)])),
      new Date('2026-11-26T08:00:00Z'),
    );
    expect(data.date).toBe('2026-11-26');
    expect(data.terms[0]).toMatchObject({ pinyin: 'zhuān jīng tè xīn', count: 2 });
    expect(toAnkiTsv(data)).toContain('专精特新');
  });

  it('lists formula-like text the glossary lacks under its own heading', () => {
    const { root } = show({ page: pageState({ unexplained: [{ text: '轻骑兵', count: 1 }] }) });
    expect(root.querySelector('.unexplained summary')!.textContent).toBe('Unexplained on this page (1)');
    expect(root.querySelector('.unexplained .zh')!.textContent).toBe('轻骑兵');
  });

  it('reveals an unexplained phrase in the page and offers to add it', () => {
    const { root, props } = show({ page: pageState({ unexplained: [{ text: '轻骑兵', count: 1 }] }) });
    root.querySelector<HTMLButtonElement>('.unexplained .term-row')!.click();
    expect(props.onRevealUnexplained).toHaveBeenCalledWith('轻骑兵');
    root.querySelector<HTMLButtonElement>('.unexplained button.add')!.click();
    expect(props.onAdd).toHaveBeenCalledWith('轻骑兵');
  });

  it('gives the mode and the site labelled controls, and links to the options and the glossary', () => {
    const { root, props } = show({ page: pageState() });
    for (const select of root.querySelectorAll('.controls select')) {
      expect(root.querySelector(`label[for="${select.id}"]`)!.textContent).toMatch(/Mode|This site/);
    }
    const [glossary, options] = root.querySelectorAll<HTMLButtonElement>('footer.links button');
    glossary!.click();
    options!.click();
    expect(props.onGlossary).toHaveBeenCalled();
    expect(props.onOptions).toHaveBeenCalled();
  });

  it('shows the open card in place of the list, with a way back', () => {
    const entry = lookup(idOf('专精特新'))!;
    const term = {
      id: entry.id,
      term: entry.term,
      pinyin: 'zhuān jīng tè xīn',
      english: entry.english,
      gloss: entry.gloss,
      explanation: entry.explanation,
      category: entry.category,
      related: [{ id: 'x', term: '小巨人', english: 'little giant' }],
    };
    const { root, props } = show({ page: pageState(), card: { id: entry.id, term } });
    expect(root.querySelector('.card .term')!.textContent).toBe('专精特新');
    expect(root.querySelector('.card .english')!.textContent).toBe(entry.english);
    expect(root.querySelector('.site')).toBeNull();
    root.querySelector<HTMLButtonElement>('.related button')!.click();
    expect(props.onOpen).toHaveBeenCalledWith('x');
    root.querySelector<HTMLButtonElement>('button.back')!.click();
    expect(props.onCloseCard).toHaveBeenCalled();
  });

  it('says how many terms are selected for export', () => {
    const page = pageState({ terms: [{ id: idOf('专精特新'), surface: '專精特新', count: 2 }] });
    const { root, props } = show({ page, selected: new Set([idOf('专精特新')]) });
    expect(root.querySelector('.selection')!.textContent).toContain('1 selected');
    expect(root.querySelector<HTMLInputElement>('input.pick')!.checked).toBe(true);
    root.querySelector<HTMLButtonElement>('.selection button')!.click();
    expect(props.onClearSelection).toHaveBeenCalled();
  });
});

/** The popup's outside world as a double: the tab shows `page`, and answers a mode or site change with `next`. */
function containerActions(page: PageState, next: PageState | null) {
  return {
    listTerms: vi.fn(() => Promise.resolve(page)),
    reveal: vi.fn(() => Promise.resolve()),
    annotateNow: vi.fn(() => Promise.resolve(page)),
    setSiteChoice: vi.fn(() => Promise.resolve(next)),
    setMode: vi.fn(() => Promise.resolve(next)),
    hasHostAccess: vi.fn(() => Promise.resolve(true)),
    requestHostAccess: vi.fn(() => Promise.resolve(true)),
    explain: vi.fn(() => Promise.resolve(null)),
    revealUnexplained: vi.fn(() => Promise.resolve()),
    openOptions: vi.fn(() => Promise.resolve()),
    entries: vi.fn((ids: string[]) => Promise.resolve(ids.map((id) => lookup(id) ?? null))),
    termRows: vi.fn((ids: string[]) =>
      Promise.resolve(
        ids.map((id) => {
          const entry = lookup(id);
          return entry ? { id, term: entry.term, english: entry.english, pinyin: entry.pinyin } : null;
        }),
      ),
    ),
    search: vi.fn(() => Promise.resolve([])),
  };
}

describe('Popup (container)', () => {
  it('exports the selected terms only, resolved with the reader’s own entries and overrides', async () => {
    const { Popup } = await import('../../src/popup/Popup');
    const pageFile = await import('../../src/popup/page-file');
    const exported = vi.spyOn(pageFile, 'exportPageTerms').mockImplementation(() => undefined);
    const builtIn = lookup(idOf('专精特新'))!;
    const mine = { ...builtIn, gloss: 'My own gloss.' }; // same id: the reader's entry replaces ours
    const page = pageState({
      terms: [
        { id: builtIn.id, surface: '专精特新', count: 2 },
        { id: idOf('三个一批'), surface: '三个一批', count: 1 },
      ],
    });
    // The background's glossary holds the reader's entry in place of ours, readings filled in.
    const background = (id: string) => (id === builtIn.id ? mine : lookup(id));
    const actions = {
      ...containerActions(page, null),
      entries: vi.fn((ids: string[]) =>
        Promise.resolve(ids.map((id) => (background(id) ? withReading(background(id)!) : null))),
      ),
    };
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    render(<Popup actions={actions} />, root);
    await vi.waitFor(() => expect(root.querySelectorAll('input.pick')).toHaveLength(2));
    root.querySelector<HTMLInputElement>('input.pick')!.click();
    await vi.waitFor(() => expect(root.querySelector('.selection')).not.toBeNull());
    root.querySelectorAll<HTMLButtonElement>('.exports > button')[2]!.click();
    await vi.waitFor(() => expect(exported).toHaveBeenCalledTimes(1));
    const [format, sent, entries] = exported.mock.calls[0]!;
    expect(format).toBe('anki');
    expect(sent.terms.map((term) => term.id)).toEqual([builtIn.id]);
    expect(entries.get(builtIn.id)!.gloss).toBe('My own gloss.');
    // The whole entries are asked for by the export, for the exported terms only; the list asked for rows.
    expect(actions.entries).toHaveBeenCalledTimes(1);
    expect(actions.entries).toHaveBeenCalledWith([builtIn.id]);
    expect(actions.termRows).toHaveBeenCalledWith([builtIn.id, idOf('三个一批')]);
    expect(root.querySelector('.term-row .pinyin')!.textContent).toBe('zhuān jīng tè xīn');
    root.querySelectorAll<HTMLButtonElement>('.term-row')[1]!.click();
    expect(actions.explain).toHaveBeenCalledWith(idOf('三个一批'), { near: '', page: '新闻' });
  });

  it('draws a long list’s first screenful first, then every row', async () => {
    const { Popup } = await import('../../src/popup/Popup');
    const terms = GLOSSARY.slice(0, 300).map((e, i) => ({ id: e.id, surface: e.term, count: 300 - i }));
    const page = pageState({ terms });
    const actions = containerActions(page, null);
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    const counts: number[] = [];
    new MutationObserver(() => counts.push(root.querySelectorAll('.term-row').length)).observe(root, {
      childList: true,
      subtree: true,
    });
    render(<Popup actions={actions} />, root);
    await vi.waitFor(() => expect(root.querySelectorAll('.term-row')).toHaveLength(300));
    const first = counts.find((n) => n > 0)!;
    expect(first).toBeGreaterThan(10);
    expect(first).toBeLessThan(300);
    expect([...root.querySelectorAll('h2')].map((h) => h.textContent).join(' ')).toContain('300');
    // The first screenful's rows were asked for first, then the rest's; the last row has its reading.
    expect(actions.termRows.mock.calls.map(([ids]) => ids.length)).toEqual([40, 260]);
    await vi.waitFor(() => expect(root.querySelectorAll('.term-row .pinyin')).toHaveLength(300));
    // Rows drawn in earlier runs still reach the container: selecting one is counted, the last one opens.
    root.querySelector<HTMLInputElement>('input.pick')!.click();
    await vi.waitFor(() => expect(root.querySelector('.selection')).not.toBeNull());
    [...root.querySelectorAll<HTMLButtonElement>('.term-row')].at(-1)!.click();
    expect(actions.explain).toHaveBeenCalledWith(terms[299]!.id, { near: '', page: '新闻' });
  });

  it('draws the list in its first render when the entry script’s answer is already in', async () => {
    const { Popup } = await import('../../src/popup/Popup');
    const page = pageState({ terms: [{ id: idOf('专精特新'), surface: '专精特新', count: 2 }] });
    const actions = containerActions(page, null);
    const rows = new Map([[idOf('专精特新'), { ...lookup(idOf('专精特新'))! }]]);
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    render(<Popup actions={actions} first={{ page, rows }} />, root);
    expect(root.querySelector('.term-row .pinyin')!.textContent).toBe('zhuān jīng tè xīn');
    expect(actions.listTerms).not.toHaveBeenCalled();
  });

  it('shows the state the tab answers after a mode change, with no timed re-read', async () => {
    const { Popup } = await import('../../src/popup/Popup');
    const before = pageState({ terms: [{ id: idOf('专精特新'), surface: '专精特新', count: 2 }] });
    const after = pageState({ mode: 'off', annotating: false, terms: [] });
    const actions = containerActions(before, after);
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    render(<Popup actions={actions} />, root);
    await vi.waitFor(() => expect(root.querySelectorAll('.term-row')).toHaveLength(1));
    const mode = root.querySelector<HTMLSelectElement>('.controls select')!;
    mode.value = 'off';
    mode.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(root.querySelectorAll('.term-row')).toHaveLength(0), { timeout: 300 });
    expect(actions.setMode).toHaveBeenCalledWith('off');
    expect(actions.listTerms, 'the answer is the new state: the list is not read again').toHaveBeenCalledTimes(1);
  });
});
