import { m } from '../layout';
import type { CorpusForm } from '../types';

const MISSING = ['IND_TARGET_MISSING', 'IND_ACTUAL_MISSING', 'IND_WEIGHT_MISSING'] as const;

export const form: CorpusForm = {
  id: 'ah-guichi-tangxi-2022',
  unit: '池州市贵池区棠溪镇人民政府（委托业务项目）',
  year: 2022,
  province: '安徽',
  kind: 'project',
  source: 'http://www.anthempetcare.com/upload_cz/download?id=502364&siteId=2',
  partial: true,
  notes:
    'A WPS document flattened to text: the table is laid out again on the 2020 national project template. The 年度资金总额 row ' +
    'holds 0 in every column while 其中:本年财政拨款 holds 90 / 89.974 / 89.974 (the three figures in the order printed). ' +
    'Level-1 weights stand in the title (产出指标(50分)); 本年财政拨款 rather than 当年; 年度资金总额: with a colon; a target ' +
    '≥100百分比. Cut inside the 满意度 row: that row and everything after it are absent.',
  sheets: [
    {
      name: '项目支出绩效自评表',
      rows: [
        [m('附件:', 9)],
        [m('项目支出绩效自评表', 9)],
        [m('(2022年度)', 9)],
        ['项目名称', m('委托业务项目', 8)],
        [
          '主管部门',
          m('219-池州市贵池区棠溪镇人民政府', 3),
          m('实施单位', 2),
          m('219001-池州市贵池区棠溪镇人民政府', 3),
        ],
        [m('项目资金 (万元)', 1, 5), m(null, 2), '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
        [m('年度资金总额:', 2), 0, 0, 0, 10, 0, 0],
        [m('其中:本年财政拨款', 2), 90, 89.974, 89.974, null, null, null],
        [m('上年结转资金', 2), null, null, null, null, null, null],
        [m('其他资金', 2), null, null, null, null, null, null],
        [m('年度总体目标', 1, 2), m('预期目标', 4), m('实际完成情况', 4)],
        [
          m(
            '本项目共申请预算资金90万元。其中:30万元用于基建工程项目预算编制;30万元用于基建工程项目审计;30万元用于基建工程项目设计、规划、测绘。',
            4,
          ),
          m(
            '本项目共完成预算资金89.97万元。其中:30万元用于基建工程项目预算编制;30万元用于基建工程项目审计;29.99万元用于基建工程项目设计、规划、测绘。',
            4,
          ),
        ],
        [
          m('绩效指标', 1, 11),
          '一级指标',
          '二级指标',
          '三级指标',
          '年度指标值',
          '实际完成值',
          '分值',
          '得分',
          '偏差原因分析及改进措施',
        ],
        [m('产出指标(50分)', 1, 6), '数量指标', '基建工程委托业务项目数量', '≥50个', 50, 8, 8, null],
        [m('质量指标', 1, 2), '委托业务报告合格率', '≥100百分比', 100, 8, 8, null],
        ['经费支出合规性', '严格执行相关制度规定', '达成预期指标', 8, 8, null],
        ['时效指标', '提交报告及时性', '在项目计划完成时间内完成', '达成预期指标', 8, 8, null],
        [m('成本指标', 1, 2), '项目总成本', '≤90万元', 90, 8, 8, null],
        ['单项业务成本', '符合相关规定', '达成预期指标', 10, 10, null],
        [
          m('效益指标(30分)', 1, 4),
          '社会效益指标',
          '对维护基建市场公平的影响程度',
          '效果明显',
          '达成预期指标',
          10,
          10,
          null,
        ],
        ['生态效益指标', '对控制基建项目成本影响程度', '效果明显', '达成预期指标', 10, 10, null],
        ['可持续影响指标', '对推动基建项目“四项制度”健全和落实的持续性影响', '效果明显', '达成预期指标', 10, 10, null],
        ['经济效益指标', null, null, null, null, null, null],
      ],
    },
  ],
  expectations: [
    {
      id: 'total-empty',
      kind: 'must',
      code: 'BUDGET_TOTAL_EMPTY',
      row: 7,
      reason: '年度资金总额 is 0 in every column while 其中:本年财政拨款 holds 90 / 89.974 / 89.974',
    },
    {
      id: 'no-rate-from-zero',
      kind: 'mustNot',
      code: 'BUDGET_RATE_WRONG',
      reason: 'no rate can be computed from a 0 budget: the missing-value finding says so, not a second one',
    },
    {
      id: 'filled-columns',
      kind: 'mustNot',
      code: [...MISSING],
      reason: 'every indicator row has its target, actual and weight filled',
    },
    {
      id: 'empty-group-row',
      kind: 'mustNot',
      code: [...MISSING, 'IND_PLACEHOLDER'],
      row: 23,
      reason: 'the 经济效益指标 row holds no indicator: an empty level-2 group is no indicator',
    },
    {
      id: 'percent-word',
      kind: 'mustNot',
      code: ['IND_UNIT_MISMATCH', 'IND_UNREADABLE'],
      indicator: '委托业务报告合格率',
      reason: '百分比 is %, and an actual with no unit takes the target’s',
    },
    {
      id: 'met-label',
      kind: 'mustNot',
      code: ['IND_UNREADABLE', 'IND_SCORE_TOO_HIGH'],
      indicator: '经费支出合规性',
      reason: '达成预期指标 is the met band; 8 of 8 lies inside it',
    },
    {
      id: 'all-met',
      kind: 'mustNot',
      code: 'IND_NOT_MET',
      reason: 'every quantity is met: 50 ≥ 50, 100 ≥ 100, 90 ≤ 90',
    },
    {
      id: 'one-cause',
      kind: 'mustNot',
      code: 'BUDGET_SPENDING_SUM',
      reason:
        'the parts cannot add up to a 0 total: BUDGET_TOTAL_EMPTY is that one cause, not a second misleading finding',
    },
  ],
};
