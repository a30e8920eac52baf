import { readComparison, readValue, wordsBeforeFigure, type ReadValue } from '../../src/core/values';

function expectUnreadable(text: string, en: string, zh: string): void {
  const read = readValue(text);
  expect(read.kind).toBe('unreadable');
  if (read.kind === 'unreadable') {
    expect(read.text).toBe(text);
    expect(read.reason.en).toContain(en);
    expect(read.reason.zh).toContain(zh);
  }
}

describe('normalisation', () => {
  test.each<[string, Partial<ReadValue>]>([
    ['　≥ 18\n个　', { kind: 'quantity', comparison: 'ge', number: 18 }],
    ['≧95％', { kind: 'quantity', comparison: 'ge', number: 95 }],
    ['≦5%', { kind: 'quantity', comparison: 'le', number: 5 }],
    ['=<5%', { kind: 'quantity', comparison: 'le', number: 5 }],
    ['=>5%', { kind: 'quantity', comparison: 'ge', number: 5 }],
    ['＞＝５', { kind: 'quantity', comparison: 'ge', number: 5 }],
    ['＜５', { kind: 'quantity', comparison: 'lt', number: 5 }],
    ['１８．５万元', { kind: 'quantity', number: 18.5, decimals: 1 }],
    ['≥18个：', { kind: 'quantity', comparison: 'ge', number: 18 }],
    ['是：', { kind: 'label', label: '是', band: 'met' }],
    ['合　格', { kind: 'label', label: '合格', band: 'met' }],
    ['-5%', { kind: 'quantity', number: -5 }],
    ['−5', { kind: 'quantity', number: -5 }],
    ['1,234,567.89元', { kind: 'quantity', number: 1234567.89, decimals: 2 }],
    ['.5', { kind: 'quantity', number: 0.5, decimals: 1 }],
    ['100.', { kind: 'quantity', number: 100, decimals: 0 }],
    ['18个。', { kind: 'quantity', number: 18, decimals: 0 }],
  ])('%p', (text, expected) => {
    expect(readValue(text)).toMatchObject(expected);
  });
});

describe('comparisons in words', () => {
  test.each<[string, string]>([
    ['95%以上', 'ge'],
    ['95%及以上', 'ge'],
    ['95%(含)以上', 'ge'],
    ['5%以下', 'le'],
    ['5%及以下', 'le'],
    ['3天内', 'le'],
    ['3个工作日内', 'le'],
    ['2100以内', 'le'],
    ['不低于95%', 'ge'],
    ['不少于18个', 'ge'],
    ['不小于18个', 'ge'],
    ['至少2次', 'ge'],
    ['达到2100', 'ge'],
    ['大于等于90%', 'ge'],
    ['大于或等于90%', 'ge'],
    ['不高于5%', 'le'],
    ['不超过5%', 'le'],
    ['不多于3次', 'le'],
    ['不大于3次', 'le'],
    ['最高5300元', 'le'],
    ['小于等于5%', 'le'],
    ['最多3次', 'le'],
    ['大于90%', 'gt'],
    ['超过90%', 'gt'],
    ['高于90%', 'gt'],
    ['小于5%', 'lt'],
    ['低于5%', 'lt'],
    ['达95%', 'ge'],
    ['控制在5%以内', 'le'],
  ])('%s → %s', (text, comparison) => {
    expect(readValue(text)).toMatchObject({ kind: 'quantity', comparison });
  });

  test('conflicting comparisons are unreadable', () => {
    expectUnreadable('≥95%以下', 'two different comparisons', '矛盾');
    expectUnreadable('不低于5%以内', 'two different comparisons', '矛盾');
  });

  test('the same comparison twice is fine', () => {
    expect(readValue('≥95%以上')).toMatchObject({ comparison: 'ge', number: 95 });
  });

  test.each<[string, string | undefined]>([
    ['≥', 'ge'],
    ['＞', 'gt'],
    ['≤', 'le'],
    ['<', 'lt'],
    ['=', 'eq'],
    ['＝', 'eq'],
    ['>=', 'ge'],
    ['<=', 'le'],
    ['不低于', 'ge'],
    ['不超过', 'le'],
    ['以上', 'ge'],
    ['以内', 'le'],
    ['定性', undefined],
    ['', undefined],
    ['18', undefined],
  ])('readComparison(%p) → %p', (text, comparison) => {
    expect(readComparison(text)).toBe(comparison);
  });
});

