/**
 * Exports the terms found on one page: Markdown translator's notes, CSV, and an Anki import file.
 * Terms are written in the order given (the popup's order: most frequent first).
 */
import type { GlossaryEntry } from './glossary-schema';
import { csvText } from './glossary-csv';
import type { ExplanationLanguage } from './settings';

export interface PageExportTerm {
  entry: GlossaryEntry;
  /** Tone-marked reading, as shown in the tooltip. */
  pinyin: string;
  /** Occurrences on the page. */
  count: number;
}

export interface PageExport {
  url: string;
  title: string;
  /** The day of the export, as the caller wants it shown (e.g. 2024-05-01). */
  date: string;
  terms: readonly PageExportTerm[];
}

export interface ExportOptions {
  /** Which explanation to include; both by default, since notes and cards are for study. */
  language?: ExplanationLanguage;
}

function explanations(entry: GlossaryEntry, language: ExplanationLanguage = 'both'): string[] {
  const { en, zh } = entry.explanation;
  return language === 'en' ? [en] : language === 'zh' ? [zh] : [en, zh];
}

/**
 * Escapes what Markdown would read as markup: inline markers anywhere, block markers (heading, quote,
 * list) at the start. Line breaks become spaces, so no text can start a block of its own.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/[\\`*_[\]<>|~]/g, '\\$&')
    .replace(/^([#+-])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** A URL as an autolink; characters that would end or break one are percent-encoded. */
function autolink(url: string): string {
  return `<${url.replace(/[<>\s]/g, (c) => encodeURIComponent(c))}>`;
}

function scopeLine(entry: GlossaryEntry): string | undefined {
  const s = entry.scope;
  if (!s || s.level === 'national') return undefined;
  return `${s.placeEn ?? ''} ${s.place ?? ''} (${s.level})`.trim();
}

function periodLine(entry: GlossaryEntry): string | undefined {
  const p = entry.period;
  if (!p || (p.from === undefined && p.to === undefined)) return undefined;
  return `${p.from ?? '…'}–${p.to ?? ''}`;
}

export function toMarkdownNotes(page: PageExport, options: ExportOptions = {}): string {
  const md = escapeMarkdown;
  const lines = [
    `# Translator’s notes: ${md(page.title || page.url)}`,
    '',
    `Source: ${autolink(page.url)}  `,
    `Date: ${md(page.date)}  `,
    `Terms: ${page.terms.length}`,
  ];
  for (const { entry, pinyin, count } of page.terms) {
    lines.push('', `## ${md(entry.term)} (${md(pinyin)}) ×${count}`, '');
    lines.push(`**${md(entry.english)}**: ${md(entry.gloss)}`);
    const facts = [
      scopeLine(entry) && `Scope: ${md(scopeLine(entry)!)}`,
      periodLine(entry) && `Period: ${md(periodLine(entry)!)}`,
    ].filter(Boolean);
    if (facts.length) lines.push('', facts.join('  \n'));
    if (entry.expansion?.length) {
      lines.push('', ...entry.expansion.map((item) => `- ${md(item.zh)}: ${md(item.en)}`));
    }
    for (const text of explanations(entry, options.language)) lines.push('', md(text));
  }
  return `${lines.join('\n')}\n`;
}

export const PAGE_CSV_COLUMNS = [
  'term',
  'pinyin',
  'english',
  'gloss',
  'explanation_en',
  'explanation_zh',
  'category',
  'count',
  'id',
  'page_url',
  'date',
] as const;

/** One row per term; formula-looking cells are neutralised as in the glossary's own CSV. */
export function toCsv(page: PageExport): string {
  const rows = page.terms.map(({ entry, pinyin, count }) => [
    entry.term,
    pinyin,
    entry.english,
    entry.gloss,
    entry.explanation.en,
    entry.explanation.zh,
    entry.category,
    String(count),
    entry.id,
    page.url,
    page.date,
  ]);
  return csvText([PAGE_CSV_COLUMNS, ...rows]);
}

/** Text as one Anki HTML field: markup escaped, line breaks as <br>, no tab to split the field. */
export function ankiField(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\r\n|[\r\n]/g, '<br>')
    .replace(/\t/g, ' ')
    .replace(/^#/, '&#35;'); // a line starting with # is a comment to Anki
}

/**
 * Tab-separated notes for Anki's File → Import: front = term and pinyin, back = English, gloss and
 * explanation, tags = tifa-lens and the category. The header lines tell Anki the separator, that
 * fields are HTML, and which column holds the tags.
 */
export function toAnkiTsv(page: PageExport, options: ExportOptions = {}): string {
  const lines = ['#separator:tab', '#html:true', '#tags column:3'];
  for (const { entry, pinyin } of page.terms) {
    const front = `${ankiField(entry.term)}<br>${ankiField(pinyin)}`;
    const back = [
      `<b>${ankiField(entry.english)}</b>`,
      ankiField(entry.gloss),
      ...explanations(entry, options.language).map(ankiField),
    ].join('<br><br>');
    lines.push([front, back, `tifa-lens ${entry.category}`].join('\t'));
  }
  return `${lines.join('\n')}\n`;
}
