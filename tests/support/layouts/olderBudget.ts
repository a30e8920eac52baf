import { lukou } from '../lukou';
import { SheetBuilder } from '../workbook';
import { finish } from './finish';
import { plainIndicatorRows, standardIndicatorHeader } from './indicatorRows';
import type { BuiltLayout, FormPlaces } from './types';

/**
 * An older template: no 年初预算数 column (全年预算数(A) · 全年执行数(B) · 分值 · 执行率(B/A) · 得分), the
 * breakdown as sub-rows with their own amounts in both columns under merged 按收入性质分 / 按支出性质分 labels.
 * Rows 6–7 repeat 分值/执行率/得分, row 8's rate is a formula cached as #DIV/0!, row 9 repeats the rate only.
 * Level-2 labels are written on every indicator row, not merged. Breakdown cells point to the 全年预算数
 * column; 全年执行数 is the next column.
 */
export async function olderBudget(): Promise<BuiltLayout> {
  const s = new SheetBuilder('Sheet1');
  const { budget, overallGoal } = lukou;
  const cells: FormPlaces['cells'] = {};

  cells.title = s.merge('A1:I1', '部门整体支出绩效自评表');
  s.merge('A2:F2', '填报单位（盖章）：株洲市渌口区住房保障服务中心');
  cells.year = s.merge('G2:I2', '2022年度');
  s.merge('A3:B3', '预算部门名称');
  cells.unit = s.merge('C3:I3', lukou.unit);

  cells.budgetHeader = s.merge('A4:A11', '年度预算申请（万元）');
  s.merge('B4:D4');
  s.row('E4', ['全年预算数（A）', '全年执行数（B）', '分值', '执行率（B/A）', '得分']);
  cells.budgetTotalLabel = s.merge('B5:D5', '年度资金总额');
  [cells.fullYearBudget, cells.executed, cells.budgetWeight, cells.rate, cells.budgetScore] = s.row('E5', [
    budget.fullYearBudget,
    budget.executed,
    budget.weight,
    '100.00%',
    budget.statedScore,
  ]);

  s.merge('B6:B9', '按收入性质分');
  s.merge('C6:D6', '其中：一般公共预算');
  [cells.generalPublicBudget] = s.row('E6', [2967.76, 2967.76, 10, '100.00%', 10]);
  s.merge('C7:D7', '政府性基金拨款');
  [cells.governmentFund] = s.row('E7', [14800, 14800, 10, '100.00%', 10]);
  s.merge('C8:D8', '纳入专户管理的非税收入拨款');
  cells.specialAccountNonTax = 'E8';
  s.set('H8', { formula: 'F8/E8', result: { error: '#DIV/0!' }, numFmt: '0.00%' });
  s.merge('C9:D9', '其他资金');
  [cells.other] = s.row('E9', [247.51, 247.51, null, '100.00%']);

  s.merge('B10:B11', '按支出性质分');
  s.merge('C10:D10', '其中：基本支出');
  [cells.basic] = s.row('E10', [939.93, 939.93]);
  s.merge('C11:D11', '项目支出');
  [cells.project] = s.row('E11', [17075.34, 17075.34]);

  s.merge('A12:A13', '年度总体目标');
  s.merge('B12:E12', '预期目标');
  s.merge('F12:I12', '实际完成情况');
  cells.planned = s.merge('B13:E13', overallGoal.planned);
  cells.achieved = s.merge('F13:I13', overallGoal.achieved);

  const last = 14 + lukou.indicators.length;
  s.merge(`A14:A${last}`, '绩效指标');
  cells.indicatorHeader = 'B14';
  const indicators = plainIndicatorRows(s, 15, standardIndicatorHeader(s, 14), { repeatLevel2: true });
  s.merge(`A${last + 1}:F${last + 1}`, '总分');
  cells.totalWeight = s.set(`G${last + 1}`, 100);
  cells.totalScore = s.set(`H${last + 1}`, 100);

  return finish(
    'olderBudget',
    [s],
    [
      {
        sheet: s.name,
        kind: 'department',
        amountsIn: '万元',
        origin: 'A3',
        budgetTotalRow: 5,
        indicatorRows: indicators.map((x) => x.row),
        placeholderRows: [],
        repeatedScoreRows: [6, 7, 8, 9],
        indicators,
        cells,
      },
    ],
  );
}
