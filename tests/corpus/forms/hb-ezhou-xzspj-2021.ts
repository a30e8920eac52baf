import { m } from '../layout';
import type { CorpusForm } from '../types';

const MISSING = ['IND_TARGET_MISSING', 'IND_ACTUAL_MISSING', 'IND_WEIGHT_MISSING'] as const;
const EMPTY: (string | number | null)[] = [null, null, null, null, null, null];

export const form: CorpusForm = {
  id: 'hb-ezhou-xzspj-2021',
  unit: '鄂州市行政审批局（市民中心运行维护费）',
  year: 2021,
  province: '湖北',
  kind: 'project',
  source: 'https://zwfwzx.ezhou.gov.cn/zwgk/fdzdgknr/sgjfxx/202211/t20221108_506320.html',
  partial: true,
  notes:
    'The national project template as a web table: 主管部门 and 实施单位 left blank; amounts typed with their unit (150万, ' +
    '125.25万); the budget’s 分值 written 100 and its 得分 98 for an 83.5% execution; 预算执行率 repeated as an indicator ' +
    '(100% → 83.5%, 18 of 20, no reason); the template’s empty indicator rows kept (时效指标 has none filled); 年度 指标值 ' +
    'and 实际 完成值 split by a line break. Cut inside the 社会效益 row (岗…): that row is left out.',
  sheets: [
    {
      name: '项目支出绩效自评表',
      rows: [
        [m('项目支出绩效自评表', 9)],
        [m('( 2021 年度)', 9)],
        ['项目名称', m('市民中心运行维护费', 8)],
        ['主管部门', m(null, 3), m('实施单位', 2), m(null, 3)],
        [m('项目资金 (万元)', 1, 5), m(null, 2), '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
        [m('年度资金总额', 2), '150万', '150万', '125.25万', 100, '83.5%', 98],
        [m('其中:当年财政拨款', 2), '150万', '150万', '125.25万', '—', null, '—'],
        [m('上年结转资金', 2), 0, 0, 0, '—', null, '—'],
        [m('其他资金', 2), 0, 0, 0, '—', null, '—'],
        [m('年度总体目标', 1, 2), m('预期目标', 4), m('实际完成情况', 4)],
        [
          m(
            '为更好的建设行政服务大厅窗口建设和全市行政服务工作的组织协调、业务指导及督办检查;市政务服务大厅及周边设施日常维修升级改造费用。',
            4,
          ),
          m('本年度财政拨款为150万元:执行数为125.25万元,完成预算的83.50%。', 4),
        ],
        [
          m('绩 效 指 标', 1, 16),
          '一级指标',
          '二级指标',
          '三级指标',
          '年度 指标值',
          '实际 完成值',
          '分值',
          '得分',
          '偏差原因分析及改进措施',
        ],
        [m('产出指标', 1, 12), m('数量指标', 1, 3), '预算执行率', '100%', '83.5%', 20, 18, null],
        ['预算资金拨款率', '100%', '100%', 10, 10, null],
        EMPTY,
        [m('质量指标', 1, 3), '政务服务工作办结率', '100%', '100%', 10, 10, null],
        ['大厅业务日常考核结果', '100%', '100%', 10, 10, null],
        EMPTY,
        [m('时效指标', 1, 3), ...EMPTY],
        EMPTY,
        EMPTY,
        [m('成本指标', 1, 3), '市民中心运行维护费', '150万', '150万', 10, 10, null],
        EMPTY,
        EMPTY,
        [m('效益指标', 1, 3), m('经济效益 指标', 1, 3), '大厅运行正常率', '100%', '100%', 10, 10, null],
        EMPTY,
        EMPTY,
      ],
    },
  ],
  expectations: [
    {
      id: 'budget-score',
      kind: 'must',
      code: 'BUDGET_SCORE_TOO_HIGH',
      reason:
        '125.25 ÷ 150 = 83.5%; the score is min(rate, 1) × 分值 = 83.5 of the stated 分值 100 (8.35 of 10): 98 is above',
    },
    {
      id: 'low-execution',
      kind: 'must',
      code: 'BUDGET_LOW_EXECUTION',
      reason: '83.5% is below 90%: the report must explain it',
    },
    {
      id: 'rate-right',
      kind: 'mustNot',
      code: ['BUDGET_RATE_WRONG', 'ROUNDING_DIFFERENCE'],
      reason: '125.25 ÷ 150 = 83.50%, stated 83.5% at one decimal',
    },
    {
      id: 'amounts-with-unit',
      kind: 'mustNot',
      code: ['BUDGET_MISSING', 'FIELD_MISSING'],
      about: ['全年预算数', '全年执行数', '年度资金总额'],
      reason: '150万 and 125.25万 are amounts typed with their unit, not missing ones',
    },
    {
      id: 'parts',
      kind: 'mustNot',
      code: 'BUDGET_SPENDING_SUM',
      reason: '150万 + 0 + 0 is the 150万 total, and 125.25万 + 0 + 0 the executed',
    },
    {
      id: 'indicator-missed',
      kind: 'must',
      code: 'IND_NOT_MET',
      indicator: '预算执行率',
      reason: '83.5% against 100%',
    },
    {
      id: 'indicator-score',
      kind: 'must',
      code: 'IND_SCORE_TOO_HIGH',
      indicator: '预算执行率',
      reason: '83.5 ÷ 100 × 20 = 16.7; 18 stated',
    },
    {
      id: 'indicator-reason',
      kind: 'must',
      code: 'IND_REASON_MISSING',
      indicator: '预算执行率',
      reason: 'a missed target and a score below the weight with the 偏差原因 blank',
    },
    {
      id: 'cost-ceiling',
      kind: 'must',
      code: 'IND_COST_AS_CEILING',
      indicator: '市民中心运行维护费',
      reason: 'a 成本指标 target (150万) with no comparison is read as a ceiling (info)',
    },
    {
      id: 'only-one-miss',
      kind: 'mustNot',
      code: 'IND_NOT_MET',
      atMost: 1,
      reason: 'every other actual equals its target (100%, 150万)',
    },
    {
      id: 'empty-rows',
      kind: 'mustNot',
      code: [...MISSING],
      reason: 'the template’s empty rows hold no indicator; every filled row has its target, actual and weight',
    },
    {
      id: 'goal',
      kind: 'mustNot',
      code: 'GOAL_MISSING',
      reason: '预期目标 and 实际完成情况 hold different texts',
    },
  ],
};
