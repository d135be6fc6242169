import { beforeAll, describe, expect, it } from 'vitest';
import { CONGRESS_YEARS, computeEvidence, type EntryEvidence, type EvidenceFile } from '../../src/core/evidence';
import { patternsOf } from '../../src/core/glossary-index';
import type { GlossaryEntry, Period } from '../../src/core/glossary-schema';
import { Matcher } from '../../src/core/matcher';
import { GLOSSARY } from '../../src/glossary';
import { corporaPresent as present, loadCorpusDocs } from './corpus-docs';

/** Mentions by calendar year: a work report by its year, a Congress report by the year the Congress opened. */
function byYear(e: EntryEvidence | undefined): Map<number, number> {
  const years = new Map<number, number>();
  const add = (y: number, n: number) => years.set(y, (years.get(y) ?? 0) + n);
  for (const [k, n] of Object.entries(e?.gwr ?? {})) add(Number(k), n);
  for (const [k, n] of Object.entries(e?.congress ?? {})) add(CONGRESS_YEARS[Number(k)]!, n);
  return years;
}

/**
 * A five-year plan is named while it is being drafted, before its first year: its period is the plan's years,
 * not the years the name is in use. These may be mentioned up to PLAN_LEAD years before `period.from`.
 */
const FIVE_YEAR_PLANS = [
  'liu-wu-ji-hua',
  'qi-wu-ji-hua',
  'ba-wu-ji-hua',
  'jiu-wu-ji-hua',
  'shi-wu-ji-hua',
  'shi-yi-wu',
  'shi-er-wu',
  'shi-san-wu',
  'shi-si-wu-gui-hua',
  'shi-wu-wu-gui-hua',
];
const PLAN_LEAD = 6;

const within = (p: Period | undefined, y: number) => (p?.from ?? -Infinity) <= y && y <= (p?.to ?? Infinity);

/** Years before the entry's `period.from` in which its forms occur, unless one of its senses is for that year. */
export function mentionsBeforePeriod(e: GlossaryEntry, evidence: EntryEvidence | undefined): string[] {
  const plan = FIVE_YEAR_PLANS.includes(e.id);
  const from = e.period?.from === undefined ? undefined : e.period.from - (plan ? PLAN_LEAD : 0);
  if (from === undefined) return [];
  return [...byYear(evidence)]
    .filter(([y]) => y < from && !(e.senses ?? []).some((s) => within(s.period, y)))
    .sort((a, b) => a[0] - b[0])
    .map(([y, n]) => `${y}×${n}`);
}

// A variant that also matches an older or different use credits the entry with false evidence (解放思想 alone
// for Deng's 解放思想、实事求是). An entry dated from a year must not be found in the reports of earlier years,
// unless a sense of its own explains the earlier use: then narrow the forms, exclude the look-alike, add the
// sense, or correct the date.
describe.runIf(present)(
  present ? 'entry periods against the official corpora' : 'period gate (skipped: ../shared/corpora absent)',
  () => {
    let fresh: EvidenceFile;
    beforeAll(() => {
      fresh = computeEvidence(loadCorpusDocs(), new Matcher(patternsOf(GLOSSARY)));
    });

    it('finds no entry with a period in the reports of the years before it began', () => {
      const early = GLOSSARY.flatMap((e) => {
        const years = mentionsBeforePeriod(e, fresh.entries[e.id]);
        return years.length ? [`${e.id} (${e.term}, from ${e.period!.from}): ${years.join(' ')}`] : [];
      });
      expect(early).toEqual([]);
    });
  },
);

describe('mentionsBeforePeriod', () => {
  const entry = (period: Period, senses?: { period?: Period }[]) =>
    ({ id: 'x', term: '新兴产业', period, ...(senses ? { senses } : {}) }) as GlossaryEntry;
  const evidence: EntryEvidence = { gwr: { 1985: 1, 2010: 2 }, congress: { 17: 1 } };

  it('lists the years before period.from, a Congress by the year it opened', () => {
    expect(mentionsBeforePeriod(entry({ from: 2009 }), evidence)).toEqual(['1985×1', '2007×1']);
    expect(mentionsBeforePeriod(entry({ from: 1980 }), evidence)).toEqual([]);
  });

  it('lists as five-year plans only entries that exist and have a period', () => {
    const dated = new Set(GLOSSARY.filter((e) => e.period?.from).map((e) => e.id));
    expect(FIVE_YEAR_PLANS.filter((id) => !dated.has(id))).toEqual([]);
  });

  it('lets a five-year plan be named in the years it is drafted, and no earlier', () => {
    const plan = { id: 'qi-wu-ji-hua', term: '七五计划', period: { from: 1986, to: 1990 } } as GlossaryEntry;
    expect(mentionsBeforePeriod(plan, { gwr: { 1979: 1, 1981: 2, 1986: 1 }, congress: {} })).toEqual(['1979×1']);
  });

  it('accepts an earlier year that one of the entry’s senses is for', () => {
    expect(
      mentionsBeforePeriod(entry({ from: 2009 }, [{ period: { to: 1990 } }, { period: { from: 2009 } }]), evidence),
    ).toEqual(['2007×1']);
  });
});
