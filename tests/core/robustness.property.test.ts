import fc from 'fast-check';
import type { CellValue, Grid, GridCell, MergedRange } from '../../src/core/cells';
import { checkFormsOnSheet } from '../../src/core/workbook';
import { formFromJson } from '../../src/core/json/fromJson';
import { checkForm } from '../../src/core/check';
import { layoutAnnex1 } from '../../src/core/layout/writeAnnex1';
import type { FormData } from '../../src/core/formData';
import { sample } from '../support/sample';

/** Labels of the form, so that random sheets reach deep into the reader. */
const LABELS = [
  '年度资金总额',
  '三级指标',
  '一级指标',
  '二级指标',
  '年度指标值',
  '实际完成值',
  '分值',
  '得分',
  '执行率',
  '全年预算数',
  '全年执行数',
  '年初预算数',
  '偏差原因分析及改进措施',
  '总分',
  '预期目标',
  '实际完成情况',
  '年度总体目标',
  '其中：一般公共预算：12',
  '基本支出',
  '项目支出',
  '预算部门名称',
  '产出指标（50分）',
  '≥18个',
  '是',
  '/',
  '**',
];

const arbCellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom(...LABELS),
  fc.string({ maxLength: 12 }),
  fc.double(),
  fc.integer({ min: -5, max: 50000 }),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom({ error: '#DIV/0!' }, { error: '#N/A' }, { error: '#REF!' }),
);
const arbCell: fc.Arbitrary<GridCell> = fc.record(
  {
    value: arbCellValue,
    numFmt: fc.option(fc.constantFrom('0.00%', 'yyyy-mm-dd', '0.00', '@', '#,##0'), { nil: undefined }),
  },
  { requiredKeys: ['value'] },
);
const arbMerge: fc.Arbitrary<MergedRange> = fc
  .record({ top: fc.nat(14), left: fc.nat(9), h: fc.nat(4), w: fc.nat(4) })
  .map(({ top, left, h, w }) => ({ top, left, bottom: top + h, right: left + w }));
const arbGrid: fc.Arbitrary<Grid> = fc.record({
  name: fc.constant('随机'),
  cells: fc.array(fc.array(fc.option(arbCell, { nil: undefined }), { maxLength: 10 }), { maxLength: 16 }),
  merges: fc.array(arbMerge, { maxLength: 6 }),
});

describe('anything on a sheet', () => {
  it('is read and checked without throwing, and every finding has a code, severity and message', () => {
    fc.assert(
      fc.property(arbGrid, (grid) => {
        const { results, notFound } = checkFormsOnSheet(grid);
        for (const f of [...results.flatMap((r) => r.findings), ...(notFound ? [notFound] : [])]) {
          expect(f.code).toMatch(/^[A-Z][A-Z0-9_]*$/);
          expect(['error', 'warning', 'info']).toContain(f.severity);
          expect(f.message.zh.length).toBeGreaterThan(0);
          expect(f.message.en.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 500) },
    );
  });

  it('in any value cell of a real form is checked without throwing, and the same way twice', () => {
    const positions = layoutAnnex1(sample() as unknown as FormData, 'S').positions;
    const addresses = [
      ...Object.values(positions.budget),
      ...positions.indicators.flatMap((i) => Object.values(i)),
      positions.total.score,
    ];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...addresses), arbCellValue), { maxLength: 8 }), (edits) => {
        const { grid } = layoutAnnex1(sample() as unknown as FormData, 'S');
        for (const [address, value] of edits) {
          const m = /^([A-Z]+)(\d+)$/.exec(address)!;
          grid.cells[Number(m[2]) - 1][m[1].charCodeAt(0) - 65] = { value };
        }
        const once = checkFormsOnSheet(grid).results[0].findings;
        expect(checkFormsOnSheet(grid).results[0].findings).toEqual(once);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 300) },
    );
  });
});

describe('any JSON', () => {
  it('is either a form that is checked, or a clear error — never a throw', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        const form = formFromJson(json, 'x.json');
        if (!('error' in form)) checkForm(form);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 300) },
    );
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('budget', 'indicators', 'year', 'overallGoal', 'statedTotal'), fc.jsonValue()),
        (json) => {
          const form = formFromJson({ budget: {}, ...json }, 'x.json');
          if (!('error' in form)) checkForm(form);
        },
      ),
      { numRuns: Number(process.env.FC_RUNS ?? 300) },
    );
  });
});
