import { hasHan, isHanCode, normalize } from './normalize';

/** What the content script can read cheaply from a page. */
export interface PageSignals {
  title: string;
  /** The start of the page's visible text (a few thousand characters). */
  text: string;
  hostname: string;
  lang?: string;
  /** og:type, e.g. "article". */
  ogType?: string;
  /** JSON-LD @type values, e.g. ["NewsArticle"]. */
  jsonLdTypes?: string[];
  /** Glossary matches in the sample: occurrences and distinct entries. */
  termHits: number;
  distinctTerms: number;
}

export type PageKind = 'policy-report' | 'chinese' | 'other';

export interface PageVerdict {
  kind: PageKind;
  score: number;
  /** Short English reasons, e.g. "本报讯 lede", "3 official titles", "11 terms". */
  reasons: string[];
}

/** Ledes and bylines of news reports; simplified, matched after normalisation. */
const BYLINES = [
  /本报讯/,
  /本网讯/,
  /本台讯/,
  /\S{1,8}网讯/,
  /新华社/,
  /(?:^|[(（\s])记者\s*\S{2,4}/,
  /通讯员/,
  /新华社\S{0,8}电/,
  /中新社\S{0,8}电/,
  /据\S{1,12}报道/,
  /来源[:：]/,
  /责任编辑/,
  /编辑[:：]/,
  /发布时间/,
  /信息来源/,
  /稿源/,
  /发布机构/,
];
const OFFICIAL_TITLES =
  /(?:省委|市委|县委|区委|党委|党组)?书记|省长|市长|县长|区长|乡长|镇长|主任|常委|局长|厅长|部长|总理|委员长|[省市县]领导/g;
const MEETING_VERBS =
  /主持召开|强调|指出|调研|观摩|部署|座谈会|常务会议|专题会议|推进会|动员会|工作会议|贯彻落实|学习贯彻|出席|致辞|签约仪式/g;
/** The government speaking of itself, and the leader's name and instructions that open most reports. */
const OFFICIAL_VOICE = /我[省市县区州]|习近平|总书记|重要讲话精神|重要指示精神|重要论述/g;
const GOV_HOST =
  /(?:^|\.)(?:gov\.cn|gov\.hk|gov\.mo|people\.com\.cn|xinhuanet\.com|news\.cn|cctv\.com|cctv\.cn|cnr\.cn|chinadaily\.com\.cn|gmw\.cn|qstheory\.cn|ce\.cn|youth\.cn|chinanews\.com\.cn|chinanews\.com|ccdi\.gov\.cn|81\.cn|cpcnews\.cn|rmzxb\.com\.cn|workercn\.cn|legaldaily\.com\.cn|dahe\.cn|hnr\.cn|dzwww\.com|zjol\.com\.cn|jschina\.com\.cn|southcn\.com|cqnews\.net|hebnews\.cn|sxrb\.com|thepaper\.cn|bjnews\.com\.cn|ynet\.com|cnhubei\.com|hunantoday\.cn|fjsen\.com|jxnews\.com\.cn|scol\.com\.cn|gog\.cn|yunnan\.cn|nmgnews\.com\.cn|xjdaily\.com|lnd\.com\.cn|hljnews\.cn|chinajilin\.com\.cn|ahnews\.com\.cn)$/;
/** Party and state bodies, named in nearly every report and rarely elsewhere in such numbers. */
const BODIES =
  /国务院|中共中央|全国人大|人大常委会|人民政府|政协|市委|省委|县委|区委|州委|党委|党组|纪委|监委|代表团|市政府|省政府|县政府|区政府/g;
/** Official documents: a document number (鲁政发〔2014〕20号) or the formulas that issue one. */
const DOCUMENT =
  /[\u4e00-\u9fff]{1,6}发\s*[〔[(（]\s*(?:19|20)\d\d\s*[〕\])）]\s*\d+\s*号|印发给你们|请认真贯彻执行|请认真组织实施|请结合实际认真贯彻落实/;
/** Words that mark fiction, shops, forums, recipes and sport: reasons not to treat a page as a report. */
const NEGATIVES: [RegExp, string][] = [
  [
    /第[一二三四五六七八九十百千\d]+章|上一章|下一章|书架|小说|章节|作者[:：]|求收藏|书网|玄幻|同人|笔趣阁|本章/,
    'fiction',
  ],
  [/[道说问喊笑叹][:：,，]\s*"/, 'dialogue'],
  [/我公司|本公司|公司(?:顺利|荣获|获评|成功|入选)|我司/, 'a company page'],
  [/加入购物车|立即购买|包邮|到手价|￥\s*\d|¥\s*\d|库存|规格参数|客服/, 'shop'],
  [/楼主|回复\s*\d*\s*楼|发表于|沙发|只看楼主|帖子/, 'forum'],
  [/食材|用料|做法[:：]|步骤\s*\d|适量|克\)|大火|小火/, 'recipe'],
  [/比分|进球|球队|主场|客场|联赛|季后赛|夺冠/, 'sport'],
];

function count(re: RegExp, text: string): number {
  return text.match(re)?.length ?? 0;
}

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

/**
 * Is this a Chinese policy report? A weighted vote of cheap signals. Traditional text and
 * pinyin noise are normalised first, so 本報(bào)訊 counts as 本报讯.
 */
export function classifyPage(signals: PageSignals): PageVerdict {
  const title = normalize(signals.title).text;
  const text = normalize(signals.text).text;
  const all = `${title}\n${text}`;
  const { han, share } = hanShare(all);
  if (han < 40 || share < 0.25) {
    return {
      kind: 'other',
      score: 0,
      reasons: [han === 0 ? 'no Chinese text' : `little Chinese text (${Math.round(share * 100)}% Han)`],
    };
  }
  const reasons: string[] = [];
  let score = 0;
  const byline = BYLINES.map((re) => re.exec(text.slice(0, 1500))?.[0]).filter((m): m is string => !!m);
  if (byline.length) {
    score += 2 + Math.min(byline.length - 1, 2);
    reasons.push(`${byline[0]!.trim().replace(/^[(（]/, '')} lede`);
  }
  const titles = count(OFFICIAL_TITLES, all);
  if (titles) {
    score += Math.min(titles, 8) * 0.75;
    reasons.push(`${titles} official title${titles > 1 ? 's' : ''}`);
  }
  const verbs = count(MEETING_VERBS, all);
  if (verbs) {
    score += Math.min(verbs, 6) * 0.5;
    reasons.push(`${verbs} meeting verb${verbs > 1 ? 's' : ''}`);
  }
  const bodies = count(BODIES, all);
  if (bodies) {
    score += Math.min(bodies, 6) * 0.5;
    reasons.push(`${bodies} Party or state bod${bodies > 1 ? 'ies' : 'y'}`);
  }
  if (DOCUMENT.test(all)) {
    score += 3;
    reasons.push('official document');
  }
  const density = signals.termHits / Math.max(1, text.length / 1000);
  if (signals.distinctTerms) {
    score += Math.min(signals.distinctTerms, 6) * 0.5 + Math.min(density, 6) * 0.25;
    reasons.push(`${signals.distinctTerms} term${signals.distinctTerms > 1 ? 's' : ''}`);
  }
  if (GOV_HOST.test(signals.hostname)) {
    score += 2;
    reasons.push('government or Party-media site');
  }
  const types = [signals.ogType ?? '', ...(signals.jsonLdTypes ?? [])].join(' ');
  if (/article|NewsArticle|ReportageNewsArticle|GovernmentOrganization/i.test(types)) {
    score += 0.5;
    reasons.push('marked as an article');
  }
  const voice = count(OFFICIAL_VOICE, all);
  if (voice) {
    score += Math.min(voice, 3) * 0.5;
    reasons.push('official voice');
  }
  const against: string[] = [];
  for (const [re, label] of NEGATIVES) {
    const n = count(new RegExp(re.source, 'g'), all);
    if (n > 0) {
      score -= Math.min(2 + n, 6);
      against.push(`looks like ${label}`);
    }
  }
  if (signals.lang && !/^zh/i.test(signals.lang) && share < 0.6) score -= 1;
  const kind: PageKind = score >= THRESHOLD ? 'policy-report' : hasHan(all) ? 'chinese' : 'other';
  // Lead with what decided it: the signals for a report, the signals against for anything else.
  const ordered = kind === 'policy-report' ? [...reasons, ...against] : [...against, ...reasons];
  return { kind, score: Math.round(score * 100) / 100, reasons: ordered };
}

/** Chosen on the evaluation set in eval/detect (npm run eval:detect). */
export const THRESHOLD = 5;
