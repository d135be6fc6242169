import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { matchForm } from '../../src/core/glossary-index';
import { validateGlossary } from '../../src/core/glossary-schema';
import { traditionalToSimplifiedTable } from '../../src/core/t2s';
import { GLOSSARY, GLOSSARY_FILES } from '../../src/glossary';

const commonWords = new Set(
  readFileSync(new URL('../fixtures/common-words.txt', import.meta.url), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#')),
);
// Deliberate bare forms that are also listed as common words because no *other* entry may claim them.
// 白名单 is an ordinary word too, but its entry's senses (2022 pandemic lists, 2024 property financing) are
// chosen by the words around it.
const ALLOWED_COMMON = new Set(['四保', '负面清单', '白名单']);

/** Forms as the matcher sees them, so that 「四保」 and "四保" count as one form. */
function surfaceForms(e: { term: string; variants: string[] }): string[] {
  return [e.term, ...e.variants].map(matchForm);
}

describe('built-in glossary', () => {
  it('matches the schema, with unique ids and known related ids', () => {
    expect(validateGlossary(GLOSSARY)).toEqual([]);
  });

  it.each(Object.entries(GLOSSARY_FILES))('%s is a non-empty array', (_name, entries) => {
    expect(entries.length).toBeGreaterThan(0);
  });

  it('gives each surface form to one entry only', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of GLOSSARY) {
      for (const form of new Set(surfaceForms(e))) {
        const prev = owner.get(form);
        if (prev) clashes.push(`${form}: ${prev} and ${e.id}`);
        owner.set(form, e.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('never matches an ordinary word', () => {
    const ordinary = GLOSSARY.flatMap((e) =>
      surfaceForms(e)
        .filter((f) => commonWords.has(f) && !ALLOWED_COMMON.has(f))
        .map((f) => `${e.id}: ${f}`),
    );
    expect(ordinary).toEqual([]);
  });

  it('keeps surface forms simplified and at least two characters long', () => {
    const t2s = traditionalToSimplifiedTable();
    const traditional = (f: string) => [...f].some((ch) => t2s.has(ch));
    const bad = GLOSSARY.flatMap((e) =>
      [e.term, ...e.variants].filter((f) => [...f].length < 2 || traditional(f)).map((f) => `${e.id}: ${f}`),
    );
    expect(bad).toEqual([]);
  });

  it('gives every local formula a place', () => {
    const missing = GLOSSARY.filter((e) => e.category === 'local' && !e.scope?.place).map((e) => e.id);
    expect(missing).toEqual([]);
  });
});
