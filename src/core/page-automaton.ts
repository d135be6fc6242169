import { packAutomaton } from './automaton-wire';
import type { GlossaryEntry } from './glossary-schema';
import { patternsOf } from './glossary-index';
import { Matcher } from './matcher';
import { vocabularyIds } from './term-density';

/**
 * What tabs get for a glossary, packed: its automaton and its vocabulary tier. The build writes the
 * built-in glossary's (glossary/automaton.bin), which the content script fetches from the package while
 * the lens loads, so a page waits for no message and builds nothing.
 */
export function packedAutomatonFor(entries: readonly GlossaryEntry[]): Uint8Array {
  return packAutomaton(new Matcher(patternsOf(entries)).toData(), vocabularyIds(entries));
}
