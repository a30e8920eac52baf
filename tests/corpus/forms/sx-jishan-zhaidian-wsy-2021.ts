import { m } from '../layout';
import type { CorpusForm, Row } from '../types';

/** 指标N:name | 年度指标值 | 实际完成值 | 分值 | 得分, as printed. */
const indicators: [string, string, string, number, number][] = [
  ['指标1:居民健康档案', '38508人', '37442人', 3, 3],
  ['指标6:举办健康教育宣传咨询活动', '12次', '96次', 1, 1],
  ['指标7:建立预防接种证', '221人', '221人', 2, 2],
  ['指标8:适龄儿童疫苗接种率', '100.00%', '97.30%', 2, 1.9],
  ['指标9:0-6岁儿童健康管理数', '2089人', '2089人', 2, 2],
  ['指标10:0-6岁儿童眼保健操覆盖数', '2089人', '2089人', 2, 2],
  ['指标11:新生入访视数', '214人', '214人', 2, 2],
  ['指标12:孕产妇7天访视数', '214人', '203人', 2, 1.8],
  ['指标13:孕产妇42天访视数', '214人', '203人', 2, 1.8],
  ['指标14:早孕建册数', '120人', '69人', 2, 1],
  ['指标15:老年人体检数', '5662人', '4044人', 2, 1.4],
  ['指标16:高血压规范管理数', '3807人', '3224人', 2, 1.9],
  ['指标17:高血压随访控制数', '3807人', '3220人', 2, 1.8],
  ['指标18:糖尿病规范管理数', '863人', '695人', 2, 1.8],
  ['指标19:糖尿病随访控制数', '863人', '683人', 2, 1.7],
  ['指标20:严重精神障碍患者管理数', '212人', '209人', 2, 1.8],
  ['指标21:肺结核健康规范管理数', '8例', '8例', 2, 2],
  ['指标22:老年人中医药规范管理数', '5662人', '4044人', 2, 1.4],
  ['指标23:0-36月龄中医药规范管理数', '1228人', '770人', 2, 1.8],
  ['指标24:传染病及突发公共卫生事件报告数', '14例', '14例', 2, 2],
  ['指标25:家庭医生签约率', '24694人', '22584人', 2, 1.7],
];

const indicatorRows: Row[] = indicators.map(([name, target, actual, weight, score], i) => [
  ...(i === 0 ? [m('产出指标', 1, indicators.length), m('数量指标', 1, indicators.length)] : []),
  m(name, 2),
  target,
  actual,
  weight,
  score,
]);

