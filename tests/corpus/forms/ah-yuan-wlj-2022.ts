import { m } from '../layout';
import { projectHeaderFilled } from '../common';
import type { CorpusForm } from '../types';

const WORKS =
  '完成六安市六安市罗氏宗祠、李氏宗祠、英布墓日常维护,指挥部旧址报病虫害防治测绘、国保省保矢量数据测绘、龙盘石刻护栏制装';

export const form: CorpusForm = {
  id: 'ah-yuan-wlj-2022',
  unit: '六安市裕安区文化和旅游局（市级文物保护专项经费）',
  year: 2022,
  province: '安徽',
  kind: 'project',
  source: 'https://www.yuan.gov.cn/public/6596881/25080505.html',
  partial: true,
  notes:
    'Held-out round 2 (session 6): the national project template as a county bureau fills it, the page flattened to text ' +
    'and laid out again (as hb-ezhou-xzspj-2021): the page’s heading 市级文物保护专项经费绩效自评表(2022年度) stands as the ' +
    'title; 项目资金 (万元) on two lines; the budget’s 分值 written 9 (not 10), its 执行率 as the ratio 0.958 (27.8 of 29, ' +
    '95.86%), its 得分 8 where 9 × 95.86% is 8.63, and 其中:当年财政拨款 repeating 9 · 0.958 · 8; 年度 指标值 and 实际 ' +
    '完成值 on two lines in the header; 指标1: / 指标2: before the names; a long text as both target and actual; 验收通过率 ' +
    '95% against 100% with no reason; the deadline met (the same text on both sides) and docked 1 of 6; a 成本指标 target ' +
    'written as a sentence with the actual 100%; the 社会效益 actual 程度较高. Cut at the next row (可…): it is left out.',
  sheets: [
    {
      name: '项目支出绩效自评表',
      rows: [
        [m('市级文物保护专项经费绩效自评表(2022年度)', 9)],
        ['项目名称', m('市级文物保护专项经费', 8)],
        ['主管部门', m('裕安区文化和旅游局', 3), m('实施单位', 2), m('裕安区文化和旅游局', 3)],
        [m('项目资金\n(万元)', 1, 5), m(null, 2), '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
        [m('年度资金总额', 2), 29, 29, 27.8, 9, 0.958, 8],
        [m('其中:当年财政拨款', 2), 29, 29, 27.8, 9, 0.958, 8],
        [m('上年结转资金', 2), null, null, null, null, null, null],
        [m('其他资金', 2), null, null, null, null, null, null],
        [m('年度总体目标', 1, 2), m('预期目标', 4), m('实际完成情况', 4)],
        [
          m(
            '通过项目实施,完成六安市罗氏宗祠、李氏宗祠、英布墓日常维护,赤卫军指挥部旧址报病虫害防治测绘、国保省保矢量数据测绘、龙盘石刻护栏制装,加大文物保护力度,发挥文物的宣传教育价值。',
            4,
          ),
          m('基本完成年度目标。', 4),
        ],
        [
          m('绩效指标', 1, 10),
          '一级指标',
          '二级指标',
          '三级指标',
          '年度\n指标值',
          '实际\n完成值',
          '分值',
          '得分',
          '偏差原因分析及改进措施',
        ],
        [m('产出指标', 1, 8), m('数量指标', 1, 3), '指标1:修缮建筑数量', WORKS, WORKS, 7, 7, null],
        ['指标2:修缮建筑面积', '6000平方米', '6000平方米', 7, 7, null],
        ['指标3:修缮级别', '市级保护单位', '市级保护单位', 7, 7, null],
        [m('质量指标', 1, 3), '指标1:验收通过率', '100%', '95%', 6, 5, null],
        ['指标2:工程质量管理', '≥95%', '98%', 6, 6, null],
        ['指标3:文明施工', '≥95%', '97%', 6, 6, null],
        ['时效指标', '项目设计、招标、施工', '完成时间为2022年12月30日', '完成时间为2022年12月30日', 6, 5, null],
        ['成本指标', '项目成本控制在预算内', '本着节约的原则,控制在预算中。', '100%', 5, 5, null],
        [
          '效益指标',
          '社会效益指标',
          '文物本体安全、体现文物价值,提升知名度',
          '加大文物保护,展示文物价值',
          '程度较高',
          15,
          15,
          null,
        ],
      ],
    },
  ],
  expectations: [
    {
      id: 'read',
      kind: 'mustNot',
      code: 'FORM_NOT_FOUND',
      reason:
        'the national project form: 项目名称, 项目资金 (万元) and 绩效指标 with 三级指标 · 年度 指标值 · 分值 · 得分',
    },
    projectHeaderFilled(),
    {
      id: 'budget-block',
      kind: 'mustNot',
      code: ['FIELD_MISSING', 'BUDGET_MISSING'],
      about: ['年度资金总额', '全年预算数', '全年执行数', '执行率', '“分值”', '“得分”'],
      reason: 'the budget row is there: 29 · 29 · 27.8 · 分值 9 · 0.958 · 得分 8',
    },
    {
      id: 'rate-in-range',
      kind: 'mustNot',
      code: ['BUDGET_RATE_WRONG', 'ROUNDING_DIFFERENCE'],
      cell: 'H5',
      reason:
        '27.8 ÷ 29 = 95.86%; the amounts as shown (27.795–27.805 of 28.995–29.005) allow 95.83%–95.90%, and 0.958 is 95.8% at its one decimal of a percentage: inside',
    },
    {
      id: 'score-low',
      kind: 'must',
      code: 'BUDGET_SCORE_LOW',
      cell: 'I5',
      reason: 'min(rate, 1) × 分值 = 95.86% × 9 = 8.63 (8.62–8.63 from the amounts as shown); 8 is stated, below it',
    },
    {
      id: 'score-once',
      kind: 'mustNot',
      code: 'BUDGET_SCORE_LOW',
      atMost: 1,
      reason: '其中:当年财政拨款 repeats 9 · 0.958 · 8 for the same money: it is not counted twice (annex1.md)',
    },
    {
      id: 'budget-weight',
      kind: 'must',
      code: 'WEIGHTS_LEVEL1',
      about: '预算执行',
      reason: 'the budget’s 分值 is 9, not the default 10 of 预算执行率 (rules.md, level1Weights)',
    },
    {
      id: 'not-low',
      kind: 'mustNot',
      code: ['BUDGET_LOW_EXECUTION', 'BUDGET_OVERSPENT'],
      reason: '27.8 of 29 is 95.86%: above 90%, not above the budget',
    },
    {
      id: 'parts',
      kind: 'mustNot',
      code: ['BUDGET_SPENDING_SUM', 'BUDGET_TOTAL_EMPTY'],
      reason: '当年财政拨款 29 (27.8 spent) with 上年结转资金 and 其他资金 blank make the total',
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
      reason:
        'the header names every column: 三级指标, 年度 指标值, 实际 完成值 (on two lines), 分值, 得分, 偏差原因分析及改进措施',
    },
    {
      id: 'filled',
      kind: 'mustNot',
      code: ['IND_TARGET_MISSING', 'IND_ACTUAL_MISSING', 'IND_WEIGHT_MISSING', 'IND_PLACEHOLDER'],
      reason:
        'every indicator has its target, actual and 分值; 指标1:修缮建筑数量 is a name after its number, not residue',
    },
    {
      id: 'acceptance-missed',
      kind: 'must',
      code: 'IND_NOT_MET',
      indicator: '验收通过率',
      reason: '95% against 100%',
    },
    {
      id: 'only-one-miss',
      kind: 'mustNot',
      code: 'IND_NOT_MET',
      atMost: 2,
      reason:
        'corrected after the first run (it allowed one, taking 程度较高 for unreadable): 95% of 100% and the partial 程度较高 miss; every other actual reaches its target (the same text, 6000平方米, 98% of ≥95%, 97% of ≥95%, the same deadline)',
    },
    {
      id: 'acceptance-reason',
      kind: 'must',
      code: 'IND_REASON_MISSING',
      indicator: '验收通过率',
      reason: 'a missed target and 5 of 6 with the 偏差原因 blank',
    },
    {
      id: 'acceptance-score',
      kind: 'mustNot',
      code: 'IND_SCORE_TOO_HIGH',
      indicator: '验收通过率',
      reason: '95 ÷ 100 × 6 = 5.7: the stated 5 is below, not above',
    },
    {
      id: 'no-score-above-weight',
      kind: 'mustNot',
      code: 'IND_SCORE_ABOVE_WEIGHT',
      reason: 'no score exceeds its 分值',
    },
    {
      id: 'deadline-docked',
      kind: 'must',
      code: 'IND_SCORE_UNEXPLAINED',
      indicator: '项目设计、招标、施工',
      reason: 'the deadline met (完成时间为2022年12月30日 on both sides) and 5 of 6 given with no 偏差原因',
    },
    {
      id: 'one-cause',
      kind: 'mustNot',
      code: 'IND_REASON_MISSING',
      indicator: '项目设计、招标、施工',
      reason: 'one cause, one finding: IND_SCORE_UNEXPLAINED replaces IND_REASON_MISSING (rules.md)',
    },
    {
      id: 'cost-sentence',
      kind: 'must',
      code: 'IND_UNREADABLE',
      indicator: '项目成本控制在预算内',
      reason:
        'a target written as a sentence (本着节约的原则,控制在预算中。) with the actual 100%: neither the same text nor a label of the three bands (rules.md)',
    },
    {
      id: 'effect-label',
      kind: 'must',
      code: 'IND_SCORE_TOO_HIGH',
      indicator: '文物本体安全',
      reason:
        'corrected after the first run (it said IND_UNREADABLE, overlooking docs/decisions.md): 程度较高 is 高 with the qualifier 较, the partial band as 较好 is in rules.md; 15 of 15 is above the band’s 80% (12)',
    },
    {
      id: 'units',
      kind: 'mustNot',
      code: 'IND_UNIT_MISMATCH',
      reason: '6000平方米 against 6000平方米, percentages against percentages',
    },
  ],
};
