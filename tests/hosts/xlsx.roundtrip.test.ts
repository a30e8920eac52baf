import fc from 'fast-check';
import type { CellValue, Grid, GridCell, MergedRange } from '../../src/core/cells';
import { readWorkbook, writeGridsToXlsx } from '../../src/hosts/xlsx';
import { flatten } from '../support/grids';

/** Characters a hand-typed form holds, including the awkward ones: full-width space, line break, ≥, ％. */
const CHARS = [
  '年',
  '度',
  '资',
  '金',
  '总',
  '额',
  '≥',
  '≤',
  '%',
  '％',
  '　',
  ' ',
  '\n',
  '0',
  '5',
  '.',
  '：',
  '/',
  '"',
  '<',
  '&',
  'a',
  'Z',
  '_',
];
const text = fc.array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: 12 }).map((chars) => chars.join(''));
const number = fc.oneof(
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }).filter((x) => !Object.is(x, -0)),
  fc.constantFrom(623.5, 18015.27, 0.96, 0.1 + 0.2),
);
const error = fc
  .constantFrom('#DIV/0!', '#N/A', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!')
  .map((e) => ({ error: e }));
const plainValue: fc.Arbitrary<CellValue> = fc.oneof(text, number, fc.boolean(), error);
const NUMBER_FORMATS = ['0.00%', '0%', '#,##0.00', '0.00', '@'];
const DATE_FORMATS = ['yyyy-mm-dd', 'yyyy"年"m"月"d"日"', 'yyyy/m/d'];

const cell: fc.Arbitrary<GridCell> = fc.oneof(
  plainValue.map((value) => ({ value })),
  fc.record({ value: plainValue, numFmt: fc.constantFrom(...NUMBER_FORMATS) }),
  // Dates are whole-day serials: a time of day goes through exceljs's millisecond Date and may not come back bit-exact.
  fc.record({ value: fc.integer({ min: 1, max: 2_958_465 }), numFmt: fc.constantFrom(...DATE_FORMATS) }),
);

const ROWS = 6;
const COLS = 5;
const mergeBox: fc.Arbitrary<MergedRange> = fc
  .record({
    top: fc.nat(ROWS - 1),
    left: fc.nat(COLS - 1),
    height: fc.integer({ min: 1, max: 3 }),
    width: fc.integer({ min: 1, max: 3 }),
  })
  .map(({ top, left, height, width }) => ({ top, left, bottom: top + height - 1, right: left + width - 1 }))
  .filter((m) => m.bottom > m.top || m.right > m.left);

const SHEET_NAMES = ['Sheet1', '自评表', '部门整体', '项目 老旧小区改造', '封面（2022）', 'a.b-c'];

const grid = (name: string): fc.Arbitrary<Grid> =>
  fc
    .record({
      cells: fc.array(fc.array(fc.option(cell, { nil: undefined }), { maxLength: COLS }), { maxLength: ROWS }),
      merges: fc.array(mergeBox, { maxLength: 3 }),
    })
    .map(({ cells, merges }) => {
      const kept = withoutOverlaps(merges);
      // Only a merged range's top-left cell holds a value.
      const pruned = cells.map((row, r) =>
        row.map((c, col) => (kept.some((m) => inside(m, r, col) && (r !== m.top || col !== m.left)) ? undefined : c)),
      );
      return { name, cells: pruned, merges: kept };
    });

const workbook = fc
  .uniqueArray(fc.constantFrom(...SHEET_NAMES), { minLength: 1, maxLength: 3 })
  .chain((names) => fc.tuple(...names.map(grid)));

function inside(m: MergedRange, r: number, c: number): boolean {
  return r >= m.top && r <= m.bottom && c >= m.left && c <= m.right;
}

function withoutOverlaps(merges: MergedRange[]): MergedRange[] {
  const kept: MergedRange[] = [];
  for (const m of merges) {
    if (!kept.some((k) => m.top <= k.bottom && k.top <= m.bottom && m.left <= k.right && k.left <= m.right))
      kept.push(m);
  }
  return kept;
}

test('writeGridsToXlsx then readWorkbook is the identity on values, number formats and merges', async () => {
  await fc.assert(
    fc.asyncProperty(workbook, async (grids) => {
      const back = await readWorkbook(await writeGridsToXlsx(grids), 'roundtrip.xlsx');
      expect(back.map((g) => g.name)).toEqual(grids.map((g) => g.name));
      back.forEach((g, i) => {
        const got = flatten(g);
        const want = flatten(grids[i]);
        expect(Object.fromEntries(got.cells)).toEqual(Object.fromEntries(want.cells));
        expect(got.merges).toEqual(want.merges);
      });
    }),
    { numRuns: 60 },
  );
}, 60_000);

test('a date keeps its serial and its format through a round trip', async () => {
  const grids: Grid[] = [
    {
      name: '日期',
      cells: [
        [
          { value: 44926, numFmt: 'yyyy-mm-dd' },
          { value: 1, numFmt: '0.00%' },
        ],
      ],
      merges: [],
    },
  ];
  const [back] = await readWorkbook(await writeGridsToXlsx(grids), 'date.xlsx');
  expect(back.cells[0]).toEqual(grids[0].cells[0]);
});
