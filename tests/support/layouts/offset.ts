import { lukou, runs } from '../lukou';
import { address, SheetBuilder } from '../workbook';
import { finish } from './finish';
import type { BuiltLayout, FormPlaces, IndicatorPlace } from './types';

/**
 * The form as a unit types it into Excel itself: one label per cell, amounts and weights as number cells, labels
 * with trailing colons and full-width spaces ("预算部门名称：", "分　值", "一级指标　"). Nine columns wide, from
 * `origin` (1-based row and column) down; used by `offset` and by tests that need the form somewhere in a sheet.
 */
export function placeStandardForm(s: SheetBuilder, originRow: number, originCol: number): FormPlaces {
  const at = (r: number, c: number) => address(originRow + r, originCol + c);
  const span = (r: number, c0: number, c1: number, r1 = r) => `${at(r, c0)}:${at(r1, c1)}`;
  const { budget, overallGoal } = lukou;
  const cells: FormPlaces['cells'] = {};

  s.merge(span(0, 0, 1), '预算部门名称：');
  cells.unit = s.merge(span(0, 2, 8), lukou.unit);

  cells.budgetHeader = s.merge(span(1, 0, 0, 7), '年度预算申请\n（万元）');
  s.merge(span(1, 1, 2));
  s.row(at(1, 3), ['年初预算数', '全年预算数', '全年执行数', '分　值', '执行率', '得　分']);
  cells.budgetTotalLabel = s.merge(span(2, 1, 2), '年度资金总额：');
  [cells.initialBudget, cells.fullYearBudget, cells.executed, cells.budgetWeight, cells.rate, cells.budgetScore] =
    s.row(at(2, 3), [
      budget.initialBudget,
      budget.fullYearBudget,
      budget.executed,
      budget.weight,
      budget.statedExecutionRate,
      budget.statedScore,
    ]);
  s.merge(span(3, 1, 4), '按收入性质分：');
  s.merge(span(3, 5, 8), '按支出性质分：');
  const income: [string, number | null][] = [
    ['其中：一般公共预算：', budget.byIncome.generalPublicBudget],
    ['政府性基金拨款：', budget.byIncome.governmentFund],
    ['纳入专户管理的非税收入拨款：', budget.byIncome.specialAccountNonTax],
    ['其他资金：', budget.byIncome.other],
  ];
  const incomeCells = income.map(([label, amount], k) => {
    s.merge(span(4 + k, 1, 3), label);
    return s.set(at(4 + k, 4), amount);
  });
  [cells.generalPublicBudget, cells.governmentFund, cells.specialAccountNonTax, cells.other] = incomeCells;
  s.merge(span(4, 5, 7), '其中：基本支出：');
  cells.basic = s.set(at(4, 8), budget.byExpenditure.basic);
  s.merge(span(5, 5, 7), '项目支出：');
  cells.project = s.set(at(5, 8), budget.byExpenditure.project);

  s.merge(span(8, 0, 0, 9), '年度总体目标：');
  s.merge(span(8, 1, 4), '预期目标');
  s.merge(span(8, 5, 8), '实际完成情况');
  cells.planned = s.merge(span(9, 1, 4), overallGoal.planned);
  cells.achieved = s.merge(span(9, 5, 8), overallGoal.achieved);

  const n = lukou.indicators.length;
  s.merge(span(10, 0, 0, 10 + n), '绩效指标');
  cells.indicatorHeader = at(10, 1);
  s.row(at(10, 1), [
    '一级指标　',
    '二级指标　',
    '三级指标：',
    '年度指标值：',
    '实际完成值：',
    '分　值',
    '得　分',
    '偏差原因分析及改进措施',
  ]);
  const indicators: IndicatorPlace[] = lukou.indicators.map((x, i) => {
    const r = 11 + i;
    const [name, target, actual, weight, score, deviation] = s.row(at(r, 3), [
      x.name,
      x.target,
      x.actual,
      x.weight,
      x.statedScore,
      x.deviation || null,
    ]);
    return {
      row: originRow + r,
      name: x.name,
      cells: { level1: '', level2: '', name, target, actual, weight, score, deviation },
    };
  });
  for (const [start, count] of runs(lukou.indicators, (x) => x.level1)) {
    const { level1, level1Weight } = lukou.indicators[start];
    const top = s.merge(span(11 + start, 1, 1, 10 + start + count), `${level1}（${level1Weight}分）`);
    for (let k = start; k < start + count; k++) indicators[k].cells.level1 = top;
  }
  for (const [start, count] of runs(lukou.indicators, (x) => x.level1 + x.level2)) {
    const label = lukou.indicators[start].level2;
    const top =
      count > 1 ? s.merge(span(11 + start, 2, 2, 10 + start + count), label) : s.set(at(11 + start, 2), label);
    for (let k = start; k < start + count; k++) indicators[k].cells.level2 = top;
  }
  s.merge(span(11 + n, 0, 5), '总　分');
  cells.totalWeight = s.set(at(11 + n, 6), lukou.statedTotal);
  cells.totalScore = s.set(at(11 + n, 7), lukou.statedTotal);

  return {
    sheet: s.name,
    kind: 'department',
    amountsIn: '万元',
    origin: at(0, 0),
    budgetTotalRow: originRow + 2,
    indicatorRows: indicators.map((x) => x.row),
    placeholderRows: [],
    repeatedScoreRows: [],
    indicators,
    cells,
  };
}

/**
 * The standard form starting at C6: a hidden row 1 with a remark, a free title block in rows 2–3, blank rows 4–5,
 * a note in column A beside the indicator table, column B left empty.
 */
export async function offset(): Promise<BuiltLayout> {
  const s = new SheetBuilder('自评表');
  s.set('A1', '内部：已与决算报表核对（财务股）');
  s.hideRow(1);
  s.merge('C2:K2', '株洲市渌口区住房保障服务中心部门整体支出绩效自评表');
  s.set('C3', '填报单位（盖章）：');
  s.merge('I3:K3', '（2022年度）');
  const form = placeStandardForm(s, 6, 3);
  form.cells.title = 'C2';
  form.cells.year = 'I3';
  s.set('A17', '注：指标值按年初申报数填写，金额单位：万元');
  s.widths.set(1, 30);
  s.widths.set(2, 2);
  return finish('offset', [s], [form]);
}