describe('filler before an actual', () => {
  test.each<[string, Partial<ReadValue>]>([
    ['完成19个', { number: 19 }],
    ['实际完成995户', { number: 995 }],
    ['共5项', { number: 5 }],
    ['共计5项', { number: 5 }],
    ['累计250.82万元', { number: 250.82, decimals: 2 }],
    ['约18个', { number: 18 }],
    ['全年完成30万平方米', { number: 30 }],
    ['达96%', { number: 96, comparison: 'ge' }],
  ])('%s', (text, expected) => {
    const read = readValue(text);
    expect(read).toMatchObject({ kind: 'quantity', ...expected });
    if (text !== '达96%') expect(read).not.toHaveProperty('comparison');
  });
});

describe('the indicator name repeated before a comparison sign', () => {
  test.each(['满意度≥95%', '满意度：≥95%', '合格率=100%'])('%s', (text) => {
    expect(readValue(text)).toMatchObject({ kind: 'quantity', unit: { text: '%' } });
  });

  test('without a sign the name is no filler', () => {
    expect(readValue('完成率100%').kind).toBe('unreadable');
  });
});

describe('units after the number', () => {
  test('text after a known unit is ignored', () => {
    expect(readValue('19个小区')).toStrictEqual({
      kind: 'quantity',
      number: 19,
      decimals: 0,
      text: '19个小区',
      unit: { text: '个', base: '个', factor: 1 },
    });
    expect(readValue('18个左右')).toMatchObject({ number: 18, unit: { text: '个' } });
  });

  test('the longest known unit wins', () => {
    expect(readValue('3个月')).toMatchObject({ unit: { text: '个月' } });
    expect(readValue('5人次')).toMatchObject({ unit: { text: '人次' } });
    expect(readValue('30万平方米')).toMatchObject({ unit: { text: '万平方米' } });
    expect(readValue('2.5万元/户')).toMatchObject({ unit: { text: '万元/户', base: '元/户', factor: 1e4 } });
  });

  test('㎡ and m² read as square metres', () => {
    expect(readValue('120㎡')).toMatchObject({ number: 120, unit: { text: 'm2', base: '平方米', factor: 1 } });
    expect(readValue('120m²')).toMatchObject({ number: 120, unit: { text: 'm2', base: '平方米', factor: 1 } });
  });

  test('a short unknown unit is kept as written', () => {
    expect(readValue('5000株以上')).toStrictEqual({
      kind: 'quantity',
      comparison: 'ge',
      number: 5000,
      decimals: 0,
      text: '5000株以上',
      unit: { text: '株', base: '株', factor: 1 },
    });
    expect(readValue('12小区')).toMatchObject({ unit: { text: '小区', base: '小区', factor: 1 } });
  });

  test('a rate written with its per-unit first (每亩300, hn-yongzhou-lingling-lyj-2021)', () => {
    expect(readValue('每亩300')).toStrictEqual({
      kind: 'quantity',
      number: 300,
      decimals: 0,
      text: '每亩300',
      unit: { text: '/亩', base: '/亩', factor: 1 },
    });
    expect(readValue('每人500元')).toMatchObject({ number: 500, unit: { text: '元/人', base: '元/人', factor: 1 } });
    expect(readValue('每户2.5万元')).toMatchObject({ number: 2.5, unit: { base: '元/户', factor: 1e4 } });
    expect(readValue('≤每亩300元')).toMatchObject({ comparison: 'le', number: 300, unit: { base: '元/亩' } });
    expect(readValue('每年12月底前')).toMatchObject({ kind: 'date', comparison: 'le', month: 12 });
    // Two per-parts are one rate, as 500元/人·月 writes it, not a unit 人每月.
    expect(readValue('每人每月500元')).toMatchObject({ number: 500, unit: { text: '元/人·月', base: '元/人·月' } });
    expect(readValue('每亩每年300')).toMatchObject({ number: 300, unit: { text: '/亩·年' } });
    expect(readValue('每年度100')).toMatchObject({ number: 100, unit: { text: '/年度' } });
    // With a sign between, the per-part is still the rate's (not a name repeated before the sign, as 满意度≥95%).
    expect(readValue('每亩≥300元')).toMatchObject({ comparison: 'ge', number: 300, unit: { base: '元/亩' } });
    expect(readValue('每人每月≤500元')).toMatchObject({ comparison: 'le', unit: { base: '元/人·月' } });
  });

  test('an "-odd" figure (200余人, 30多万元) has the unit after 余 or 多, so it compares with 200人', () => {
    expect(readValue('200余人')).toStrictEqual({
      kind: 'quantity',
      number: 200,
      decimals: 0,
      text: '200余人',
      unit: { text: '人', base: '人', factor: 1 },
    });
    expect(readValue('30多万元')).toMatchObject({ number: 30, unit: { text: '万元', base: '元', factor: 1e4 } });
    expect(readValue('600余人以上')).toMatchObject({ comparison: 'ge', number: 600, unit: { base: '人' } });
    expect(readValue('200余')).toStrictEqual({ kind: 'quantity', number: 200, decimals: 0, text: '200余' });
  });

  test('a long or odd suffix is no unit', () => {
    expectUnreadable('18这是一段很长的说明文字', 'is no unit', '不是单位');
    expectUnreadable('18(个)', 'is no unit', '不是单位');
  });
});

