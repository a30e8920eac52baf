import fc from 'fast-check';
import { withoutHang } from '../support/hangGuard';
import type { CellValue, GridCell } from '../../src/core/cells';
import { parseUnit, placeholderKind, readValue, type Comparison, type ReadValue } from '../../src/core/values';

const KINDS = new Set(['quantity', 'date', 'label', 'empty', 'unreadable']);

/** Characters that reach every branch of the reader. */
const INTERESTING = [
  ...'0123456789０１２３.,．，%％-~～—/:：≥≤<>=＝﹦＞＜≧≦ 　\n*★…xX个户人次万元平方米㎡²年月日底前内以上下及不低于超过达到约完成是否合格未部分基本指标#!',
];
const interestingText = fc.string({ unit: fc.constantFrom(...INTERESTING), maxLength: 60 });
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  interestingText,
  fc.string({ maxLength: 1200 }),
);

const FORMATS = [
  '0',
  '0.00',
  '0%',
  '0.00%',
  'General',
  '@',
  'yyyy-mm-dd',
  'yyyy"年"m"月"d"日"',
  'm/d/yy',
  '[$-804]yyyy"年"m"月"d"日"',
  '[h]:mm:ss',
  'h:mm AM/PM',
  '#,##0.0#',
  '0.00"万元"',
  '0.' + '0'.repeat(150),
  '"',
];
const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  anyText,
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.record({ error: fc.string() }),
);
const gridCell: fc.Arbitrary<GridCell> = fc.record(
  { value: cellValue, numFmt: fc.oneof(fc.constantFrom(...FORMATS), fc.string({ maxLength: 40 }), interestingText) },
  { requiredKeys: ['value'] },
);
const anyInput = fc.oneof(cellValue, gridCell, fc.constant(undefined));

function wellFormed(read: ReadValue): void {
  expect(KINDS.has(read.kind)).toBe(true);
  expect(typeof read.text).toBe('string');
  if (read.kind === 'unreadable') {
    expect(read.reason.zh.length).toBeGreaterThan(0);
    expect(read.reason.en.length).toBeGreaterThan(0);
    expect(read.reason.en).not.toContain('internal error');
  }
  if (read.kind === 'quantity') {
    expect(Number.isFinite(read.number)).toBe(true);
    expect(Number.isInteger(read.decimals) && read.decimals >= 0).toBe(true);
  }
}

describe('any input', () => {
  test('any string is read without throwing, and well formed', () => {
    fc.assert(
      fc.property(anyText, (text) => wellFormed(readValue(text))),
      { numRuns: 2000 },
    );
  });

  test('any cell value or grid cell with any number format is read without throwing', () => {
    fc.assert(
      fc.property(anyInput, (input) => wellFormed(readValue(input))),
      { numRuns: 2000 },
    );
  });

  test('reading is deterministic', () => {
    fc.assert(
      fc.property(anyInput, (input) => expect(readValue(input)).toStrictEqual(readValue(input))),
      { numRuns: 500 },
    );
  });

  test('placeholderKind never throws', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect([undefined, 'blank', 'residue']).toContain(placeholderKind(text));
      }),
      { numRuns: 1000 },
    );
  });

  test('very long strings end without a hang', () => {
    const shapes = [
      '1'.repeat(10_000),
      '≥'.repeat(5_000) + '1',
      '1,'.repeat(5_000),
      '1.'.repeat(5_000),
      '2022年'.repeat(2_000),
      '不低于'.repeat(3_000),
      ' '.repeat(9_999) + '1',
      '1'.repeat(200) + '个',
      '1,'.repeat(99) + '1',
      '不低于'.repeat(60) + '1',
      'x'.repeat(199),
    ];
    for (const text of shapes) {
      wellFormed(withoutHang(() => readValue(text)));
    }
  });
});

describe('comparison, number and unit round trip', () => {
  const SYMBOLS: Record<Comparison, string[]> = {
    ge: ['≥', '>=', '＞＝', '≧'],
    gt: ['>', '＞'],
    le: ['≤', '<=', '＜＝', '≦'],
    lt: ['<', '＜'],
    eq: ['=', '＝', '﹦'],
  };
  const WORDS: Record<Comparison, string[]> = {
    ge: ['不低于', '不少于', '至少', '达到', '大于等于', '不小于'],
    gt: ['大于', '超过', '高于'],
    le: ['不高于', '不超过', '最高', '小于等于', '最多', '不多于'],
    lt: ['小于', '低于'],
    eq: ['等于'],
  };
  const UNITS = [
    '',
    '个',
    '户',
    '人',
    '人次',
    '套',
    '间',
    '栋',
    '次',
    '篇',
    '份',
    '年',
    '天',
    '个月',
    '%',
    '百分比',
    '元',
    '万元',
    '亿元',
    '平方米',
    '万平方米',
    '㎡',
    '公里',
    '千米',
    '米',
    '分',
    '小时',
    '件',
    '家',
    '项',
    '台',
    '辆',
    '所',
    '条',
    '处',
    '名',
    '元/人·月',
    '元/人*月',
    '元/户˙月',
    '元/平方米/月',
    '万元/户',
  ];
  const fullWidth = (s: string): string =>
    s.replace(/[0-9.%=<>,]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  const withThousands = (s: string): string => s.replace(/^(\d+)/, (int) => int.replace(/\B(?=(\d{3})+$)/g, ','));

  const triple = fc.record({
    comparison: fc.constantFrom<Comparison>('ge', 'gt', 'le', 'lt', 'eq'),
    scaled: fc.integer({ min: 0, max: 1_000_000_000 }),
    decimals: fc.integer({ min: 0, max: 3 }),
    negative: fc.boolean(),
    unit: fc.constantFrom(...UNITS),
    pick: fc.nat(),
    style: fc.constantFrom('symbol', 'word', 'after', 'fullWidth', 'thousands', 'spaced'),
  });

  test('reading a formatted triple gives it back', () => {
    fc.assert(
      fc.property(triple, ({ comparison, scaled, decimals, negative, unit, pick, style }) => {
        const digits = (scaled / 10 ** decimals).toFixed(decimals);
        const number = Number(digits) * (negative ? -1 : 1) + 0;
        const written = `${negative ? '-' : ''}${digits}`;
        // 2022年 and 12月 read as dates, by design.
        fc.pre(!(unit === '年' && decimals === 0 && number >= 1900 && number <= 2100));
        const symbol = SYMBOLS[comparison][pick % SYMBOLS[comparison].length];
        const word = WORDS[comparison][pick % WORDS[comparison].length];
        let text: string;
        let expected: Comparison = comparison;
        switch (style) {
          case 'symbol':
            text = `${symbol}${written}${unit}`;
            break;
          case 'word':
            text = `${word}${written}${unit}`;
            break;
          case 'after':
            expected = comparison === 'ge' || comparison === 'gt' ? 'ge' : 'le';
            text = `${written}${unit}${expected === 'ge' ? '以上' : '以下'}`;
            break;
          case 'fullWidth':
            text = fullWidth(`${symbol}${written}${unit}`);
            break;
          case 'thousands':
            text = `${symbol}${negative ? '-' : ''}${withThousands(digits)}${unit}`;
            break;
          default:
            text = ` ${symbol} ${written}\u3000${unit} `;
        }
        const read = readValue(text);
        expect(read).toStrictEqual({
          kind: 'quantity',
          comparison: expected,
          number,
          decimals,
          text,
          ...(unit ? { unit: parseUnit(unit) } : {}),
        });
      }),
      { numRuns: 3000 },
    );
  });
});
