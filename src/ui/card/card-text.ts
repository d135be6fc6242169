// The card's lines as text, for the tooltip and the popup alike. Pure apart from the locale.
import type { ExplainedTerm } from '../../core/messages';
import type { ExplanationLanguage } from '../../core/settings';
import { t } from '../../i18n';

export function scopeText(term: ExplainedTerm, language: ExplanationLanguage): string | undefined {
  if (!term.scope) return undefined;
  const level = t(term.scope.level);
  const { place, placeEn } = term.scope;
  if (!place) return level;
  // The English place name only where the reader reads English too.
  const name = language === 'zh' || !placeEn ? place : `${placeEn} ${place}`;
  return `${level}: ${name}`;
}

export function periodText(term: ExplainedTerm): string | undefined {
  const p = term.period;
  if (!p || (p.from === undefined && p.to === undefined)) return undefined;
  if (p.from !== undefined && p.to !== undefined) return p.from === p.to ? `${p.from}` : `${p.from}–${p.to}`;
  return p.from !== undefined ? t('since', p.from) : t('until', p.to ?? '');
}

/** Body, document, year; the year only when neither already says it ("2025年政府工作报告, 2025" reads twice). */
export function sourceText(term: ExplainedTerm): string | undefined {
  const s = term.source;
  if (!s) return undefined;
  const year =
    s.year !== undefined && ![s.body, s.document].some((x) => x?.includes(String(s.year))) ? s.year : undefined;
  return [s.body, s.document, year].filter((x) => x !== undefined && x !== '').join(', ') || undefined;
}

/** The first sentence of a Chinese explanation: the Chinese reader's one-line gloss. */
export function firstSentence(text: string): string {
  const end = text.search(/[。；]/);
  return end > 0 ? text.slice(0, end + 1) : text;
}
