// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GlossaryEntry } from '../../src/core/glossary-schema';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';
import { downloadText } from '../../src/ui/download';
import { Options, type OptionsActions, type OptionsListeners } from '../../src/options/Options';
import { OptionsForm } from '../../src/options/OptionsForm';
import { GLOSSARY } from '../../src/glossary';
import { setLocale } from '../../src/i18n';
import { button, byLabel, entry, expectKeyboardReady, mount, settle, type } from './dom-helpers';

vi.mock('webextension-polyfill', () => ({ default: {} }));

describe('OptionsForm', () => {
  function show(settings: Settings = DEFAULT_SETTINGS) {
    const onChange = vi.fn();
    const root = mount(<OptionsForm settings={settings} status="Saved." onChange={onChange} />);
    return { root, onChange };
  }

  it('labels every control and announces the save status', () => {
    const { root } = show({ ...DEFAULT_SETTINGS, neverSites: ['a.cn'] });
    expectKeyboardReady(root);
    expect(root.querySelector('[role="status"]')!.textContent).toBe('Saved.');
  });

  it('reports each change as whole new settings', () => {
    const { root, onChange } = show({ ...DEFAULT_SETTINGS, alwaysSites: ['a.cn', 'b.cn'] });
    byLabel<HTMLInputElement>(root, 'Chinese').click();
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, alwaysSites: ['a.cn', 'b.cn'], language: 'zh' });
    byLabel<HTMLInputElement>(root, 'Show pinyin').click();
    expect(onChange.mock.lastCall![0]).toMatchObject({ pinyin: false });
    type(byLabel(root, 'Highlight terms with'), 'underline');
    expect(onChange.mock.lastCall![0]).toMatchObject({ highlightStyle: 'underline' });
    type(byLabel(root, 'Interface language'), 'zh_TW');
    expect(onChange.mock.lastCall![0]).toMatchObject({ uiLanguage: 'zh_TW' });
    const light = byLabel<HTMLInputElement>(root, 'on light pages');
    light.value = '#123456';
    light.dispatchEvent(new Event('change', { bubbles: true }));
    expect(onChange.mock.lastCall![0]).toMatchObject({ colors: { light: '#123456', dark: '#fdba74' } });
    root.querySelector<HTMLButtonElement>('button[aria-label^="Remove a.cn"]')!.click();
    expect(onChange.mock.lastCall![0]).toMatchObject({ alwaysSites: ['b.cn'] });
  });

  it('resets the colours to the defaults', () => {
    const { root, onChange } = show({ ...DEFAULT_SETTINGS, colors: { light: '#000000', dark: '#ffffff' } });
    button(root, 'Reset colours').click();
    expect(onChange.mock.lastCall![0]).toMatchObject({ colors: DEFAULT_SETTINGS.colors });
  });
});

