import type { GlossaryEntry } from './glossary-schema';
import type { ExplainContext, ExplainedTerm } from './messages';
import { readingOf } from './pinyin';
import { chooseSense } from './senses';

/** Resolves an entry for one place on a page: picks the sense and lays it over the entry. */
export function explainTerm(
  entry: GlossaryEntry,
  lookup: (id: string) => GlossaryEntry | undefined,
  context: ExplainContext,
): ExplainedTerm {
  const choice = chooseSense(entry, context);
  const sense = choice?.sense;
  const related = (entry.related ?? []).flatMap((id) => {
    const r = lookup(id);
    return r ? [{ id: r.id, term: r.term, english: r.english }] : [];
  });
  return {
    id: entry.id,
    term: entry.term,
    pinyin: readingOf(entry),
    english: sense?.english ?? entry.english,
    gloss: sense?.gloss ?? entry.gloss,
    explanation: sense?.explanation ?? entry.explanation,
    category: entry.category,
    expansion: sense ? sense.expansion : entry.expansion,
    scope: sense?.scope ?? entry.scope,
    period: sense?.period ?? entry.period,
    // A sense carries its own source; the entry's would describe another meaning.
    source: sense ? sense.source : entry.source,
    related,
    sense: choice && { label: choice.sense.label, reasons: choice.reasons, others: (entry.senses?.length ?? 1) - 1 },
  };
}
