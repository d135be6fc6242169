import type { GlossaryEntry } from './glossary-schema';
import type { Pattern } from './matcher';

/** The surface forms the matcher looks for: each entry's term and variants, all mapped to its id. */
export function patternsOf(entries: readonly GlossaryEntry[]): Pattern[] {
  return entries.flatMap((e) => [e.term, ...e.variants].map((text) => ({ text, id: e.id })));
}

export function byId(entries: readonly GlossaryEntry[]): Map<string, GlossaryEntry> {
  return new Map(entries.map((e) => [e.id, e]));
}
