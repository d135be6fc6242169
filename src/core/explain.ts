import type { EvidenceFile } from './evidence';
import type { GlossaryEntry } from './glossary-schema';
import type { ExplainContext, ExplainedTerm, TermEvidence } from './protocol';
import { displayHeadword } from './headword';
import { readingOf } from './pinyin';
import { chooseSense } from './senses';

/** Resolves an entry for one place on a page: picks the sense and lays it over the entry. */
export function explainTerm(
  entry: GlossaryEntry,
  lookup: (id: string) => GlossaryEntry | undefined,
  context: ExplainContext,
  evidence?: EvidenceFile,
): ExplainedTerm {
  const choice = chooseSense(entry, context);
  const sense = choice?.sense;
  const related = (entry.related ?? []).flatMap((id) => {
    const r = lookup(id);
    return r ? [{ id: r.id, term: displayHeadword(r.term), english: r.english }] : [];
  });
  return {
    id: entry.id,
    term: displayHeadword(entry.term),
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
    evidence: evidence && evidenceFor(evidence, entry.id),
    sense: choice && {
      label: choice.sense.label,
      labelZh: firstClause(choice.sense.explanation.zh),
      reasons: choice.reasons,
      others: (entry.senses?.length ?? 1) - 1,
    },
  };
}

/** The first clause of a Chinese text, cut at a full stop or semicolon (a one-line name for a sense). */
export function firstClause(zh: string, max = 40): string {
  const clause = /^[^。；;！？]*/.exec(zh.trim())?.[0] ?? '';
  if (clause.length <= max) return clause;
  // Too long for one line: stop at the last comma that leaves a useful phrase, else cut it.
  const comma = clause.lastIndexOf('，', max);
  return comma >= 8 ? clause.slice(0, comma) : `${clause.slice(0, max - 1)}…`;
}

/** Spreads an entry's counts over the whole collection, so gaps and zeros can be told apart. */
export function evidenceFor(file: EvidenceFile, id: string): TermEvidence | undefined {
  const e = file.entries[id];
  if (!e) return undefined;
  return {
    gwr: file.collection.gwr.map((y) => [y, e.gwr[y] ?? 0]),
    congress: file.collection.congress.map((n) => [n, e.congress[n] ?? 0]),
  };
}
