import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../../src/core/glossary-schema';
import {
  ankiField,
  escapeMarkdown,
  PAGE_CSV_COLUMNS,
  toAnkiTsv,
  toCsv,
  toMarkdownNotes,
  type PageExport,
} from '../../src/core/page-export';
import { readingOf } from '../../src/core/pinyin';
import { GLOSSARY } from '../../src/glossary';

const byTerm = (term: string) => GLOSSARY.find((e) => e.term === term)!;
const resolved = (entry: GlossaryEntry, count: number) => ({ entry, pinyin: readingOf(entry), count });

const nasty: GlossaryEntry = {
  id: 'nasty',
  term: '四保',
  variants: [],
  english: '=HYPERLINK("x")',
  gloss: 'Keeps *four* things <safe> & [sound]\tnow',
  explanation: { en: 'Line one.\nLine two, with "quotes".', zh: '# 不是标题\n第二行' },
  category: 'pandemic',
};

const page: PageExport = {
  url: 'https://example.cn/news/2022/report one.html',
  title: '周口市 2022 report',
  date: '2024-05-01',
  terms: [resolved(byTerm('专精特新'), 3), resolved(byTerm('三个一批'), 1)],
};

describe('toMarkdownNotes', () => {
  it('writes the page, date and each term with pinyin, English, gloss and explanations', () => {
    const md = toMarkdownNotes(page);
    const zjtx = byTerm('专精特新');
    expect(md.startsWith('# Translator’s notes: 周口市 2022 report\n')).toBe(true);
    expect(md).toContain('Source: <https://example.cn/news/2022/report%20one.html>');
    expect(md).toContain('Date: 2024-05-01');
    expect(md).toContain('## 专精特新 (zhuān jīng tè xīn) ×3');
    expect(md).toContain(escapeMarkdown(zjtx.english));
    expect(md).toContain(escapeMarkdown(zjtx.explanation.en));
    expect(md).toContain(escapeMarkdown(zjtx.explanation.zh));
    expect(md.indexOf('专精特新')).toBeLessThan(md.indexOf('三个一批'));
  });

  it('lists the items of a numbered formula, and honours the explanation language', () => {
    const sgyp = byTerm('三个一批');
    const md = toMarkdownNotes({ ...page, terms: [resolved(sgyp, 1)] }, { language: 'en' });
    for (const item of sgyp.expansion ?? []) expect(md).toContain(`- ${escapeMarkdown(item.zh)}: `);
    expect(md).not.toContain(escapeMarkdown(sgyp.explanation.zh));
  });

  it('escapes Markdown in glossary text so that it cannot add headings, links or emphasis', () => {
    const md = toMarkdownNotes({ ...page, terms: [resolved(nasty, 1)] });
    expect(md).toContain('Keeps \\*four\\* things \\<safe\\> & \\[sound\\]');
    expect(md).toContain('\n\\# 不是标题 第二行\n');
    expect(md.split('\n').filter((l) => l.startsWith('#'))).toHaveLength(2); // the title and the term only
  });
});

describe('toCsv', () => {
  it('writes one row per term, readable by any CSV parser, with formulas neutralised', () => {
    const csv = toCsv({ ...page, terms: [...page.terms, resolved(nasty, 2)] });
    const rows = Papa.parse<string[]>(csv.trimEnd(), { delimiter: ',' }).data;
    expect(rows[0]).toEqual([...PAGE_CSV_COLUMNS]);
    expect(rows).toHaveLength(4);
    expect(rows[1]!.slice(0, 2)).toEqual(['专精特新', 'zhuān jīng tè xīn']);
    expect(rows[1]![PAGE_CSV_COLUMNS.indexOf('count')]).toBe('3');
    expect(rows[1]![PAGE_CSV_COLUMNS.indexOf('page_url')]).toBe(page.url);
    expect(rows[3]![2]).toBe(`'=HYPERLINK("x")`);
    expect(rows[3]![4]).toBe('Line one.\nLine two, with "quotes".');
  });
});

describe('toAnkiTsv', () => {
  it('starts with the headers Anki reads, then one note per term with three tab-separated fields', () => {
    const tsv = toAnkiTsv({ ...page, terms: [...page.terms, resolved(nasty, 2)] });
    const lines = tsv.trimEnd().split('\n');
    expect(lines.slice(0, 3)).toEqual(['#separator:tab', '#html:true', '#tags column:3']);
    expect(lines).toHaveLength(6);
    for (const line of lines.slice(3)) expect(line.split('\t')).toHaveLength(3);
    const [front, back, tags] = lines[3]!.split('\t');
    expect(front).toBe('专精特新<br>zhuān jīng tè xīn');
    expect(back!.startsWith(`<b>${ankiField(byTerm('专精特新').english)}</b><br><br>`)).toBe(true);
    expect(tags).toBe(`tifa-lens ${byTerm('专精特新').category}`);
  });

  it('escapes HTML and replaces tabs and line breaks inside fields', () => {
    const line = toAnkiTsv({ ...page, terms: [resolved(nasty, 1)] }, { language: 'both' })
      .trimEnd()
      .split('\n')[3]!;
    const back = line.split('\t')[1]!;
    expect(back).toContain('<b>=HYPERLINK(&quot;x&quot;)</b>');
    expect(back).toContain('Keeps *four* things &lt;safe&gt; &amp; [sound] now');
    expect(back).toContain('Line one.<br>Line two, with &quot;quotes&quot;.');
    expect(back).toContain('&#35; 不是标题<br>第二行');
    expect(ankiField('a\r\nb\rc\td')).toBe('a<br>b<br>c d');
  });
});
