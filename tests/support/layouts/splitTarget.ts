import { lukou, runs } from '../lukou';
import { SheetBuilder, type CellInput } from '../workbook';
import { finish } from './finish';
import type { BuiltLayout, FormPlaces, IndicatorPlace } from './types';

/** 年度指标值 as the newer templates split it: 指标性质 | 指标值 | 度量单位, one triple per lukou indicator. */
const SPLIT_TARGETS: [string, CellInput, string | null][] = [
  ['≥', 18, '个'],
  ['≥', 766, '户'],
  ['=', 30, '万平方米'],
  ['=', 100, '%'],
  ['=', '2022-12-31', null],
  ['=', 623.5, '万元'],
  ['=', 100, '%'],
  ['定性', '是', null],
  ['定性', '是', null],
  ['定性', '是', null],
  ['≥', 95, '%'],
];

/**
 * A newer template, columns A–K: 分值 (D) before 年度指标值, which is split over E–G under a two-row header,
 * and an extra 折算得分 column (J) filled with a shared formula "=I15" copied down. The budget rate is a
 * formula with a cached result; the breakdown sub-rows give 全年预算数 (F) and 全年执行数 (G).
 */
export async function splitTarget(): Promise<BuiltLayout> {
  const s = new SheetBuilder('部门整体绩效自评');
  const { budget, overallGoal } = lukou;
  const cells: FormPlaces['cells'] = {};

  cells.title = s.merge('A1:K1', '2022年度部门整体支出绩效自评表');
  cells.year = cells.title;
  s.merge('A2:B2', '预算部门名称');
  cells.unit = s.merge('C2:K2', lukou.unit);

  cells.budgetHeader = s.merge('A3:A10', '年度预算申请（万元）');
  s.merge('B3:D3');
  s.row('E3', ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率']);
  s.merge('J3:K3', '得分');
  cells.budgetTotalLabel = s.merge('B4:D4', '年度资金总额');
  [cells.initialBudget, cells.fullYearBudget, cells.executed, cells.budgetWeight] = s.row('E4', [
    budget.initialBudget,
    budget.fullYearBudget,
    budget.executed,
    budget.weight,
  ]);
  cells.rate = s.set('I4', { formula: 'G4/F4', result: 1, numFmt: '0.00%' });
  cells.budgetScore = s.merge('J4:K4', budget.statedScore);

  s.merge('B5:B8', '按收入性质分');
  const income: [string, number | null][] = [
    ['一般公共预算', budget.byIncome.generalPublicBudget],
    ['政府性基金拨款', budget.byIncome.governmentFund],
    ['纳入专户管理的非税收入拨款', budget.byIncome.specialAccountNonTax],
    ['其他资金', budget.byIncome.other],
  ];
  [cells.generalPublicBudget, cells.governmentFund, cells.specialAccountNonTax, cells.other] = income.map(
    ([label, amount], k) => {
      s.merge(`C${5 + k}:E${5 + k}`, label);
      return s.row(`F${5 + k}`, [amount, amount])[0];
    },
  );
  s.merge('B9:B10', '按支出性质分');
  s.merge('C9:E9', '基本支出');
  [cells.basic] = s.row('F9', [budget.byExpenditure.basic, budget.byExpenditure.basic]);
  s.merge('C10:E10', '项目支出');
  [cells.project] = s.row('F10', [budget.byExpenditure.project, budget.byExpenditure.project]);

  s.merge('A11:A12', '年度总体目标');
  s.merge('B11:F11', '预期目标');
  s.merge('G11:K11', '实际完成情况');
  cells.planned = s.merge('B12:F12', overallGoal.planned);
  cells.achieved = s.merge('G12:K12', overallGoal.achieved);

  cells.indicatorHeader = 'A13';
  for (const [col, label] of [
    ['A', '一级指标'],
    ['B', '二级指标'],
    ['C', '三级指标'],
    ['D', '分值'],
    ['H', '实际完成值'],
    ['I', '得分'],
    ['J', '折算得分'],
    ['K', '偏差原因分析及改进措施'],
  ]) {
    s.merge(`${col}13:${col}14`, label);
  }
  s.merge('E13:G13', '年度指标值');
  s.row('E14', ['指标性质', '指标值', '度量单位']);

  const first = 15;
  const indicators: IndicatorPlace[] = lukou.indicators.map((x, i) => {
    const row = first + i;
    const [kind, value, unit] = SPLIT_TARGETS[i];
    const [name, weight, targetKind, targetValue, targetUnit, actual, score] = s.row(`C${row}`, [
      x.name,
      x.weight,
      kind,
      value,
      unit,
      x.actual,
      x.statedScore,
    ]);
    const convertedScore = s.set(
      `J${row}`,
      i === 0
        ? { formula: `I${row}`, result: x.statedScore }
        : { formula: `I${row}`, shareFrom: `J${first}`, result: x.statedScore },
    );
    const deviation = s.set(`K${row}`, x.deviation || null);
    return {
      row,
      name: x.name,
      cells: {
        level1: '',
        level2: '',
        name,
        weight,
        targetKind,
        targetValue,
        targetUnit,
        actual,
        score,
        convertedScore,
        deviation,
      },
    };
  });
  for (const [start, count] of runs(lukou.indicators, (x) => x.level1)) {
    const top = s.merge(`A${first + start}:A${first + start + count - 1}`, lukou.indicators[start].level1);
    for (let k = start; k < start + count; k++) indicators[k].cells.level1 = top;
  }
  for (const [start, count] of runs(lukou.indicators, (x) => x.level1 + x.level2)) {
    const top = `B${first + start}`;
    if (count > 1) s.merge(`${top}:B${first + start + count - 1}`, lukou.indicators[start].level2);
    else s.set(top, lukou.indicators[start].level2);
    for (let k = start; k < start + count; k++) indicators[k].cells.level2 = top;
  }
  const totalRow = first + lukou.indicators.length;
  s.merge(`A${totalRow}:C${totalRow}`, '总分');
  cells.totalWeight = s.set(`D${totalRow}`, 100);
  cells.totalScore = s.set(`I${totalRow}`, 100);
  s.set(`J${totalRow}`, 100);

  return finish(
    'splitTarget',
    [s],
    [
      {
        sheet: s.name,
        kind: 'department',
        amountsIn: '万元',
        origin: 'A2',
        budgetTotalRow: 4,
        indicatorRows: indicators.map((x) => x.row),
        placeholderRows: [],
        repeatedScoreRows: [],
        indicators,
        cells,
      },
    ],
  );
}
