// Malformed import files (tests/fixtures/imports): each is refused as a whole, with a clear error by
// row, field and reason, and the reader's existing entries are left exactly as they were.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../../src/core/glossary-schema';
import { decodeImport, importFile, parseImport, type ImportError } from '../../src/core/personal-glossary';
import { GLOSSARY } from '../../src/glossary';

const DIR = new URL('../fixtures/imports/', import.meta.url);
const read = (name: string) => new Uint8Array(readFileSync(new URL(name, DIR)));

/** What each file must be refused for: at least one error matching each of these. */
const EXPECTED: Record<string, [row: number, field: string, reason: RegExp][]> = {
  'bad-json-cell.csv': [[1, 'expansion', /must be a JSON array/]],
  'bad-nested-fields.json': [
    [1, 'expansion', /at least 2/],
    [1, 'scope.place', /Chinese characters/],
    [1, 'period', /from must not be after to/],
  ],
  'bad-scope.csv': [[1, 'scope_level', /local scope needs place and placeEn/]],
  'bad-year.csv': [
    [1, 'period_from', /must be a year/],
    [1, 'period_to', /must be a year/],
  ],
  'blank.csv': [[0, 'file', /empty/]],
  'conflicts-existing.json': [[1, 'variants', /“国之重器” is already a form of your entry “da-guo-zhong-qi”/]],
  'duplicate-column.csv': [[0, 'header', /“category” appears twice/]],
  'duplicate-forms.json': [[2, 'variants', /“国之重器” is also a form on row 1/]],
  'duplicate-ids.json': [[2, 'id', /duplicate id “da-guo-zhong-qi” \(also on row 1\)/]],
  'empty-array.json': [[0, 'file', /no entries/]],
  'empty.json': [[0, 'file', /empty/]],
  'formula-injection.csv': [[1, 'gloss', /looks like a spreadsheet formula/]],
  'formula-plus-at.csv': [
    [1, 'english', /looks like a spreadsheet formula/],
    [2, 'gloss', /looks like a spreadsheet formula/],
  ],
  'gb18030.csv': [[0, 'file', /not valid UTF-8.*line 2.*GB18030/]],
  'header-only.csv': [[0, 'file', /no entries/]],
  'latin1.json': [[0, 'file', /not valid UTF-8/]],
  'local-without-scope.json': [[1, 'scope', /local entry needs/]],
  'missing-column.csv': [[0, 'header', /missing column “english”/]],
  'missing-fields.json': [
    [1, 'english', /is required/],
    [1, 'explanation', /is required/],
  ],
  'nested-garbage.json': [
    [1, 'id', /kebab-case/],
    [2, 'entry', /must be an object/],
    [3, 'entry', /must be an object/],
    [6, '', /is not a known field/],
  ],
  'object-not-array.json': [[0, 'file', /must be a JSON array of entries, but the file holds an object/]],
  'pipe-in-form.json': [[1, 'variants[0]', /must not contain “\|”/]],
  'semicolon.csv': [[0, 'header', /separated by commas/]],
  'stray-quote.csv': [[2, 'entry', /must be doubled/]],
  'too-long.json': [
    [1, 'term', /at most 30 characters/],
    [1, 'gloss', /at most 160 characters/],
  ],
  'traditional-id.json': [[1, 'id', /lowercase ASCII kebab-case/]],
  'traditional-term.json': [[1, 'term', /traditional characters.*大国重器/]],
  'trailing-comma.json': [[0, 'file', /not valid JSON/]],
  'truncated.json': [[0, 'file', /not valid JSON/]],
  'unbalanced-quotes.csv': [[2, 'entry', /never closed/]],
  'unknown-category.json': [[1, 'category', /must be one of/]],
  'unknown-column.csv': [[0, 'header', /unknown column “notes”/]],
  'unknown-field.json': [
    [1, '__proto__', /not a known field/],
    [1, 'notes', /not a known field/],
  ],
  'unknown-related.json': [[1, 'related', /unknown id “no-such-entry”/]],
  'utf16le-bom-odd.json': [[0, 'file', /UTF-16LE byte-order mark but is not valid/]],
  'utf16le-no-bom.json': [[0, 'file', /UTF-16 text without a byte-order mark/]],
  'utf32le-bom.json': [[0, 'file', /UTF-32/]],
  'utf8-bom-broken.json': [[0, 'file', /not valid JSON/]],
  'wrong-column-count.csv': [[2, 'entry', /has 5 cells, but the header has 8/]],
  'wrong-types.json': [
    [1, 'variants', /must be an array/],
    [1, 'explanation', /must be an object/],
    [1, 'category', /must be one of/],
  ],
};

