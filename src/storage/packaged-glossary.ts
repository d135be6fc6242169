import browser from 'webextension-polyfill';
import type { EvidenceFile } from '../core/evidence';
import type { GlossaryEntry } from '../core/glossary-schema';

// The built-in glossary ships once, as JSON files in the package (written by the build from
// src/glossary: scripts/glossary-files.mjs). They are not web-accessible, so pages cannot read them;
// the extension's own contexts can. JSON.parse is several times cheaper than parsing the same data
// as a JavaScript literal, and only the contexts that need the data pay for it.
const GLOSSARY_FILE = 'glossary/glossary.json';
const EVIDENCE_FILE = 'glossary/evidence.json';

async function readPackaged<T>(path: string): Promise<T> {
  const response = await fetch(browser.runtime.getURL(path));
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return (await response.json()) as T;
}

/** Every built-in entry (the tests check the file against src/glossary). */
export const loadBuiltInGlossary = () => readPackaged<GlossaryEntry[]>(GLOSSARY_FILE);

/** Mentions of each entry in the official reports of the collection (src/glossary/evidence.json). */
export const loadEvidence = () => readPackaged<EvidenceFile>(EVIDENCE_FILE);
