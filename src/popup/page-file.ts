import type { GlossaryEntry } from '../core/glossary-schema';
import type { PageState } from '../core/protocol';
import { toAnkiTsv, toCsv, toMarkdownNotes, type PageExport } from '../core/page-export';
import { downloadText } from '../ui/download';

export type ExportFormat = 'notes' | 'csv' | 'anki';

/** The page's terms, most frequent first, resolved to their entries (readings filled in by the background) for export. */
export function pageExport(
  page: PageState,
  entries: ReadonlyMap<string, GlossaryEntry>,
  today = new Date(),
): PageExport {
  return {
    url: page.url,
    title: page.title,
    date: today.toISOString().slice(0, 10),
    terms: page.terms.flatMap((term) => {
      const entry = entries.get(term.id);
      return entry ? [{ entry, pinyin: entry.pinyin ?? '', count: term.count }] : [];
    }),
  };
}

const FILES: Record<ExportFormat, { ext: string; mime: string; build: (p: PageExport) => string }> = {
  notes: { ext: 'md', mime: 'text/markdown', build: (p) => toMarkdownNotes(p) },
  csv: { ext: 'csv', mime: 'text/csv', build: toCsv },
  anki: { ext: 'tsv', mime: 'text/tab-separated-values', build: (p) => toAnkiTsv(p) },
};

/** Writes the tab's terms as translator's notes, CSV or an Anki import file, downloaded locally. */
export function exportPageTerms(
  format: ExportFormat,
  page: PageState,
  entries: ReadonlyMap<string, GlossaryEntry>,
): void {
  const data = pageExport(page, entries);
  const { ext, mime, build } = FILES[format];
  downloadText(`tifa-lens-${page.host}-${data.date}.${ext}`, mime, build(data));
}
