/**
 * Named meetings and documents, which every report cites and no glossary can list: 党的十九届六中全会,
 * 省十二届人大七次会议, 二十届中央纪委四次全会, 省第十一次党代会, 中央农村工作会议, and titles in book-title
 * marks that name a policy document (《成渝地区双城经济圈建设规划纲要》). A reader (a translator above all)
 * needs them read: which body, which term, which session. Works on normalised text.
 */
import type { Span } from './named-formulas';

const N = '[一二三四五六七八九十〇]';
/** The body whose term is counted, before the number (省十二届…, 州委十二届…, 党的十九届…). */
const BODY_BEFORE = '(?:党的|(?:[省市县州区旗]|全国)(?:委|人大|政协|纪委)?)?';
/** The body after the term (二十届中央纪委四次全会, 十四届全国人大二次会议). */
const BODY_AFTER =
  '(?:中央纪委|中央委员会|中央|全国人民代表大会|全国人大|全国政协|[省市县州区旗]委|人大常委会|人大|政协|纪委)?';
const SESSION = `第?${N}{1,3}(?:中全会|次全会|次全体会议|次会议)`;
/** A term and a session of a named body. */
const TERM_SESSION = new RegExp(`第?${N}{1,3}届${BODY_AFTER}${SESSION}`, 'g');
/** Read back from the term's number: the regex starts at the numeral, which it finds far faster. */
const BODY_BEFORE_END = new RegExp(`${BODY_BEFORE}$`);
/** A numbered Party congress: 省第十一次党代会, 第十二次党代表大会. */
const CONGRESS = new RegExp(`(?:[省市县州区旗])?第${N}{1,3}次党(?:代会|代表大会)`, 'g');
/**
 * A work conference of a named level: 中央经济工作会议, 中央农村工作会议, 省委农村工作会议. The level must be
 * named, or 安全生产工作会议 would be any meeting; the field is two to six characters with no verb in it.
 */
const WORK_CONFERENCE = /(?:中央|全国|省委|市委|县委|州委|区委|旗委)([\u4e00-\u9fff]{2,6}?)工作会议/g;
/** A verb or a date in the field (县委一季度工作会议) makes it a meeting, not a named conference. */
/** The standing bodies every local report names: 省委常委会, 县政府常务会议, 市委理论学习中心组. */
const STANDING_BODY = /[省市县州区旗](?:委|政府)(?:常委会|常务会议|理论学习中心组)/g;
const NOT_A_FIELD = /[的召开举行了在]|季度|年度|半年/;

/** A policy document's title in book-title marks, by the word that ends it. */
const TITLE = /《([^《》\n]{4,60})》/g;
const DOCUMENT_END =
  /(?:意见|规划|纲要|方案|条例|决定|办法|通知|法|报告|计划|规定|指引|措施|公报|决议|建议|讲话|论述|协定|立场|纲领|细则|准则|指南)$/;

/** Each pattern with the literals one of which every match contains: most blocks have none and skip it. */
const RULES: [string[], RegExp][] = [
  [['届'], TERM_SESSION],
  [['党代'], CONGRESS],
  [['常委会', '常务会议', '中心组'], STANDING_BODY],
];

/** What every match above contains: a rule's literal, 工作会议, or the opening mark of a title. */
export const MEETINGS_GATE = new RegExp([...RULES.flatMap(([anchors]) => anchors), '工作会议', '《'].join('|'));

export function namedMeetings(text: string): Span[] {
  const out: Span[] = [];
  if (!MEETINGS_GATE.test(text)) return out;
  for (const [anchors, re] of RULES) {
    if (!anchors.some((a) => text.includes(a))) continue;
    for (const m of text.matchAll(re)) {
      const body = re === TERM_SESSION ? BODY_BEFORE_END.exec(text.slice(Math.max(0, m.index - 6), m.index))![0] : '';
      out.push({ start: m.index - body.length, end: m.index + m[0].length });
    }
  }
  if (text.includes('工作会议')) {
    for (const m of text.matchAll(WORK_CONFERENCE)) {
      if (!NOT_A_FIELD.test(m[1]!)) out.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  if (!text.includes('《')) return out;
  for (const m of text.matchAll(TITLE)) {
    // A trailing (试行) or (审议稿) is part of the title but not what ends it.
    const title = m[1]!.replace(/[(（][^()（）]{1,6}[)）]$/, '');
    if (DOCUMENT_END.test(title) && /[\u4e00-\u9fff]{4}/.test(title))
      out.push({ start: m.index + 1, end: m.index + 1 + m[1]!.length });
  }
  return out;
}
