import { lukou, runs, wordLevel1Labels } from '../lukou';
import { SheetBuilder, type CellInput } from '../workbook';
import { finish } from './finish';
import type { BuiltLayout, FormPlaces, IndicatorPlace } from './types';

/**
 * Each indicator's cells as the Word original has them (lukou-2022-original.txt): leading full-width spaces,
 * "  10　", "5　". Plain "10" or "18015.27" became number cells when pasted into Excel. Values: target, actual,
 * weight, score, deviation.
 */
const WORD_ROWS: CellInput[][] = [
  [
    '≥18个',
    '19个',
    '　5',
    '　5',
    '　根据建筑面积、居民意愿及相关政策进行调整。（年初计划18个小区，765户，增加1个小区，230户，增加建筑面积3.15万平方米，增加9栋。）\n　',
  ],
  ['　≥766户', '　995户', '　5', '　5', null],
  ['30万平方米', '30万平方米', 10, 10, null],
  ['　100%', '　100%', '　10', '　10', '　'],
  ['　2022-12-31', '　2022-12-31', '　10', '　10', '　'],
  ['　623.5', 18015.27, '　10', '　10', '　增加了政府基金拨款等项目资金'],
  ['　100%', '　100%', '　5', '5　', '　'],
  ['　是', '　是', '　5', '　5', '　'],
  ['　是', '　是', '  10　', '　10', '　'],
  ['　是', '　是', '　10', '　10', '　'],
  [' ≥95%', '　96%', '　10', '　10', '　'],
];

/** Level-2 labels broken over lines as in the Word table's narrow column. */
const WORD_LEVEL2: Record<string, string> = {
  数量指标: '数量\n指标',
  质量指标: '质量\n指标',
  时效指标: '时效\n指标',
  成本指标: '成本\n指标',
  经济效益指标: '经济效\n益指标',
  社会效益指标: '社会效\n益指标',
  生态效益指标: '生态效\n益指标',
  可持续影响指标: '可持续影响指标',
  服务对象满意度指标: '服务对象满意度指标',
};

/**
 * The Word form pasted into a sheet, columns A–I: the title as three rows, vertical merged labels in column A,
 * the income/spending breakdown written as "label：amount" in one merged cell, values with stray spaces.
 */
export async function wordLike(): Promise<BuiltLayout> {
  const s = new SheetBuilder('部门整体支出绩效自评表');
  const { budget, overallGoal } = lukou;
  const cells: FormPlaces['cells'] = {};

  s.set('A1', '附件1');
  cells.title = s.merge('A2:I2', '部门整体支出绩效自评表');
  cells.year = s.merge('A3:I3', '填报单位：（盖章）                 （2022年度）');
  s.merge('A4:B4', '预算部门名称');
  cells.unit = s.merge('C4:I4', `${lukou.unit}　`);

  cells.budgetHeader = s.merge('A5:A11', '年度预\n算申请\n（万元）');
  s.merge('B5:C5');
  s.row('D5', ['年初\n预算数', '全年  预算数', '全年\n执行数', '分值', '执行率', '得分']);
  cells.budgetTotalLabel = s.merge('B6:C6', '年度资金总额');
  [cells.initialBudget, cells.fullYearBudget, cells.executed, cells.budgetWeight, cells.rate, cells.budgetScore] =
    s.row('D6', [
      budget.initialBudget,
      budget.fullYearBudget,
      budget.executed,
      '10分',
      budget.statedExecutionRate,
      budget.statedScore,
    ]);
  s.merge('B7:E7', '按收入性质分：');
  s.merge('F7:I7', '按支出性质分：');
  cells.generalPublicBudget = s.merge('B8:E8', '  其中：  一般公共预算：2967.76');
  cells.basic = s.merge('F8:I8', '其中：基本支出：939.93');
  cells.governmentFund = s.merge('B9:E9', '政府性基金拨款：14800');
  cells.project = s.merge('F9:I9', '项目支出：17075.34');
  cells.specialAccountNonTax = s.merge('B10:E10', '纳入专户管理的非税收入拨款：');
  s.merge('F10:I10');
  cells.other = s.merge('B11:E11', '其他资金：247.51');
  s.merge('F11:I11');

  s.merge('A12:A13', '年度总体目标');
  s.merge('B12:E12', '预期目标');
  s.merge('F12:I12', '实际完成情况　');
  cells.planned = s.merge('B13:E13', overallGoal.planned);
  cells.achieved = s.merge('F13:I13', `　${overallGoal.achieved}`);

  const first = 15;
  const last = first + lukou.indicators.length - 1;
  s.merge(`A14:A${last}`, '绩\n效\n指\n标');
  cells.indicatorHeader = 'B14';
  s.row('B14', [
    '一级指标',
    '二级指标',
    '三级指标',
    '年度\n指标值',
    '实际\n完成值',
    '分值',
    '得分',
    '偏差原因分析及改进措施',
  ]);

  const indicators: IndicatorPlace[] = lukou.indicators.map((indicator, i) => {
    const row = first + i;
    const [target, actual, weight, score, deviation] = s.row(`E${row}`, WORD_ROWS[i]);
    return {
      row,
      name: indicator.name,
      cells: {
        level1: '',
        level2: '',
        name: s.set(`D${row}`, indicator.name),
        target,
        actual,
        weight,
        score,
        deviation,
      },
    };
  });
  for (const [start, count] of runs(lukou.indicators, (x) => x.level1)) {
    const top = s.merge(
      `B${first + start}:B${first + start + count - 1}`,
      wordLevel1Labels[lukou.indicators[start].level1],
    );
    for (let k = start; k < start + count; k++) indicators[k].cells.level1 = top;
  }
  for (const [start, count] of runs(lukou.indicators, (x) => x.level1 + x.level2)) {
    const label = WORD_LEVEL2[lukou.indicators[start].level2];
    const top =
      count > 1 ? s.merge(`C${first + start}:C${first + start + count - 1}`, label) : s.set(`C${first + start}`, label);
    for (let k = start; k < start + count; k++) indicators[k].cells.level2 = top;
  }

  const totalRow = last + 1;
  s.merge(`A${totalRow}:F${totalRow}`, '总分');
  cells.totalWeight = s.set(`G${totalRow}`, 100);
  cells.totalScore = s.set(`H${totalRow}`, '100　');
  for (const [col, width] of [
    [1, 6],
    [2, 12],
    [3, 10],
    [4, 22],
    [5, 12],
    [6, 12],
    [9, 40],
  ] as const)
    s.widths.set(col, width);

  return finish(
    'wordLike',
    [s],
    [
      {
        sheet: s.name,
        kind: 'department',
        amountsIn: '万元',
        origin: 'A4',
        budgetTotalRow: 6,
        indicatorRows: indicators.map((x) => x.row),
        placeholderRows: [],
        repeatedScoreRows: [],
        indicators,
        cells,
      },
    ],
  );
}
