/**
 * The popup's verdict strings in English, kept apart from src/i18n so that the content script, which
 * loads in every Chinese tab, does not carry them. English defines the keys; the others must match.
 */
export const popupEn = {
  reasonsSummary: 'Why',
  becauseNotRead: 'the page has not been read yet',
  becauseNeverSite: 'this site is on your never list',
  becauseNoChinese: 'there is no Chinese text to annotate',
  becauseAlwaysSite: 'this site is on your always list',
  becauseModeOff: 'annotation is off',
  becauseModeAlways: 'the mode is “any page with Chinese”',
  becauseDetected: 'it reads as policy writing',
  becauseNotDetected: 'it does not read as policy writing',
  becauseForcedOn: 'you turned it on for this page',
  becauseForcedOff: 'you turned it off for this page',
  reasonNotRead: 'not read yet',
  reasonNoChinese: 'no Chinese text',
  reasonLittleChinese: 'little Chinese text ({0}% Han)',
  reasonByline: 'news lede or byline “{0}”',
  reasonOfficialTitles: '{0} official titles',
  reasonMeetingVerbs: '{0} meeting words (强调, 部署…)',
  reasonBodies: '{0} mentions of Party or state bodies',
  reasonDocument: 'an official document',
  reasonCitations: '{0} policy documents cited by title',
  reasonOfficialese: 'policy language: {0} per 1000 characters',
  reasonFormulas: '{0} glossary formulas',
  reasonVocabulary: '{0} policy vocabulary terms',
  reasonGovHost: 'a government or Party-media site',
  reasonArticleMeta: 'the page marks itself as an article',
  reasonOfficialVoice: 'the official voice (我省, 总书记…)',
  reasonNarrative: 'narrative prose ({0} pronouns per 1000 characters)',
  reasonPartyPolitics: 'party politics of Taiwan or Hong Kong',
  reasonFiction: 'looks like fiction',
  reasonDialogue: 'dialogue',
  reasonCompany: 'a company speaking of itself',
  reasonAcademic: 'an academic paper',
  reasonReference: 'a reference or Q&A page',
  reasonShop: 'looks like a shop',
  reasonForum: 'looks like a forum',
  reasonRecipe: 'looks like a recipe',
  reasonSport: 'looks like sport',
};

export type PopupKey = keyof typeof popupEn;
export type PopupMessages = Record<PopupKey, string>;