describe('Options container', () => {
  function fakeActions(where: 'sync' | 'local' = 'sync') {
    let stored: GlossaryEntry[] = [entry('a-one', '甲一')];
    const actions: OptionsActions = {
      loadSettings: vi.fn(() => Promise.resolve(DEFAULT_SETTINGS)),
      saveSettings: vi.fn((_base: Settings, next: Settings) => Promise.resolve({ settings: next, where })),
      loadGlossary: vi.fn(() => Promise.resolve({ entries: stored, damaged: [{ id: 'broken' }] })),
      saveGlossary: vi.fn((_base: GlossaryEntry[], e: GlossaryEntry[]) => {
        stored = e;
        return Promise.resolve({ entries: stored, damaged: [{ id: 'broken' }] });
      }),
      deleteDamaged: vi.fn(() => Promise.resolve({ entries: stored, damaged: [] })),
      download: vi.fn(),
    };
    return actions;
  }

  it('loads settings and glossary, saves a change, and says when it stayed on this computer', async () => {
    const actions = fakeActions('local');
    const root = mount(<Options actions={actions} builtIn={GLOSSARY} />);
    await settle();
    expect(root.querySelector('.entry .zh')!.textContent).toBe('甲一');
    expect(root.textContent).toContain(
      '1 stored record is damaged, so it is not used. It is kept until you delete it.',
    );
    byLabel<HTMLInputElement>(root, 'Show pinyin').click();
    await settle();
    expect(actions.saveSettings).toHaveBeenCalledWith(DEFAULT_SETTINGS, {
      ...DEFAULT_SETTINGS,
      pinyin: !DEFAULT_SETTINGS.pinyin,
    });
    expect(root.textContent).toContain('Saved on this computer only');
    expectKeyboardReady(root);
  });

  it('follows changes saved elsewhere, and a later "add" sent to this tab', async () => {
    const actions = fakeActions();
    let listeners: OptionsListeners | undefined;
    actions.watch = (l) => (listeners = l);
    const root = mount(<Options actions={actions} builtIn={GLOSSARY} />);
    await settle();
    listeners!.glossary({ entries: [entry('a-one', '甲一'), entry('b-two', '乙二')], damaged: [] });
    await settle();
    expect([...root.querySelectorAll('.entry .zh')].map((e) => e.textContent)).toEqual(['甲一', '乙二']);
    expect(root.textContent).not.toContain('damaged');
    listeners!.settings({ ...DEFAULT_SETTINGS, pinyin: false });
    await settle();
    expect(byLabel<HTMLInputElement>(root, 'Show pinyin').checked).toBe(false);
    listeners!.addTerm('海阔天空');
    await settle();
    expect(byLabel<HTMLInputElement>(root, 'Term').value).toBe('海阔天空');
  });

  it('opens a new entry for text chosen on a page (?add=), in simplified characters', async () => {
    const root = mount(<Options actions={fakeActions()} builtIn={GLOSSARY} addTerm=" 專精特新 " />);
    await settle();
    expect(byLabel<HTMLInputElement>(root, 'Term').value).toBe('专精特新');
    expect(byLabel<HTMLInputElement>(root, 'Id').placeholder).toBe('zhuan-jing-te-xin');
    expect(document.activeElement?.textContent).toBe('New entry');
  });

  it('deletes through the store and shows the new list', async () => {
    const actions = fakeActions();
    const root = mount(<Options actions={actions} builtIn={GLOSSARY} />);
    await settle();
    root.querySelector<HTMLButtonElement>('button[aria-label="Delete 甲一"]')!.click();
    await settle();
    root.querySelector<HTMLButtonElement>('button.danger')!.click();
    await settle();
    expect(actions.saveGlossary).toHaveBeenCalledWith([entry('a-one', '甲一')], []);
    expect(root.textContent).toContain('No entries yet.');
  });
});

