import { m } from '../layout';
import { projectHeaderFilled } from '../common';
import type { CorpusForm } from '../types';

export const form: CorpusForm = {
  id: 'ah-xuancheng-dzj-2021',
  unit: '宣城市地震局（防震减灾综合保障）',
  year: 2021,
  province: '安徽',
  kind: 'project',
  source: 'https://www.xuancheng.gov.cn/OpennessContent/show/2594005.html',
  partial: true,
  notes:
    'Held-out round 3 (session 7): a city bureau’s 防震减灾项目支出绩效自评表 on Anhui’s project template, published as ' +
    'text on the city’s site and laid out again on its template (9 columns): 附件1 above the title; 项目资金(万元) with ' +
    '年初预算数 · 全年预算数(A) · 全年执行数(B) · 分值 · 执行率(B/A) · 得分, 年度资金总额: with its colon, “-” under 分值 ' +
    'and 得分 of the sub-rows; 年度总体目标完成情况 › 预期目标 / 实际完成情况, the achieved text repeating the planned one ' +
    'with other numbering (目标1: → 1.); 年度绩效指标完成情况 as the indicator block’s label; the level-1 cell shows only ' +
    '(50分) (on the page four empty lines stand before it, where the vertical name is not shown, as in ' +
    'sd-jinan-licheng-whg-2019); 指标1: / 指标2: before the names; targets 200 and 500 as bare numbers against actuals ' +
    '200余人 and 600余人; deadlines 11月底前 met in 10月. Cut inside the 成本指标 row (“成本指标 指…”): that row and all ' +
    'after it are left out, so the level-1 weights, the 效益 and 满意度 blocks and the 总分 are not on the page.',
  sheets: [
    {
      name: '项目支出绩效自评表',
      rows: [
        [m('附件1', 9)],
        [m('防震减灾项目支出绩效自评表', 9)],
        [m('(2021年度)', 9)],
        ['项目名称', m('防震减灾综合保障', 8)],
        ['主管部门', m('宣城市地震局', 3), m('实施单位', 2), m('宣城市地震局', 3)],
        [
          m('项目资金\n(万元)', 1, 5),
          m(null, 2),
          '年初预算数',
          '全年预算数(A)',
          '全年执行数(B)',
          '分值',
          '执行率(B/A)',
          '得分',
        ],
        [m('年度资金总额:', 2), 55, 55, 55, 10, '100%', 10],
        [m('其中:本年财政拨款', 2), 55, 55, 55, '-', '100%', '-'],
        [m('上年结转资金', 2), 0, 0, 0, '-', null, '-'],
        [m('其他资金', 2), 0, 0, 0, '-', null, '-'],
        [m('年度总体目标完成情况', 1, 2), m('预期目标', 4), m('实际完成情况', 4)],
        [
          m('目标1:省政府对市政府防震减灾目标管理绩效考核第一名。\n目标2:全省市级防震减灾综合考核先进单位。', 4),
          m('1.省政府对市政府防震减灾目标管理绩效考核第一名。\n2.全省市级防震减灾综合考核先进单位。', 4),
        ],
        [
          m('年度绩效指标完成情况', 1, 7),
          '一级\n指标',
          '二级指标',
          '三级指标',
          '年度指标值',
          '实际完成值',
          '分值',
          '得分',
          '偏差原因分析及改进措施',
        ],
        [m('(50分)', 1, 6), m('数量指标', 1, 2), '指标1:接受业务培训人数', 200, '200余人', 10, 10, null],
        ['指标2:科普馆参观人数', 500, '600余人', 10, 10, null],
        [m('质量指标', 1, 2), '指标1:台站正常运行', '100%', '100%', 10, 10, null],
        ['指标2:台网运行率', '≥95%', '99.12%', 10, 10, null],
        [m('时效指标', 1, 2), '指标1:业务培训时限', '11月底前', '10月', 5, 5, null],
        ['指标2:科普宣传时限', '11月底前', '10月', 5, 5, null],
      ],
    },
  ],
  expectations: [
    {
      id: 'read',
      kind: 'mustNot',
      code: 'FORM_NOT_FOUND',
      reason:
        'a project form: 项目名称, 项目资金(万元) with 年度资金总额:, and an indicator table with 三级指标 · 年度指标值 · 分值 · 得分',
    },
    projectHeaderFilled(),
    {
      id: 'budget-block',
      kind: 'mustNot',
      code: ['FIELD_MISSING', 'BUDGET_MISSING'],
      about: ['年度资金总额', '全年预算数', '全年执行数', '执行率', '“分值”', '“得分”'],
      reason: 'the budget row is there: 55 · 55 · 55 · 10 · 100% · 10',
    },
    {
      id: 'two-columns',
      kind: 'mustNot',
      code: 'BUDGET_SINGLE_COLUMN',
      reason: 'both 年初预算数 and 全年预算数(A) are there: the block has more than one budget column',
    },
    {
      id: 'budget-right',
      kind: 'mustNot',
      code: [
        'BUDGET_RATE_WRONG',
        'BUDGET_SCORE_TOO_HIGH',
        'BUDGET_SCORE_LOW',
        'BUDGET_LOW_EXECUTION',
        'BUDGET_OVERSPENT',
        'BUDGET_ADJUSTED',
        'BUDGET_SPENDING_SUM',
        'BUDGET_TOTAL_EMPTY',
        'ROUNDING_DIFFERENCE',
      ],
      reason:
        '55 of 55 is the stated 100%, 10 of 10; 本年财政拨款 55 + 0 + 0 make the 55; the sub-rows’ “-” are no figures',
    },
    {
      id: 'goal-repeated',
      kind: 'must',
      code: 'GOAL_MISSING',
      reason:
        '实际完成情况 repeats 预期目标 word for word, only the numbering differs (目标1: → 1.): the same text on both sides (rules.md)',
    },
    {
      id: 'columns',
      kind: 'mustNot',
      code: 'FIELD_MISSING',
      about: ['年度指标值', '实际完成值', '分值', '得分', '偏差原因', '三级指标'],
      reason: 'the header names every column: 三级指标, 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施',
    },
    {
      id: 'filled',
      kind: 'mustNot',
      code: ['IND_TARGET_MISSING', 'IND_ACTUAL_MISSING', 'IND_WEIGHT_MISSING', 'IND_PLACEHOLDER'],
      reason: 'the six indicators have their target, actual and 分值; 指标1: / 指标2: stand before real names',
    },
    {
      id: 'read-values',
      kind: 'mustNot',
      code: ['IND_UNREADABLE', 'IND_UNIT_MISMATCH'],
      reason:
        '200余人 and 600余人 are quantities of 人 (200-odd, 600-odd) against bare numbers; 11月底前 / 10月 are dates; ≥95% / 99.12% and 100% are rates',
    },
    {
      id: 'over',
      kind: 'must',
      code: 'IND_OVERACHIEVED',
      indicator: '科普馆参观人数',
      reason: '600余人 against 500 is at least 120% of the target: the target may have been set too low (rules.md)',
    },
    {
      id: 'over-reason',
      kind: 'must',
      code: 'IND_REASON_MISSING',
      indicator: '科普馆参观人数',
      reason: 'overachieved, and its 偏差原因 is blank',
    },
    {
      id: 'over-once',
      kind: 'mustNot',
      code: 'IND_OVERACHIEVED',
      atMost: 1,
      reason: '200余人 of 200 and 99.12% of ≥95% (104%) are under 120%',
    },
    {
      id: 'reason-once',
      kind: 'mustNot',
      code: 'IND_REASON_MISSING',
      atMost: 1,
      reason: 'no other indicator misses, overachieves or is docked',
    },
    {
      id: 'met',
      kind: 'mustNot',
      code: 'IND_NOT_MET',
      reason: '200余人 of 200, 600余人 of 500, 100%, 99.12% of ≥95%, 10月 before 11月底前 (twice): all met',
    },
    {
      id: 'scores',
      kind: 'mustNot',
      code: ['IND_SCORE_ABOVE_WEIGHT', 'IND_SCORE_TOO_HIGH', 'IND_SCORE_UNEXPLAINED'],
      reason: 'every target met with full marks',
    },
  ],
};
