import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { patternsOf } from '../../src/core/glossary-index';
import { Matcher } from '../../src/core/matcher';
import { namedFormulas } from '../../src/core/named-formulas';
import { normalize } from '../../src/core/normalize';
import { findUnexplained } from '../../src/core/unexplained';
import { GLOSSARY } from '../../src/glossary';

/** What the shape rules alone find, with no glossary: entries written later must not hide a rule's failure. */
const named = (raw: string) => {
  const text = normalize(raw).text;
  return namedFormulas(text).map((s) => text.slice(s.start, s.end));
};
const matcher = new Matcher(patternsOf(GLOSSARY));
/** What a page shows: the glossary first, the finder for the rest. */
const flagged = (raw: string) => {
  const text = normalize(raw).text;
  return findUnexplained(text, matcher.findAll(text)).map((c) => c.text);
};

describe('namedFormulas: fixed frames', () => {
  it('reads 应X尽X, X字当头 and X长制', () => {
    expect(named('退市监管做到应退尽退,审批事项能批尽批。')).toEqual(['应退尽退', '能批尽批']);
    expect(named('今年工作坚持严字当头。')).toEqual(['严字当头']);
    // One character after a verb (推行|林长制), two where both name the thing (河湖长制).
    expect(named('全面推行林长制,压实河湖长制责任,探索链长制。')).toEqual(['林长制', '河湖长制', '链长制']);
  });

  it('reads 以X促Y, X为王, 论英雄 and X+', () => {
    expect(named('坚持以查促改、以评促建,推行以奖代补。')).toEqual(['以查促改', '以评促建', '以奖代补']);
    expect(named('牢固树立产业为王的理念,坚持以亩产论英雄。')).toEqual(['产业为王', '以亩产论英雄']);
    expect(named('实施"人工智能+"专项行动,推广"创业+产业+金融"路径。')).toEqual(['人工智能+', '创业+产业+金融']);
  });

  it('leaves the words those frames are made of alone', () => {
    // 以此促进, 以便带动, 以更强担当: 以 and an ordinary word; 成为王…: a name follows.
    expect(named('以此促进发展,以便带动就业,以更强担当推进工作,他成为王家的女婿。')).toEqual([]);
    // Digits and Latin letters before + are the digit formulas' business (5G+, 1+N).
    expect(named('推动5G+工业互联网应用,构建1+N政策体系。')).toEqual([]);
    expect(named('应当尽快完成,尽力而为,量力而行。')).toEqual([]);
  });
});

describe('namedFormulas: programmes named by a head noun', () => {
  it('reads a programme launched by a verb, and the next one in a list', () => {
    expect(named('相关部门开展入企敲门行动,在省市率先推开。')).toEqual(['入企敲门行动']);
    expect(named('要深入实施招商引资突破行动,坚持目标导向。')).toEqual(['招商引资突破行动']);
    expect(named('坚决打好打赢浑善达克沙地歼灭战。')).toEqual(['浑善达克沙地歼灭战']);
    expect(named('突出抓好主体引育突破年、项目推进攻坚年两个年活动。')).toEqual(['主体引育突破年', '项目推进攻坚年']);
    expect(named('全力建设好横琴粤澳深度合作区。')).toEqual(['横琴粤澳深度合作区']);
    expect(named('深入实施强县工程,组织实施重点工程。')).toEqual(['强县工程']);
    expect(named('尽快出台种业振兴行动方案。')).toEqual(['种业振兴行动方案']);
  });

  it('does not read action and campaign words in prose as names', () => {
    expect(named('切实把思想和行动统一到中央部署上来,拿出实际行动,迅速行动起来。')).toEqual([]);
    // A body that says only "special" or "key" names nothing; one with 的 in it is a phrase.
    expect(named('开展专项行动,部署重点行动,打好污染防治的攻坚战。')).toEqual([]);
  });
});

describe('namedFormulas: counts', () => {
  it('reads N大X', () => {
    expect(named('着力打好三大攻坚战,实施九大工程,聚焦十大新兴产业。')).toEqual([
      '三大攻坚战',
      '九大工程',
      '十大新兴产业',
    ]);
  });

  it('leaves congresses, ordinals, plain 大 and run-on nouns alone', () => {
    expect(named('学习党的二十大精神,党的十大召开,第三大经济体,一大批项目,县四大班子主要领导出席。')).toEqual([]);
  });
});

