import {
  BODIES,
  BYLINES,
  DIALOGUE,
  DOCUMENT,
  GOV_HOST,
  LOCAL_PARTY_POLITICS,
  MEETING_VERBS,
  NARRATIVE_PRONOUNS,
  NEGATIVES,
  OFFICIAL_TITLES,
  OFFICIAL_VOICE,
  OFFICIALESE,
  POLICY_CITATION,
  type AgainstCode,
} from './classify-cues';
import { hasHan, isHanCode, normalize } from './normalize';
import { NO_TERMS, weighted, type TermCounts } from './term-density';

/** What the content script can read cheaply from a page. */
export interface PageSignals {
  title: string;
  /** The page's main text as a reader view finds it (a few thousand characters). */
  text: string;
  hostname: string;
  lang?: string;
  /** og:type, e.g. "article". */
  ogType?: string;
  /** JSON-LD @type values, e.g. ["NewsArticle"]. */
  jsonLdTypes?: string[];
  /** Glossary matches in the main text, by tier. */
  terms?: TermCounts;
}

/** `policy-report` covers all policy writing: reports, commentary, theory, explainers, official notices. */
export type PageKind = 'policy-report' | 'chinese' | 'other';

export type ReasonCode =
  | 'notRead'
  | 'noChinese'
  | 'littleChinese'
  | 'byline'
  | 'officialTitles'
  | 'meetingVerbs'
  | 'bodies'
  | 'document'
  | 'citations'
  | 'officialese'
  | 'formulas'
  | 'vocabulary'
  | 'govHost'
  | 'articleMeta'
  | 'officialVoice'
  | 'narrative'
  | 'partyPolitics'
  | AgainstCode;

/**
 * One reason, as a code with parameters: each UI renders it in its own locale. `n` is a count or a
 * percentage, `text` a quotation from the page (the lede that was found), `against` marks a reason
 * that counted against policy writing.
 */
export interface Reason {
  code: ReasonCode;
  n?: number;
  text?: string;
  against?: boolean;
}

export interface PageVerdict {
  kind: PageKind;
  score: number;
  reasons: Reason[];
}

const count = (re: RegExp, text: string): number => text.match(re)?.length ?? 0;

function hanShare(text: string): { han: number; share: number } {
  let han = 0;
  let letters = 0;
  for (const ch of text) {
    if (/\s/.test(ch)) continue;
    letters++;
    if (isHanCode(ch.codePointAt(0) ?? 0)) han++;
  }
  return { han, share: letters ? han / letters : 0 };
}

/** Per 1000 Han characters, so that a short excerpt and a long page compare. */
const perThousand = (n: number, han: number) => (1000 * n) / Math.max(han, 1);

/**
 * Is this page policy writing? A vote of cheap signals that each name a trait of the genre (a lede,
 * officials and bodies, cited documents, officialese, glossary formulas) against traits of others
 * (fiction's pronouns and dialogue, shops, forums, an election in Taiwan). Traditional text and pinyin
 * noise are normalised first, so 本報(bào)訊 counts as 本报讯.
 */
