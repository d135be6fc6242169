// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { GlossaryEntry } from '../../src/core/glossary-schema';
import { exportCsv, parseImport } from '../../src/core/personal-glossary';
import { GlossaryEditor, type GlossaryEditorProps } from '../../src/options/GlossaryEditor';
import { button, byLabel, entry, expectKeyboardReady, mount, settle, type } from './dom-helpers';

describe('GlossaryEditor', () => {
  const builtIn = [entry('liu-wen-liu-bao', '六稳六保', { variants: ['六稳', '六保'] })];

  function show(over: Partial<GlossaryEditorProps> = {}) {
    const props: GlossaryEditorProps = {
      entries: [entry('a-one', '甲一'), entry('liu-bao', '六保')],
      builtIn,
      onSave: vi.fn(() => Promise.resolve()),
      onDownload: vi.fn(),
      ...over,
    };
    return { root: mount(<GlossaryEditor {...props} />), props };
  }

  it('lists the entries, says which built-in forms they take over, and is keyboard ready', () => {
    const { root } = show();
    expect([...root.querySelectorAll('.entry .zh')].map((e) => e.textContent)).toEqual(['甲一', '六保']);
    expect(root.textContent).toContain('takes “六保” from the built-in 六稳六保');
    expectKeyboardReady(root);
  });

  it('adds an entry through the form, making its id from the pinyin', async () => {
    const { root, props } = show();
    button(root, 'Add an entry').click();
    await settle();
    expectKeyboardReady(root);
    type(byLabel(root, 'Term'), '专精特新');
    type(byLabel(root, 'English rendering'), 'specialised and innovative');
    type(byLabel(root, 'One-line gloss'), 'Small firms in niche industrial markets.');
    type(byLabel(root, 'Explanation in English'), 'A programme for small firms.');
    type(byLabel(root, 'Explanation in Chinese'), '扶持中小企业。');
    type(byLabel(root, 'Category'), 'industry');
    await settle();
    button(root, 'Add entry').click();
    await settle();
    const saved = (props.onSave as ReturnType<typeof vi.fn>).mock.lastCall![0] as GlossaryEntry[];
    expect(saved.map((e) => e.id)).toEqual(['a-one', 'liu-bao', 'zhuan-jing-te-xin']);
    expect(saved[2]).toMatchObject({ term: '专精特新', category: 'industry', variants: [] });
    expect(root.querySelector('[role="status"]')!.textContent).toBe('Added 专精特新.');
    expect(root.querySelector('form')).toBeNull();
  });

  it('shows problems by field and saves nothing until they are fixed', async () => {
    const { root, props } = show();
    button(root, 'Add an entry').click();
    await settle();
    type(byLabel(root, 'Term'), '甲一');
    type(byLabel(root, 'Current from (year)'), 'soon');
    await settle();
    button(root, 'Add entry').click();
    await settle();
    expect(props.onSave).not.toHaveBeenCalled();
    const alert = root.querySelector('.problems[role="alert"]')!;
    expect(alert.textContent).toContain('English rendering: must be a non-empty string');
    expect(alert.textContent).toContain('Current from (year): must be a year between 1900 and 2100');
    const english = byLabel<HTMLInputElement>(root, 'English rendering');
    expect(english.getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector(`#${english.getAttribute('aria-describedby')!.split(' ').pop()!}`)!.textContent).toBe(
      'must be a non-empty string',
    );
  });

  it('edits an entry in place, and deletes one after confirmation', async () => {
    const { root, props } = show();
    root.querySelector<HTMLButtonElement>('button[aria-label="Edit 甲一"]')!.click();
    await settle();
    type(byLabel(root, 'One-line gloss'), 'A better gloss.');
    await settle();
    button(root, 'Save changes').click();
    await settle();
    const onSave = props.onSave as ReturnType<typeof vi.fn>;
    expect((onSave.mock.lastCall![0] as GlossaryEntry[]).map((e) => [e.id, e.gloss])).toEqual([
      ['a-one', 'A better gloss.'],
      ['liu-bao', 'The gloss of liu-bao.'],
    ]);
    expect(document.activeElement?.textContent).toBe('Add an entry'); // focus returns from the closed form
    root.querySelector<HTMLButtonElement>('button[aria-label="Delete 六保"]')!.click();
    await settle();
    expect(document.activeElement?.textContent).toBe('Keep');
    button(root, 'Keep').click();
    await settle();
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Delete 六保');
    expect(onSave).toHaveBeenCalledTimes(1);
    root.querySelector<HTMLButtonElement>('button[aria-label="Delete 六保"]')!.click();
    await settle();
    root.querySelector<HTMLButtonElement>('button.danger')!.click();
    await settle();
    expect((onSave.mock.lastCall![0] as GlossaryEntry[]).map((e) => e.id)).toEqual(['a-one']);
  });

  it('shows a failed save, keeping the form open', async () => {
    const onSave = vi.fn(() => Promise.reject(new Error('Your glossary was not saved: storage is full.')));
    const { root } = show({ onSave });
    root.querySelector<HTMLButtonElement>('button[aria-label="Edit 甲一"]')!.click();
    await settle();
    button(root, 'Save changes').click();
    await settle();
    expect(root.querySelector('form [role="alert"]')!.textContent).toContain('storage is full');
    expect(root.querySelector('form')).not.toBeNull();
  });

  it('exports JSON and CSV as downloads that import back', () => {
    const { root, props } = show();
    button(root, 'Export JSON').click();
    button(root, 'Export CSV').click();
    const calls = (props.onDownload as ReturnType<typeof vi.fn>).mock.calls as [string, string, string][];
    expect(calls.map(([name, mime]) => [name, mime])).toEqual([
      ['tifa-lens-glossary.json', 'application/json'],
      ['tifa-lens-glossary.csv', 'text/csv'],
    ]);
    expect(parseImport(calls[0]![2], 'json', [])).toMatchObject({ ok: true, added: props.entries });
    expect(calls[1]![2].startsWith('\uFEFF')).toBe(true);
    expect(parseImport(calls[1]![2], 'csv', [])).toMatchObject({ ok: true, added: props.entries });
  });

  async function choose(root: HTMLElement, name: string, content: string | Uint8Array<ArrayBuffer>) {
    const input = byLabel<HTMLInputElement>(root, 'JSON or CSV file');
    const file = new File([content], name);
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
  }

  it('refuses a file over the size limit from its reported size, without reading a byte of it', async () => {
    const { root, props } = show();
    const input = byLabel<HTMLInputElement>(root, 'JSON or CSV file');
    const read = vi.fn(() => Promise.reject(new Error('must not be read')));
    const huge = { name: 'huge.json', size: 6 * 1024 * 1024, arrayBuffer: read, text: read } as unknown as File;
    Object.defineProperty(input, 'files', { value: [huge], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    expect(read).not.toHaveBeenCalled();
    expect(root.querySelector('.problems')!.textContent).toMatch(
      /6(\.0)? MB.*largest file that can be imported is 5(\.0)? MB/,
    );
    expect(props.onSave).not.toHaveBeenCalled();
  });

  it('imports a file after a preview of what is new and what changes', async () => {
    const { root, props } = show();
    const csv = exportCsv([
      entry('a-one', '甲一', { gloss: 'Changed.' }),
      entry('c-three', '丙三'),
      entry('liu-bao', '六保'),
    ]);
    await choose(root, 'mine.csv', csv);
    expect(props.onSave).not.toHaveBeenCalled();
    expect(root.querySelector('.preview [role="status"]')!.textContent).toBe(
      'mine.csv: 1 new, 1 changed, 1 unchanged.',
    );
    expect(root.querySelector('.preview')!.textContent).toContain('甲一 (a-one): gloss');
    button(root, 'Import 2 entries').click();
    await settle();
    const saved = (props.onSave as ReturnType<typeof vi.fn>).mock.lastCall![0] as GlossaryEntry[];
    expect(saved.map((e) => [e.id, e.gloss])).toEqual([
      ['a-one', 'Changed.'],
      ['liu-bao', 'The gloss of liu-bao.'],
      ['c-three', 'The gloss of c-three.'],
    ]);
    expect(root.textContent).toContain('Imported 1 new and 1 changed entries.');
  });

  it('lists every problem of a refused file by row, field and reason, and imports nothing', async () => {
    const { root, props } = show();
    const csv = exportCsv([entry('c-three', '丙三'), entry('d-four', '丁四')])
      .replace('c-three in English', "=cmd|' /C calc'!A0")
      .replace('丁四,', 'ding,');
    await choose(root, 'bad.csv', csv);
    const rows = [...root.querySelectorAll('.problems tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => td.textContent),
    );
    expect(rows.map((r) => r.slice(0, 2))).toEqual([
      ['1', 'english'],
      ['2', 'term'],
    ]);
    expect(rows[0]![2]).toContain('looks like a spreadsheet formula');
    expect(root.textContent).toContain('Nothing was imported from bad.csv: 2 problems.');
    expect(root.querySelector('.import button.primary')).toBeNull();
    expect(props.onSave).not.toHaveBeenCalled();
  });

  it('refuses a file that is not UTF-8', async () => {
    const { root } = show();
    await choose(root, 'gbk.csv', new Uint8Array([0xd7, 0xa8, 0xbe, 0xab]));
    expect(root.querySelector('.problems')!.textContent).toContain('not valid UTF-8');
  });
});
