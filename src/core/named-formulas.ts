/**
 * Formulas known by their shape rather than by quotes or numerals: the fixed frames that local reports fill
 * with their own words (河长制 → 林长制, 链长制; 以案促改; 应保尽保 → 应退尽退; 产业为王; 以亩产论英雄;
 * 人工智能+) and programmes named by a head noun (入企敲门行动, 主体引育突破年, 浑善达克沙地歼灭战). Works on
 * normalised text. Each frame is narrow on purpose: a flag on ordinary prose costs more than a formula missed.
 */
import { MEETINGS_GATE, namedMeetings } from './named-meetings';

export interface Span {
  start: number;
  end: number;
}

const HAN = '\\u4e00-\\u9fff';
const isHanCode = (c: number) => c >= 0x4e00 && c <= 0x9fff;

/**
 * Fixed frames, each a whole formula: the fixed characters are what makes the frame a formula, the slots
 * are one to three Han characters. `anchor` is a literal every match contains: a block without it skips the
 * frame's regex (one that starts with a character class would otherwise be tried at every position).
 */
interface Frame {
  anchor: string;
  re: RegExp;
}
const FRAMES: Frame[] = [
  // 应X尽X: 应保尽保, 应退尽退, 应检尽检, 能批尽批 (the same character in both slots).
  { anchor: '尽', re: new RegExp(`[应能]([${HAN}])尽\\1`, 'g') },
  // X字当头: 稳字当头, 严字当头, 干字当头.
  { anchor: '字当头', re: new RegExp(`[${HAN}]字当头`, 'g') },
  // 以X论英雄 (以亩产论英雄, 以实绩论英雄), or X论英雄 read back to its start in `named`.
  { anchor: '论英雄', re: new RegExp(`以[${HAN}]{1,3}论英雄|[${HAN}]{2}论英雄`, 'g') },
];
/** Characters that end a verb or a function word: a name never starts with one of them (推行|河长制). */
const NOT_A_NAME_START = new Set(
  '的了在和与及是为把将对以向从等着并也都让使由被给于即或又再就才要会能可各该此这那其之行施实进动化立强展设造好面全深抓推建'.split(
    '',
  ),
);

/** X长制 with one character (河长制, 林长制, 链长制), or two that name one resource (河湖长制, 林草长制). */
const TWO_CHIEFS = new Set(['河湖', '林草', '湖库']);
/** 家长制 is patriarchy; 县长, 校长… are posts, not a chief system. */
const NOT_A_CHIEF = new Set('家校院厂县市省镇村组部局处科班队社事行首团师军族站所馆'.split(''));

function chiefSystem(text: string, at: number): Span | undefined {
  if (NOT_A_CHIEF.has(text[at]!)) return undefined;
  const two = TWO_CHIEFS.has(text.slice(at - 1, at + 1));
  return { start: two ? at - 1 : at, end: at + 3 };
}

/**
 * 以X促Y and its kin (以案促改, 以学促干, 以奖代补, 以进促稳): four characters where the third is a verb of
 * the frame and neither it nor the first slot makes an ordinary word (以此促进, 以便推动).
 */
const BY_X_DO_Y = new RegExp(`以([${HAN}])([促带保代换])([${HAN}])`, 'g');
const ORDINARY_SLOT = new Set('此这其之上下及便免致后前来往更最较'.split(''));
/** The frame verb and the next character as one word (促进, 带动, 保障…): plain prose, not a formula. */
const VERB_WORDS = new Set([
  '促进',
  '促使',
  '带动',
  '带来',
  '带领',
  '保障',
  '保证',
  '保持',
  '保护',
  '代表',
  '代替',
  '换取',
  '强化',
  '强调',
]);

/** X为王 with a two-character slot: 项目为王, 产业为王, 实体为王; not …成为王某 (becoming someone named 王). */
const AS_KING = new RegExp(`[${HAN}]{2}为王`, 'g');

/**
 * X+ and X+Y+Z: 人工智能+, 互联网+ (a programme that adds X to every sector), 产业研究院+产业基金+产业园区 (a
 * model of parts). Digits (5+2, 1+N) are the digit formulas' business.
 */