describe('Options in the reader’s language', () => {
  afterEach(() => setLocale('en'));

  function actionsWith(settings: Settings, entries: GlossaryEntry[] = [entry('a-one', '甲一')]) {
    const actions: OptionsActions = {
      loadSettings: () => Promise.resolve(settings),
      saveSettings: vi.fn((_base: Settings, next: Settings) =>
        Promise.resolve({ settings: next, where: 'sync' as const }),
      ),
      loadGlossary: () => Promise.resolve({ entries, damaged: [1, 2] }),
      saveGlossary: vi.fn((_base: GlossaryEntry[], next: GlossaryEntry[]) =>
        Promise.resolve({ entries: next, damaged: [] }),
      ),
      deleteDamaged: vi.fn(() => Promise.resolve({ entries, damaged: [] })),
      download: vi.fn(),
    };
    return actions;
  }

  it('renders in Simplified Chinese when the reader chose it, and sets the page language', async () => {
    const root = mount(
      <Options actions={actionsWith({ ...DEFAULT_SETTINGS, uiLanguage: 'zh_CN' })} builtIn={GLOSSARY} />,
    );
    await settle();
    expect(root.querySelector('h1')!.textContent).toBe('Tifa Lens 选项');
    expect(root.querySelector('#settings-heading')!.textContent).toBe('设置');
    expect(root.querySelector('#glossary-heading')!.textContent).toBe('我的词表');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(document.title).toBe('Tifa Lens 选项');
  });

  it('follows a change of the interface language at once, and the browser on "auto"', async () => {
    const root = mount(<Options actions={actionsWith(DEFAULT_SETTINGS)} builtIn={GLOSSARY} browserLanguage="zh-HK" />);
    await settle();
    expect(root.querySelector('h1')!.textContent).toBe('Tifa Lens 選項');
    expect(document.documentElement.lang).toBe('zh-TW');
    type(byLabel(root, '介面語言'), 'zh_CN');
    await settle();
    expect(root.querySelector('h1')!.textContent).toBe('Tifa Lens 选项');
    expect(root.querySelector('[role="status"]')!.textContent).toBe('已保存。');
    expect(document.documentElement.lang).toBe('zh-CN');
    type(byLabel(root, '界面语言'), 'en');
    await settle();
    expect(root.querySelector('h1')!.textContent).toBe('Tifa Lens options');
    expect(root.querySelector('[role="status"]')!.textContent).toBe('Saved.');
    expect(document.documentElement.lang).toBe('en');
  });

  it('leaves no English in Traditional Chinese, whatever part of the page is open', async () => {
    const builtIn = [entry('liu-wen-liu-bao', '六稳六保', { variants: ['六稳', '六保'] })];
    const entries = [entry('a-one', '甲一'), entry('liu-bao', '六保')];
    const actions = actionsWith({ ...DEFAULT_SETTINGS, uiLanguage: 'zh_TW', neverSites: ['a.cn'] }, entries);
    // ?add= opens the entry form; a delete waits for confirmation; a change shows the save status.
    const root = mount(<Options actions={actions} builtIn={builtIn} addTerm="专精特新" />);
    await settle();
    byLabel<HTMLInputElement>(root, '在提示框中顯示拼音').click();
    root.querySelector<HTMLButtonElement>('button[aria-label="刪除 甲一"]')!.click();
    await settle();
    expect(root.textContent).toContain('刪除 甲一？');
    expect(root.textContent).toContain('從內建詞條 六稳六保 接管「六保」');

    // Latin letters allowed: names and formats, the glossary's ids, and text marked as in another language.
    const allowed = /Tifa Lens|JSON|Anki|URL|CC-CEDICT|MDBG|a-one|liu-bao/g;
    const english: string[] = [];
    const check = (text: string | null, where: string) => {
      if (text && /[A-Za-z]{4,}/.test(text.replace(allowed, ''))) english.push(`${where}: ${text}`);
    };
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const lang = node.parentElement!.closest('[lang]')?.getAttribute('lang') ?? 'zh';
      if (lang.startsWith('zh')) check(node.textContent, node.parentElement!.tagName);
    }
    for (const el of root.querySelectorAll('*')) {
      for (const name of ['aria-label', 'title', 'alt', 'placeholder']) {
        // The id's placeholder is the pinyin the id would be made from.
        if (!(name === 'placeholder' && el.id === 'entry-id')) check(el.getAttribute(name), `${el.tagName}[${name}]`);
      }
    }
    expect(english).toEqual([]);
  });
});

describe('downloadText', () => {
  it('offers the text through a Blob URL and a clicked link, then revokes the URL', async () => {
    vi.useFakeTimers();
    const create = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:test');
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.href).toBe('blob:test');
      expect(this.download).toBe('notes.json');
      expect(this.isConnected).toBe(true);
    });
    downloadText('notes.json', 'application/json', '[]');
    expect(click).toHaveBeenCalledTimes(1);
    const blob = create.mock.calls[0]![0] as Blob;
    expect(blob.type).toBe('application/json;charset=utf-8');
    expect(await blob.text()).toBe('[]');
    expect(document.querySelector('a[download]')).toBeNull();
    vi.runAllTimers();
    expect(revoke).toHaveBeenCalledWith('blob:test');
    vi.useRealTimers();
    vi.restoreAllMocks();
  });
});
