import type { Grid } from '../../src/core/cells';
import type { Finding } from '../../src/core/findings';
import { checkFormsOnSheet, type FormResult } from '../../src/core/workbook';
import { handLaid, span, type HandRow } from '../support/handLaid';

export const BUDGET_HEADER = ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'];
export const INDICATOR_HEADER = [
  '一级指标',
  '二级指标',
  '三级指标',
  '年度指标值',
  '实际完成值',
  '分值',
  '得分',
  '偏差原因分析及改进措施',
];

/** The indicators of the hand-made project form: weights 50/30/10 with the budget's 10; every target met. */
export const INDICATORS: HandRow[] = [
  ['产出指标', '数量指标', '养护道路里程', '≥120公里', '120公里', 30, 30, null],
  ['产出指标', '质量指标', '路面合格率', '≥95%', '96%', 10, 10, null],
  ['产出指标', '时效指标', '完成时间', '2023年12月31日前', '2023年11月30日', 10, 10, null],
  ['效益指标', '社会效益指标', '群众出行条件', '明显改善', '明显改善', 30, 30, null],
  ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '95%', 10, 10, null],
];

export interface HandForm {
  budgetHeader?: HandRow;
  budgetTotal?: HandRow;
  subRows?: HandRow[];
  goal?: HandRow[];
  indicatorHeader?: HandRow[];
  indicators?: HandRow[];
  afterIndicators?: HandRow[];
  total?: HandRow;
}

/**
 * A project form laid out by hand as a county bureau would (乡村道路养护, 2023): budget 100 / 100 / 95, rate 95%, score
 * 9.5, five met indicators, total 99.5. Each part can be replaced to try another template's wording or structure.
 */
export function handProjectRows(f: HandForm = {}): HandRow[] {
  return [
    [span('项目支出绩效自评表（2023年度）', 8)],
    ['项目名称', span('乡村道路养护', 7)],
    ['主管部门', span('某县交通运输局', 3), '实施单位', span('某县公路所', 3)],
    [span('项目资金（万元）', 1, 2 + (f.subRows?.length ?? 3)), null, ...(f.budgetHeader ?? BUDGET_HEADER)],
    f.budgetTotal ?? ['年度资金总额', 100, 100, 95, 10, '95.00%', 9.5],
    ...(f.subRows ?? [
      ['其中：当年财政拨款', 100, 100, 95, null, null, null],
      ['上年结转资金', null, null, null, null, null, null],
      ['其他资金', null, null, null, null, null, null],
    ]),
    ...(f.goal ?? [
      [span('年度总体目标', 1, 2), span('预期目标', 3), span('实际完成情况', 4)],
      [span('养护农村公路120公里', 3), span('完成养护120公里，路况良好', 4)],
    ]),
    ...(f.indicatorHeader ?? [INDICATOR_HEADER]),
    ...(f.indicators ?? INDICATORS),
    ...(f.afterIndicators ?? []),
    f.total ?? [span('总分', 5), 100, 99.5, null],
  ];
}

export function handProject(f: HandForm = {}, name = '项目自评表'): Grid {
  return handLaid(name, handProjectRows(f));
}

/** Reads and checks the one form on a grid. */
export function checkOne(grid: Grid): FormResult {
  const { results, notFound } = checkFormsOnSheet(grid);
  if (notFound || results.length !== 1) throw new Error(`expected one form, found ${results.length}`);
  return results[0];
}

export function codesOf(findings: Finding[]): string[] {
  return findings.map((f) => f.code).sort();
}
