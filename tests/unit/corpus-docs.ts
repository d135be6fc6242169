// The official corpora (../shared/corpora) for the corpus quality gates. They sit beside the repository in the
// development workspace only; tests that need them skip, saying why in their name, where they are absent.
import { existsSync, readFileSync } from 'node:fs';
import type { CorpusDoc } from '../../src/core/evidence';

const dir = new URL('../../../shared/corpora/', import.meta.url);
export const corporaPresent = existsSync(new URL('government_work_reports.jsonl', dir));
// A reader's clone has no ../shared beside it: the gates skip there. The development workspace's CI sets
// TIFA_REQUIRE_CORPORA (see .ci/run), so that a missing corpus cannot silently switch the gates off.
if (!corporaPresent && process.env.TIFA_REQUIRE_CORPORA === '1')
  throw new Error('TIFA_REQUIRE_CORPORA=1 needs ../shared/corpora for the corpus quality gates');

/** Read only when a test runs (in beforeAll), never while describe bodies are collected. */
export function loadCorpusDocs(): CorpusDoc[] {
  const rows = (file: string) =>
    readFileSync(new URL(file, dir), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as { year?: number | string | null; congress?: number | string; content: string });
  return [
    ...rows('government_work_reports.jsonl')
      .filter((r) => r.year)
      .map((r) => ({ kind: 'gwr' as const, key: Number(r.year), text: r.content })),
    ...rows('cpc_congress_reports.jsonl').map((r) => ({
      kind: 'congress' as const,
      key: Number(r.congress),
      text: r.content,
    })),
  ];
}
