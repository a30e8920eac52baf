import { lukou, lukouYuan } from '../lukou';
import { SheetBuilder, type CellInput } from '../workbook';
import { finish } from './finish';
import { plainIndicatorRows, standardIndicatorHeader } from './indicatorRows';
import type { BuiltLayout, FormPlaces } from './types';

const MONEY = '#,##0.00';
const money = (v: number | null): CellInput => (v === null ? null : { v, numFmt: MONEY });

/**
 * Amounts in 元 ("年度预算申请（元）"): every amount a number cell formatted "#,##0.00", the rate 1 formatted
 * "0.00%", weights plain numbers. In the indicator table 验收合格率's actual is 1 as "0%", 居民满意度's is 0.96
 * as "0%", and 资金成本's target and actual are bare 元 amounts (6235000, 180152700) in "#,##0.00". The 总分
 * cells are SUM formulas with cached results.
 */
export async function yuan(): Promise<BuiltLayout> {
  const s = new SheetBuilder('绩效自评表（元）');
  const y = lukouYuan;
  const cells: FormPlaces['cells'] = {};

  cells.title = s.merge('A1:I1', '部门整体支出绩效自评表');
  cells.year = s.merge('A2:I2', '（2022年度）');
  s.merge('A3:B3', '预算部门名称');
  cells.unit = s.merge('C3:I3', lukou.unit);

  cells.budgetHeader = s.merge('A4:A10', '年度预算申请（元）');
  s.merge('B4:C4');
  s.row('D4', ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分']);
  cells.budgetTotalLabel = s.merge('B5:C5', '年度资金总额');
  [cells.initialBudget, cells.fullYearBudget, cells.executed, cells.budgetWeight, cells.rate, cells.budgetScore] =
    s.row('D5', [
      money(y.initialBudget),
      money(y.fullYearBudget),
      money(y.executed),
      lukou.budget.weight,
      { v: 1, numFmt: '0.00%' },
      lukou.budget.statedScore,
    ]);
  s.merge('B6:E6', '按收入性质分：');
  s.merge('F6:I6', '按支出性质分：');
  const income: [string, number | null][] = [
    ['其中：一般公共预算', y.generalPublicBudget],
    ['政府性基金拨款', y.governmentFund],
    ['纳入专户管理的非税收入拨款', null],
    ['其他资金', y.other],
  ];
  [cells.generalPublicBudget, cells.governmentFund, cells.specialAccountNonTax, cells.other] = income.map(
    ([label, amount], k) => {
      s.merge(`B${7 + k}:D${7 + k}`, label);
      return s.set(`E${7 + k}`, money(amount));
    },
  );
  s.merge('F7:H7', '其中：基本支出');
  cells.basic = s.set('I7', money(y.basic));
  s.merge('F8:H8', '项目支出');
  cells.project = s.set('I8', money(y.project));

  s.merge('A11:A12', '年度总体目标');
  s.merge('B11:E11', '预期目标');
  s.merge('F11:I11', '实际完成情况');
  cells.planned = s.merge('B12:E12', lukou.overallGoal.planned);
  cells.achieved = s.merge('F12:I12', lukou.overallGoal.achieved);

  const first = 14;
  const last = first + lukou.indicators.length - 1;
  s.merge(`A13:A${last}`, '绩效指标');
  cells.indicatorHeader = 'B13';
  const columns = standardIndicatorHeader(s, 13);
  const indicators = plainIndicatorRows(s, first, columns);
  const rowOf = (name: string) => first + lukou.indicators.findIndex((x) => x.name === name);
  s.set(`F${rowOf('验收合格率')}`, { v: 1, numFmt: '0%' });
  s.set(`F${rowOf('居民满意度')}`, { v: 0.96, numFmt: '0%' });
  s.set(`E${rowOf('资金成本')}`, money(y.initialBudget));
  s.set(`F${rowOf('资金成本')}`, money(y.executed));

  const totalRow = last + 1;
  s.merge(`A${totalRow}:F${totalRow}`, '总分');
  cells.totalWeight = s.set(`G${totalRow}`, { formula: `SUM(G${first}:G${last})+G5`, result: 100 });
  cells.totalScore = s.set(`H${totalRow}`, { formula: `SUM(H${first}:H${last})+I5`, result: 100 });

  return finish(
    'yuan',
    [s],
    [
      {
        sheet: s.name,
        kind: 'department',
        amountsIn: '元',
        origin: 'A3',
        budgetTotalRow: 5,
        indicatorRows: indicators.map((x) => x.row),
        placeholderRows: [],
        repeatedScoreRows: [],
        indicators,
        cells,
      },
    ],
  );
}
