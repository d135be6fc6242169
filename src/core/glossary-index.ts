import type { GlossaryEntry } from './glossary-schema';
import type { Pattern } from './matcher';
import { normalize } from './normalize';

/** A surface form as the matcher sees page text: simplified, quotes and widths folded. */
export function matchForm(form: string): string {
  return normalize(form).text;
}

/**
 * The surface forms the matcher looks for: each entry's term and variants, mapped to its id, and its
 * excluded look-alikes as blocking patterns (empty id).
 */
export function patternsOf(entries: readonly GlossaryEntry[]): Pattern[] {
  return entries.flatMap((e) => [
    ...[...new Set([e.term, ...e.variants].map(matchForm))].map((text) => ({ text, id: e.id })),
    ...(e.excludes ?? []).map((text) => ({ text: matchForm(text), id: '' })),
  ]);
}

export function byId(entries: readonly GlossaryEntry[]): Map<string, GlossaryEntry> {
  return new Map(entries.map((e) => [e.id, e]));
}
