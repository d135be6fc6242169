import { encodeAutomaton, type AutomatonWire } from './automaton-wire';
import type { GlossaryEntry } from './glossary-schema';
import { patternsOf } from './glossary-index';
import { Matcher } from './matcher';
import { vocabularyIds } from './term-density';

/**
 * What tabs get for a glossary: its automaton and its vocabulary tier. The build writes the built-in
 * glossary's (glossary/automaton.json), so a background just started can answer before it has read the
 * glossary or built anything.
 */
export function automatonFor(entries: readonly GlossaryEntry[]): AutomatonWire {
  return encodeAutomaton(new Matcher(patternsOf(entries)).toData(), vocabularyIds(entries));
}
