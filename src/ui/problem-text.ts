// Validation problems from src/core (codes with parameters) in the interface language. Simplified
// Chinese is written here; Traditional is converted from it with OpenCC, so the two never drift apart.
import type { ProblemCode, ProblemParams } from '../core/problems';
import { problemEnglish } from '../core/problems';
import { getLocale } from '../i18n';
import { zhTW } from './traditional';

const ZH: Record<ProblemCode, string> = {
  nonEmpty: '不能为空',
  maxLength: '不能超过 {0} 个字符',
  needsHan: '须含汉字',
  oneOf: '须为以下之一：{0}',
  year: '须为 1900 至 2100 之间的年份',
  array: '须为列表',
  minItems: '至少须有 {0} 项',
  object: '须为对象',
  required: '为必填项',
  unknownField: '不是已知字段',
  kebab: '须由小写字母、数字和连字符组成',
  fromAfterTo: '起始年份不能晚于结束年份',
  nationalNoPlace: '全国范围不填地名',
  localNeedsPlace: '地方范围须填写中文地名和英文地名',
  localScope: '地方词条须有省级、市级或县级范围',
  duplicateId: '标识重复',
  idTaken: '已是你另一个词条的标识',
  unknownRelated: '未知标识 {0}',
  pipe: '不能含“|”，它在 CSV 文件中用来分隔列表项',
  spaceEdge: '首尾不能有空格',
  traditional: '用的是繁体字；请改用简体字：{0}',
  jsonCell: '须为 JSON 数组（{0}）',
  columnTwice: '列“{0}”出现了两次',
  unknownColumn: '未知列“{0}”',
  unknownColumnSeparator: '未知列“{0}”（各列须以英文逗号分隔）',
  missingColumn: '缺少列“{0}”',
  quoteUnclosed: '有带引号的单元格没有闭合（引号不成对）',
  quoteInside: '带引号的单元格中的引号须写两次（""）',
  csvSyntax: '文件格式有误，无法按 CSV 读取',
  cellCount: '有 {0} 个单元格，但表头有 {1} 列',
  cellCountOne: '只有 1 个单元格，但表头有 {1} 列',
  formula: "看似电子表格公式（{0}）；如要作为文字导入，请在单元格开头加 '",
  notJson: '不是有效的 JSON',
  notArray: '须为词条的 JSON 数组',
  noEntries: '文件中没有词条。',
  unreadable: '无法读取该文件。',
  idTwice: '标识“{0}”重复（第 {1} 行也有）',
  formOnRow: '“{0}”也是第 {1} 行（“{2}”）的写法',
  formOfYours: '“{0}”已是你的词条“{1}”的写法',
  unknownId: '未知标识“{0}”',
  empty: '文件是空的。',
  tooLarge: '文件大小为 {0}；可导入的文件最大为 {1}。',
  tooLargeAtLeast: '文件至少有 {0}；可导入的文件最大为 {1}。',
  utf32: '文件为 UTF-32 编码，不受支持。请另存为 UTF-8 后再导入。',
  bomInvalid: '文件以 {0} 字节顺序标记开头，但内容不是有效的 {0} 文本。',
  utf16NoBom: '文件似乎是没有字节顺序标记的 UTF-16 文本，无法可靠读取。请另存为 UTF-8 后再导入。',
  notUtf8:
    '文件不是有效的 UTF-8 文本（第 {0} 字节，第 {1} 行），可能是 GB18030/GBK、Big5 或 Latin-1 编码。请另存为 UTF-8（Excel 中选“CSV UTF-8”）后再导入。',
  nul: '文件含 NUL 字符，不是文本文件，或是没有字节顺序标记的 UTF-16。请另存为 UTF-8 后再导入。',
  itemOf: '第 {0} 项：{1}',
};

const fill = (template: string, params: ProblemParams) =>
  template.replace(/\{(\d)\}/g, (_, i: string) => String(params[Number(i)] ?? ''));

/** One problem in the interface language; `item` names the list item it concerns (from 1). */
export function problemText(problem: { code: ProblemCode; params?: ProblemParams; item?: number }): string {
  const locale = getLocale();
  const params = problem.params ?? [];
  if (locale === 'en') {
    const text = problemEnglish(problem.code, params);
    return problem.item === undefined ? text : problemEnglish('itemOf', [problem.item, text]);
  }
  const zh = (code: ProblemCode, p: ProblemParams) =>
    locale === 'zh_TW' ? zhTW(fill(ZH[code], p)) : fill(ZH[code], p);
  const text = zh(problem.code, params);
  return problem.item === undefined ? text : zh('itemOf', [problem.item, text]);
}
