import { AUTOMATON_PATH } from '../core/automaton-wire';

/**
 * The built-in glossary's packed automaton, read from the extension's own package (no network). The
 * loader starts this while the lens module loads, so the lens seldom waits for it. Undefined when the
 * file cannot be read; the lens then asks the background instead.
 */
export function fetchPackagedAutomaton(getURL: (path: string) => string): Promise<ArrayBuffer | undefined> {
  return fetch(getURL(AUTOMATON_PATH))
    .then((response) => (response.ok ? response.arrayBuffer() : undefined))
    .catch(() => undefined);
}