describe('dates as text', () => {
  test.each<[string, Record<string, unknown>]>([
    ['2022-12-31', { year: 2022, month: 12, day: 31 }],
    ['2022/12/31', { year: 2022, month: 12, day: 31 }],
    ['2022.12.31', { year: 2022, month: 12, day: 31 }],
    ['2022年12月31日', { year: 2022, month: 12, day: 31 }],
    ['２０２２年１２月３１日', { year: 2022, month: 12, day: 31 }],
    ['2022年12月', { year: 2022, month: 12 }],
    ['2022年12月底', { year: 2022, month: 12 }],
    ['12月31日', { month: 12, day: 31 }],
    ['12月底前', { comparison: 'le', month: 12 }],
    ['12月底前完成', { comparison: 'le', month: 12 }],
    ['12月前', { comparison: 'le', month: 12 }],
    ['年底前', { comparison: 'le', month: 12 }],
    ['年末前', { comparison: 'le', month: 12 }],
    ['年内', { comparison: 'le', month: 12 }],
    ['年底前完成', { comparison: 'le', month: 12 }],
    ['2022年12月31日前', { comparison: 'le', year: 2022, month: 12, day: 31 }],
    ['2022年12月31日之前', { comparison: 'le', year: 2022, month: 12, day: 31 }],
    ['2022年12月31日以前', { comparison: 'le', year: 2022, month: 12, day: 31 }],
    ['≤2022-12-31', { comparison: 'le', year: 2022, month: 12, day: 31 }],
    ['2022年底前', { comparison: 'le', year: 2022, month: 12 }],
    ['6月30日前', { comparison: 'le', month: 6, day: 30 }],
    ['2024-02-29', { year: 2024, month: 2, day: 29 }],
    ['2022年', { year: 2022, month: 12 }],
    ['2022年内', { comparison: 'le', year: 2022, month: 12 }],
    ['2022-12', { year: 2022, month: 12 }],
    ['12月', { month: 12 }],
    ['12月31日前完成', { comparison: 'le', month: 12, day: 31 }],
    ['2022年12月31日完工验收', { year: 2022, month: 12, day: 31 }],
    ['本年度内', { comparison: 'le', month: 12 }],
    ['年底', { month: 12 }],
    ['上半年', { comparison: 'le', month: 6 }],
    // A lead-in before the date, as 裕安区文化和旅游局 writes its deadline (tests/corpus ah-yuan-wlj-2022).
    ['完成时间为2022年12月30日', { year: 2022, month: 12, day: 30 }],
    ['完成时间:2022年12月30日前', { comparison: 'le', year: 2022, month: 12, day: 30 }],
    ['于2022年6月前', { comparison: 'le', year: 2022, month: 6 }],
  ])('%s', (text, parts) => {
    expect(readValue(text)).toStrictEqual({ kind: 'date', ...parts, text });
  });

  test.each(['2022-02-30', '2023-02-29', '2022-13-01', '2022年12月32日', '2月30日', '13月前'])(
    '%s is not a valid date',
    (text) => expectUnreadable(text, 'not a valid date', '不是有效日期'),
  );

  test('a month given as a duration stays a quantity', () => {
    expect(readValue('6个月')).toMatchObject({ kind: 'quantity', number: 6, unit: { text: '个月' } });
  });
});

