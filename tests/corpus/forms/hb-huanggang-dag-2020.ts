import { m } from '../layout';
import type { CorpusForm } from '../types';

export const form: CorpusForm = {
  id: 'hb-huanggang-dag-2020',
  unit: '黄冈市档案馆（档案抢救与保护等专项经费）',
  year: 2020,
  province: '湖北',
  kind: 'project',
  source: 'http://bubsandbeans.com/paper/218226069.html',
  partial: true,
  notes:
    'Hubei’s older 项目绩效自评表 (附件2, behind the unit’s 自评报告), as 襄阳 and 黄石 have it: 单位名称 · 填报日期 above ' +
    'the table, 项目类别 / 项目属性 / 项目类型 (no box shown ticked), the budget weight 20 in the block title and in 得分' +
    '(20分*执行率), one budget column 预算数(A), amounts typed 10万. The page shows the text converted to traditional ' +
    'script by the site that copied it; it is transcribed back in the simplified script the unit wrote (黃岡市檔案館 → ' +
    '黄冈市档案馆), nothing else changed. Cut inside the indicator header (三級指…): the indicator table is absent.',
  sheets: [
    {
      name: '项目绩效自评表',
      rows: [
        [m('附件2:黄冈市档案馆2020年度项目绩效自评表', 6)],
        [m('单位名称:黄冈市档案馆', 3), m('填报日期:2021年4月', 3)],
        ['项目名称', m('档案抢救与保护、档案工作考评、查询利用、档案资料征集、数字化、编研、陈列等专项经费', 5)],
        ['主管部门', m(null, 2), '项目实施单位', m('黄冈市档案馆', 2)],
        ['项目类别', m('1、上级专项 2、本级专项', 5)],
        ['项目属性', m('1、持续性项目 2、新增性项目', 5)],
        ['项目类型', m('1、一次性拨付项目 2、多次拨付项目', 5)],
        [m('预算执行情况(万元)(20分)', 2), '预算数(A)', '执行数(B)', '执行率(B/A)', '得分(20分*执行率)'],
        [m('年度财政资金总额', 2), '10万', '10万', '100%', 20],
      ],
    },
  ],
  expectations: [
    {
      id: 'single-column',
      kind: 'must',
      code: 'BUDGET_SINGLE_COLUMN',
      reason: 'one budget column, 预算数(A), stands for 全年预算数 (info)',
    },
    { id: 'rate-right', kind: 'mustNot', code: 'BUDGET_RATE_WRONG', reason: '10万 ÷ 10万 is the stated 100%' },
    {
      id: 'budget-weight-20',
      kind: 'mustNot',
      code: ['BUDGET_SCORE_TOO_HIGH', 'BUDGET_SCORE_LOW'],
      reason: 'the budget weight is 20 (the title and 得分(20分*执行率)); 100% of 20 is the stated 20',
    },
    {
      id: 'amounts-with-unit',
      kind: 'mustNot',
      code: ['BUDGET_MISSING', 'FIELD_MISSING'],
      about: ['全年预算数', '全年执行数', '年度资金总额', '“分值”'],
      reason: '10万 is an amount typed with its unit; the weight stands in the title',
    },
    {
      id: 'project-form',
      kind: 'mustNot',
      code: 'FIELD_MISSING',
      about: ['预算部门名称', '按收入性质分'],
      reason: 'a project form (项目名称, 项目实施单位): no department name or income breakdown is due',
    },
  ],
};
