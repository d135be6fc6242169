import type { TermEvidence } from '../../core/protocol';
import { getLocale, t } from '../../i18n';

const ordinal = (n: number) => (getLocale() === 'en' ? englishOrdinal(n) : `第${n}次`);
const englishOrdinal = (n: number) =>
  `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;

/** "2025", not "2025–2025", when one report is all there is. */
const yearSpan = (first: number, last: number) => (first === last ? `${first}` : `${first}–${last}`);

/**
 * A one-line salience strip: one bar per Government Work Report in our collection, height by
 * mentions. Worded as "in the reports in our collection": some years are missing from it.
 */
export function EvidenceStrip({ evidence }: { evidence: TermEvidence }) {
  const hits = evidence.gwr.filter(([, n]) => n > 0);
  const total = hits.reduce((sum, [, n]) => sum + n, 0);
  const max = Math.max(1, ...evidence.gwr.map(([, n]) => n));
  const congresses = evidence.congress.filter(([, n]) => n > 0).map(([c]) => ordinal(c));
  const first = evidence.gwr[0]?.[0];
  const last = evidence.gwr.at(-1)?.[0];
  return (
    <div class="evidence">
      <div class="strip" role="img" aria-label={t('evidenceStrip', first ?? '', last ?? '')}>
        {evidence.gwr.map(([year, n]) => (
          <span
            key={year}
            class={n ? 'bar on' : 'bar'}
            style={{ height: `${n ? 3 + Math.round((9 * n) / max) : 2}px` }}
            title={`${year}: ${n}`}
          />
        ))}
      </div>
      <div class="caption">
        {hits.length > 0
          ? t('evidenceIn', hits.length, evidence.gwr.length, yearSpan(hits[0]![0], hits.at(-1)![0]), total)
          : t('evidenceNone')}
        {congresses.length > 0 && t('evidenceCongress', congresses.join(', '))}
      </div>
    </div>
  );
}
