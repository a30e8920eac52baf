import { SheetBuilder, type CellInput } from '../workbook';
import { finish } from './finish';
import { standardIndicatorHeader } from './indicatorRows';
import type { BuiltLayout, FormPlaces, IndicatorPlace } from './types';

/** A made-up project of the same unit, figures consistent with each other (万元). */
export const sampleProject = {
  name: '渌口区2022年老旧小区改造项目',
  department: '株洲市渌口区住房和城乡建设局',
  implementer: '株洲市渌口区住房保障服务中心',
  /** 年初预算数 · 全年预算数 · 全年执行数 of the total and of each source. */
  total: [900, 919.2, 919.2],
  currentYear: [800, 819.2, 819.2],
  carryOver: [100, 100, 100],
  other: [0, 0, 0],
  weight: 10,
  rate: '100%',
  score: 10,
  planned: '计划完成18个老旧小区改造，改造户数766户，项目于2022年12月31日前完工。',
  achieved: '实际完成19个老旧小区改造，改造户数995户，项目于2022年12月20日完工并通过验收。',
  indicators: [
    ['产出指标', '数量指标', '改造老旧小区个数', '≥18个', '19个', 20, 20, '新增1个小区纳入改造计划'],
    ['产出指标', '质量指标', '竣工验收合格率', '100%', '100%', 10, 10, ''],
    ['产出指标', '时效指标', '完工时间', '2022年12月31日前', '2022年12月20日', 10, 10, ''],
    ['产出指标', '成本指标', '项目总成本', '≤919.2万元', '919.2万元', 10, 10, ''],
    ['效益指标', '社会效益指标', '居民居住条件是否改善', '是', '是', 30, 30, ''],
    ['满意度指标', '服务对象满意度指标', '改造小区居民满意度', '≥90%', '95%', 10, 10, ''],
  ] as const,
  total100: 100,
};

/**
 * A 项目支出绩效自评表 on a sheet of its own (A1 down, columns A–I): 项目名称 / 主管部门 / 实施单位 header, the
 * budget sub-rows 其中：当年财政拨款 · 上年结转资金 · 其他资金 with amounts in all three columns and "/" under
 * 分值/执行率/得分, six indicators. Source cells point to the 全年预算数 column.
 */
export function placeProjectForm(s: SheetBuilder): FormPlaces {
  const p = sampleProject;
  const cells: FormPlaces['cells'] = {};
  s.set('A1', '附件2');
  cells.title = s.merge('A2:I2', '项目支出绩效自评表');
  cells.year = s.merge('A3:I3', '（2022年度）');
  s.merge('A4:B4', '项目名称');
  cells.projectName = s.merge('C4:I4', p.name);
  s.merge('A5:B5', '主管部门');
  cells.department = s.merge('C5:E5', p.department);
  s.merge('F5:G5', '实施单位');
  cells.implementer = s.merge('H5:I5', p.implementer);

  cells.budgetHeader = s.merge('A6:A10', '项目资金\n（万元）');
  s.merge('B6:C6');
  s.row('D6', ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分']);
  cells.budgetTotalLabel = s.merge('B7:C7', '年度资金总额');
  [cells.initialBudget, cells.fullYearBudget, cells.executed, cells.budgetWeight, cells.rate, cells.budgetScore] =
    s.row('D7', [...p.total, p.weight, p.rate, p.score]);
  const sources: [string, readonly number[]][] = [
    ['其中：当年财政拨款', p.currentYear],
    ['上年结转资金', p.carryOver],
    ['其他资金', p.other],
  ];
  [cells.currentYearFunds, cells.carryOverFunds, cells.otherFunds] = sources.map(([label, amounts], k) => {
    s.merge(`B${8 + k}:C${8 + k}`, label);
    return s.row(`D${8 + k}`, [...amounts, '/', '/', '/'])[1];
  });

  s.merge('A11:A12', '年度总体目标');
  s.merge('B11:E11', '预期目标');
  s.merge('F11:I11', '实际完成情况');
  cells.planned = s.merge('B12:E12', p.planned);
  cells.achieved = s.merge('F12:I12', p.achieved);

  const first = 14;
  const last = first + p.indicators.length - 1;
  s.merge(`A13:A${last}`, '绩效指标');
  cells.indicatorHeader = 'B13';
  standardIndicatorHeader(s, 13);
  const indicators: IndicatorPlace[] = p.indicators.map(([, , name, target, actual, weight, score, deviation], i) => {
    const row = first + i;
    const values: CellInput[] = [name, target, actual, weight, score, deviation || null];
    const [nameCell, targetCell, actualCell, weightCell, scoreCell, deviationCell] = s.row(`D${row}`, values);
    return {
      row,
      name,
      cells: {
        level1: `B${row}`,
        level2: s.set(`C${row}`, p.indicators[i][1]),
        name: nameCell,
        target: targetCell,
        actual: actualCell,
        weight: weightCell,
        score: scoreCell,
        deviation: deviationCell,
      },
    };
  });
  const output = s.merge(`B${first}:B${first + 3}`, '产出指标（50分）');
  for (const x of indicators.slice(0, 4)) x.cells.level1 = output;
  s.set(`B${first + 4}`, '效益指标（30分）');
  s.set(`B${first + 5}`, '满意度指标（10分）');

  s.merge(`A${last + 1}:F${last + 1}`, '总分');
  cells.totalWeight = s.set(`G${last + 1}`, p.total100);
  cells.totalScore = s.set(`H${last + 1}`, p.total100);

  return {
    sheet: s.name,
    kind: 'project',
    amountsIn: '万元',
    origin: 'A4',
    budgetTotalRow: 7,
    indicatorRows: indicators.map((x) => x.row),
    placeholderRows: [],
    repeatedScoreRows: [],
    indicators,
    cells,
  };
}

export async function project(): Promise<BuiltLayout> {
  const s = new SheetBuilder('项目支出绩效自评表');
  return finish('project', [s], [placeProjectForm(s)]);
}
