import { m } from '../layout';
import { projectHeaderFilled } from '../common';
import type { CorpusForm } from '../types';

export const form: CorpusForm = {
  id: 'yn-linxiang-lcj-2023',
  unit: '临沧市临翔区林业和草原局（马鹿坑国有林场新建野生动物收容所建设项目）',
  year: 2023,
  province: '云南',
  kind: 'project',
  source: 'https://www.ynlx.gov.cn/info/2431/148733.htm',
  partial: true,
  notes:
    'Held-out round 2 (session 6): the national project template as a county bureau publishes it on its site. The page ' +
    'shows two amounts where the template has three (32.4 and 31.69, with 97.80% = 31.69 ÷ 32.4): read as 全年预算数 and ' +
    '全年执行数 with 年初预算数 left blank, the cell empty on the page. 其中:当年财政拨款 repeats 10 · 97.80% · 9; the score ' +
    '9 where 10 × 97.81% is 9.78. 数量指标 written again on its second row instead of merged; 时效指标 before 质量指标; the ' +
    'deadline 2023年12月 met in 2023年10月; 无 in every 偏差原因. Rows holding only a separator on the page are left out. ' +
    'Cut in the 满意度 row (受益农户满意度, no values): it is left out.',
  sheets: [
    {
      name: '项目支出绩效自评表',
      rows: [
        [m('项目支出绩效自评表', 9)],
        [m('( 2023年度)', 9)],
        ['项目名称', m('2023年马鹿坑国有林场新建野生动物收容所建设项目', 8)],
        ['主管部门', m('临沧市临翔区林业和草原局', 3), m('实施单位', 2), m('临沧市临翔区林业和草原局', 3)],
        [m('项目资金 (万元)', 1, 3), m(null, 2), '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
        [m('年度资金总额', 2), null, 32.4, 31.69, 10, '97.80%', 9],
        [m('其中:当年财政拨款', 2), null, 32.4, 31.69, 10, '97.80%', 9],
        [m('年度 总体 目标', 1, 2), m('预期目标', 4), m('实际完成情况', 4)],
        [
          m(
            '支持欠发达国有林场基础设施建设,补齐必要的配套基础设施建设短板,有效保护管理好马鹿坑国有林场的野生动物资源,及时有效救助各类受到伤害的野生动物,新建马鹿坑国有林场临时野生动物收容所1间200平方米,钢结构圈养围栏120米,能同时收容近百头(只)野生动物。',
            4,
          ),
          m('完成马鹿坑国有林场临时野生动物收容所1间200平方米,钢结构圈养围栏120米,能同时收容近百头(只)野生动物。', 4),
        ],
        [
          m('绩效指标', 1, 8),
          '一级指标',
          '二级指标',
          '三级指标',
          '年度指标值',
          '实际完成值',
          '分值',
          '得分',
          '偏差原因分析及改进措施',
        ],
        [m('产出指标', 1, 4), '数量指标', '野生动物收容所', '≥200平方米', '204.46平方米', 10, 10, '无'],
        ['数量指标', '钢结构圈养围栏', '≥120米', '121.5米', 10, 10, '无'],
        ['时效指标', '项目完工时限', '2023年12月', '2023年10月', 15, 15, '无'],
        ['质量指标', '项目竣工验收率', '100%', '100%', 15, 15, '无'],
        [m('效益指标', 1, 3), '经济效益指标', '务工人员年人均增收', '≥8400元', '8400元', 10, 10, '无'],
        ['社会效益指标', '提供务工岗位', '≥5个', '5个', 10, 10, '无'],
        ['可持续影响指标', '项目建成后可持续影响年限', '≥15年', '15年', 10, 10, '无'],
      ],
    },
  ],
  expectations: [
    {
      id: 'read',
      kind: 'mustNot',
      code: 'FORM_NOT_FOUND',
      reason:
        'the national project form: 项目名称, 项目资金 (万元) and 绩效指标 with 三级指标 · 年度指标值 · 分值 · 得分',
    },
    projectHeaderFilled(),
    {
      id: 'budget-block',
      kind: 'mustNot',
      code: ['FIELD_MISSING', 'BUDGET_MISSING'],
      about: ['年度资金总额', '全年预算数', '全年执行数', '执行率', '“分值”', '“得分”'],
      reason: 'the budget row is there: 全年预算数 32.4 · 全年执行数 31.69 · 分值 10 · 97.80% · 得分 9',
    },
    {
      id: 'initial-blank',
      kind: 'mustNot',
      code: 'BUDGET_ADJUSTED',
      reason: '年初预算数 is left blank: an unknown 年初 is not a 0 one, and nothing says the budget was adjusted',
    },
    {
      id: 'rate-in-range',
      kind: 'mustNot',
      code: ['BUDGET_RATE_WRONG', 'ROUNDING_DIFFERENCE'],
      cell: 'H6',
      reason: '31.69 ÷ 32.4 = 97.81%; the amounts as shown allow 97.78%–97.84%, and 97.80% is inside',
    },
    {
      id: 'score-low',
      kind: 'must',
      code: 'BUDGET_SCORE_LOW',
      cell: 'I6',
      reason: 'min(rate, 1) × 10 = 9.78; 9 is stated, below it',
    },
    {
      id: 'score-once',
      kind: 'mustNot',
      code: 'BUDGET_SCORE_LOW',
      atMost: 1,
      reason: '其中:当年财政拨款 repeats 10 · 97.80% · 9 for the same money: it is not counted twice (annex1.md)',
    },
    {
      id: 'not-low',
      kind: 'mustNot',
      code: ['BUDGET_LOW_EXECUTION', 'BUDGET_OVERSPENT', 'BUDGET_SPENDING_SUM'],
      reason: '31.69 of 32.4 is 97.81%: above 90%, not above the budget; the 当年财政拨款 is the whole of it',
    },
    {
      id: 'goals',
      kind: 'mustNot',
      code: 'GOAL_MISSING',
      reason: '预期目标 and 实际完成情况 hold different texts',
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
      reason: 'the seven indicators have their target, actual and 分值; 数量指标 written twice is the same group',
    },
    {
      id: 'met',
      kind: 'mustNot',
      code: ['IND_NOT_MET', 'IND_OVERACHIEVED', 'IND_UNREADABLE', 'IND_UNIT_MISMATCH'],
      reason:
        '204.46 of ≥200平方米, 121.5 of ≥120米, 2023年10月 before 2023年12月, 100%, 8400 of ≥8400元, 5 of ≥5个, 15 of ≥15年: all met, none at 120%',
    },
    {
      id: 'scores',
      kind: 'mustNot',
      code: ['IND_SCORE_ABOVE_WEIGHT', 'IND_SCORE_TOO_HIGH', 'IND_SCORE_UNEXPLAINED', 'IND_REASON_MISSING'],
      reason: 'every target met with full marks; 无 under 偏差原因 asks for nothing',
    },
    {
      id: 'level1-weights',
      kind: 'mustNot',
      code: 'WEIGHTS_LEVEL1',
      reason: '产出 10 + 10 + 15 + 15 = 50, 效益 10 + 10 + 10 = 30 and the budget’s 10 are the defaults',
    },
  ],
};
