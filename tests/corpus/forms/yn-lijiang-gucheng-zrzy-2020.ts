import { m } from '../layout';
import type { CorpusForm } from '../types';

export const form: CorpusForm = {
  id: 'yn-lijiang-gucheng-zrzy-2020',
  unit: '丽江市古城区自然资源局（2020年省级自然资源卫片执法补助经费）',
  year: 2020,
  province: '云南',
  kind: 'project',
  source: 'http://m.jjiadianqingjie.com.cn/changyong/13241.html',
  partial: true,
  notes:
    'Yunnan’s project template with a two-row header: 绩效指标 over 一级/二级/三级指标 and 年度指标值 over 指标性质 | 指标值 | ' +
    '度量单位. The comparison is the small equals sign ﹦. Every met indicator lost 10% of its weight with no reason given; ' +
    'the 预期目标 and 实际完成情况 hold the same words. The page (a mirror) shows the form in traditional characters: ' +
    'transcribed back into the simplified characters the Yunnan form is written in. Cut inside the 满意度 row (its 得分 not shown): that row is left out, as cut rows are elsewhere.',
  sheets: [
    {
      name: '项目支出绩效自评表',
      rows: [
        [m('2020年度项目支出绩效自评表', 11)],
        ['项目名称', m('2020年省级自然资源卫片执法补助经费支出绩效自评表', 10)],
        ['主管部门', m('丽江市自然资源和规划局', 4), m('实施单位', 2), m('丽江市古城区自然资源局', 4)],
        [
          m('项目资金 (万元)', 1, 4),
          m(null, 2),
          '年初预算数',
          '全年预算数',
          '全年执行数',
          '分值',
          '执行率',
          '得分',
          m(null, 2),
        ],
        [m('年度资金总额', 2), 7.29, 7.29, 7.29, 10, '100%', 10, m(null, 2)],
        [m('其中:当年财政拨款', 2), 7.29, 7.29, 7.29, null, '100%', null, m(null, 2)],
        [m('上年结转资金', 2), null, null, null, null, null, null, m(null, 2)],
        [m('其他资金', 2), null, null, null, null, null, null, m(null, 2)],
        [m('年度总体目标', 1, 2), m('预期目标', 5), m('实际完成情况', 5)],
        [m('自然资源卫片执法补助经费', 5), m('自然资源卫片执法补助经费', 5)],
        [
          m('绩效指标', 3),
          m('年度指标值', 3),
          m('实际完成值', 1, 2),
          m('分值', 1, 2),
          m('得分', 1, 2),
          m('偏差原因分析及改进措施', 2, 2),
        ],
        ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位'],
        [m('产出指标', 1, 3), '数量指标', '卫片执法补助经费', '﹦', 72890, '元', 72890, 10, 9, m(null, 2)],
        ['质量指标', '项目验收合格率', '﹦', 100, '%', 100, 20, 19, m(null, 2)],
        ['时效指标', '项目完成及时率', '﹦', 100, '%', 100, 20, 19, m(null, 2)],
        ['效益指标', '社会效益指标', '违法行为责停率', '≥', 95, '%', 95, 30, 27, m(null, 2)],
      ],
    },
  ],
  expectations: [
    {
      id: 'unexplained-amount',
      kind: 'must',
      code: 'IND_SCORE_UNEXPLAINED',
      indicator: '卫片执法补助经费',
      reason: '﹦72890元 met exactly, 9 of 10 given, no reason',
    },
    {
      id: 'unexplained-quality',
      kind: 'must',
      code: 'IND_SCORE_UNEXPLAINED',
      indicator: '项目验收合格率',
      reason: '﹦100% met, 19 of 20 given, no reason',
    },
    {
      id: 'unexplained-timely',
      kind: 'must',
      code: 'IND_SCORE_UNEXPLAINED',
      indicator: '项目完成及时率',
      reason: '﹦100% met, 19 of 20 given, no reason',
    },
    {
      id: 'unexplained-social',
      kind: 'must',
      code: 'IND_SCORE_UNEXPLAINED',
      indicator: '违法行为责停率',
      reason: '≥95% met with 95, 27 of 30 given, no reason',
    },
    {
      id: 'one-cause-one-finding',
      kind: 'mustNot',
      code: 'IND_REASON_MISSING',
      reason: 'every deduction is on a met target: IND_SCORE_UNEXPLAINED replaces IND_REASON_MISSING',
    },
    {
      id: 'same-goal-text',
      kind: 'must',
      code: 'GOAL_MISSING',
      cell: 'G10',
      reason: '预期目标 and 实际完成情况 hold the same text',
    },
    { id: 'rate-right', kind: 'mustNot', code: 'BUDGET_RATE_WRONG', reason: '7.29 ÷ 7.29 is the stated 100%' },
    {
      id: 'small-equals',
      kind: 'mustNot',
      code: ['IND_TARGET_MISSING', 'IND_UNREADABLE'],
      reason: 'the targets ﹦ | 72890 | 元 and ﹦ | 100 | % are split over three filled cells',
    },
    {
      id: 'unit-taken',
      kind: 'mustNot',
      code: 'IND_UNIT_MISMATCH',
      reason: 'the actuals carry no unit and take the target’s',
    },
    {
      id: 'level1-default',
      kind: 'mustNot',
      code: 'WEIGHTS_LEVEL1',
      reason: '产出 10+20+20 = 50, 效益 30, 满意度 10: the defaults',
    },
    { id: 'not-missed', kind: 'mustNot', code: 'IND_NOT_MET', reason: 'every actual equals its target' },
    {
      id: 'two-row-header',
      kind: 'mustNot',
      code: 'FIELD_MISSING',
      about: ['实际完成值', '分值', '得分', '偏差原因'],
      reason: 'the two-row header names 实际完成值, 分值, 得分 and 偏差原因分析及改进措施, merged over both rows',
    },
    { id: 'actual-filled', kind: 'mustNot', code: 'IND_ACTUAL_MISSING', reason: 'every row’s 实际完成值 is filled' },
    { id: 'weight-filled', kind: 'mustNot', code: 'IND_WEIGHT_MISSING', reason: 'every row’s 分值 is filled' },
  ],
};
