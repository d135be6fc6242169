/**
 * Validation problems as codes with parameters. `src/core` checks entries and import files; the
 * options page shows the problems in the reader's language, so what crosses is a code, never an
 * English sentence. The English templates here also serve scripts and logs (the `message` text).
 */
export const PROBLEM_EN = {
  nonEmpty: 'must be a non-empty string',
  maxLength: 'must be at most {0} characters',
  needsHan: 'must contain Chinese characters',
  oneOf: 'must be one of {0}',
  year: 'must be a year between 1900 and 2100',
  array: 'must be an array',
  minItems: 'must have at least {0} item(s)',
  object: 'must be an object',
  required: 'is required',
  unknownField: 'is not a known field',
  kebab: 'must be lowercase ASCII kebab-case',
  fromAfterTo: 'from must not be after to',
  nationalNoPlace: 'national scope takes no place',
  localNeedsPlace: 'a local scope needs place and placeEn',
  localScope: 'a local entry needs a provincial, city or county scope',
  duplicateId: 'duplicate id',
  idTaken: 'is already the id of another of your entries',
  unknownRelated: 'unknown id {0}',
  pipe: 'must not contain “|”, which separates list items in CSV files',
  spaceEdge: 'must not begin or end with a space',
  traditional: 'is written in traditional characters; write it in simplified characters: {0}',
  jsonCell: 'must be a JSON array ({0})',
  columnTwice: 'the column “{0}” appears twice',
  unknownColumn: 'unknown column “{0}”',
  unknownColumnSeparator: 'unknown column “{0}” (columns must be separated by commas)',
  missingColumn: 'missing column “{0}”',
  quoteUnclosed: 'a quoted cell is never closed (unbalanced " quotes)',
  quoteInside: 'a quote mark inside a quoted cell must be doubled ("")',
  csvSyntax: '{0}',
  cellCount: 'has {0} cells, but the header has {1}',
  cellCountOne: 'has 1 cell, but the header has {1}',
  formula: "looks like a spreadsheet formula ({0}); to import it as text, start the cell with '",
  notJson: 'not valid JSON: {0}',
  notArray: 'must be a JSON array of entries, but the file holds {0}',
  noEntries: 'The file has no entries.',
  unreadable: 'could not be read: {0}',
  idTwice: 'duplicate id “{0}” (also on row {1})',
  formOnRow: '“{0}” is also a form on row {1} (“{2}”)',
  formOfYours: '“{0}” is already a form of your entry “{1}”',
  unknownId: 'unknown id “{0}”',
  empty: 'The file is empty.',
  tooLarge: 'The file is {0}; the largest file that can be imported is {1}.',
  tooLargeAtLeast: 'The file is at least {0}; the largest file that can be imported is {1}.',
  utf32: 'The file is in UTF-32, which is not supported. Save it as UTF-8 and import it again.',
  bomInvalid: 'The file starts with a {0} byte-order mark but is not valid {0} text.',
  utf16NoBom:
    'The file looks like UTF-16 text without a byte-order mark, which cannot be read reliably. ' +
    'Save it as UTF-8 and import it again.',
  notUtf8:
    'The file is not valid UTF-8 text (byte {0}, line {1}). It may be in GB18030/GBK, Big5 or Latin-1. ' +
    'Save it as UTF-8 (in Excel: “CSV UTF-8”) and import it again.',
  nul:
    'The file contains NUL characters, so it is not a text file — or it is UTF-16 without a byte-order mark. ' +
    'Save it as UTF-8 and import it again.',
  itemOf: 'item {0}: {1}',
} as const;

export type ProblemCode = keyof typeof PROBLEM_EN;
export type ProblemParams = readonly (string | number)[];

/** The English sentence for a code, with {0}, {1}… filled in. */
export function problemEnglish(code: ProblemCode, params: ProblemParams = []): string {
  return PROBLEM_EN[code].replace(/\{(\d)\}/g, (_, i: string) => String(params[Number(i)] ?? ''));
}
