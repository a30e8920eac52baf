// Every example of annex1.md, "What is typed into the value cells", with the exact reading.
import { placeholderKind, readSplitValue, readValue, type ReadValue, type Unit } from '../../src/core/values';

const u = (text: string, base = text, factor = 1): Unit => ({ text, base, factor });
const PIECE = u('个');
const PERCENT = u('%');
const WAN_YUAN = u('万元', '元', 1e4);

function q(text: string, number: number, decimals: number, unit?: Unit, comparison?: string): ReadValue {
  const value: Record<string, unknown> = { kind: 'quantity', number, decimals, text };
  if (unit) value.unit = unit;
  if (comparison) value.comparison = comparison;
  return value as unknown as ReadValue;
}

describe('comparison written before the number', () => {
  test.each<[string, ReadValue]>([
    ['≥18个', q('≥18个', 18, 0, PIECE, 'ge')],
    ['≤202.6万元', q('≤202.6万元', 202.6, 1, WAN_YUAN, 'le')],
    ['>=21933人', q('>=21933人', 21933, 0, u('人'), 'ge')],
    ['<=5300元/户', q('<=5300元/户', 5300, 0, u('元/户'), 'le')],
    ['=100%', q('=100%', 100, 0, PERCENT, 'eq')],
    ['＝8个', q('＝8个', 8, 0, PIECE, 'eq')],
    ['﹦72890', q('﹦72890', 72890, 0, undefined, 'eq')],
    ['> 90%', q('> 90%', 90, 0, PERCENT, 'gt')],
    ['< 5%', q('< 5%', 5, 0, PERCENT, 'lt')],
  ])('%s', (text, expected) => {
    expect(readValue(text)).toStrictEqual(expected);
  });
});

describe('comparison in words', () => {
  test.each<[string, ReadValue]>([
    ['95%以上', q('95%以上', 95, 0, PERCENT, 'ge')],
    ['不低于95%', q('不低于95%', 95, 0, PERCENT, 'ge')],
    ['不少于18个', q('不少于18个', 18, 0, PIECE, 'ge')],
    ['至少2次', q('至少2次', 2, 0, u('次'), 'ge')],
    ['达到2100', q('达到2100', 2100, 0, undefined, 'ge')],
    ['不高于5%', q('不高于5%', 5, 0, PERCENT, 'le')],
    ['不超过30万元', q('不超过30万元', 30, 0, WAN_YUAN, 'le')],
    ['3天以内', q('3天以内', 3, 0, u('天'), 'le')],
    ['最高5300元', q('最高5300元', 5300, 0, u('元'), 'le')],
  ])('%s', (text, expected) => {
    expect(readValue(text)).toStrictEqual(expected);
  });

  test.each(['不高于', '不超过', '以内'])('%s alone is a comparison with no number', (text) => {
    const read = readValue(text);
    expect(read.kind).toBe('unreadable');
    if (read.kind === 'unreadable') {
      expect(read.reason.en).toContain('a comparison with no number');
      expect(read.reason.zh).toContain('缺少数值');
    }
  });
});

describe('comparison, number and unit in three cells', () => {
  test('≤ | 9.9 | 万元', () => {
    expect(readSplitValue('≤', 9.9, '万元')).toStrictEqual(q('≤9.9万元', 9.9, 1, WAN_YUAN, 'le'));
  });
  test('= | 9 | 间 (as cells)', () => {
    expect(readSplitValue({ value: '=' }, { value: 9 }, { value: '间' })).toStrictEqual(q('=9间', 9, 0, u('间'), 'eq'));
  });
  test('定性 | 保障 |', () => {
    expect(readSplitValue('定性', '保障', null)).toStrictEqual({
      kind: 'label',
      label: '保障',
      band: 'met',
      text: '保障',
    });
  });
});

describe('no comparison', () => {
  test.each<[string, ReadValue]>([
    ['30万平方米', q('30万平方米', 30, 0, u('万平方米', '平方米', 1e4))],
    ['100%', q('100%', 100, 0, PERCENT)],
    ['623.5', q('623.5', 623.5, 1)],
    ['1', q('1', 1, 0)],
  ])('%s', (text, expected) => {
    expect(readValue(text)).toStrictEqual(expected);
  });
});