/** The reader's glossary before each import: one entry, which conflicts-existing.json collides with. */
const existingEntry = (JSON.parse(readFileSync(new URL('duplicate-ids.json', DIR), 'utf8')) as GlossaryEntry[])[0]!;

function expectClear(errors: ImportError[]): void {
  expect(errors.length).toBeGreaterThan(0);
  for (const e of errors) {
    expect(Number.isInteger(e.row) && e.row >= 0).toBe(true);
    expect(e.field).not.toBe('');
    expect(e.reason.length).toBeGreaterThan(5);
  }
}

describe('malformed import files', () => {
  const files = readdirSync(DIR).sort();

  it('has an expectation for every fixture, and at least 20 of them', () => {
    expect(files).toEqual(Object.keys(EXPECTED).sort());
    expect(files.length).toBeGreaterThanOrEqual(20);
  });

  it.each(files)('%s is refused with a clear error, and the existing entries are unchanged', (name) => {
    const existing = [structuredClone(existingEntry)];
    const snapshot = structuredClone(existing);
    const result = importFile(read(name), { fileName: name }, existing, { knownIds: GLOSSARY.map((e) => e.id) });
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expectClear(errors);
    for (const [row, field, reason] of EXPECTED[name] ?? []) {
      const match = errors.find((e) => e.row === row && (field === '' || e.field === field) && reason.test(e.reason));
      expect(match, `${name}: ${row} ${field} ${String(reason)} in ${JSON.stringify(errors)}`).toBeDefined();
    }
    expect(existing).toStrictEqual(snapshot);
  });
});

describe('generated malformed input', () => {
  const existing = [structuredClone(existingEntry)];
  const snapshot = structuredClone(existing);

  it('refuses a 50 MB file before decoding or parsing it', () => {
    const bytes = new Uint8Array(50 * 1024 * 1024).fill(0x20);
    bytes.set(new TextEncoder().encode('[{"id":'), 0);
    expect(decodeImport(bytes)).toMatchObject({
      code: 'tooLarge',
      error: expect.stringMatching(/50\.0 MB.*largest.*5\.0 MB/) as string,
    });
    const asText = importFile(bytes, 'json', existing);
    expect(asText).toMatchObject({
      ok: false,
      errors: [{ row: 0, field: 'file', reason: expect.stringMatching(/50\.0 MB/) }],
    });
    expect(parseImport('x'.repeat(50 * 1024 * 1024), 'csv', existing)).toMatchObject({
      ok: false,
      errors: [{ row: 0, field: 'file', reason: expect.stringMatching(/at least 50\.0 MB/) as string }],
    });
    expect(existing).toStrictEqual(snapshot);
  }, 30_000);

  it('refuses GB18030 and Latin-1 bytes, naming the first bad byte', () => {
    // 专精特新 in GB18030, then "é" in Latin-1, each after a valid UTF-8 header line.
    const header = new TextEncoder().encode('id,term\n');
    for (const tail of [
      [0xd7, 0xa8, 0xbe, 0xab, 0xcc, 0xd8, 0xd0, 0xc2],
      [0x63, 0x61, 0x66, 0xe9, 0x0a],
    ]) {
      const bytes = new Uint8Array([...header, ...tail]);
      const decoded = decodeImport(bytes);
      expect(decoded).toMatchObject({
        code: 'notUtf8',
        error: expect.stringMatching(/not valid UTF-8 text \(byte \d+, line 2\)/) as string,
      });
    }
  });

  it('accepts the byte-order marks it supports, and refuses a bare or mismatched one', () => {
    const json = '[]';
    const utf16le = Buffer.from(`\uFEFF${json}`, 'utf16le');
    expect(decodeImport(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(json)]))).toEqual({
      text: json,
      encoding: 'UTF-8 with BOM',
    });
    expect(decodeImport(new Uint8Array(utf16le))).toEqual({ text: json, encoding: 'UTF-16LE' });
    expect(decodeImport(new Uint8Array(Buffer.from(utf16le).swap16()))).toEqual({ text: json, encoding: 'UTF-16BE' });
    expect(importFile(new Uint8Array([0xef, 0xbb, 0xbf]), 'json', existing)).toMatchObject({ ok: false });
    expect(decodeImport(new Uint8Array([0xfe, 0xff, 0xd8, 0x00]))).toMatchObject({
      error: expect.stringMatching(/UTF-16BE/),
    });
    expect(existing).toStrictEqual(snapshot);
  });
});
