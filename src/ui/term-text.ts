// What the card and the popup say about a term, in the interface language. The glossary keeps some facts
// in English only (a source's issuing body and document, a scope's English place name); the Chinese
// interfaces show the Chinese side of each fact and leave out what exists only in English.
import type { ExplainedTerm } from '../core/protocol';
import type { Period, Scope, Source } from '../core/glossary-schema';
import type { SenseReason } from '../core/senses';
import { getLocale, t } from '../i18n';
import { BODY_ZH } from './source-bodies';
import { chineseLang, inLocaleScript } from './traditional';

const zhUi = () => getLocale() !== 'en';

/** Chinese text from the glossary, in the script the interface wants (Traditional for zh_TW). */
export function zhText(text: string): string {
  return inLocaleScript(text, getLocale());
}

/** The first sentence of a Chinese explanation: the Chinese reader's one-line gloss. */
export function firstSentence(text: string): string {
  const end = text.search(/[。；]/);
  return end > 0 ? text.slice(0, end + 1) : text;
}

/** The `lang` attribute of text from `zhText`. */
export function zhLang(): 'zh-Hant' | 'zh-Hans' {
  return chineseLang(getLocale());
}

/** Why a sense was chosen: "白名单 nearby" / 附近有“白名单”. */
export function senseReasonText(reason: SenseReason): string {
  switch (reason.code) {
    case 'near':
      return t('whyNear', zhText(reason.word));
    case 'onPage':
      return t('whyOnPage', zhText(reason.word));
    case 'place':
      return t('whyPlace', zhText(reason.place));
    case 'year':
      return t('whyYear', reason.year);
    case 'fallback':
      return t('whyFallback');
  }
}

/** The sense chosen here, in one line: its English label, or the first clause of its Chinese explanation. */
export function senseLabelText(sense: NonNullable<ExplainedTerm['sense']>): string {
  return zhUi() && sense.labelZh ? zhText(sense.labelZh) : sense.label;
}

/** "Province: Henan 河南" in English; 省级：河南 in Chinese. */
export function scopeText(scope: Scope | undefined): string | undefined {
  if (!scope) return undefined;
  const level = t(scope.level);
  if (!scope.place) return level;
  const place = zhUi() ? zhText(scope.place) : `${scope.placeEn ?? ''} ${scope.place}`.trim();
  return t('scopeLine', level, place);
}

export function periodText(period: Period | undefined): string | undefined {
  if (!period || (period.from === undefined && period.to === undefined)) return undefined;
  if (period.from !== undefined && period.to !== undefined) {
    return period.from === period.to ? `${period.from}` : `${period.from}–${period.to}`;
  }
  return period.from !== undefined ? t('since', period.from) : t('until', period.to ?? '');
}

/**
 * The source in one line, its year said once (a document named "2015 Central Economic Work Conference"
 * already carries it). The Chinese interfaces name the body when we know its Chinese name, and the year;
 * a document's English title is left out.
 */
export function sourceText(source: Source | undefined): string | undefined {
  if (!source) return undefined;
  const { body, document, year } = source;
  if (zhUi()) {
    const zhBody = body === undefined ? undefined : BODY_ZH[body];
    const parts = [zhBody && zhText(zhBody), year !== undefined ? t('sourceYear', year) : undefined];
    return parts.filter(Boolean).join('，') || undefined;
  }
  const yearShown = year !== undefined && ![body, document].some((s) => s?.includes(String(year)));
  return [body, document, yearShown ? year : undefined].filter((x) => x !== undefined).join(', ') || undefined;
}
