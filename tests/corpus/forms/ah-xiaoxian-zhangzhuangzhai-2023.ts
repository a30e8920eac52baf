import { m } from '../layout';
import type { CorpusForm } from '../types';

const GOAL = '落实39户特色种养业奖补政策,增加脱贫户家庭收入';

export const form: CorpusForm = {
  id: 'ah-xiaoxian-zhangzhuangzhai-2023',
  unit: '萧县张庄寨镇人民政府（河西村特色种养补贴到户项目）',
  year: 2023,
  province: '安徽',
  kind: 'project',
  source: 'https://www.ahxx.gov.cn/grassroots/279/158998981.html',
  partial: true,
  notes:
    'The 衔接资金 绩效目标自评表 of a township: 资金情况 (万元) with 全年预算数(A) · 全年执行数(B) · 分值 · 执行率(B/A) · 得分, and ' +
    'the sub-row 其中:本年财政拨款 repeating 分值 10 and 得分 10 (the same money: not to be counted twice); 分值 before 年度指标值; ' +
    '★ marking core indicators; rows 其中桃树种植面积 … with a target and an actual but no 分值, detailing the ★ row above; ' +
    '…… rows left from the template; empty 生态效益指标 and 可持续影响指标 groups; the same words as 年初设定目标 and completion. ' +
    'The contact’s name and telephone number are left out. Cut at the 满意度 row.',
  sheets: [
    {
      name: '绩效目标自评表',
      rows: [
        [m('绩效目标自评表', 9)],
        [m('(2023年度)', 9)],
        ['项目名称', m('河西村特色种养补贴到户项目', 3), m('项目负责人及电话', 2), m(null, 3)],
        ['主管部门', m('县农业农村局', 3), m('实施单位', 2), m('张庄寨镇人民政府', 3)],
        [m('资金情况 (万元)', 1, 4), m(null, 2), '全年预算数(A)', '全年执行数(B)', '分值', '执行率(B/A)', '得分', null],
        [m('年度资金总额:', 2), 9.48, 9.48, 10, '100%', 10, null],
        [m('其中:本年财政拨款', 2), 9.48, 9.48, 10, '100%', 10, null],
        [m('其他资金', 2), '-', '-', null, null, null, null],
        [m('年度总体目标', 1, 2), m('年初设定目标', 4), m('年度总体目标完成情况综述', 4)],
        [m(GOAL, 4), m(GOAL, 4)],
        [
          m('绩效指标', 1, 21),
          '一级\n指标',
          '二级指标',
          '三级指标',
          '分值',
          '年度指标值',
          '全年实际值',
          '得分',
          '未完成原因及拟采取的改进措施',
        ],
        [
          m('产\n出\n指\n标\n(50分)', 1, 14),
          m('数量指标', 1, 10),
          '★补助各类瓜果蔬菜种植面积',
          20,
          '29.5亩',
          '29.5亩',
          20,
          null,
        ],
        ['其中桃树种植面积', null, '1.5亩', '1.5亩', null, null],
        ['其中苹果树种植面积', null, '5亩', '5亩', null, null],
        ['其中露天蔬菜', null, '20亩', '20亩', null, null],
        ['其中大棚蔬菜', null, '3亩', '3亩', null, null],
        ['★补助鱼塘面积', 10, '3亩', '3亩', 10, null],
        ['其中鱼塘养殖面积', null, '3亩', '3亩', null, null],
        ['★补助家畜家禽养殖数量', 10, '192只', '192只', 10, null],
        ['其中羊养殖数量', null, '180只', '180只', null, null],
        ['其中猪养殖数量', null, '12头', '12头', null, null],
        [m('质量指标', 1, 4), null, null, null, null, null, null],
        ['种植作物成活率', 5, '95%', '95%', 5, null],
        ['养殖家畜家禽成活率', 5, '95%', '100%', 5, null],
        ['……', null, null, null, null, null],
        [m('效\n益\n指\n标\n(30分)', 1, 6), m('经济效益\n指标', 1, 2), null, null, null, null, null, null],
        ['特色产业带动增加受益农户收入(总收入)', 20, '≥11.376万元', '12万元', 20, null],
        ['社会效益\n指标', '受益人口数量', 10, '90人', '90人', 10, null],
        ['生态效益\n指标', null, null, null, null, null, null],
        ['可持续影响指标', null, null, null, null, null, null],
        ['……', null, null, null, null, null, null],
      ],
    },
  ],
  expectations: [
    {
      id: 'same-goal-text',
      kind: 'must',
      code: 'GOAL_MISSING',
      cell: 'F10',
      reason: '年初设定目标 and 年度总体目标完成情况综述 hold the same words',
    },
    {
      id: 'residue',
      kind: 'must',
      code: 'IND_PLACEHOLDER',
      row: 25,
      reason: 'a …… row left from the template under 质量指标',
    },
    {
      id: 'core-marks',
      kind: 'mustNot',
      code: 'IND_PLACEHOLDER',
      indicator: '补助',
      reason: '★ marks a core indicator (核心指标): not residue',
    },
    {
      id: 'detail-rows',
      kind: 'mustNot',
      code: 'IND_WEIGHT_MISSING',
      reason: 'the 其中… rows detail the ★ row above and carry no 分值 by design: no indicators of their own',
    },
    {
      id: 'filled',
      kind: 'mustNot',
      code: ['IND_TARGET_MISSING', 'IND_ACTUAL_MISSING'],
      reason: 'every row with a name has its target and actual; empty groups and …… rows are no indicators',
    },
    {
      id: 'all-met',
      kind: 'mustNot',
      code: 'IND_NOT_MET',
      reason: 'every actual meets its target (12万元 ≥ 11.376万元, 100% ≥ 95%)',
    },
    { id: 'rate-right', kind: 'mustNot', code: 'BUDGET_RATE_WRONG', reason: '9.48 ÷ 9.48 is the stated 100%' },
    {
      id: 'subrow-once',
      kind: 'mustNot',
      code: ['BUDGET_SCORE_TOO_HIGH', 'BUDGET_SPENDING_SUM'],
      reason: 'the 本年财政拨款 row repeats the total’s 10 and 10: the same money, counted once',
    },
    {
      id: 'columns',
      kind: 'mustNot',
      code: 'FIELD_MISSING',
      about: ['分值', '年度指标值', '实际完成值', '得分'],
      reason: 'every column is there: 分值 before 年度指标值, 全年实际值',
    },
  ],
};
