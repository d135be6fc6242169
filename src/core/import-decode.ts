/**
 * Turns an imported file's bytes into text, or says clearly why it cannot. Accepted: UTF-8 with or
 * without a byte-order mark, and UTF-16 (little- or big-endian) with one. Everything else — GB18030/GBK,
 * Big5, Latin-1, UTF-16 without a mark, UTF-32 — is refused rather than guessed, since a wrong guess
 * would import garbled terms without any error.
 */

import { problemEnglish, type ProblemCode, type ProblemParams } from './problems';

/** 5 MiB: far more than any personal glossary, and well inside the browser's storage quota. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export type Decoded = { text: string; encoding: string } | { error: string; code: ProblemCode; params?: ProblemParams };

const failed = (code: ProblemCode, params: ProblemParams = []): Decoded => ({
  error: problemEnglish(code, params),
  code,
  params,
});

export function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** `atLeast` when only a lower bound is known, which is all that is needed to refuse. */
export function tooLarge(bytes: number, atLeast = false): { code: ProblemCode; params: ProblemParams } {
  return { code: atLeast ? 'tooLargeAtLeast' : 'tooLarge', params: [formatSize(bytes), formatSize(MAX_IMPORT_BYTES)] };
}

export function tooLargeMessage(bytes: number, atLeast = false): string {
  const { code, params } = tooLarge(bytes, atLeast);
  return problemEnglish(code, params);
}

/** The UTF-8 length of a string, counted without encoding it (a 50 MB string need not be copied). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function decodes(label: string, bytes: Uint8Array, stream = false): boolean {
  try {
    new TextDecoder(label, { fatal: true }).decode(bytes, { stream });
    return true;
  } catch {
    return false;
  }
}

/**
 * The offset of the first byte that is not valid UTF-8. A prefix decoded in streaming mode fails only
 * on a real error (a sequence merely cut short at the end is allowed), so failure is monotonic in the
 * prefix length and a binary search finds the first bad byte in a few decodes.
 */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let lo = 1;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (decodes('utf-8', bytes.subarray(0, mid), true)) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function startsWith(bytes: Uint8Array, ...prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** UTF-16 text has a zero in one byte of most ASCII characters; UTF-8 text has none at all. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  let zeros = 0;
  for (const b of sample) if (b === 0) zeros++;
  return zeros >= sample.length / 8;
}

function utf16(bytes: Uint8Array, bigEndian: boolean): string | undefined {
  let body = bytes.subarray(2);
  if (bigEndian) {
    // Swapped into little-endian by hand: not every runtime ships a UTF-16BE decoder.
    const swapped = new Uint8Array(body.length);
    for (let i = 0; i + 1 < body.length; i += 2) {
      swapped[i] = body[i + 1]!;
      swapped[i + 1] = body[i]!;
    }
    if (body.length % 2) swapped[body.length - 1] = body[body.length - 1]!;
    body = swapped;
  }
  try {
    return new TextDecoder('utf-16le', { fatal: true }).decode(body);
  } catch {
    return undefined;
  }
}

export function decodeImport(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return failed('empty');
  if (bytes.length > MAX_IMPORT_BYTES) return failed('tooLarge', tooLarge(bytes.length).params);
  if (startsWith(bytes, 0xff, 0xfe, 0, 0) || startsWith(bytes, 0, 0, 0xfe, 0xff)) {
    return failed('utf32');
  }
  let text: string | undefined;
  let encoding: string;
  if (startsWith(bytes, 0xff, 0xfe) || startsWith(bytes, 0xfe, 0xff)) {
    const bigEndian = bytes[0] === 0xfe;
    encoding = bigEndian ? 'UTF-16BE' : 'UTF-16LE';
    text = utf16(bytes, bigEndian);
    if (text === undefined) {
      return failed('bomInvalid', [encoding]);
    }
  } else if (looksLikeUtf16(bytes)) {
    return failed('utf16NoBom');
  } else {
    const bom = startsWith(bytes, 0xef, 0xbb, 0xbf);
    const body = bom ? bytes.subarray(3) : bytes;
    encoding = bom ? 'UTF-8 with BOM' : 'UTF-8';
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    } catch {
      const offset = firstInvalidUtf8(body) + (bom ? 3 : 0);
      return failed('notUtf8', [offset + 1, lineAt(bytes, offset)]);
    }
  }
  if (text.includes('\u0000')) {
    return failed('nul');
  }
  return { text, encoding };
}
