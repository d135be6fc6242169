// The built-in glossary as the extension ships it: one JSON file of every entry (src/glossary/data/*.json,
// file by file in name order, as src/glossary/index.ts reads them for the tests) and the corpus evidence.
// Data, not JavaScript: the background reads them once with fetch(); no script chunk carries them.
import { readdirSync, readFileSync } from 'node:fs';

const dataDir = new URL('../src/glossary/data/', import.meta.url);

/** Where the files go in the built extension (src/storage/packaged-glossary.ts reads the same paths). */
export const GLOSSARY_FILE = 'glossary/glossary.json';
export const EVIDENCE_FILE = 'glossary/evidence.json';

/** Every entry of every data file, in file-name order, as one array. */
export function glossaryEntries() {
  return readdirSync(dataDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .flatMap((name) => JSON.parse(readFileSync(new URL(name, dataDir), 'utf8')));
}

/** The files to write into the build: path → text (compact JSON: no indentation to parse or ship). */
export function glossaryFiles() {
  const evidence = JSON.parse(readFileSync(new URL('../evidence.json', dataDir), 'utf8'));
  return {
    [GLOSSARY_FILE]: JSON.stringify(glossaryEntries()),
    [EVIDENCE_FILE]: JSON.stringify(evidence),
  };
}
