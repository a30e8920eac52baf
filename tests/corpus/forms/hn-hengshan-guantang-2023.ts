import { m } from '../layout';
import type { CorpusForm } from '../types';

export const form: CorpusForm = {
  id: 'hn-hengshan-guantang-2023',
  unit: '衡山县贯塘乡人民政府',
  year: 2023,
  province: '湖南',
  kind: 'department',
  source: 'http://www.hengshan.gov.cn/xzxxgk/gtx/fdzdgknr/czxx/20240914/i3455515.html',
  partial: true,
  notes:
    'Hunan’s department template (附件二), as in the 渌口 sample: the breakdown amounts typed into the label cells ' +
    '(按收入性质分:2030.12, 其中: 一般公共预算:1325.68), income and spending side by side; 预算部门、单位名称; 年度预算申请(万元 ' +
    'with its bracket left open; 自评得分. The spending parts 900.47 + 1025.20 = 1925.67, which the form itself states, ' +
    'do not make the 2030.12 spent. Cut inside the 预期目标 text: the indicator table is absent.',
  sheets: [
    {
      name: '部门整体支出绩效自评表',
      rows: [
        [m('附件二', 8)],
        [m('2023年度部门整体支出绩效自评表', 8)],
        [m('预算部门、单位名称', 2), m('衡山县贯塘乡人民政府', 6)],
        [m('年度预算申请\n(万元', 1, 7), null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '自评得分'],
        ['年度资金总额', 861.1, 2030.12, 2030.12, 10, '100%', 10],
        [m('按收入性质分:2030.12', 3), m('按支出性质分:1925.67', 4)],
        [m('其中: 一般公共预算:1325.68', 3), m('其中:基本支出:900.47', 4)],
        [m('政府性基金拨款:118.82', 3), m('项目支出:1025.20', 4)],
        [m('纳入专户管理的非税收入拨款:', 3), m(null, 4)],
        [m('其他资金:585.62', 3), m(null, 4)],
        [m('年度总体目标', 1, 2), m('预期目标', 3), m('实际完成情况', 4)],
        [m('搞好政府各职能部门完成的工作任务监督,服务市场主体和营造发展', 3), m(null, 4)],
      ],
    },
  ],
  expectations: [
    {
      id: 'spending-parts',
      kind: 'must',
      code: 'BUDGET_SPENDING_SUM',
      reason: '基本支出 900.47 + 项目支出 1025.20 = 1925.67, not the 2030.12 budgeted and spent',
    },
    {
      id: 'income-parts',
      kind: 'mustNot',
      code: 'BUDGET_INCOME_SUM',
      reason: '1325.68 + 118.82 + blank + 585.62 = 2030.12',
    },
    {
      id: 'adjusted',
      kind: 'must',
      code: 'BUDGET_ADJUSTED',
      reason: '全年预算数 2030.12 is 136% above the 年初预算数 861.10',
    },
    { id: 'rate-right', kind: 'mustNot', code: 'BUDGET_RATE_WRONG', reason: '2030.12 ÷ 2030.12 is the stated 100%' },
    {
      id: 'score-right',
      kind: 'mustNot',
      code: ['BUDGET_SCORE_TOO_HIGH', 'BUDGET_SCORE_LOW'],
      reason: '100% of 10 is the stated 10',
    },
    {
      id: 'unit-label',
      kind: 'mustNot',
      code: 'FIELD_MISSING',
      about: '预算部门名称',
      reason: 'the unit is there, labelled 预算部门、单位名称',
    },
  ],
};
