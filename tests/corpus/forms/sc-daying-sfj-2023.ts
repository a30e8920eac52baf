import { m } from '../layout';
import type { CorpusForm } from '../types';

const NOTE =
  '1.预算执行率=预算执行数/调整后预算数,预算执行率未达到90%的需说明原因(100字以内);2.年中发生预算调整的(追加或调减),应单独说明理由;3.其他资金包括:社会投入资金、银行贷款.';

export const form: CorpusForm = {
  id: 'sc-daying-sfj-2023',
  unit: '大英县司法局（2023年全县安可替代补助资金项目）',
  year: 2023,
  province: '四川',
  kind: 'project',
  source: 'https://dyxrmt.cn/article-157795-21.html',
  partial: true,
  notes:
    'Sichuan’s 2023 system template, as published in a long article of many forms (the tail of the form before it, ' +
    'which opens the page, is left out). A project funded only after the year began: 年初预算 0.00, 调整后预算数 3.36. ' +
    'Sub-rows show 0.00% where their budget is 0. Cut inside the first indicator row: only its name, = and 100 are shown.',
  sheets: [
    {
      name: '项目支出绩效自评表',
      rows: [
        [m('部门预算项目支出绩效自评表(2023年度)', 11)],
        ['项目名称', m('51092324T000010263357-2023年全县安可替代补助资金项目', 10)],
        ['主管部门', m('大英县司法局部门', 4), m('实施单位', 2), m('大英县司法局', 4)],
        [m('项目基本情况', 1, 3), m('1.项目年度目标完成情况', 1, 2), m('项目年度目标', 4), m('年度目标完成情况', 5)],
        [m('根据要求购买安可设备,并完成项目资金支付。', 4), m('完成', 5)],
        ['2.项目实施内容及过程概述', m('2023年购买13台安可电脑,并于12月前完成资金支付。', 9)],
        [
          m('预算执行情况(10分)', 1, 6),
          '年度预算数(万元)',
          '年初预算',
          '调整后预算数',
          '预算执行数',
          '预算执行率',
          '权重',
          '得分',
          m('原因', 3),
        ],
        ['总额', 0, 3.36, 3.36, '100.00%', 10, 10, m(NOTE, 3, 5)],
        ['其中:财政资金', 0, 3.36, 3.36, '100.00%', '/', '/'],
        ['财政专户管理资金', 0, 0, 0, '0.00%', '/', '/'],
        ['单位资金', 0, 0, 0, '0.00%', '/', '/'],
        ['其他资金', null, null, null, null, '/', '/'],
        [
          m('绩效指标(90分)', 1, 2),
          '一级指标',
          '二级指标',
          '三级指标',
          '指标性质',
          '指标值',
          '度量单位',
          '完成值',
          '权重',
          '得分',
          '未完成原因分析',
        ],
        ['产出指标', '质量指标', '完成安可产品购买并按要求支付资金', '=', 100],
      ],
    },
  ],
  expectations: [
    {
      id: 'adjusted',
      kind: 'must',
      code: 'BUDGET_ADJUSTED',
      row: 8,
      reason: '年初预算 0.00 became 3.36: a mid-year budget the report must explain',
    },
    {
      id: 'rate-right',
      kind: 'mustNot',
      code: 'BUDGET_RATE_WRONG',
      reason: '3.36 ÷ 3.36 is the stated 100.00%; a sub-row’s 0.00% over a 0 budget is no rate to check',
    },
    {
      id: 'score-right',
      kind: 'mustNot',
      code: ['BUDGET_SCORE_TOO_HIGH', 'BUDGET_SCORE_LOW'],
      reason: '100% of 10 is the stated 10',
    },
    {
      id: 'budget-present',
      kind: 'mustNot',
      code: ['BUDGET_MISSING', 'BUDGET_TOTAL_EMPTY'],
      reason: '调整后预算数 3.36 is the full-year budget; the 0 is only the 年初预算',
    },
    {
      id: 'subrows-once',
      kind: 'mustNot',
      code: ['BUDGET_INCOME_SUM', 'BUDGET_SPENDING_SUM'],
      reason: '财政资金 3.36 + 0 + 0 + blank is the total',
    },
    {
      id: 'budget-block',
      kind: 'mustNot',
      code: 'FIELD_MISSING',
      about: '年度资金总额',
      reason: 'the budget block is there: its total row is 总额, under 年度预算数(万元)',
    },
    {
      id: 'goal-block',
      kind: 'mustNot',
      code: 'FIELD_MISSING',
      about: '年度总体目标',
      reason: 'the goal block is there, as 项目年度目标 / 年度目标完成情况 under 项目基本情况',
    },
  ],
};
