import type { GlossaryEntry, Tier } from './glossary-schema';
import type { Matcher } from './matcher';
import { normalize } from './normalize';

/** Glossary matches in a page's main text, split by tier: what the classifier weighs. */
export interface TermCounts {
  /** Occurrences of formula-tier entries (tifa proper) and their distinct entries. */
  formula: number;
  formulaDistinct: number;
  /** Occurrences of vocabulary-tier entries (项目建设, 产业集群…), which any business page may use. */
  vocabulary: number;
  vocabularyDistinct: number;
}

export const NO_TERMS: TermCounts = { formula: 0, formulaDistinct: 0, vocabulary: 0, vocabularyDistinct: 0 };

/** Tier of an entry id; unknown ids (the reader's own entries) count as formulas, the schema's default. */
export type TierOf = (id: string) => Tier;

/** The ids of vocabulary-tier entries: the only thing a tab needs to know about tiers. */
export function vocabularyIds(entries: readonly GlossaryEntry[]): string[] {
  return entries.filter((e) => e.tier === 'vocabulary').map((e) => e.id);
}

export function tierLookup(entries: readonly GlossaryEntry[]): TierOf {
  const vocabulary = new Set(vocabularyIds(entries));
  return (id) => (vocabulary.has(id) ? 'vocabulary' : 'formula');
}

/** Counts the glossary's matches in `text` (normalised here) by tier. */
export function termWeight(matcher: Matcher, tierOf: TierOf, text: string): TermCounts {
  const counts = { ...NO_TERMS };
  const seen = new Set<string>();
  for (const hit of matcher.findAll(normalize(text).text)) {
    const tier = tierOf(hit.id);
    counts[tier]++;
    if (seen.has(hit.id)) continue;
    seen.add(hit.id);
    if (tier === 'formula') counts.formulaDistinct++;
    else counts.vocabularyDistinct++;
  }
  return counts;
}

/** How much a vocabulary match counts against a formula's 1: it is policy language, but weakly so. */
export const VOCABULARY_WEIGHT = 0.35;

/** Distinct entries and occurrences, each vocabulary match worth VOCABULARY_WEIGHT of a formula. */
export function weighted(terms: TermCounts): { distinct: number; hits: number } {
  return {
    distinct: terms.formulaDistinct + VOCABULARY_WEIGHT * terms.vocabularyDistinct,
    hits: terms.formula + VOCABULARY_WEIGHT * terms.vocabulary,
  };
}
