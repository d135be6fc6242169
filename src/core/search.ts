import type { GlossaryEntry } from './glossary-schema';
import { normalize } from './normalize';
import { toneless, tonelessOf } from './pinyin';

export interface SearchHit {
  entry: GlossaryEntry;
  score: number;
}

export interface SearchIndexRow {
  entry: GlossaryEntry;
  forms: string[];
  pinyin: string;
  english: string;
}

/** Precomputes what search compares against, so each keystroke is a plain scan. */
export function buildSearchIndex(entries: readonly GlossaryEntry[]): SearchIndexRow[] {
  return entries.map((entry) => ({
    entry,
    forms: [entry.term, ...entry.variants],
    pinyin: tonelessOf(entry),
    english: [entry.english, entry.gloss, ...(entry.senses ?? []).map((s) => s.gloss)].join(' ').toLowerCase(),
  }));
}

/**
 * Searches by Chinese (simplified or traditional), toneless pinyin or English.
 * Exact forms rank first, then prefixes, then substrings.
 */
export function searchGlossary(index: readonly SearchIndexRow[], query: string, limit = 30): SearchHit[] {
  const q = query.trim();
  if (!q) return [];
  const zh = normalize(q).text.replace(/["'\s]/g, '');
  const py = toneless(q);
  const en = q.toLowerCase();
  const hasHanQuery = /\p{Script=Han}/u.test(q);
  const hits: SearchHit[] = [];
  for (const row of index) {
    let score = 0;
    if (hasHanQuery) {
      for (const f of row.forms) {
        const s = f === zh ? 100 : f.startsWith(zh) ? 80 : f.includes(zh) ? 60 : 0;
        score = Math.max(score, s);
      }
    } else {
      if (py && row.pinyin === py) score = 90;
      else if (py.length >= 2 && row.pinyin.startsWith(py)) score = 70;
      else if (py.length >= 3 && row.pinyin.includes(py)) score = 40;
      if (en.length >= 2 && row.english.includes(en)) score = Math.max(score, row.english.startsWith(en) ? 65 : 50);
    }
    if (score > 0) hits.push({ entry: row.entry, score });
  }
  return hits.sort((a, b) => b.score - a.score || a.entry.term.length - b.entry.term.length).slice(0, limit);
}