describe('namedFormulas: meetings and documents', () => {
  it('reads numbered sessions, congresses, work conferences and standing bodies', () => {
    expect(named('传达学习党的十九届六中全会精神。')).toEqual(['党的十九届六中全会']);
    expect(named('贯彻省十二届人大七次会议、省政协十一届五次会议精神。')).toEqual([
      '省十二届人大七次会议',
      '省政协十一届五次会议',
    ]);
    expect(named('在二十届中央纪委四次全会上。列席第十四届全国人民代表大会第二次会议。')).toEqual([
      '二十届中央纪委四次全会',
      '第十四届全国人民代表大会第二次会议',
    ]);
    expect(named('落实省第十一次党代会精神和中央农村工作会议部署。县委常委会召开。')).toEqual([
      '省第十一次党代会',
      '中央农村工作会议',
      '县委常委会',
    ]);
  });

  it('reads a policy document in book-title marks, not a newspaper', () => {
    expect(named('研究《关于加快建设农业强县的实施方案(审议稿)》。据《人民日报》报道。')).toEqual([
      '关于加快建设农业强县的实施方案(审议稿)',
    ]);
  });

  it('leaves meetings that a date or a verb names alone', () => {
    expect(named('宁化县委一季度工作会议召开。县里召开安全生产工作会议。')).toEqual([]);
  });
});

describe('findUnexplained with the shape rules', () => {
  it('flags a name at each use, once one use shows it is a name', () => {
    const text = '集中整治和助企行动等工作。要深入开展助企行动,主动靠前服务。';
    const found = findUnexplained(text, []).filter((c) => c.kind === 'named');
    expect(found.map((c) => text.slice(c.start, c.end))).toEqual(['助企行动', '助企行动']);
  });

  it('leaves ordinary prose, quoted speech, dates and idioms alone', () => {
    expect(flagged('他说:"我们一定会做好"。2024年5月20日,天气晴好,大家一起吃饭,以便明天出发。')).toEqual([]);
    expect(flagged('曾经一穷二白的国家走向繁荣富强,通过上门走访、一对一访谈等方式了解情况。')).toEqual([]);
    expect(flagged('他以此为荣,行动迅速,为大家带来了好消息,成为王牌。')).toEqual([]);
  });

  it('flags a quoted slogan of parallel clauses, but not a quoted sentence or the text between two quotes', () => {
    const bare = (raw: string) => findUnexplained(normalize(raw).text, []).map((c) => c.text);
    expect(bare('必须坚持“抓招商就是抓发展、谋项目就是谋未来”。')).toEqual(['抓招商就是抓发展、谋项目就是谋未来']);
    expect(bare('锚定“走在前、挑大梁”目标。')).toEqual(['走在前、挑大梁']);
    // Clauses of different lengths: a sentence someone said, quoted.
    expect(bare('他表示,“这件事要抓紧办好,不能拖”。')).toEqual([]);
    // Between the closing quote of one phrase and the opening quote of the next: not a slogan.
    expect(bare('“六稳”工作,全面落实“六保”任务。')).toEqual(['六稳', '六保']);
  });

  it('gives a counted formula the quoted list before it as its definition', () => {
    const text = normalize('实施"大课堂、大检视、大比武"三大举措,开展集中轮训。').text;
    const c = findUnexplained(text, []).find((x) => x.text === '三大举措');
    expect(c?.definition).toMatchObject({ kind: 'before', text: '大课堂、大检视、大比武' });
  });

  it('returns spans inside the text on any mix of frame characters (property)', () => {
    const alphabet = [
      '以',
      '促',
      '改',
      '大',
      '三',
      '行',
      '动',
      '实',
      '施',
      '尽',
      '应',
      '保',
      '长',
      '制',
      '+',
      '届',
      '次',
      '会',
      '议',
      '、',
      ',',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        let last = -1;
        for (const s of namedFormulas(text)) {
          expect(s.start).toBeGreaterThan(last - 1);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.end).toBeLessThanOrEqual(text.length);
          last = s.end;
        }
      }),
      { numRuns: 2000 },
    );
  });
});
