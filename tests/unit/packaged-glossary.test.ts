import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../src/glossary';
import { EVIDENCE_FILE, GLOSSARY_FILE, glossaryEntries, glossaryFiles } from '../../scripts/glossary-files.mjs';
import { createHandlers, dispatch, TermsByTab } from '../../src/background/handlers';
import { packedAutomatonFor } from '../../src/core/page-automaton';
import { AUTOMATON_PATH, decodeAutomaton, unpackAutomaton, type AutomatonWire } from '../../src/core/automaton-wire';
import type { GlossaryEntry } from '../../src/core/glossary-schema';
import { patternsOf } from '../../src/core/glossary-index';
import { Matcher } from '../../src/core/matcher';
import { parseToBackground } from '../../src/core/protocol';

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

  it('comes with the automaton the background would build for it, which pages fetch from the package', async () => {
    const handlers = createHandlers({
      glossary: GLOSSARY,
      matcher: () => new Matcher(patternsOf(GLOSSARY)),
      termsByTab: new TermsByTab(),
      dictionary: () => Promise.reject(new Error('unused')),
      openOptions: () => Promise.resolve(),
      setBadge: () => Promise.resolve(),
    });
    const built = (await dispatch(
      handlers,
      parseToBackground({ type: 'automaton', params: {} })!,
      {},
    )) as AutomatonWire;
    const packed = packedAutomatonFor(glossaryEntries() as GlossaryEntry[]);
    expect(unpackAutomaton(packed.slice().buffer)).toEqual(decodeAutomaton(built));
  });

  it('is read from the paths the extension fetches', () => {
    const loader = readFileSync('src/storage/packaged-glossary.ts', 'utf8');
    // The automaton is the one file pages may read (public data): the manifest lists it, and only it.
    const manifest = JSON.parse(readFileSync('manifest.json', 'utf8')) as {
      web_accessible_resources: { resources: string[] }[];
    };
    const exposed = manifest.web_accessible_resources.flatMap((w) => w.resources);
    expect(exposed.filter((path) => path.startsWith('glossary/'))).toEqual([AUTOMATON_PATH]);
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
