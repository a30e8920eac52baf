import { m } from '../layout';
import type { CorpusForm } from '../types';

export const form: CorpusForm = {
  id: 'hn-yongzhou-lingling-lyj-2021',
  unit: '永州市零陵区林业局',
  year: 2021,
  province: '湖南',
  kind: 'department',
  source: 'http://admin.yzcity.gov.cn:8888/llqlinyj/gknb/202204/cd04d310d5364b2f9983a7843fb6a17d.shtml',
  partial: true,
  notes:
    'Held-out round 3 (session 7): Hunan’s department template (as hn-yongzhou-lingling-cdc-2021 has it) published as ' +
    'text on the district’s site and laid out again on its 8 columns. The page drops a character here and there, ' +
    'transcribed as shown: the title line reads 2021年度) (no opening bracket), the unit label 级预算单位名称 and the unit ' +
    '陵区林业局 (the 区 and 零 not shown), the 效益 cell 效益指标 30分) (no opening bracket), the 产出 cell 产出指标 (50) ' +
    '(no 分), one 成本 name 育补助. The amounts are typed with their unit (4753.66万元) under the header’s (万元). The ' +
    'stated 执行率 is 100% and the 得分 10 while 3824.26 of 4753.66 were spent. The breakdown amounts stand in the ' +
    'label cells (其中: 一般公共预算:1873.66万元), the two headings 按收入性质分: / 按支出性质分: with no amount; ' +
    '纳入专户管理的非税收入拨款: has an empty cell beside it (the page lists 其他资金:2880万元 next, the left column’s ' +
    'next part). The goal texts are the same on both sides. Rows holding only …… are the template’s. Cut at the ' +
    '生态效益 row: it and all after it (满意度, 总分) are left out.',
  sheets: [
    {
      name: '部门整体支出绩效自评表',
      rows: [
        [m('部门整体支出绩效自评表', 8)],
        [m('2021年度)', 8)],
        [m('级预算单位名称', 2), m('陵区林业局', 6)],
        [
          m('年度预\n算申请\n(万元)', 1, 7),
          null,
          '年初\n预算数',
          '全年预算数',
          '全年\n执行数',
          '分值',
          '执行率',
          '得分',
        ],
        ['年度资金总额', '4753.66万元', '4753.66万元', '3824.26万元', 10, '100%', 10],
        [m('按收入性质分:', 3), m('按支出性质分:', 4)],
        [m('其中: 一般公共预算:1873.66万元', 3), m('其中:基本支出:1768.16万元', 4)],
        [m('政府性基金拨款:', 3), m('项目支出:2985.5万元', 4)],
        [m('纳入专户管理的非税收入拨款:', 3), m(null, 4)],
        [m('其他资金:2880万元', 3), m(null, 4)],
        [m('年度总体目标', 1, 2), m('预期目标', 3), m('实际完成情况', 4)],
        [
          m('目标1:造林1.2万亩,\n目标2森林经营16.3万亩\n目标3:病虫害防治3.45万亩', 3),
          m('目标1:造林1.2万亩,\n目标2森林经营16.3万亩\n目标3:病虫害防治3.45万亩', 4),
        ],
        [
          '一级指标',
          '二级指标',
          '三级指标',
          '年度\n指标值',
          '实际\n完成值',
          '分值',
          '得分',
          '偏差原因\n分析及\n改进措施',
        ],
        [m('产出指标\n(50)', 1, 9), m('数量\n指标', 1, 3), '造林面积', '1.2万亩', '1.2万亩', 10, 10, null],
        ['病虫害防治面积', '3.45万亩', '3.45万亩', 7, 7, null],
        ['森林经营面积', '16.3万亩', '16.3万亩', 7, 7, null],
        [m('质量\n指标', 1, 2), '造林成活率', '85%', '85%', 7, 7, null],
        ['……', null, null, null, null, null],
        [m('时效\n指标', 1, 2), '当期完成', '90%', '100%', 7, 7, null],
        ['……', null, null, null, null, null],
        [m('成本\n指标', 1, 2), '造林补助', '每亩300', '每亩300', 6, 6, null],
        ['育补助', '每亩100', '每亩100', 6, 6, null],
        [m('效益指标\n30分)', 1, 4), m('经济效\n益指标', 1, 2), '木材销售收入', '1100万元', '1093万元', 6, 5, null],
        ['林产品收入', '2.6亿元', '2.45亿元', 6, 5, null],
        [m('社会效\n益指标', 1, 2), '提高就业率', '显著', '显著', 6, 6, null],
        ['……', null, null, null, null, null],
      ],
    },
  ],
  expectations: [
    {
      id: 'read',
      kind: 'mustNot',
      code: 'FORM_NOT_FOUND',
      reason: 'a department form: 预算单位名称, 年度预算申请 with 年度资金总额, 年度总体目标 and the indicator table',
    },
    {
      id: 'unit-label',
      kind: 'must',
      code: 'FIELD_MISSING',
      about: '预算部门名称',
      reason:
        'slip corrected after the first run (which reported it): the label shows as 级预算单位名称, the page having dropped its 区, and that is none of the labels the form uses (annex1.md); the first version (mustNot) asked the reader to read a damaged label, which no rule asks. What the reader cannot place it reports, once, naming 预算部门名称 (rules.md)',
    },
    {
      id: 'budget-block',
      kind: 'mustNot',
      code: ['FIELD_MISSING', 'BUDGET_MISSING'],
      about: ['年度资金总额', '全年预算数', '全年执行数', '执行率', '“分值”', '“得分”', '按收入性质分', '按支出性质分'],
      reason: 'the budget row and both breakdowns are there: 4753.66万元 · 4753.66万元 · 3824.26万元 · 10 · 100% · 10',
    },
    {
      id: 'parts',
      kind: 'mustNot',
      code: ['BUDGET_INCOME_SUM', 'BUDGET_SPENDING_SUM'],
      reason:
        '一般公共预算 1873.66 + 其他资金 2880 = 4753.66 (blank parts count as 0); 基本支出 1768.16 + 项目支出 2985.5 = 4753.66',
    },
    {
      id: 'rate-wrong',
      kind: 'must',
      code: 'BUDGET_RATE_WRONG',
      cell: 'G5',
      reason: '3824.26 ÷ 4753.66 = 80.45%, the stated 100% is far from it',
    },
    {
      id: 'score-too-high',
      kind: 'must',
      code: 'BUDGET_SCORE_TOO_HIGH',
      cell: 'H5',
      reason: 'min(80.45%, 1) × 10 = 8.04; the stated 10 is above it',
    },
    {
      id: 'low-execution',
      kind: 'must',
      code: 'BUDGET_LOW_EXECUTION',
      reason: '80.45% is under the 90% that asks for an explanation',
    },
    {
      id: 'not-adjusted',
      kind: 'mustNot',
      code: ['BUDGET_ADJUSTED', 'BUDGET_OVERSPENT', 'BUDGET_TOTAL_EMPTY'],
      reason: '年初 = 全年 = 4753.66; 3824.26 is under it',
    },
    {
      id: 'goal-same',
      kind: 'must',
      code: 'GOAL_MISSING',
      reason: '实际完成情况 is the 预期目标 text word for word',
    },
    {
      id: 'columns',
      kind: 'mustNot',
      code: 'FIELD_MISSING',
      about: ['年度指标值', '实际完成值', '分值', '得分', '偏差原因', '三级指标'],
      reason: 'the header names every column: 三级指标, 年度 指标值, 实际 完成值, 分值, 得分, 偏差原因 分析及 改进措施',
    },
    {
      id: 'residue',
      kind: 'must',
      code: 'IND_PLACEHOLDER',
      reason: 'rows holding only …… are template residue (rules.md)',
    },
    {
      id: 'filled',
      kind: 'mustNot',
      code: ['IND_TARGET_MISSING', 'IND_ACTUAL_MISSING', 'IND_WEIGHT_MISSING'],
      reason: 'the eleven indicators have their target, actual and 分值; the …… rows are no indicators',
    },
    {
      id: 'wood-missed',
      kind: 'must',
      code: 'IND_NOT_MET',
      indicator: '木材销售收入',
      reason: '1093万元 of 1100万元',
    },
    {
      id: 'products-missed',
      kind: 'must',
      code: 'IND_NOT_MET',
      indicator: '林产品收入',
      reason: '2.45亿元 of 2.6亿元',
    },
    {
      id: 'missed-two',
      kind: 'mustNot',
      code: 'IND_NOT_MET',
      atMost: 2,
      reason:
        'every other actual meets its target (1.2万亩, 3.45万亩, 16.3万亩, 85%, 100% of 90%, 每亩300, 每亩100, 显著)',
    },
    {
      id: 'wood-reason',
      kind: 'must',
      code: 'IND_REASON_MISSING',
      indicator: '木材销售收入',
      reason: 'missed and docked (5 of 6) with the 偏差原因 blank',
    },
    {
      id: 'products-reason',
      kind: 'must',
      code: 'IND_REASON_MISSING',
      indicator: '林产品收入',
      reason: 'missed and docked (5 of 6) with the 偏差原因 blank',
    },
    {
      id: 'readable',
      kind: 'mustNot',
      code: ['IND_UNREADABLE', 'IND_UNIT_MISMATCH'],
      reason:
        '万亩 and % on both sides; 万元 against 万元 and 亿元 against 亿元; 每亩300 / 每亩100 and 显著 the same text on both sides',
    },
    {
      id: 'scores',
      kind: 'mustNot',
      code: ['IND_SCORE_ABOVE_WEIGHT', 'IND_SCORE_TOO_HIGH', 'IND_SCORE_UNEXPLAINED'],
      reason: 'the two 5s are below their rule scores (5.96, 5.65) on missed targets; every met target has full marks',
    },
    {
      id: 'not-over',
      kind: 'mustNot',
      code: 'IND_OVERACHIEVED',
      reason: '100% of 90% is 111%, under 120%',
    },
  ],
};