describe('qualitative labels', () => {
  test.each<[string, string | undefined]>([
    ['基本达标', 'partial'],
    ['基本完成', 'partial'],
    ['部分完成', 'partial'],
    ['较好', 'partial'],
    ['一般', 'partial'],
    ['基本达成', 'partial'],
    ['未完成', 'notMet'],
    ['不合格', 'notMet'],
    ['差', 'notMet'],
    ['未达标', 'notMet'],
    ['未达成', 'notMet'],
    ['显著', 'met'],
    ['已达成年度指标', 'met'],
    ['全部完成', 'met'],
    ['已完成。', 'met'],
    ['按时完成', 'met'],
    ['未按时完成', 'notMet'],
    ['没有完成', 'notMet'],
    ['不达标', 'notMet'],
    ['大部分完成', 'partial'],
    ['部分达成年度指标', 'partial'],
    ['效果较差', 'notMet'],
    ['满意度较高', 'partial'],
    // Seen on a real Jiangxi form (蚕茶卫生院 2021): answers that say the target was reached.
    ['达成目标值', 'met'],
    ['达成目标', 'met'],
    ['已达到目标值', 'met'],
    ['未达到目标值', 'notMet'],
    ['按规定执行', 'met'],
    ['未按规定执行', 'notMet'],
    ['已公开', 'met'],
    ['未公开', 'notMet'],
    ['部分公开', 'partial'],
    ['明显提升居民生活质量', undefined],
    ['定性', undefined],
    ['是否', undefined],
    ['居民生活环境得到明显改善并持续提升', undefined],
  ])('%s → %p', (text, band) => {
    const read = readValue(text);
    expect(read.kind).toBe('label');
    if (read.kind === 'label') expect(read.band).toBe(band);
  });

  test('label is the normalised text', () => {
    expect(readValue(' 达成\n年度指标 ')).toStrictEqual({
      kind: 'label',
      label: '达成年度指标',
      band: 'met',
      text: ' 达成\n年度指标 ',
    });
    expect(readValue('明显提升居民生活质量')).toStrictEqual({
      kind: 'label',
      label: '明显提升居民生活质量',
      text: '明显提升居民生活质量',
    });
  });
});

describe('placeholders in value cells', () => {
  test.each<[string, 'blank' | 'residue']>([
    ['——', 'blank'],
    ['－', 'blank'],
    ['N/A', 'blank'],
    ['n/a', 'blank'],
    ['暂无', 'blank'],
    ['不适用', 'blank'],
    ['...', 'residue'],
    ['*', 'residue'],
    ['★', 'residue'],
    ['☆', 'residue'],
    ['指标1', 'residue'],
    ['XX', 'residue'],
    ['xxx', 'residue'],
    ['XXX个', 'residue'],
    ['≥XX%', 'residue'],
    ['20XX年12月31日', 'residue'],
  ])('%s → %s', (text, placeholder) => {
    expect(readValue(text)).toStrictEqual({ kind: 'empty', placeholder, text });
  });

  test.each(['0', '0.00', '０'])('%s is the number 0', (text) => {
    expect(readValue(text)).toMatchObject({ kind: 'quantity', number: 0 });
  });
});

describe('ranges and several numbers', () => {
  test.each(['90%-100%', '90~100%', '90-100%', '90%～100%', '90%至100%', '18-20个'])('%s is a range', (text) => {
    expectUnreadable(text, 'it is a range', '区间');
  });

  test.each(['年初计划18个，增加1个', '18个，增加1个', '18个(其中新建3个)', '1/3'])(
    '%s holds several numbers',
    (text) => {
      expectUnreadable(text, 'more than one number', '多个数字');
    },
  );

  test('a text with unknown words before the number is unreadable, and says what was expected', () => {
    const read = readValue('大约有18个吧');
    expect(read).toStrictEqual({
      kind: 'unreadable',
      text: '大约有18个吧',
      reason: {
        zh: '无法识别“大约有18个吧”：应为数值（如 ≥18个）、日期或定性评价',
        en: 'cannot read “大约有18个吧”: expected a number (e.g. ≥18个), a date or a qualitative label',
      },
    });
  });

  test('a text over 200 characters is unreadable', () => {
    expectUnreadable('完成'.repeat(101), 'over 200 characters', '200');
    expectUnreadable(`${'1'.repeat(201)}个`, 'over 200 characters', '200');
  });
});

describe('a figure written with words before it, which sentences and messages quote', () => {
  test.each([
    ['完成时间为2022年12月30日', true],
    // 于 and 在 are filler before a figure (stripPrefix), not words about it.
    ['于2022年6月前', false],
    ['满意度≥95%', true],
    ['≥95%', false],
    ['不低于95%', false],
    ['120公里', false],
    ['2022年12月31日前', false],
    ['每年12月底前', false],
    ['达成年度指标', false],
  ])('%s: %s', (text, quoted) => {
    expect(wordsBeforeFigure(readValue(text))).toBe(quoted);
  });
});
