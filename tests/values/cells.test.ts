import { readValue } from '../../src/core/values';
import { serialToDay } from '../../src/core/excelDate';

describe('date serials', () => {
  test.each<[number, number, number, number]>([
    [1, 1900, 1, 1],
    [59, 1900, 2, 28],
    [61, 1900, 3, 1],
    [44926, 2022, 12, 31],
    [44927, 2023, 1, 1],
    [45351, 2024, 2, 29],
    [2958465, 9999, 12, 31],
  ])('serial %d is %d-%d-%d', (serial, year, month, day) => {
    expect(serialToDay(serial)).toStrictEqual({ year, month, day });
    expect(readValue({ value: serial, numFmt: 'yyyy-mm-dd' })).toMatchObject({ kind: 'date', year, month, day });
  });

  test('the time of day in a serial is dropped', () => {
    expect(readValue({ value: 44926.75, numFmt: 'yyyy-mm-dd hh:mm' })).toStrictEqual({
      kind: 'date',
      year: 2022,
      month: 12,
      day: 31,
      text: '2022-12-31',
    });
  });

  test('serial 60 is the 1900-02-29 that never was: unreadable', () => {
    const read = readValue({ value: 60, numFmt: 'yyyy-mm-dd' });
    expect(read.kind).toBe('unreadable');
    if (read.kind === 'unreadable') expect(read.reason.en).toContain('1900-02-29');
  });

  test.each([0, -1, 2958466, 1e12])('serial %d is no date', (serial) => {
    expect(readValue({ value: serial, numFmt: 'yyyy-mm-dd' }).kind).toBe('unreadable');
  });
});

describe('date formats', () => {
  test.each([
    'yyyy-mm-dd',
    'yyyy/m/d',
    'yyyy"年"m"月"d"日"',
    'm/d/yy',
    '[$-804]yyyy"年"m"月"d"日"',
    '[DBNum1][$-804]yyyy"年"m"月"d"日"',
    'mmm-yy',
    'd-mmm',
    'mmmm',
    'yyyy-mm-dd hh:mm:ss',
    'YYYY-MM-DD',
  ])('%s is a date format', (numFmt) => {
    expect(readValue({ value: 44926, numFmt }).kind).toBe('date');
  });

  test.each([
    '0.00',
    'General',
    '0',
    '#,##0.00',
    '0%',
    '[h]:mm:ss',
    'h:mm',
    'mm:ss',
    'h:mm AM/PM',
    '@',
    '0.00"天"',
    '[Red]0.00',
    '0.00_);[Red](0.00)',
    '"m"0',
    '\\d0',
  ])('%s is not a date format', (numFmt) => {
    expect(readValue({ value: 44926, numFmt }).kind).toBe('quantity');
  });
});

describe('number cells', () => {
  test('a plain number keeps its own decimals', () => {
    expect(readValue({ value: 623.5 })).toStrictEqual({ kind: 'quantity', number: 623.5, decimals: 1, text: '623.5' });
    expect(readValue(18015.27)).toStrictEqual({ kind: 'quantity', number: 18015.27, decimals: 2, text: '18015.27' });
  });

  test('binary noise is dropped at 15 significant digits', () => {
    expect(readValue(0.1 + 0.2)).toStrictEqual({ kind: 'quantity', number: 0.3, decimals: 1, text: '0.3' });
  });

  test('a format with fixed decimals gives them', () => {
    expect(readValue({ value: 250000, numFmt: '0.00' })).toStrictEqual({
      kind: 'quantity',
      number: 250000,
      decimals: 2,
      text: '250000.00',
    });
    expect(readValue({ value: 215457.6, numFmt: '#,##0.00' })).toMatchObject({ number: 215457.6, decimals: 2 });
    expect(readValue({ value: 12, numFmt: 'General' })).toMatchObject({ number: 12, decimals: 0 });
  });

  test('a negative number', () => {
    expect(readValue(-5.5)).toStrictEqual({ kind: 'quantity', number: -5.5, decimals: 1, text: '-5.5' });
  });

  test("a unit in the format's quoted text", () => {
    expect(readValue({ value: 9.9, numFmt: '0.0"万元"' })).toStrictEqual({
      kind: 'quantity',
      number: 9.9,
      decimals: 1,
      text: '9.9万元',
      unit: { text: '万元', base: '元', factor: 1e4 },
    });
  });

  test.each([NaN, Infinity, -Infinity])('%p is unreadable', (value) => {
    expect(readValue(value).kind).toBe('unreadable');
    expect(readValue({ value, numFmt: '0%' }).kind).toBe('unreadable');
  });
});

describe('percent-formatted cells', () => {
  const percent = { text: '%', base: '%', factor: 1 };
  test.each<[number, string, number, number, string]>([
    [0.96, '0%', 96, 0, '96%'],
    [1, '0.00%', 100, 2, '100.00%'],
    [0.8619, '0.00%', 86.19, 2, '86.19%'],
    [0.07, '0%', 7, 0, '7%'],
    [0.955, '0.0%', 95.5, 1, '95.5%'],
    [1.2, '0%', 120, 0, '120%'],
  ])('%d as %s', (value, numFmt, number, decimals, text) => {
    expect(readValue({ value, numFmt })).toStrictEqual({ kind: 'quantity', number, decimals, text, unit: percent });
  });

  test('a % inside quotes is a literal, but still the unit', () => {
    expect(readValue({ value: 96, numFmt: '0"%"' })).toMatchObject({ number: 96, unit: percent });
  });
});

describe('other cell values', () => {
  test('booleans are 是 and 否', () => {
    expect(readValue(true)).toStrictEqual({ kind: 'label', label: '是', band: 'met', text: 'TRUE' });
    expect(readValue({ value: false })).toStrictEqual({ kind: 'label', label: '否', band: 'notMet', text: 'FALSE' });
  });

  test.each(['#DIV/0!', '#N/A', '#VALUE!', '#REF!'])('an error cell %s is unreadable and names the error', (error) => {
    for (const input of [{ error }, { value: { error } }]) {
      const read = readValue(input);
      expect(read).toStrictEqual({
        kind: 'unreadable',
        text: error,
        reason: { zh: `单元格显示错误值 ${error}`, en: `the cell shows the error ${error}` },
      });
    }
  });

  test('error text typed or cached as a string is unreadable too', () => {
    expect(readValue('#DIV/0!')).toMatchObject({
      kind: 'unreadable',
      reason: { en: 'the cell shows the error #DIV/0!' },
    });
  });

  test.each([undefined, null, { value: null }, { value: '' }, { value: '   ' }, { value: '\u3000\n' }])(
    '%p is blank',
    (input) => {
      expect(readValue(input)).toMatchObject({ kind: 'empty', placeholder: 'blank' });
    },
  );

  test('a text cell with a percent format is read as text', () => {
    expect(readValue({ value: '96%', numFmt: '0%' })).toMatchObject({ kind: 'quantity', number: 96, decimals: 0 });
  });
});
