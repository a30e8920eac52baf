import { m } from '../layout';
import { noWeightColumn } from '../common';
import type { CorpusForm } from '../types';

export const form: CorpusForm = {
  id: 'hb-xiangyang-zxyy-2021',
  unit: '襄阳市中心医院（东津院区建设补助）',
  year: 2021,
  province: '湖北',
  kind: 'project',
  source: 'https://taowenge.com/d-68000429.html',
  partial: true,
  notes:
    'Hubei’s older 财政项目绩效自评表: no 分值 column (only 得分), budget weight 20 in the block title and in the 得分 header ' +
    '(得分(20分*执行率)), a single budget column 预算数(A) with 执行数(B) and 执行率(B/A), the indicator block titled 年度绩效目标' +
    '(80分), 年初目标值 (A) / 实际完成值 (B), check boxes for 项目类别/属性/类型. The page is an OCR preview of a .docx: the ' +
    'boxes read 0 (ticked) and 口 (empty) and are transcribed ☑ and □; OCR-split words are joined. The 经济效益 actual, ' +
    '6.47亿元 against 5亿元, is 129% of its target. Cut inside the 可持续性 row’s actual: that row is left out.',
  sheets: [
    {
      name: '财政项目绩效自评表',
      rows: [
        [m('2021年度财政项目绩效自评表', 8)],
        [m('单位名称:襄阳市中心医院', 4), m('填报日期:2022年3月18日', 4)],
        ['项目名称', m('东津院区建设补助', 7)],
        ['主管部门', m('襄阳市卫生健康委', 3), m('项目实施单位', 2), m('襄阳市中心医院', 2)],
        ['项目类别', m('1、部门预算项目☑ 2、财政专项□ 3、市对下转移支付项目□', 7)],
        ['项目属性', m('1、持续性项目□ 2、新增性项目□', 7)],
        ['项目类型', m('1、常年性项目□ 2、延续性项目☑ 3、一次性项目□', 7)],
        [
          m('预算执行情况 (万元) (20 分)', 1, 2),
          m(null, 3),
          '预算数(A)',
          '执行数(B)',
          '执行率(B/A)',
          '得分(20分*执行率)',
        ],
        [m('年度财政资金总额', 3), 1000, 1000, '100%', 20],
        [
          m('年度绩效目标(80分)', 1, 6),
          '一级指标',
          '二级指标',
          '三级指标',
          '年初目标值 (A)',
          '实际完成值 (B)',
          m('得分', 2),
        ],
        [m('产出指标', 1, 4), '数量指标', '成本控制', '不超过预算', '不超过预算', m(10, 2)],
        ['质量指标', '保证财政建设补助专款专用', '专款专用', '专款专用', m(10, 2)],
        ['成本', '每年财政补助1000万元', '1000万元', '1000万元', m(10, 2)],
        ['时效', '1年', '1年', '1年', m(10, 2)],
        ['效益指标', '经济效益', '完成东津院区建设,医院东津医疗收入达到5亿元', '5亿元', '6.47亿元', m(10, 2)],
      ],
    },
  ],
  expectations: [
    {
      id: 'overachieved',
      kind: 'must',
      code: 'IND_OVERACHIEVED',
      indicator: '东津医疗收入',
      reason: '6.47亿元 is 129% of the 5亿元 target (≥ 120%); over-achievement needs no 分值',
    },
    {
      id: 'same-units',
      kind: 'mustNot',
      code: 'IND_UNIT_MISMATCH',
      reason: 'targets and actuals carry the same units (万元, 亿元, 年) or none',
    },
    {
      id: 'budget-weight-20',
      kind: 'mustNot',
      code: 'BUDGET_SCORE_TOO_HIGH',
      reason: 'the budget weight is 20 (the block title and 得分(20分*执行率)); 100% of 20 is the stated 20',
    },
    { id: 'rate-right', kind: 'mustNot', code: 'BUDGET_RATE_WRONG', reason: '1000 ÷ 1000 is the stated 100%' },
    noWeightColumn(),
    {
      id: 'actuals-filled',
      kind: 'mustNot',
      code: 'IND_ACTUAL_MISSING',
      reason: 'every transcribed row has its 实际完成值 (B)',
    },
    {
      id: 'targets-filled',
      kind: 'mustNot',
      code: 'IND_TARGET_MISSING',
      reason: 'every transcribed row has its 年初目标值 (A)',
    },
    {
      id: 'no-reason-column',
      kind: 'mustNot',
      code: 'IND_REASON_MISSING',
      reason:
        'the template has no 偏差原因 column: one FIELD_MISSING names it and the per-row findings for that column are suppressed (rules.md)',
    },
    {
      id: 'budget-block',
      kind: 'mustNot',
      code: 'FIELD_MISSING',
      about: '年度资金总额',
      reason: 'the budget row is there, labelled 年度财政资金总额',
    },
    {
      id: 'target-header',
      kind: 'mustNot',
      code: 'FIELD_MISSING',
      about: '年度指标值',
      reason: 'the target column is there, headed 年初目标值 (A)',
    },
    {
      id: 'budget-weight-in-title',
      kind: 'mustNot',
      code: 'FIELD_MISSING',
      row: 8,
      about: '分值',
      reason: 'second pass: the budget’s weight stands in its title (20 分) and its 得分 header (20分*执行率)',
    },
  ],
};
