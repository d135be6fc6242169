import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { explainTerm } from '../../src/core/explain';
import type { GlossaryEntry } from '../../src/core/glossary-schema';
import { byId } from '../../src/core/glossary-index';
import { normalize } from '../../src/core/normalize';
import { GLOSSARY } from '../../src/glossary';

const entries = byId(GLOSSARY);
const entryFor = (term: string): GlossaryEntry => GLOSSARY.find((e) => e.term === term)!;

/** Explains `term` as the content script would: the text around it, and the page's text. */
function senseIn(term: string, near: string, page = near, year?: number) {
  const context = { near: normalize(near).text, page: normalize(page).text, year };
  return explainTerm(entryFor(term), (id) => entries.get(id), context);
}

const reference = readFileSync(new URL('../fixtures/reference-report.txt', import.meta.url), 'utf8');

describe('the sense of 四保', () => {
  it('is the 2022 enterprise whitelist in the reference report, with its four items', () => {
    const sentence = reference.split('\n').find((p) => p.includes('四保'))!;
    const near = sentence.slice(sentence.indexOf('四保') - 80, sentence.indexOf('四保') + 80);
    const explained = senseIn('四保', near, reference);
    expect(explained.sense?.label).toMatch(/whitelist/);
    expect(explained.expansion?.map((x) => x.zh)).toEqual(['保生产经营', '保物流畅通', '保政策助力', '保防疫安全']);
    expect(explained.scope?.place).toBe('河南');
  });

  it('is the Linjiang campaign in a Party-history article', () => {
    const text = '1946年冬至1947年春,东北民主联军"三下江南、四保临江",扭转了东北战局。';
    const explained = senseIn('四保', text);
    expect(explained.sense?.label).toMatch(/Linjiang/);
    expect(explained.expansion).toBeUndefined();
  });
});
