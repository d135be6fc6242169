import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../src/glossary';
import { EVIDENCE_FILE, GLOSSARY_FILE, glossaryFiles } from '../../scripts/glossary-files.mjs';

// The extension ships the glossary once, as JSON the background fetches (vite.config.ts writes it with
// scripts/glossary-files.mjs); the tests read src/glossary directly. The two must be the same data.
describe('the glossary as the build ships it', () => {
  const files = glossaryFiles() as Record<string, string>;

  it('holds every entry of src/glossary, in the same order', () => {
    expect(JSON.parse(files[GLOSSARY_FILE]!)).toEqual(GLOSSARY);
  });

  it('holds the committed evidence', () => {
    expect(JSON.parse(files[EVIDENCE_FILE]!)).toEqual(JSON.parse(readFileSync('src/glossary/evidence.json', 'utf8')));
  });

  it('is read from the paths the extension fetches', () => {
    const loader = readFileSync('src/storage/packaged-glossary.ts', 'utf8');
    expect(loader).toContain(`'${GLOSSARY_FILE}'`);
    expect(loader).toContain(`'${EVIDENCE_FILE}'`);
  });

  it('is imported by no extension context (they would carry it as script)', () => {
    const offenders: string[] = [];
    for (const context of ['background', 'content', 'card', 'popup', 'options', 'ui', 'storage']) {
      for (const name of readdirSync(`src/${context}`, { recursive: true }) as string[]) {
        if (!/\.tsx?$/.test(name)) continue;
        const text = readFileSync(`src/${context}/${name}`, 'utf8');
        if (/from '(\.\.\/)+glossary(\/index|\/[\w-]+\.json)?'/.test(text)) offenders.push(`${context}/${name}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
