import { m } from '../layout';
import type { CorpusForm } from '../types';

export const form: CorpusForm = {
  id: 'hn-hengshan-swlsj-2020',
  unit: '衡山县商务和粮食局（县级储备粮）',
  year: 2020,
  province: '湖南',
  kind: 'project',
  source: 'https://taowenge.com/p-72820237.html',
  partial: true,
  notes:
    'Hunan’s 县级专项资金绩效目标自评表 (2020): 专项资金名称, 县级主管部门, a budget block of 全年预算数(A) · 全年执行数(B) · ' +
    '执行率(B/A) only (no 年初预算数, no 分值, no 得分), 其中:中央、省、市补助县级资金, 年初设定目标 / 全年实际完成情况, ' +
    '年度指标值 / 全年完成值 / 未完成原因和改进措施 and no 分值 or 得分 column at all, a 说明 row. The page is a preview of a ' +
    '.docx split over pages (the level-1 label is printed again on the second page: one table here). One actual is 无 ' +
    'with the reason 没有轮换、动用库存; a target and actual of 0. The preview shows the last target as “290%”: read as ' +
    '≥90% (the ≥ lost in the preview, as the page loses other symbols). The contacts’ names are left out. Cut inside the ' +
    'printed notes under the table.',
  sheets: [
    {
      name: '县级专项资金绩效目标自评表',
      rows: [
        [m('2020年度县级专项资金绩效目标自评表', 7)],
        ['专项资金名称', m('县级储备粮', 3), '负责人及电话', m(null, 2)],
        ['县级主管部门', m('衡山县商务和粮食局', 3), '实施单位', m('粮食调控储备与产业发展股', 2)],
        [m('项目资金(万元)', 1, 4), m(null, 3), '全年预算数(A)', '全年执行数(B)', '执行率(B/A)'],
        [m('年度资金总额', 3), 194.9, 194.9, '100%'],
        [m('其中:中央、省、市补助县级资金', 3), 194.9, 194.9, '100%'],
        [m('其他资金', 3), null, null, null],
        [m('年度\n总体\n目标', 1, 2), m('年初设定目标', 3), m('全年实际完成情况', 3)],
        [m('保持和稳定地方粮食储备机制', 3), m('地方储备粮食规模达标', 3)],
        [
          m('绩\n效\n指\n标', 1, 17),
          '一级\n指标',
          '二级\n指标',
          '三级指标',
          '年度指标\n值',
          '全年\n完成值',
          '未完成原因和\n改进措施',
        ],
        [m('产\n出\n指\n标', 1, 9), m('数量\n指标', 1, 2), '5000吨稻谷、500吨成品粮储备到位率', '100%', '100%', null],
        ['库存数量真实率', '100%', '100%', null],
        [m('质量\n指标', 1, 3), '县级储备粮管理制度严格执行率', '100%', '100%', null],
        ['储备粮管理专户管理率', '100%', '100%', null],
        ['县级储备粮库存粮食明显变质比例', 0, 0, null],
        [m('时效\n指标', 1, 2), '县级储备粮贷款付息及时率', '100%', '100%', null],
        ['县级储备粮应急保障率', '100%', '100%', null],
        [m('成本\n指标', 1, 2), '国家政策性粮收购价格执行率', '100%', '100%', null],
        ['县级储备粮库存成本核算率', '100%', '100%', null],
        [m('效\n益\n指\n标', 1, 5), m('经济\n效益\n指标', 1, 2), '利息费用保障率', '100%', '100%', null],
        ['政策性挂账利息补贴保障率', '100%', '无', '没有轮换、动用库存'],
        [m('生态\n效益\n指标', 1, 2), '低温、低氧、低剂量科学保粮率', '100%', '100%', null],
        ['食品安全指标达标率', '100%', '100%', null],
        ['可持\n续影\n响指标', '粮食储备设备维护及安全性', '高', '高', null],
        [
          m('满意\n度指\n标', 1, 2),
          m('服务\n对象\n满意\n度指\n标', 1, 2),
          '因粮食市场波动引起的粮食安全事件发生数',
          '0起',
          '0起',
          null,
        ],
        ['市民满意度调查', '≥90%', '100%', null],
        ['说明', m('无', 6)],
      ],
    },
  ],
  expectations: [
    {
      id: 'actual-none',
      kind: 'must',
      code: 'IND_ACTUAL_MISSING',
      indicator: '政策性挂账利息补贴保障率',
      reason: 'the actual is 无, a placeholder, though a reason is given',
    },
    {
      id: 'zero-is-a-value',
      kind: 'mustNot',
      code: ['IND_TARGET_MISSING', 'IND_ACTUAL_MISSING', 'IND_NOT_MET'],
      indicator: '明显变质比例',
      reason: 'a target of 0 met by 0: numbers in the value columns, not placeholders',
    },
    {
      id: 'zero-count',
      kind: 'mustNot',
      code: ['IND_NOT_MET', 'IND_UNREADABLE'],
      indicator: '粮食安全事件发生数',
      reason: '0起 against 0起: met',
    },
    {
      id: 'qualitative',
      kind: 'mustNot',
      code: ['IND_NOT_MET', 'IND_UNREADABLE'],
      indicator: '设备维护及安全性',
      reason: '高 against 高: the met band',
    },
    {
      id: 'no-weight-column',
      kind: 'mustNot',
      code: 'IND_WEIGHT_MISSING',
      atMost: 1,
      reason: 'the template has no 分值 column: at most one finding for it, not one per row',
    },
    { id: 'rate-right', kind: 'mustNot', code: 'BUDGET_RATE_WRONG', reason: '194.9 ÷ 194.9 is the stated 100%' },
    {
      id: 'actual-header',
      kind: 'mustNot',
      code: 'FIELD_MISSING',
      about: ['实际完成值', '年度指标值'],
      reason: 'the columns are there, headed 年度指标值 and 全年完成值',
    },
    {
      id: 'budget-block',
      kind: 'mustNot',
      code: 'FIELD_MISSING',
      about: '年度资金总额',
      reason: 'the budget row 年度资金总额 is there',
    },
    {
      id: 'project-form',
      kind: 'mustNot',
      code: 'FIELD_MISSING',
      about: ['预算部门名称', '按收入性质分', '按支出性质分'],
      reason:
        'second pass: a 专项资金 form names its project (专项资金名称, 县级主管部门, 项目资金): it is a project form, with no department name or income breakdown',
    },
  ],
};