const PLUS_PROGRAMME = new RegExp(`([${HAN}]{2,6})((?:\\+[${HAN}]{2,6})+|\\+)(?![0-9A-Za-z+])`, 'g');
/** The name before + starts after a verb or a function word: 推进|互联网+, 实施|人工智能+. */
const LEAD_VERB =
  /^(?:实施|推进|推动|开展|深化|深入|打造|落实|加快|推行|启动|构建|发展|加强|强化|促进|持续|全面|大力|积极|依托|借助|通过|围绕|聚焦|探索|创新|拓展|赋能|开启|打响|布局)/;

/** The longest tail of `name` that does not start with a lead verb or a function character. */
function trimLead(name: string): string {
  let s = name;
  for (;;) {
    const verb = LEAD_VERB.exec(s);
    if (verb && s.length - verb[0].length >= 2) s = s.slice(verb[0].length);
    else if (s.length > 2 && NOT_A_NAME_START.has(s[0]!)) s = s.slice(1);
    else return s;
  }
}

/**
 * Programmes named by a head noun: 开展|入企敲门行动, 实施|强县工程, 实施|招商引资突破行动, 抓好|主体引育突破年, 打好|浑善达克
 * 沙地歼灭战. The head alone says "a campaign"; the body says which. What makes the body a name and not prose
 * (拿出实际行动, 思想和行动) is the verb that launches it right before, or a list of such names (、项目推进攻坚年).
 */
const HEADS = [
  '行动',
  '攻坚战',
  '歼灭战',
  '阻击战',
  '保卫战',
  '收官战',
  '突破年',
  '攻坚年',
  '建设年',
  '提升年',
  '落实年',
  '示范区',
  '先行区',
  '先导区',
  '试验区',
  '合作区',
  '工程',
];
/**
 * The heads as one pattern: a native search finds them all, where a scan for each head's last character
 * ran script at every 年 and 区 of a page. No head overlaps another (none ends with a character another
 * starts with), so the search finds every head a scan would.
 */
const HEADS_PATTERN = new RegExp(HEADS.join('|'), 'g');

/** Each head in the text, in order, as [start, length]. */
function heads(text: string): [number, number][] {
  const found: [number, number][] = [];
  for (const m of text.matchAll(HEADS_PATTERN)) found.push([m.index, m[0].length]);
  return found;
}
/** Verbs that launch or carry out a programme, so that what follows them up to the head is its name. */
const LAUNCH =
  /(?:实施|开展|推进|推动|启动|部署|打好|打赢|打响|抓好|抓实|创建|建设|打造|争创|完成|落实|出台|深化|组织|谋划|开好|用好|参与)$/;
/** Bodies that say "some programme", not which: 专项行动, 重点行动, 一系列行动. */
const GENERIC_BODY =
  /^(?:专项|重点|重大|一系列|系列|各项|相关|这项|此次|本次|联合|集中|全面|具体|有关|整治|专项整治|一批)+$/;
/** A body holds no particle or sentence word: 污染防治的攻坚战 is prose. */
const NOT_IN_NAME = /[的了是在把将对从被]/;
const MAX_BODY = 16;

function headed(text: string): Span[] {
  const out: Span[] = [];
  for (const [head, length] of heads(text)) {
    // The Han characters before the head, up to MAX_BODY and any earlier name's end.
    let from = head;
    const floor = Math.max(out.at(-1)?.end ?? 0, head - MAX_BODY - 4);
    while (from > floor && isHanCode(text.charCodeAt(from - 1))) from--;
    const lead = text.slice(from, head);
    let body: string | undefined;
    // The rightmost launching verb that leaves a body of two characters or more.
    for (let cut = lead.length - 2; cut >= 2 && body === undefined; cut--) {
      if (LAUNCH.test(lead.slice(0, cut))) body = lead.slice(cut);
    }
    // Or the next name in a list of them: …突破年、项目推进攻坚年.
    const prev = out.at(-1);
    if (body === undefined && prev && from === prev.end + 1 && /[、和及]/.test(text[prev.end]!)) body = lead;
    // 开展好…行动: the verb's complement is not the name's; 情况和助企行动: the name is after the joiner.
    body = body?.replace(/^好/, '').replace(/^.*[和及与]/, '');
    if (!body || body.length < 2 || body.length > MAX_BODY || GENERIC_BODY.test(body) || NOT_IN_NAME.test(body))
      continue;
    // 行动方案, 行动计划: the plan of the campaign is named with it.
    const plan = /^(?:方案|计划)/.test(text.slice(head + length, head + length + 2)) ? 2 : 0;
    out.push({ start: head - body.length, end: head + length + plan });
  }
  return out;
}

