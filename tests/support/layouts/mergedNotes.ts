import { lukou } from '../lukou';
import { SheetBuilder } from '../workbook';
import { finish } from './finish';
import { plainIndicatorRows, standardIndicatorHeader } from './indicatorRows';
import type { BuiltLayout, FormPlaces } from './types';

export const DATE_SERIAL_2022_12_31 = 44926;

/**
 * Merges that carry meaning: the deviation note merged over the three 数量指标 rows (I14:I16, it explains all
 * three), level-1 and level-2 labels merged down, and a last row of "/" under 满意度指标 (whose merged label
 * spans it) where the template's row was left unused. 完工时间's target and actual are real date cells (44926,
 * "yyyy-mm-dd"). Hidden column J holds an internal remark.
 */
export async function mergedNotes(): Promise<BuiltLayout> {
  const s = new SheetBuilder('自评表');
  const { budget, overallGoal } = lukou;
  const cells: FormPlaces['cells'] = {};

  cells.title = s.merge('A1:I1', '部门整体支出绩效自评表');
  cells.year = s.merge('A2:I2', '（2022年度）');
  s.merge('A3:B3', '预算部门名称');
  cells.unit = s.merge('C3:I3', lukou.unit);

  cells.budgetHeader = s.merge('A4:A10', '年度预算申请（万元）');
  s.merge('B4:C4');
  s.row('D4', ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分']);
  cells.budgetTotalLabel = s.merge('B5:C5', '年度资金总额');
  [cells.initialBudget, cells.fullYearBudget, cells.executed, cells.budgetWeight, cells.rate, cells.budgetScore] =
    s.row('D5', [
      budget.initialBudget,
      budget.fullYearBudget,
      budget.executed,
      budget.weight,
      budget.statedExecutionRate,
      budget.statedScore,
    ]);
  s.merge('B6:E6', '按收入性质分：');
  s.merge('F6:I6', '按支出性质分：');
  const income: [string, number | null][] = [
    ['其中：一般公共预算', budget.byIncome.generalPublicBudget],
    ['政府性基金拨款', budget.byIncome.governmentFund],
    ['纳入专户管理的非税收入拨款', budget.byIncome.specialAccountNonTax],
    ['其他资金', budget.byIncome.other],
  ];
  [cells.generalPublicBudget, cells.governmentFund, cells.specialAccountNonTax, cells.other] = income.map(
    ([label, amount], k) => {
      s.merge(`B${7 + k}:D${7 + k}`, label);
      return s.set(`E${7 + k}`, amount);
    },
  );
  s.merge('F7:H7', '其中：基本支出');
  cells.basic = s.set('I7', budget.byExpenditure.basic);
  s.merge('F8:H8', '项目支出');
  cells.project = s.set('I8', budget.byExpenditure.project);

  s.merge('A11:A12', '年度总体目标');
  s.merge('B11:E11', '预期目标');
  s.merge('F11:I11', '实际完成情况');
  cells.planned = s.merge('B12:E12', overallGoal.planned);
  cells.achieved = s.merge('F12:I12', overallGoal.achieved);

  const first = 14;
  const placeholder = first + lukou.indicators.length;
  s.merge(`A13:A${placeholder}`, '绩效指标');
  cells.indicatorHeader = 'B13';
  const columns = standardIndicatorHeader(s, 13);
  const indicators = plainIndicatorRows(s, first, columns);

  // The note was typed once and merged over the rows it explains.
  const note = s.merge(`I${first}:I${first + 2}`, lukou.indicators[0].deviation);
  for (const indicator of indicators.slice(0, 3)) indicator.cells.deviation = note;

  const date = { v: DATE_SERIAL_2022_12_31, numFmt: 'yyyy-mm-dd' };
  const dated = indicators.find((x) => x.name === '完工时间');
  if (!dated?.cells.target || !dated.cells.actual) throw new Error('完工时间 missing');
  s.set(dated.cells.target, date);
  s.set(dated.cells.actual, date);

  // 满意度指标, the last level-1 label and a single row so far, is merged over the unused "/" row.
  s.merge(`B${placeholder - 1}:B${placeholder}`, '满意度指标（10分）');
  s.row(`C${placeholder}`, ['/', '/', '/', '/', '/', '/', '/']);

  s.merge(`A${placeholder + 1}:F${placeholder + 1}`, '总分');
  cells.totalWeight = s.set(`G${placeholder + 1}`, 100);
  cells.totalScore = s.set(`H${placeholder + 1}`, 100);

  s.set('J13', '内部备注');
  s.set(`J${first}`, '已与项目科核对');
  s.hideColumn(10);

  return finish(
    'mergedNotes',
    [s],
    [
      {
        sheet: s.name,
        kind: 'department',
        amountsIn: '万元',
        origin: 'A3',
        budgetTotalRow: 5,
        indicatorRows: indicators.map((x) => x.row),
        placeholderRows: [placeholder],
        repeatedScoreRows: [],
        indicators,
        cells,
      },
    ],
  );
}
