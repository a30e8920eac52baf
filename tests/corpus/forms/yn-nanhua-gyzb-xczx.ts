import { m } from '../layout';
import type { CorpusForm } from '../types';

const GOAL =
  '目标1:1290.3平方米冷库仓储建设及配套生产设备、配套电力设施购置安装,冷库仓储3100元每平方米,投资400万元;目标2:配套烘干杀菌设备及包装设备购置及安装550万元;目标3:配套电力设施1250KVA变压器3台,完成高压线接入及土建安装投资150万元。';

export const form: CorpusForm = {
  id: 'yn-nanhua-gyzb-xczx',
  unit: '南华县国有资本管理有限公司（南华县乡村振兴示范园罗家屯社区野生菌加工车间建设项目(续建)）',
  year: null,
  province: '云南',
  kind: 'project',
  source: 'https://www.ynnh.gov.cn/info/17693/347777.htm',
  partial: true,
  notes:
    'Yunnan’s project template as a county page shows it, from 项目名称 on: the title and the year are not on the page ' +
    '(year unknown). Decimal weights (10.3, 9.3, 10.8) adding to the 50 of 产出指标(50分); 经济效益指标 placed as a level 2 ' +
    'under 产出; a unit in the name (奖补资金兑付率(%), 任务完成时限(月)). 配套烘干杀菌设备及包装设备购置及安装 has the target ' +
    '550 and the actual 20 and full marks; the 变压器 row shows one value, 3, where two are due (placed as the target). ' +
    'The same words as 预期目标 and 实际完成情况. Cut where the table goes on with 效益指标.',
  sheets: [
    {
      name: '项目支出绩效自评表',
      rows: [
        ['项目名称', m('南华县乡村振兴示范园罗家屯社区野生菌加工车间建设项目(续建)', 8)],
        ['主管部门', m('南华县农业农村局', 3), m('实施单位', 2), m('南华县国有资本管理有限公司', 3)],
        [m('项目资金 (万元)', 1, 5), m(null, 2), '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
        [m('年度资金总额', 2), 1100, 1100, 1100, 10, '100%', 10],
        [m('其中:当年财政拨款', 2), 1100, 1100, 1100, '—', '100%', '—'],
        [m('上年结转资金', 2), null, null, null, '—', null, '—'],
        [m('其他资金', 2), null, null, null, '—', null, '—'],
        [m('年度总体目标', 1, 2), m('预期目标', 4), m('实际完成情况', 4)],
        [m(GOAL, 4), m(GOAL, 4)],
        [
          m('绩\n效\n指\n标', 1, 7),
          '一级指标',
          '二级指标',
          '三级指标',
          '年度指标值',
          '实际完成值',
          '分值',
          '得分',
          '偏差原因分析及改进措施',
        ],
        [
          m('产出指标(50分)', 1, 6),
          m('数量指标', 1, 3),
          '1290.3平方米冷库仓储建设及配套生产设备、配套电力设施购置安装',
          '≥1290.3平方米',
          '1290.3平方米',
          10.3,
          10.3,
          null,
        ],
        ['配套烘干杀菌设备及包装设备购置及安装', 550, 20, 9.3, 9.3, null],
        ['配套电力设施1250KVA变压器3台', 3, null, 9.3, 9.3, null],
        ['经济效益\n指标', '奖补资金兑付率(%)', '≥100%', '≥100%', 10.8, 10.8, null],
        ['时效指标', '任务完成时限(月)', 10, 10, 10.3, 10.3, null],
        ['成本指标', null, null, null, null, null, null],
      ],
    },
  ],
  expectations: [
    {
      id: 'missed',
      kind: 'must',
      code: 'IND_NOT_MET',
      indicator: '配套烘干杀菌设备',
      reason: 'actual 20 against the target 550',
    },
    {
      id: 'full-marks-on-a-miss',
      kind: 'must',
      code: 'IND_SCORE_TOO_HIGH',
      indicator: '配套烘干杀菌设备',
      reason: '20 of 550 gives 0.34 of 9.3; the full 9.3 is stated',
    },
    {
      id: 'missed-no-reason',
      kind: 'must',
      code: 'IND_REASON_MISSING',
      indicator: '配套烘干杀菌设备',
      reason: 'a missed target with the 偏差原因 blank',
    },
    {
      id: 'one-value-of-two',
      kind: 'must',
      code: ['IND_TARGET_MISSING', 'IND_ACTUAL_MISSING'],
      indicator: '变压器3台',
      reason: 'the row shows one value, 3, where a target and an actual are due',
    },
    {
      id: 'same-goal-text',
      kind: 'must',
      code: 'GOAL_MISSING',
      cell: 'F9',
      reason: '预期目标 and 实际完成情况 hold the same words',
    },
    {
      id: 'decimal-weights',
      kind: 'mustNot',
      code: ['IND_WEIGHT_MISSING', 'WEIGHTS_LEVEL1'],
      reason: 'the decimal weights 10.3 + 9.3 + 9.3 + 10.8 + 10.3 are filled and make the 50 of 产出指标',
    },
    { id: 'rate-right', kind: 'mustNot', code: 'BUDGET_RATE_WRONG', reason: '1100 ÷ 1100 is the stated 100%' },
    {
      id: 'met-rows',
      kind: 'mustNot',
      code: 'IND_NOT_MET',
      indicator: '奖补资金兑付率',
      reason: '≥100% against ≥100%',
    },
    {
      id: 'empty-group',
      kind: 'mustNot',
      code: ['IND_TARGET_MISSING', 'IND_ACTUAL_MISSING', 'IND_WEIGHT_MISSING'],
      row: 16,
      reason: 'the empty 成本指标 row is no indicator',
    },
  ],
};
