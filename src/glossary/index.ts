import type { GlossaryEntry } from '../core/glossary-schema';

/** Every built-in entry file, one per topic, keyed by file name ("doctrine", "local-east"…). */
const modules = import.meta.glob<unknown[]>('./data/*.json', { eager: true, import: 'default' });

export const GLOSSARY_FILES: Record<string, unknown[]> = Object.fromEntries(
  Object.entries(modules).map(([path, entries]) => [path.replace(/^.*\/|\.json$/g, ''), entries]),
);

/** Tests validate these against the schema; the extension trusts them as shipped. */
export const GLOSSARY = Object.values(GLOSSARY_FILES).flat() as GlossaryEntry[];
