// Reads ../shared/corpora (the development workspace's official texts) into CorpusDoc rows.
import { existsSync, readFileSync } from 'node:fs';

/** Rows of a JSON-lines file (a path or a file URL), blank lines skipped. */
export function readJsonl(file) {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
}

export const CORPORA_DIR = new URL('../../shared/corpora/', import.meta.url);

/** Loads the corpora, or exits with a clear message when they are absent (a user's clone has none). */
export function loadCorpora() {
  if (!existsSync(new URL('government_work_reports.jsonl', CORPORA_DIR))) {
    console.error(
      `The official corpora were not found at ${CORPORA_DIR.pathname}.\n` +
        'They sit beside the repository in the development workspace (../shared/corpora). The committed\n' +
        'src/glossary/evidence.json is what the extension ships; regenerate it only where the corpora exist.',
    );
    process.exit(2);
  }
  const rows = (file) => readJsonl(new URL(file, CORPORA_DIR));
  const docs = [];
  // NPC resolutions approving a report have no year; they are not reports and are left out.
  for (const r of rows('government_work_reports.jsonl'))
    if (r.year) docs.push({ kind: 'gwr', key: Number(r.year), text: r.content });
  for (const r of rows('cpc_congress_reports.jsonl'))
    docs.push({ kind: 'congress', key: Number(r.congress), text: r.content });
  return docs;
}
