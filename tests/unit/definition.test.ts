import { describe, expect, it } from 'vitest';
import { findDefinition } from '../../src/core/definition';
import { normalize } from '../../src/core/normalize';

/** The definition of the first occurrence of `formula` in `raw`, normalised first as the page is. */
function define(raw: string, formula: string) {
  const text = normalize(raw).text;
  const at = text.indexOf(formula);
  expect(at).toBeGreaterThanOrEqual(0);
  const found = findDefinition(text, at, at + formula.length);
  if (found) expect(text.slice(found.start, found.end)).toBe(found.text);
  return found && { kind: found.kind, text: found.text };
}

describe('findDefinition', () => {
  it('reads "即 …" after the formula', () => {
    expect(define('深入开展“三个一批”活动，即签约一批、开工一批、投产一批，推动项目建设提速。', '三个一批')).toEqual({
      kind: 'namely',
      text: '签约一批、开工一批、投产一批',
    });
  });

  it('reads a list a few words on, after 包括', () => {
    expect(
      define('实施“六地四转”发展战略，主要包括建设粮食生产基地、能源基地等六地，推动四个转变。', '六地四转'),
    ).toEqual({ kind: 'includes', text: '建设粮食生产基地、能源基地等六地' });
  });

  it('reads a gloss in brackets, with or without 即', () => {
    expect(define('全面落实“四为四高两同步”（以为民为本、为企服务为要）的要求。', '四为四高两同步')).toEqual({
      kind: 'bracket',
      text: '以为民为本、为企服务为要',
    });
    expect(define('构建“1+N+X”（即1个总体方案、N个专项方案、X个配套政策）政策体系。', '1+N+X')).toEqual({
      kind: 'bracket',
      text: '1个总体方案、N个专项方案、X个配套政策',
    });
  });

  it('reads a colon and what follows, past a head noun', () => {
    expect(define('全力推进“三区十园”建设：打造三个功能区和十个产业园区。', '三区十园')).toEqual({
      kind: 'colon',
      text: '打造三个功能区和十个产业园区',
    });
  });

  it('reads a list that leads up to the formula', () => {
    expect(define('坚持强链、补链、延链等“三链”同构，壮大产业集群。', '三链')).toEqual({
      kind: 'before',
      text: '强链、补链、延链',
    });
  });

  it('does not take a list of fields before a quoted phrase for its definition', () => {
    expect(define('聚焦“三资”管理、医药卫生领域“骨头案”', '骨头案')).toBeUndefined();
    // The formula counts three parts; a list of two is not its definition.
    expect(define('坚持强链、补链等“三链”同构。', '三链')).toBeUndefined();
    expect(define('签约一批、开工一批、投产一批的“三个一批”活动。', '三个一批')).toEqual({
      kind: 'before',
      text: '签约一批、开工一批、投产一批',
    });
  });

  it('says nothing when the page gives no definition', () => {
    expect(define('会议强调，要持续深化“六地四转”，确保完成全年目标。', '六地四转')).toBeUndefined();
    // A bracket that holds only a number or a date is not a definition.
    expect(define('落实“五个一”（2023年）工作机制。', '五个一')).toBeUndefined();
  });

  it('never runs past the sentence', () => {
    const found = define('推动“两新”，即大规模设备更新和消费品以旧换新。另一句话不属于它。', '两新');
    expect(found?.text).toBe('大规模设备更新和消费品以旧换新');
  });

  it('does not read 即将, 即使 or 即可 as "namely"', () => {
    // A wrong definition is worse than none: 即将收官 says when, not what.
    expect(define('2025年,"十四五"即将收官、"十五五"正在谋划。', '十四五')).toBeUndefined();
    expect(define('落实"两个确保",即使困难再大也要完成。', '两个确保')).toBeUndefined();
  });

  it('reads a numbered list past its semicolons, after a count restated by 分别为', () => {
    expect(
      define('"国九条"共包含九条内容,分别为(1)总体要求;(2)严把准入关;(3)严格持续监管。下一句。', '国九条'),
    ).toEqual({
      kind: 'includes',
      text: '(1)总体要求;(2)严把准入关;(3)严格持续监管',
    });
  });

  it('reads a list closed by 为代表, without the preposition that opens it', () => {
    expect(define('我国以电动载人汽车、锂电池、太阳能电池为代表的"新三样"出口增长。', '新三样')).toEqual({
      kind: 'before',
      text: '电动载人汽车、锂电池、太阳能电池',
    });
  });

  it('reads a quoted list right before a formula that counts as many parts, and only then', () => {
    expect(define('实施"大课堂、大检视、大比武"三大举措。', '三大举措')).toEqual({
      kind: 'before',
      text: '大课堂、大检视、大比武',
    });
    // Two items do not define three parts; an unquoted list of fields defines nothing.
    expect(define('实施"大课堂、大检视"三大举措。', '三大举措')).toBeUndefined();
    expect(define('围绕教育、医疗、养老三大举措。', '三大举措')).toBeUndefined();
  });
});
