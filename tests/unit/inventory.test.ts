import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { patternsOf } from '../../src/core/glossary-index';
import type { GlossaryEntry } from '../../src/core/glossary-schema';
import {
  conflicts,
  decisionKey,
  formOwners,
  mergeInventory,
  sameEnglish,
  triage,
  validateInventoryRow,
  type InventoryRow,
} from '../../src/core/inventory';
import { Matcher } from '../../src/core/matcher';
import { GLOSSARY } from '../../src/glossary';

const dir = new URL('../../src/glossary/inventory/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl'));

/** Every non-blank line of every inventory file, parsed, with `file:line`; a line that is not JSON stays a string. */
const lines = files.flatMap((file) =>
  readFileSync(new URL(file, dir), 'utf8')
    .split('\n')
    .map((text, i) => ({ text, origin: `${file}:${i + 1}` }))
    .filter((l) => l.text.trim()),
);

function parse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

describe('the glossary inventory (src/glossary/inventory)', () => {
  const rows = lines.map((l) => ({ row: parse(l.text) as InventoryRow, origin: l.origin }));
  const ids = new Set(GLOSSARY.map((e) => e.id));

  it('has the corpus candidates and only .jsonl rows', () => {
    expect(files).toContain('corpus.jsonl');
    expect(rows.length).toBeGreaterThan(1000);
  });

  it('has rows that parse and have the right shape', () => {
    const bad = rows.flatMap(({ row, origin }) => validateInventoryRow(row, origin));
    expect(bad).toEqual([]);
  });

  it('names only entries that exist (entry, by)', () => {
    const unknown = rows
      .filter(({ row }) => (row.entry && !ids.has(row.entry)) || (row.by && !ids.has(row.by)))
      .map(({ row, origin }) => `${origin}: ${row.term} → ${row.entry ?? row.by}`);
    expect(unknown).toEqual([]);
  });

  it('gives no term two different decisions', () => {
    const clashes = conflicts(mergeInventory(rows)).map(
      (m) => `${m.term}: ${m.decisions.map(decisionKey).join(' / ')} (${m.origins.join(', ')})`,
    );
    expect(clashes).toEqual([]);
  });
});

describe('inventory rows', () => {
  it.each([
    [{ term: '深入推进', decision: 'not-term', reason: 'generic' }],
    [{ term: '京津冀', decision: 'entry', entry: 'jing-jin-ji' }],
    [{ term: '国家战略科技力量', decision: 'covered', by: 'some-id' }],
    [
      {
        term: '毛泽东思想',
        sources: [{ kind: 'termlist', list: '中央文献重要术语译文', url: 'https://x', year: 2016, english: 'Mao' }],
      },
    ],
    [{ term: '两重', sources: [{ kind: 'recent', note: '2024 work report' }] }],
  ])('accepts %j', (row) => {
    expect(validateInventoryRow(row)).toEqual([]);
  });

  it.each([
    [{ term: '深入推进', decision: 'not-term', reason: 'too generic' }, 'reason'],
    [{ term: '深入推进', decision: 'not-term' }, 'reason'],
    [{ term: '京津冀', decision: 'entry', by: 'jing-jin-ji' }, 'entry'],
    [{ term: '京津冀', decision: 'maybe' }, 'decision'],
    [{ term: 'abc', decision: 'not-term', reason: 'name' }, 'term'],
    [{ term: '两重' }, 'sources or a decision'],
    [{ term: '两重', sources: [{ kind: 'recent' }] }, 'note'],
    [{ term: '两重', sources: [{ kind: 'web', note: 'x' }] }, 'kind'],
    [{ term: '两重', decision: 'entry', entry: 'Liang Zhong' }, 'entry id'],
    [{ term: '两重', decision: 'entry', entry: 'liang-zhong', note: 'x' }, 'not a known field'],
  ])('rejects %j (%s)', (row, what) => {
    expect(validateInventoryRow(row).join('\n')).toContain(what);
  });

  const entry = (id: string, term: string, variants: string[] = []) => ({ id, term, variants }) as GlossaryEntry;
  const glossary = [entry('liu-wen', '六稳'), entry('jing-jin-ji', '京津冀', ['京津冀地区'])];
  const matcher = new Matcher(patternsOf(glossary));
  const owners = formOwners(glossary);

  it('merges rows by normalised term: the union of sources, and conflicting decisions kept apart', () => {
    const merged = mergeInventory([
      { row: { term: '“京津冀”', sources: [{ kind: 'corpus', how: 'quoted' }] }, origin: 'a:1' },
      { row: { term: '京津冀', decision: 'entry', entry: 'jing-jin-ji' }, origin: 'b:1' },
      {
        row: { term: '京津冀', sources: [{ kind: 'corpus', how: 'quoted' }], decision: 'entry', entry: 'jing-jin-ji' },
        origin: 'c:1',
      },
      { row: { term: '深入推进', decision: 'not-term', reason: 'generic' }, origin: 'b:2' },
      { row: { term: '深入推进', decision: 'entry', entry: 'liu-wen' }, origin: 'c:2' },
      { row: { term: '六稳', decision: 'entry', entry: 'liu-wen' }, origin: 'b:3' },
      { row: { term: '六稳', decision: 'covered', by: 'liu-wen' }, origin: 'c:3' },
    ]);
    expect([...merged.keys()]).toEqual(['京津冀', '深入推进', '六稳']);
    expect(merged.get('京津冀')!.sources).toHaveLength(1);
    expect(merged.get('京津冀')!.origins).toEqual(['a:1', 'b:1', 'c:1']);
    // entry and covered naming the same entry agree; not-term and an entry do not.
    expect(conflicts(merged).map((m) => m.term)).toEqual(['深入推进']);
  });

  it('triages a term the glossary already has, or that one entry lights whole, without a decision', () => {
    const merged = mergeInventory(
      ['京津冀地区', '六稳六稳', '六稳京津冀', '稳增长'].map((term, i) => ({
        row: { term, sources: [{ kind: 'corpus' as const }] },
        origin: `x:${i}`,
      })),
    );
    const how = [...merged.values()].map((m) => triage(m, owners, matcher));
    expect(how).toEqual([
      { how: 'auto-entry', decision: 'entry', id: 'jing-jin-ji' },
      { how: 'auto-covered', decision: 'covered', id: 'liu-wen' },
      { how: 'untriaged' },
      { how: 'untriaged' },
    ]);
  });

  it('compares English renderings loosely but not blindly', () => {
    expect(sameEnglish('the Belt and Road Initiative', 'Belt and Road Initiative')).toBe(true);
    expect(sameEnglish('people-centered', 'People Centered.')).toBe(true);
    expect(sameEnglish('Belt and Road', 'Belt and Road Initiative')).toBe(false);
  });
});