describe('units', () => {
  test.each<[string, string, number]>([
    ['个', '个', 1],
    ['户', '户', 1],
    ['人', '人', 1],
    ['人次', '人次', 1],
    ['套', '套', 1],
    ['间', '间', 1],
    ['栋', '栋', 1],
    ['次', '次', 1],
    ['篇', '篇', 1],
    ['份', '份', 1],
    ['年', '年', 1],
    ['天', '天', 1],
    ['%', '%', 1],
    ['百分比', '%', 1],
    ['元', '元', 1],
    ['万元', '元', 1e4],
    ['亿元', '元', 1e8],
    ['平方米', '平方米', 1],
    ['万平方米', '平方米', 1e4],
    ['元/人·月', '元/人·月', 1],
    ['元/平方米/月', '元/平方米/月', 1],
  ])('12%s', (unit, base, factor) => {
    expect(readValue(`12${unit}`)).toStrictEqual(q(`12${unit}`, 12, 0, u(unit, base, factor)));
  });

  test.each(['元/人*月', '元/户˙月'])('12%s unifies the separator to ·', (unit) => {
    const text = unit.replace(/[*˙]/, '·');
    expect(readValue(`12${unit}`)).toStrictEqual(q(`12${unit}`, 12, 0, u(text)));
  });

  test('sometimes none', () => {
    expect(readValue('12')).toStrictEqual(q('12', 12, 0));
  });
});

describe('number styles', () => {
  test.each<[string, ReadValue]>([
    ['250000.00', q('250000.00', 250000, 2)],
    ['215,457.6', q('215,457.6', 215457.6, 1)],
    ['１００％', q('１００％', 100, 0, PERCENT)],
    ['100.00%', q('100.00%', 100, 2, PERCENT)],
  ])('%s', (text, expected) => {
    expect(readValue(text)).toStrictEqual(expected);
  });

  test('a real number cell', () => {
    expect(readValue({ value: 18015.27 })).toStrictEqual(q('18015.27', 18015.27, 2));
  });
  test('a percent-formatted number cell: 0.96 shown as 96%', () => {
    expect(readValue({ value: 0.96, numFmt: '0%' })).toStrictEqual(q('96%', 96, 0, PERCENT));
  });
  test('a date cell', () => {
    expect(readValue({ value: 44926, numFmt: 'yyyy-mm-dd' })).toStrictEqual({
      kind: 'date',
      year: 2022,
      month: 12,
      day: 31,
      text: '2022-12-31',
    });
  });
});

describe('dates and deadlines', () => {
  test.each<[string, Record<string, unknown>]>([
    ['2022-12-31', { year: 2022, month: 12, day: 31 }],
    ['2022/12/31', { year: 2022, month: 12, day: 31 }],
    ['2022年12月31日', { year: 2022, month: 12, day: 31 }],
    ['12月底前', { comparison: 'le', month: 12 }],
    ['12月前', { comparison: 'le', month: 12 }],
    ['年底前', { comparison: 'le', month: 12 }],
  ])('%s', (text, parts) => {
    expect(readValue(text)).toStrictEqual({ kind: 'date', ...parts, text });
  });

  test('an Excel date serial', () => {
    expect(readValue({ value: 44926, numFmt: 'yyyy"年"m"月"d"日"' })).toMatchObject({
      kind: 'date',
      year: 2022,
      month: 12,
      day: 31,
    });
  });
});

describe('qualitative', () => {
  test.each<[string, string]>([
    ['是', 'met'],
    ['否', 'notMet'],
    ['达成年度指标', 'met'],
    ['部分达成年度指标并具有一定效果', 'partial'],
    ['未达成年度指标且效果较差', 'notMet'],
    ['达成预期指标', 'met'],
    ['达标', 'met'],
    ['合格', 'met'],
    ['完成', 'met'],
    ['已完成', 'met'],
    ['及时', 'met'],
    ['有效', 'met'],
    ['明显提升', 'met'],
    ['效果明显', 'met'],
    ['好', 'met'],
    ['高', 'met'],
    ['保障', 'met'],
  ])('%s → %s', (text, band) => {
    expect(readValue(text)).toStrictEqual({ kind: 'label', label: text, band, text });
  });
});

describe('empty or placeholder', () => {
  test.each<[string | null, 'blank' | 'residue']>([
    [null, 'blank'],
    ['', 'blank'],
    ['/', 'blank'],
    ['-', 'blank'],
    ['—', 'blank'],
    ['无', 'blank'],
    ['……', 'residue'],
    ['**', 'residue'],
    ['★★★', 'residue'],
    ['指标1：', 'residue'],
  ])('%p → %s', (text, placeholder) => {
    expect(readValue(text)).toStrictEqual({ kind: 'empty', placeholder, text: text ?? '' });
    expect(placeholderKind(text ?? '')).toBe(placeholder);
  });

  test('0 typed into a text column is blank; in a value cell it is the number 0', () => {
    expect(placeholderKind('0')).toBe('blank');
    expect(readValue('0')).toStrictEqual(q('0', 0, 0));
    expect(readValue(0)).toStrictEqual(q('0', 0, 0));
  });
});
