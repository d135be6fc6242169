import type { Reason, ReasonCode } from '../core/classify';
import type { DecisionCode } from '../core/settings';
import { t, type UiKey } from './i18n';

/** The classifier and the decision send codes; these tables turn them into the reader's language. */
const REASON_KEYS: Record<ReasonCode, UiKey> = {
  notRead: 'reasonNotRead',
  noChinese: 'reasonNoChinese',
  littleChinese: 'reasonLittleChinese',
  byline: 'reasonByline',
  officialTitles: 'reasonOfficialTitles',
  meetingVerbs: 'reasonMeetingVerbs',
  bodies: 'reasonBodies',
  document: 'reasonDocument',
  citations: 'reasonCitations',
  officialese: 'reasonOfficialese',
  formulas: 'reasonFormulas',
  vocabulary: 'reasonVocabulary',
  govHost: 'reasonGovHost',
  articleMeta: 'reasonArticleMeta',
  officialVoice: 'reasonOfficialVoice',
  narrative: 'reasonNarrative',
  partyPolitics: 'reasonPartyPolitics',
  fiction: 'reasonFiction',
  dialogue: 'reasonDialogue',
  company: 'reasonCompany',
  academic: 'reasonAcademic',
  reference: 'reasonReference',
  shop: 'reasonShop',
  forum: 'reasonForum',
  recipe: 'reasonRecipe',
  sport: 'reasonSport',
};

const BECAUSE_KEYS: Record<DecisionCode, UiKey> = {
  notRead: 'becauseNotRead',
  neverSite: 'becauseNeverSite',
  noChinese: 'becauseNoChinese',
  alwaysSite: 'becauseAlwaysSite',
  modeOff: 'becauseModeOff',
  modeAlways: 'becauseModeAlways',
  detected: 'becauseDetected',
  notDetected: 'becauseNotDetected',
  forcedOn: 'becauseForcedOn',
  forcedOff: 'becauseForcedOff',
};

/** A reason in the current locale; an unknown code (from a newer content script) shows as itself. */
export function reasonText(reason: Reason): string {
  const key = REASON_KEYS[reason.code];
  return key ? t(key, reason.text ?? reason.n ?? '') : reason.code;
}

export function becauseText(code: DecisionCode): string {
  const key = BECAUSE_KEYS[code];
  return key ? t(key) : code;
}
