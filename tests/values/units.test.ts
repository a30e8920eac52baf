import { inBase, parseUnit, readValue, unitsConvertible, type Quantity } from '../../src/core/values';

function quantity(text: string): Quantity {
  const read = readValue(text);
  if (read.kind !== 'quantity') throw new Error(`${text} read as ${read.kind}`);
  return read;
}

describe('parseUnit', () => {
  test.each<[string, string, string, number]>([
    ['元', '元', '元', 1],
    ['万元', '万元', '元', 1e4],
    ['亿元', '亿元', '元', 1e8],
    ['平方米', '平方米', '平方米', 1],
    ['万平方米', '万平方米', '平方米', 1e4],
    ['㎡', 'm2', '平方米', 1],
    ['m²', 'm2', '平方米', 1],
    ['%', '%', '%', 1],
    ['％', '%', '%', 1],
    ['百分比', '百分比', '%', 1],
    ['千米', '千米', '米', 1000],
    ['公里', '公里', '米', 1000],
    ['万元/户', '万元/户', '元/户', 1e4],
    ['万元/平方米', '万元/平方米', '元/平方米', 1e4],
    ['元/㎡', '元/m2', '元/平方米', 1],
    ['元/人*月', '元/人·月', '元/人·月', 1],
    ['元/户˙月', '元/户·月', '元/户·月', 1],
    ['元/人・月', '元/人·月', '元/人·月', 1],
    ['元/人•月', '元/人·月', '元/人·月', 1],
    ['个月', '个月', '个月', 1],
    ['万人次', '万人次', '人次', 1e4],
  ])('%s', (written, text, base, factor) => {
    expect(parseUnit(written)).toStrictEqual({ text, base, factor });
  });

  test.each(['', '小区', '元/', '/户', '万%', 'x'.repeat(100)])('%p is no known unit', (text) => {
    expect(parseUnit(text)).toBeUndefined();
  });
});

describe('unitsConvertible', () => {
  test.each<[string, string, boolean]>([
    ['万元', '元', true],
    ['亿元', '万元', true],
    ['万平方米', '平方米', true],
    ['㎡', '万平方米', true],
    ['%', '百分比', true],
    ['公里', '千米', true],
    ['万元/户', '元/户', true],
    ['个', '户', false],
    ['元', '%', false],
    ['元/户', '元', false],
  ])('%s ~ %s: %s', (a, b, convertible) => {
    expect(unitsConvertible(parseUnit(a), parseUnit(b))).toBe(convertible);
  });

  test('a missing unit takes the other side’s', () => {
    expect(unitsConvertible(undefined, parseUnit('万元'))).toBe(true);
    expect(unitsConvertible(parseUnit('%'), undefined)).toBe(true);
    expect(unitsConvertible()).toBe(true);
  });

  test('custom units convert only into themselves', () => {
    const a = quantity('5000株').unit;
    expect(a).toStrictEqual({ text: '株', base: '株', factor: 1 });
    expect(unitsConvertible(a, quantity('12株').unit)).toBe(true);
    expect(unitsConvertible(a, parseUnit('个'))).toBe(false);
  });
});

describe('inBase', () => {
  test.each<[string, number]>([
    ['≤202.6万元', 2026000],
    ['1.5亿元', 150000000],
    ['30万平方米', 300000],
    ['18015.27万元', 180152700],
    ['3公里', 3000],
    ['2.5万元/户', 25000],
    ['96%', 96],
    ['96百分比', 96],
    ['623.5', 623.5],
  ])('%s → %d', (text, base) => {
    expect(inBase(quantity(text))).toBe(base);
  });

  test('万元 and 元 compare after conversion', () => {
    expect(inBase(quantity('202.6万元'))).toBe(inBase(quantity('2,026,000元')));
  });
});

describe('a bare 万 after a number', () => {
  const wanYuan = { text: '万元', base: '元', factor: 1e4 };
  it('is 万元 where the value is money: 150万, ≤150万, 150万以内', () => {
    expect(readValue('150万', { money: true })).toStrictEqual({
      kind: 'quantity',
      number: 150,
      decimals: 0,
      text: '150万',
      unit: wanYuan,
    });
    expect(readValue('≤150万', { money: true })).toMatchObject({ comparison: 'le', unit: wanYuan });
    expect(readValue('125.25万以内', { money: true })).toMatchObject({
      number: 125.25,
      comparison: 'le',
      unit: wanYuan,
    });
  });

  it('and a bare 亿 is 亿元 there, so that 1.5亿 meets 15000万元', () => {
    const yi = readValue('≥1.5亿', { money: true });
    expect(yi).toMatchObject({ comparison: 'ge', unit: { text: '亿元', base: '元', factor: 1e8 } });
    expect(yi.kind === 'quantity' && inBase(yi)).toBe(inBase(quantity('15000万元')));
    expect(readValue('1.5亿')).toMatchObject({ unit: { text: '亿', base: '亿', factor: 1 } });
    expect(readValue('2亿人次', { money: true })).toMatchObject({
      unit: { text: '亿人次', base: '人次', factor: 1e8 },
    });
  });

  it('stays a word of its own elsewhere, and 万人, 万册, 万人次 stay counts even in money', () => {
    expect(readValue('150万')).toMatchObject({ unit: { text: '万', base: '万', factor: 1 } });
    expect(readValue('5万人', { money: true })).toMatchObject({ unit: { text: '万人', base: '人', factor: 1e4 } });
    expect(readValue('5万册', { money: true })).toMatchObject({ unit: { text: '万册', base: '册', factor: 1e4 } });
    expect(readValue('5万人次', { money: true })).toMatchObject({
      unit: { text: '万人次', base: '人次', factor: 1e4 },
    });
    expect(readValue('30万平方米', { money: true })).toMatchObject({ unit: { base: '平方米', factor: 1e4 } });
  });
});
