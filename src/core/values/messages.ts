import { quote } from './normalise';
import type { Unreadable } from './types';

type Reason = Unreadable['reason'];

const EXPECTED_ZH = '应为数值（如 ≥18个）、日期或定性评价';
const EXPECTED_EN = 'expected a number (e.g. ≥18个), a date or a qualitative label';

export const reasons = {
  generic: (t: string): Reason => ({
    zh: `无法识别“${quote(t)}”：${EXPECTED_ZH}`,
    en: `cannot read “${quote(t)}”: ${EXPECTED_EN}`,
  }),
  tooLong: (): Reason => ({
    zh: `内容超过200字，无法识别：${EXPECTED_ZH}`,
    en: `the text is over 200 characters: ${EXPECTED_EN}`,
  }),
  range: (t: string): Reason => ({
    zh: `无法识别“${quote(t)}”：这是一个区间，应填写单个数值（如 ≥90%）`,
    en: `cannot read “${quote(t)}”: it is a range; expected a single number (e.g. ≥90%)`,
  }),
  manyNumbers: (t: string): Reason => ({
    zh: `无法识别“${quote(t)}”：含有多个数字，应只填写一个数值（如 ≥18个）`,
    en: `cannot read “${quote(t)}”: it holds more than one number; expected a single number (e.g. ≥18个)`,
  }),
  unknownUnit: (t: string, unit: string): Reason => ({
    zh: `无法识别“${quote(t)}”：数字后的“${quote(unit)}”不是单位，应为数值加单位（如 ≥18个）`,
    en: `cannot read “${quote(t)}”: “${quote(unit)}” after the number is no unit; expected a number and its unit (e.g. ≥18个)`,
  }),
  invalidDate: (t: string): Reason => ({
    zh: `无法识别“${quote(t)}”：不是有效日期（应如 2022-12-31 或 12月底前）`,
    en: `cannot read “${quote(t)}”: not a valid date (expected e.g. 2022-12-31 or 12月底前)`,
  }),
  comparisonOnly: (t: string): Reason => ({
    zh: `无法识别“${quote(t)}”：只有比较词，缺少数值（应如 ≥18个）`,
    en: `cannot read “${quote(t)}”: a comparison with no number (expected e.g. ≥18个)`,
  }),
  conflict: (t: string): Reason => ({
    zh: `无法识别“${quote(t)}”：比较关系前后矛盾（如同时写了“不低于”和“以下”）`,
    en: `cannot read “${quote(t)}”: it states two different comparisons`,
  }),
  errorCell: (error: string): Reason => ({
    zh: `单元格显示错误值 ${quote(error)}`,
    en: `the cell shows the error ${quote(error)}`,
  }),
  notFinite: (value: number): Reason => ({
    zh: `单元格中的数值无效（${String(value)}）`,
    en: `the cell holds no finite number (${String(value)})`,
  }),
  badSerial: (value: number): Reason => ({
    zh: `单元格为日期格式，但${String(value)}不是有效的日期序号`,
    en: `the cell is formatted as a date, but ${String(value)} is no valid date serial`,
  }),
  fakeLeapDay: (): Reason => ({
    zh: '日期序号60对应不存在的1900年2月29日（Excel 的1900年闰年错误）',
    en: 'date serial 60 is 1900-02-29, a day that never was (Excel’s 1900 leap-year bug)',
  }),
  unknownContent: (): Reason => ({
    zh: '无法识别单元格内容：应为数值、日期或文字',
    en: 'cannot read the cell: expected a number, a date or text',
  }),
  internal: (): Reason => ({
    zh: '读取单元格时出现内部错误',
    en: 'internal error while reading the cell',
  }),
  splitComparison: (t: string): Reason => ({
    zh: `无法识别比较符号“${quote(t)}”：应为 ≥、≤、=、>、< 或“定性”`,
    en: `cannot read the comparison “${quote(t)}”: expected ≥, ≤, =, >, < or 定性`,
  }),
  splitUnit: (t: string, unit: string): Reason => ({
    zh: `“${quote(t)}”的单位与单位栏“${quote(unit)}”不一致`,
    en: `“${quote(t)}” has a unit other than the unit column's “${quote(unit)}”`,
  }),
};