export const form: CorpusForm = {
  id: 'sx-jishan-zhaidian-wsy-2021',
  unit: '稷山县翟店镇卫生院（国家基本公共卫生服务）',
  year: 2021,
  province: '山西',
  kind: 'project',
  source: 'https://keke.chddh.cn/archives/p4q58rogpx4emom7ewb9.html',
  partial: true,
  notes:
    'A county template (稷山县项目支出绩效自评表) published as .xlsx and shown flattened: cells in reading order, so the ' +
    'grid is laid out again. 年度资金总额 reads 0 | 0 | 207.4538 | 10 | 100% | 10: a 0 全年预算数 with 207.4538 spent ' +
    'and a stated 100%. The goal row holds the same words twice, with no 预期目标 / 实际完成情况 labels shown; no 偏差原因 ' +
    'column is shown. Indicators are named 指标N:…; rows 指标2–指标5 are jumbled on the page (the names of 3 and 4 do not ' +
    'appear) and are left out rather than guessed. Six scores lie above the proportional rule score (e.g. 高血压规范管理数 ' +
    '3224 of 3807 gives 1.69 of 2, stated 1.9); 96次 against 12次 is 800%. Cut at the first 质量指标 row.',
  sheets: [
    {
      name: '项目支出绩效自评表',
      rows: [
        [m('稷山县项目支出绩效自评表', 8)],
        [m('(2021年度)', 8)],
        ['项目名称', m('国家基本公共卫生服务', 7)],
        ['主管部门', m('稷山县卫生健康和体育局', 3), '实施单位', m('稷山县翟店镇卫生院', 3)],
        [m('项目资金\n(万元)', 1, 5), null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
        ['年度资金总额', 0, 0, 207.4538, 10, '100%', 10],
        ['其中:当年财政拨款', null, null, 207.4538, '—', '100%', '—'],
        ['上年结转资金', null, null, null, null, null, null],
        ['其他资金', null, null, null, null, null, null],
        ['年度\n总体\n目标', m('国家基本公共卫生服务', 3), m('国家基本公共卫生服务', 4)],
        ['一级\n指标', '二级指标', m('三级指标', 2), '年度\n指标值', '实际\n完成值', '分值', '得分'],
        ...indicatorRows,
      ],
    },
  ],
  expectations: [
    {
      id: 'too-high-records',
      kind: 'must',
      code: 'IND_SCORE_TOO_HIGH',
      indicator: '居民健康档案',
      reason: '37442 of 38508 gives 2.92 of 3; 3 stated',
    },
    {
      id: 'too-high-hypertension',
      kind: 'must',
      code: 'IND_SCORE_TOO_HIGH',
      indicator: '高血压规范管理数',
      reason: '3224 of 3807 gives 1.69 of 2; 1.9 stated',
    },
    {
      id: 'too-high-hypertension-followup',
      kind: 'must',
      code: 'IND_SCORE_TOO_HIGH',
      indicator: '高血压随访控制数',
      reason: '3220 of 3807 gives 1.69 of 2; 1.8 stated',
    },
    {
      id: 'too-high-diabetes',
      kind: 'must',
      code: 'IND_SCORE_TOO_HIGH',
      indicator: '糖尿病规范管理数',
      reason: '695 of 863 gives 1.61 of 2; 1.8 stated',
    },
    {
      id: 'too-high-diabetes-followup',
      kind: 'must',
      code: 'IND_SCORE_TOO_HIGH',
      indicator: '糖尿病随访控制数',
      reason: '683 of 863 gives 1.58 of 2; 1.7 stated',
    },
    {
      id: 'too-high-tcm-infants',
      kind: 'must',
      code: 'IND_SCORE_TOO_HIGH',
      indicator: '0-36月龄中医药规范管理数',
      reason: '770 of 1228 gives 1.25 of 2; 1.8 stated',
    },
    {
      id: 'score-within-rule',
      kind: 'mustNot',
      code: 'IND_SCORE_TOO_HIGH',
      indicator: '老年人体检数',
      reason: '4044 of 5662 gives 1.43 of 2; 1.4 stated is below it',
    },
    {
      id: 'overachieved',
      kind: 'must',
      code: 'IND_OVERACHIEVED',
      indicator: '举办健康教育宣传咨询活动',
      reason: '96次 against 12次 is 800% of the target',
    },
    {
      id: 'missed-vaccination',
      kind: 'must',
      code: 'IND_NOT_MET',
      indicator: '适龄儿童疫苗接种率',
      reason: '97.30% against 100.00%',
    },
    {
      id: 'budget-zero',
      kind: 'must',
      code: 'BUDGET_MISSING',
      row: 6,
      reason: '全年预算数 is 0 on the 年度资金总额 row, with 207.4538 spent',
    },
    {
      id: 'no-rate-from-zero',
      kind: 'mustNot',
      code: 'BUDGET_RATE_WRONG',
      reason: 'no rate is computed from a 0 budget: BUDGET_MISSING says it',
    },
    {
      id: 'not-overspent',
      kind: 'mustNot',
      code: 'BUDGET_OVERSPENT',
      reason: 'one cause, one finding: the 0 budget is missing, not overspent',
    },
    {
      id: 'same-goal-text',
      kind: 'must',
      code: 'GOAL_MISSING',
      cell: 'E10',
      reason: 'the goal row holds 国家基本公共卫生服务 on both sides: the achieved text (E10) repeats the planned one',
    },
    {
      id: 'no-reason-column',
      kind: 'mustNot',
      code: 'IND_REASON_MISSING',
      reason:
        'the form shows no 偏差原因 column: one FIELD_MISSING names it and the per-row findings for that column are suppressed (rules.md)',
    },
    {
      id: 'filled',
      kind: 'mustNot',
      code: ['IND_TARGET_MISSING', 'IND_ACTUAL_MISSING', 'IND_WEIGHT_MISSING'],
      reason: 'every transcribed indicator has target, actual and weight',
    },
    {
      id: 'numbered-names',
      kind: 'mustNot',
      code: 'IND_PLACEHOLDER',
      reason: '指标1:居民健康档案 has a name after the number: no template residue',
    },
    {
      id: 'units-agree',
      kind: 'mustNot',
      code: 'IND_UNIT_MISMATCH',
      reason: 'every actual carries its target’s unit (人, 次, 例, %)',
    },
  ],
};
