import type { ExplainedTerm } from '../../core/protocol';
import { sameForm } from '../../core/headword';
import type { ExplanationLanguage } from '../../core/settings';
import { t } from '../../i18n';
import {
  periodText,
  scopeText,
  senseLabelText,
  senseReasonText,
  sourceText,
  firstSentence,
  zhLang,
  zhText,
} from '../term-text';
import { EvidenceStrip } from './EvidenceStrip';

export interface TermCardDisplay {
  language: ExplanationLanguage;
  pinyin: boolean;
  /** Open the details (More) from the start. */
  details?: boolean;
}

export interface TermCardProps {
  /** The term exactly as written where the reader met it (on the page, or the headword in the popup). */
  surface: string;
  term: ExplainedTerm;
  display: TermCardDisplay;
  /** Opens a related term in the same card; without it related terms are plain text. */
  onRelated?: (id: string, term: string) => void;
  /** Where the reader came from when a related term opened here. */
  back?: { label: string; go: () => void };
  /** Reports More being opened or closed, so a host can resize the card. */
  onToggle?: (open: boolean) => void;
}

/** Items of a numbered formula shown before More: the rest wait there, so the first view stays small. */
const EXPANSION_SHOWN = 5;

/**
 * One term's card, in two layers. First view, small enough to sit beside the term: the form as on the
 * page (→ the headword when it differs), reading and English name, a one-line gloss, the sense chosen
 * here, and the expansion condensed. More, by keyboard or pointer: the explanation, scope and period,
 * source, evidence and related terms. Props only: the tooltip's frame and the popup both render it.
 */
export function TermCard({ surface, term, display, onRelated, back, onToggle }: TermCardProps) {
  const { language } = display;
  const english = language !== 'zh';
  const chinese = language !== 'en';
  // On a traditional page 專精特新 is the headword itself, in the page's script: no arrow then.
  const differs = !sameForm(surface, term.term) && !sameForm(surface, zhText(term.term));
  const gloss = english ? term.gloss : firstSentence(zhText(term.explanation.zh));
  const expansion = term.expansion ?? [];
  const shown = expansion.length > EXPANSION_SHOWN + 1 ? expansion.slice(0, EXPANSION_SHOWN) : expansion;
  const meta = [
    [t('scope'), scopeText(term.scope)],
    [t('period'), periodText(term.period)],
    [t('source'), sourceText(term.source)],
  ].filter((row): row is [string, string] => row[1] !== undefined);
  return (
    <div class="card term-card" lang={english ? 'en' : zhLang()}>
      {back && (
        <button type="button" class="back" onClick={back.go}>
          ← {t('cardBack', back.label)}
        </button>
      )}
      <div class="head">
        <span class="term" lang="zh">
          {surface}
        </span>
        {differs && (
          <span class="headword" lang={zhLang()} title={t('headwordIs')}>
            → {zhText(term.term)}
          </span>
        )}
      </div>
      {(display.pinyin || english) && (
        <div class="name">
          {display.pinyin && <span class="pinyin">{term.pinyin}</span>}
          {display.pinyin && english && ' · '}
          {english && <span class="english">{term.english}</span>}
        </div>
      )}
      {term.personal && <div class="personal">{t('personal')}</div>}
      <p class="gloss">{gloss}</p>
      {term.sense && (
        <p class="sense" title={senseLabelText(term.sense)}>
          {t('senseHere')} <strong>{senseLabelText(term.sense)}</strong>
        </p>
      )}
      {shown.length > 0 && (
        <ol class="expansion condensed">
          {shown.map((item) => (
            <li key={item.zh} title={english ? item.en : undefined}>
              <span lang={zhLang()}>{zhText(item.zh)}</span>
              {english && <span class="en"> {item.en}</span>}
            </li>
          ))}
          {shown.length < expansion.length && (
            <li class="rest">{t('expansionRest', expansion.length - shown.length)}</li>
          )}
        </ol>
      )}
      <details open={display.details} onToggle={(e) => onToggle?.(e.currentTarget.open)}>
        <summary>{t('cardMore')}</summary>
        {english && <p class="explanation">{term.explanation.en}</p>}
        {chinese && (
          <p class="explanation" lang={zhLang()}>
            {zhText(term.explanation.zh)}
          </p>
        )}
        {term.sense && term.sense.reasons.length > 0 && (
          <p class="why">
            {t('senseWhy', term.sense.reasons.slice(0, 3).map(senseReasonText).join(t('listSeparator')))}
          </p>
        )}
        {shown.length < expansion.length && (
          <ol class="expansion" start={shown.length + 1}>
            {expansion.slice(shown.length).map((item) => (
              <li key={item.zh}>
                <span lang={zhLang()}>{zhText(item.zh)}</span>
                {english && <span class="en"> {item.en}</span>}
              </li>
            ))}
          </ol>
        )}
        {meta.length > 0 && (
          <dl class="meta">
            {meta.map(([k, v]) => (
              <div key={k}>
                <dt>{k}</dt>
                <dd>{v}</dd>
              </div>
            ))}
          </dl>
        )}
        {term.evidence && <EvidenceStrip evidence={term.evidence} />}
        {term.related.length > 0 && (
          <div class="related">
            {t('related')}{' '}
            {term.related.map((r) =>
              onRelated ? (
                <button
                  type="button"
                  key={r.id}
                  class="related-term"
                  lang={zhLang()}
                  title={english ? r.english : undefined}
                  onClick={() => onRelated(r.id, zhText(r.term))}
                >
                  {zhText(r.term)}
                </button>
              ) : (
                <span key={r.id} class="related-term" lang={zhLang()} title={english ? r.english : undefined}>
                  {zhText(r.term)}
                </span>
              ),
            )}
          </div>
        )}
      </details>
    </div>
  );
}
