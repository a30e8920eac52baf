import { m } from '../layout';
import type { CorpusForm } from '../types';

export const form: CorpusForm = {
  id: 'hn-yongzhou-lingling-cdc-2021',
  unit: '永州市零陵区疾病预防控制中心',
  year: 2021,
  province: '湖南',
  kind: 'department',
  source: 'https://m.yzwku.com/doc/292440.html',
  partial: true,
  notes:
    'Hunan’s department template as the 贯塘 form has it, from a .docx preview flattened to text: 区级预算单位名称; the ' +
    'breakdown amounts typed into the label cells (按收入性质分:2456.18, 其中:基本支出:2299.98), income and spending side ' +
    'by side, 政府性基金拨款: and 其他资金: left empty. The three amounts read 2456.182456.182456.18 on the page and are ' +
    'split as 2456.18 three times (the 分值 10, rate 100% and 得分 10 follow). The 预期目标 text is as the OCR shows it ' +
    '(接种率290% for ≥90%, 70%o), without the preview’s page marker 2、. Cut inside the 预期目标 text (4:进一步减少结核病感染): ' +
    'the 实际完成情况 and the indicator table are absent.',
  sheets: [
    {
      name: '部门整体支出绩效自评表',
      rows: [
        [m('部门整体支出绩效自评表', 8)],
        [m('(2021年度)', 8)],
        [m('区级预算单位名称', 2), m('永州市零陵区疾病预防控制中心', 6)],
        [m('年度预算申请(万元)', 1, 7), null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
        ['年度资金总额', 2456.18, 2456.18, 2456.18, 10, '100%', 10],
        [m('按收入性质分:2456.18', 3), m('按支出性质分:2456.18', 4)],
        [m('其中:一般公共预算:2456.18', 3), m('其中:基本支出:2299.98', 4)],
        [m('政府性基金拨款:', 3), m('项目支出:156.2', 4)],
        [m('纳入专户管理的非税收入拨款:', 3), m(null, 4)],
        [m('其他资金:', 3), m(null, 4)],
        [m('年度总体目标', 1, 2), m('预期目标', 3), m('实际完成情况', 4)],
        [
          m(
            '1:适龄儿童国家免疫规划接种率290%。2:减少艾滋病新发感染,降低艾滋病病死率,暗娼、男性同性性行为人群艾滋病检测比例70%o3:加强传染病疫情监测、流行病学调查和疫情分析研判,及时处置暴发疫情,逐步降低重点传染病的危害,完成率280%。4:进一步减少结核病感染',
            3,
          ),
          m(null, 4),
        ],
      ],
    },
  ],
  expectations: [
    {
      id: 'income-parts',
      kind: 'mustNot',
      code: 'BUDGET_INCOME_SUM',
      reason: '一般公共预算 2456.18 + blank parts = 2456.18 (blank parts count as 0)',
    },
    {
      id: 'spending-parts',
      kind: 'mustNot',
      code: 'BUDGET_SPENDING_SUM',
      reason: '基本支出 2299.98 + 项目支出 156.2 = 2456.18',
    },
    { id: 'rate-right', kind: 'mustNot', code: 'BUDGET_RATE_WRONG', reason: '2456.18 ÷ 2456.18 is the stated 100%' },
    {
      id: 'score-right',
      kind: 'mustNot',
      code: ['BUDGET_SCORE_TOO_HIGH', 'BUDGET_SCORE_LOW'],
      reason: '100% of 10 is the stated 10',
    },
    {
      id: 'not-adjusted',
      kind: 'mustNot',
      code: ['BUDGET_ADJUSTED', 'BUDGET_OVERSPENT', 'BUDGET_LOW_EXECUTION'],
      reason: '年初 = 全年 = 执行 = 2456.18',
    },
    {
      id: 'breakdown-found',
      kind: 'mustNot',
      code: 'FIELD_MISSING',
      about: ['按收入性质分', '按支出性质分', '年度资金总额'],
      reason: 'both breakdowns are there, their amounts typed into the label cells',
    },
    {
      id: 'unit-label',
      kind: 'mustNot',
      code: 'FIELD_MISSING',
      about: '预算部门名称',
      reason: 'the unit is there, labelled 区级预算单位名称',
    },
    {
      id: 'blank-part',
      kind: 'mustNot',
      code: 'FIELD_MISSING',
      about: '政府性基金拨款',
      reason:
        'second pass: a blank part counts as 0 and is no finding (rules.md); the cell beside it is 项目支出’s label',
    },
  ],
};