export function classifyPage(signals: PageSignals): PageVerdict {
  const title = normalize(signals.title).text;
  const text = normalize(signals.text).text;
  const all = `${title}\n${text}`;
  const { han, share } = hanShare(all);
  if (han < 40 || share < 0.25) {
    const reason: Reason = han === 0 ? { code: 'noChinese' } : { code: 'littleChinese', n: Math.round(share * 100) };
    return { kind: 'other', score: 0, reasons: [{ ...reason, against: true }] };
  }
  const reasons: Reason[] = [];
  let score = 0;
  const vote = (points: number, reason: Reason) => {
    score += points;
    reasons.push(points < 0 ? { ...reason, against: true } : reason);
  };

  const byline = BYLINES.map((re) => re.exec(text.slice(0, 1500))?.[0]).filter((m): m is string => !!m);
  if (byline.length)
    vote(2 + Math.min(byline.length - 1, 2), { code: 'byline', text: byline[0]!.trim().replace(/^[(（]/, '') });
  const titles = count(OFFICIAL_TITLES, all);
  if (titles) vote(Math.min(titles, 8) * 0.75, { code: 'officialTitles', n: titles });
  const verbs = count(MEETING_VERBS, all);
  if (verbs) vote(Math.min(verbs, 6) * 0.5, { code: 'meetingVerbs', n: verbs });
  const bodies = count(BODIES, all);
  if (bodies) vote(Math.min(bodies, 6) * 0.5, { code: 'bodies', n: bodies });
  if (DOCUMENT.test(all)) vote(3, { code: 'document' });
  const citations = count(POLICY_CITATION, all);
  if (citations) vote(Math.min(citations, 2), { code: 'citations', n: citations });

  // Officialese density: above ~12 per 1000 Han characters prose starts to read like policy writing.
  const officialese = perThousand(count(OFFICIALESE, all), han);
  if (officialese > 12) vote(Math.min((officialese - 12) / 6, 5), { code: 'officialese', n: Math.round(officialese) });

  const terms = signals.terms ?? NO_TERMS;
  const { distinct, hits } = weighted(terms);
  if (distinct) {
    const density = perThousand(hits, han);
    vote(Math.min(distinct, 6) * 0.5 + Math.min(density, 20) / 10, {
      code: terms.formulaDistinct ? 'formulas' : 'vocabulary',
      n: terms.formulaDistinct || terms.vocabularyDistinct,
    });
  }
  if (GOV_HOST.test(signals.hostname)) vote(2, { code: 'govHost' });
  const types = [signals.ogType ?? '', ...(signals.jsonLdTypes ?? [])].join(' ');
  if (
    /NewsArticle|OpinionNewsArticle|ReportageNewsArticle|AnalysisNewsArticle|GovernmentOrganization|\barticle\b/i.test(
      types,
    )
  ) {
    vote(0.5, { code: 'articleMeta' });
  }
  const voice = count(OFFICIAL_VOICE, all);
  if (voice) vote(Math.min(voice, 3) * 0.5, { code: 'officialVoice', n: voice });

  for (const [re, code] of NEGATIVES) {
    const n = count(re, all);
    // A genre's own markers (a chapter heading, 我司, 楼主) are strong evidence: one already costs 5 points.
    if (n > 0) vote(-Math.min(3 + 2 * n, 8), { code, n });
  }
  // Narrative: novels about officials borrow the titles and the bodies, but tell a story about people.
  const pronouns = perThousand(count(NARRATIVE_PRONOUNS, all), han);
  const dialogue = count(DIALOGUE, all);
  if (pronouns > 5 || dialogue >= 3) {
    vote(-(Math.min(Math.max(pronouns - 5, 0) / 3, 4) + Math.min(dialogue, 4) * 0.5), {
      code: 'narrative',
      n: Math.round(pronouns),
    });
  }
  // An election in Taiwan or Hong Kong is party politics, unless mainland formulas are at stake too.
  const politics = count(LOCAL_PARTY_POLITICS, all);
  if (politics >= 2 && terms.formulaDistinct < 3)
    vote(-Math.min(2 + politics, 8), { code: 'partyPolitics', n: politics });
  if (signals.lang && !/^zh/i.test(signals.lang) && share < 0.6) score -= 1;

  const kind: PageKind = score >= THRESHOLD ? 'policy-report' : hasHan(all) ? 'chinese' : 'other';
  // Lead with what decided it: the signals for policy writing, or the signals against.
  const forIt = reasons.filter((r) => !r.against);
  const against = reasons.filter((r) => r.against);
  const ordered = kind === 'policy-report' ? [...forIt, ...against] : [...against, ...forIt];
  return { kind, score: Math.round(score * 100) / 100, reasons: ordered };
}

/** Chosen on the tune half of eval/detect (npm run eval:detect); the held-out half is reported apart. */
export const THRESHOLD = 5;
