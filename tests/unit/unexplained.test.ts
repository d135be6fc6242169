import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { patternsOf } from '../../src/core/glossary-index';
import { Matcher } from '../../src/core/matcher';
import { normalize } from '../../src/core/normalize';
import { findUnexplained } from '../../src/core/unexplained';
import { GLOSSARY } from '../../src/glossary';

const matcher = new Matcher(patternsOf(GLOSSARY));
const flagged = (raw: string) => {
  const text = normalize(raw).text;
  return findUnexplained(text, matcher.findAll(text)).map((c) => c.text);
};

describe('findUnexplained', () => {
  it('flags numbered formulas the glossary lacks', () => {
    expect(flagged('全力打造四为四高两同步的发展格局。')).toEqual(['四为四高两同步']);
    expect(flagged('加快建设三区四基地,')).toEqual(['三区四基地']);
    expect(flagged('构建5+N产业体系。')).toEqual(['5+N']);
    expect(flagged('三区四基地')).toEqual(['三区四基地']); // at the very start and end of the text
  });

  it('flags short quoted phrases, traditional or simplified', () => {
    expect(flagged('跑出高質量發展的「加速度」。')).toEqual(['加速度']);
    expect(flagged('成为行业“轻骑兵”')).toEqual(['轻骑兵']);
  });

  it('infers the parts of a numbered formula enumerated nearby', () => {
    // No glossary: the inference must not depend on whether an entry for 五美 exists yet.
    const text = normalize('打造"五美"乡村:环境美、产业美、生活美、风尚美、治理美。').text;
    const [c] = findUnexplained(text, []);
    expect(c?.text).toBe('五美');
    expect(c?.parts).toEqual(['环境美', '产业美', '生活美', '风尚美', '治理美']);
  });

  it('leaves glossary terms to the glossary', () => {
    expect(flagged('滚动推进"三个一批"活动,坚持"项目为王"。')).toEqual([]);
  });

  it('never flags quoted speech, scare quotes or plain numbers', () => {
    expect(flagged('他说:"我们一定会做好"。')).toEqual([]);
    expect(flagged('群众表示:"太好了"')).toEqual([]);
    expect(flagged('解锁振兴"密码"')).toEqual([]);
    expect(flagged('他在会上说,"这件事要抓紧办好,不能拖"。')).toEqual([]);
    expect(flagged('7月28日至30日,两天半的行程,一个个项目,十个县三年两次。')).toEqual([]);
    expect(flagged('第一季度增长百分之五,二〇二二年。')).toEqual([]);
    // Numbers written out in older reports, and idioms and words that contain 一 (found in the corpora).
    expect(flagged('粮食产量达到一百五十万吨,投资一千二百四十一亿元,一千三百多个。')).toEqual([]);
    expect(flagged('一心一意谋发展,一代又一代人,举一反三,进一步统一思想,两市进一步加强。')).toEqual([]);
    expect(flagged('一兵一卒,统一大业一定能实现,星期三开会,第三个五年。')).toEqual([]);
    expect(flagged('增长二十六点七,八到九是可能的,三是一些地方,五湖四海来的人,四通八达。')).toEqual([]);
  });

  it('flags numbered compounds, quoted or not', () => {
    const bare = (text: string) => findUnexplained(normalize(text).text, []).map((c) => c.text);
    expect(bare('实施“六地四转”战略。')).toEqual(['六地四转']);
    expect(bare('构建三区十园发展格局。')).toEqual(['三区十园']);
    expect(bare('坚持四为四高两同步,')).toEqual(['四为四高两同步']);
    expect(bare('深入推进双招双引,落实双返双防。')).toEqual(['双招双引', '双返双防']);
    expect(bare('两岸双方就此达成共识,双方同意。')).toEqual([]);
  });

  it('reads a run of quoted short phrases as one formula with its parts', () => {
    const text = normalize('着力打造“一核”“一区”“一张网”,推动全域发展。').text;
    const [c, ...others] = findUnexplained(text, []);
    expect(others).toEqual([]);
    expect(c).toMatchObject({ text: '一核一区一张网', form: 'enumeration', parts: ['一核', '一区', '一张网'] });
    // Two-character items count inside an enumeration, though never alone.
    expect(flagged('推进“强链”“补链”“延链”。')).toEqual(['强链补链延链']);
    expect(flagged('解锁振兴"密码"')).toEqual([]);
  });

  it('flags digit formulas: plus formulas and quoted digits, but not years or plain numbers', () => {
    const bare = (text: string) => findUnexplained(normalize(text).text, []).map((c) => c.text);
    expect(bare('按照“1+N+X”模式推进。')).toEqual(['1+N+X']);
    expect(bare('落实“123”总体工作思路。')).toEqual(['123']);
    expect(bare('到“2035”年,投资“12”亿元,增长12%,共123个项目。')).toEqual(['12']);
  });

  it('never lights quoted speech, dates or idioms, even in a run of quotes', () => {
    expect(flagged('他说:"好","行"。')).toEqual([]);
    expect(flagged('2024年5月20日,三番五次,七上八下,一心一意。')).toEqual([]);
  });

  it('attaches the definition the page itself gives', () => {
    const text = normalize('全力推进“六地四转”,即建设六个基地、推动四个转变。').text;
    const [c] = findUnexplained(text, []);
    expect(c?.definition).toMatchObject({ kind: 'namely', text: '建设六个基地、推动四个转变' });
  });

  it('still flags formulas led by 一 that are not idioms', () => {
    // With no glossary at all, so that entries for these formulas cannot hide them.
    const bare = (text: string) => findUnexplained(text, []).map((c) => c.text);
    expect(bare('推行一企一策,发展一村一品特色产业。')).toEqual(['一企一策', '一村一品']);
    expect(bare('打造一高地四区。')).toEqual(['一高地四区']);
  });

  it('always ends, with candidates inside the text, on any mix of numerals, quotes and Han (property)', () => {
    const alphabet = ['一', '三', '两', '十', '区', '基', '地', '的', '年', '"', ',', '5', '+', 'N', '强', '美', '、'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        for (const c of findUnexplained(text, [])) {
          expect(c.start).toBeGreaterThanOrEqual(0);
          expect(c.end).toBeLessThanOrEqual(text.length);
          // An enumeration spans its quotes; its text is its items joined.
          if (c.form === 'enumeration') for (const p of c.parts) expect(text.slice(c.start, c.end)).toContain(p);
          else expect(text.slice(c.start, c.end)).toBe(c.text);
          if (c.definition) expect(text.slice(c.definition.start, c.definition.end)).toBe(c.definition.text);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