/**
 * A count and 大 before a noun: 三大攻坚战, 九大工程, 五大振兴, 十大新兴产业 (a formula that counts its parts).
 * The numeral stands alone (党的二十大 is a congress), and a noun that runs on into the sentence is left alone (四大班子主要领导).
 */
const COUNTS = new Set('两二三四五六七八九十'.split(''));
/** Before the count, these make it part of a number or an ordinal (二十大, 第三大) or a congress (党的十大). */
const NOT_BEFORE_COUNT = new Set('一二三四五六七八九十百千万两的第'.split(''));
/** Characters that end the noun: particles and conjunctions (三大任务的…). */
const COUNT_STOP = /[的和与及是在为等了着、]/;
/** 十大 after 党的 or before these is the tenth Party congress, not a count. */
const CONGRESS_AFTER = /^(?:精神|报告|代表|以来|召开|胜利|开幕|闭幕|期间|上)/;

/** A count right before 大: what bigCounts needs, searched natively before its scan of every 大. */
const COUNT_BIG = new RegExp(`[${[...COUNTS].join('')}]大`);

function bigCounts(text: string): Span[] {
  const out: Span[] = [];
  if (!COUNT_BIG.test(text)) return out;
  // A scan for 大, not a regex: one that starts with a character class is tried at every position.
  for (let at = text.indexOf('大', 1); at > 0; at = text.indexOf('大', at + 1)) {
    if (!COUNTS.has(text[at - 1]!) || NOT_BEFORE_COUNT.has(text[at - 2]!)) continue;
    let end = at + 1;
    while (end < text.length && end - at <= 5 && isHanCode(text.charCodeAt(end)) && !COUNT_STOP.test(text[end]!)) end++;
    // A noun that runs on past four characters goes on into the sentence (四大班子主要领导, 五大分指挥部牵头):
    // where its name ends cannot be told, and half a word is worse than none.
    if (end - at > 5) continue;
    const noun = text.slice(at + 1, end);
    if (noun.length < 2 || CONGRESS_AFTER.test(noun)) continue;
    out.push({ start: at - 1, end });
  }
  return out;
}

/**
 * What each rule's match must contain, as one pattern: a frame's anchor (尽, 字当头, 论英雄), 长制, 以X促Y,
 * 为王, a plus sign, a programme's head, a meeting's or title's mark (届, 《…) or a count before 大. A block
 * without any of them has no named formula, and one native search spares it every rule: the finder runs on
 * every block of a page, mostly as cold code, and two blocks in three of a report hold none of these.
 */
export const NAMED_GATE = new RegExp(
  [
    ...FRAMES.map((f) => f.anchor),
    '长制',
    BY_X_DO_Y.source,
    '为王',
    '\\+',
    HEADS_PATTERN.source,
    MEETINGS_GATE.source,
    COUNT_BIG.source,
  ].join('|'),
);

/** Formulas found by their shape, in text order, none overlapping another. */
export function namedFormulas(text: string): Span[] {
  if (!NAMED_GATE.test(text)) return [];
  const spans: Span[] = [];
  const add = (start: number, end: number) => spans.push({ start, end });
  for (const { anchor, re } of FRAMES) {
    if (text.includes(anchor)) for (const m of text.matchAll(re)) add(m.index, m.index + m[0].length);
  }
  if (text.includes('长制')) {
    for (let at = text.indexOf('长制'); at > 0; at = text.indexOf('长制', at + 2)) {
      const chief = isHanCode(text.charCodeAt(at - 1)) ? chiefSystem(text, at - 1) : undefined;
      if (chief) spans.push(chief);
    }
  }
  if (text.includes('以')) {
    for (const m of text.matchAll(BY_X_DO_Y)) {
      const [, x, verb, y] = m;
      if (!ORDINARY_SLOT.has(x!) && !VERB_WORDS.has(verb! + y!)) add(m.index, m.index + 4);
    }
  }
  if (text.includes('为王')) for (const m of text.matchAll(AS_KING)) if (m[0][1] !== '成') add(m.index, m.index + 4);
  if (text.includes('+')) {
    for (const m of text.matchAll(PLUS_PROGRAMME)) {
      const name = trimLead(m[1]!);
      add(m.index + m[1]!.length - name.length, m.index + m[0].length);
    }
  }
  spans.push(...headed(text), ...namedMeetings(text), ...bigCounts(text));
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of spans) if (!out.length || s.start >= out.at(-1)!.end) out.push(s);
  return out;
}
