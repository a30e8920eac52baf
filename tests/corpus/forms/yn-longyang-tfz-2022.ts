import { m } from '../layout';
import { projectHeaderFilled, noWeightColumn } from '../common';
import type { CorpusForm } from '../types';

export const form: CorpusForm = {
  id: 'yn-longyang-tfz-2022',
  unit: '保山市隆阳区土壤肥料工作站（2021年中央化肥减量增效示范县项目补助资金）',
  year: 2022,
  province: '云南',
  kind: 'project',
  source: 'https://longyang.gov.cn/info/5311/13352539.htm',
  partial: true,
  notes:
    'Held-out round (session 6): a Yunnan county 事业单位 filing on the template Hubei’s units use (预算执行情况(万元)(20分) · ' +
    '预算数(A) · 执行数(B) · 执行率(B/A) · 得分(20分*执行率), 年度财政资金总额, 年度绩效目标(80分), 年初目标值(A) · ' +
    '实际完成值(B) · 得分, no 分值 and no 偏差原因 column). New to the corpus: the check boxes of 项目类别 / 项目属性 as the ' +
    'page prints them, £ (empty) and R (ticked), the Wingdings glyphs of a Word file shown in a plain font; and numbered ' +
    'sub-items inside the 三级指标 column, each with its own target, actual and score: 一、示范区建立 (15.0) over 1、2、3、' +
    '(5.0 each), 二、化肥减量增效田间试验 (15.0) over 1、–4、(5 + 5 + 3 + 2). 30.00 spent of 278.4449 (10.77%), scored 2.16 of ' +
    '20 (20 × 10.77% is 2.15). 土样植株化验 105个 against ≧60个. The 二级指标 typed 社会效益效益指标. The single line 单位名称:… ' +
    '填报日期:… above the table is one paragraph on the page. Cut at the next row (生态…): that row is left out.',
  sheets: [
    {
      name: '项目支出绩效自评表',
      rows: [
        [m('2022年度项目支出绩效自评表', 7)],
        [m('单位名称:隆阳区土壤肥料工作站 填报日期:2023年3月20日', 7)],
        ['项目名称', m('隆阳区2021年中央化肥减量增效示范县项目补助资金', 6)],
        ['主管部门', m('隆阳区农业农村局', 2), m('项目实施单位', 2), m('隆阳区土壤肥料工作站', 2)],
        ['项目类别', m('1、部门预算项目 £ 2、区直专项 £ 3、上级转移支付项目 R', 6)],
        ['项目属性', m('1、持续性项目 £ 2、新增性项目 R', 6)],
        [m('预算执行情况(万元) (20分)', 3), '预算数(A)', '执行数(B)', '执行率(B/A)', '得分 (20分*执行率)'],
        [m('年度财政资金总额', 3), 278.4449, 30, '10.77%', 2.16],
        [m('年度绩效目标 (80分)', 1, 15), '一级指标', '二级指标', '三级指标', '年初目标值(A)', '实际完成值(B)', '得分'],
        [m('产出指标', 1, 13), m('数量指标', 1, 11), '一、示范区建立', '≧20000亩', '20000亩', 15],
        ['1、水稻侧深施肥+缓控释肥', '≧500亩', '500亩', 5],
        ['2、玉米种肥同播+缓控释肥', '≧1000亩', '1000亩', 5],
        ['3、施用配方肥', '≧18500亩', '18500亩', 5],
        ['二、化肥减量增效田间试验', '≧15组', '15组', 15],
        ['1、肥料利用率', '≧5组', '5组', 5],
        ['2、化肥减量增效', '≧5组', '5组', 5],
        ['3、其他试验(水稻)', '≧3组', '3组', 3],
        ['4、其他试验(玉米)', '≧2组', '2组', 2],
        ['三、土样植株化验', '≧60个', '105个', 5],
        ['四、农户施肥情况调查(户)', '≧300户', '300户', 5],
        ['质量指标', '示范区配方肥到位率', '≧80%', '85.6%', 10],
        ['时效指标', '项目按时完成率', '100%', '100%', 10],
        ['效益指标', '社会效益效益指标', '受益农户数', '5000户', '5000户', 5],
      ],
    },
  ],
  expectations: [
    {
      id: 'read',
      kind: 'mustNot',
      code: 'FORM_NOT_FOUND',
      reason:
        'a project form: 项目名称, a budget row and an indicator table with 三级指标 · 年初目标值(A) · 实际完成值(B)',
    },
    projectHeaderFilled('项目实施单位'),
    {
      id: 'single-column',
      kind: 'must',
      code: 'BUDGET_SINGLE_COLUMN',
      reason: 'one budget column, 预算数(A), stands for 全年预算数 (info)',
    },
    {
      id: 'budget-block',
      kind: 'mustNot',
      code: ['FIELD_MISSING', 'BUDGET_MISSING'],
      about: ['年度资金总额', '全年预算数', '全年执行数', '执行率'],
      reason: 'the budget row is there, labelled 年度财政资金总额: 278.4449 budgeted, 30.00 spent, 10.77%',
    },
    {
      id: 'budget-weight-in-title',
      kind: 'mustNot',
      code: 'FIELD_MISSING',
      row: 8,
      about: '分值',
      reason: 'the budget’s weight stands in its title (20分) and its 得分 header (20分*执行率)',
    },
    {
      id: 'rate-right',
      kind: 'mustNot',
      code: 'BUDGET_RATE_WRONG',
      reason: '30.00 ÷ 278.4449 = 10.774%, stated 10.77% at two decimals',
    },
    {
      id: 'low-execution',
      kind: 'must',
      code: 'BUDGET_LOW_EXECUTION',
      reason: '10.77% is below 90%: the report must explain it',
    },
    {
      id: 'budget-score-in-range',
      kind: 'mustNot',
      code: 'ROUNDING_DIFFERENCE',
      reason:
        'corrected after the first run (it said ROUNDING_DIFFERENCE, a slip of arithmetic): from 30.00 (29.995–30.005) and 278.4449 the rule score is 2.1545–2.1552, which rounds to 2.15 or 2.16; the stated 2.16 is inside the range the rounded amounts allow, so no finding (rules.md)',
    },
    {
      id: 'budget-score-not-error',
      kind: 'mustNot',
      code: ['BUDGET_SCORE_TOO_HIGH', 'BUDGET_SCORE_LOW'],
      reason:
        'the budget weight is 20 (its title, its 得分 header), not the default 10: 2.16 is no error against 2.15–2.16',
    },
    {
      id: 'columns',
      kind: 'mustNot',
      code: 'FIELD_MISSING',
      about: ['年度指标值', '实际完成值', '得分', '三级指标'],
      reason: 'the header names them: 三级指标, 年初目标值(A), 实际完成值(B), 得分',
    },
    {
      id: 'filled',
      kind: 'mustNot',
      code: ['IND_TARGET_MISSING', 'IND_ACTUAL_MISSING'],
      reason: 'every transcribed row, the numbered sub-items included, has its target and its actual',
    },
    noWeightColumn(),
    {
      id: 'no-reason-column',
      kind: 'mustNot',
      code: 'IND_REASON_MISSING',
      reason:
        'the template has no 偏差原因 column: one FIELD_MISSING names it and the per-row findings for that column are suppressed (rules.md)',
    },
    {
      id: 'overachieved',
      kind: 'must',
      code: 'IND_OVERACHIEVED',
      indicator: '土样植株化验',
      reason: '105个 is 175% of the ≧60个 target (≥ 120%); over-achievement needs no 分值',
    },
    {
      id: 'only-one-overachieved',
      kind: 'mustNot',
      code: 'IND_OVERACHIEVED',
      atMost: 1,
      reason: 'every other actual equals its target, or (85.6% of ≧80%) stays under 120% of it',
    },
    {
      id: 'all-met',
      kind: 'mustNot',
      code: 'IND_NOT_MET',
      reason: 'every actual reaches its target: 20000亩 of ≧20000亩, 85.6% of ≧80%, 5000户 of 5000户 …',
    },
    {
      id: 'no-rule-score',
      kind: 'mustNot',
      code: ['IND_SCORE_TOO_HIGH', 'IND_SCORE_ABOVE_WEIGHT', 'IND_SCORE_UNEXPLAINED'],
      reason: 'no 分值 column, so no weight and no rule score to hold the stated scores to; every target is met',
    },
    {
      id: 'values-readable',
      kind: 'mustNot',
      code: ['IND_UNREADABLE', 'IND_UNIT_MISMATCH'],
      reason: 'targets and actuals are quantities with the same units: ≧20000亩 / 20000亩, ≧15组 / 15组, ≧80% / 85.6%',
    },
    {
      id: 'numbering-not-residue',
      kind: 'mustNot',
      code: 'IND_PLACEHOLDER',
      reason: '一、示范区建立 and 1、水稻侧深施肥+缓控释肥 are names after their numbers, not 指标1： left empty',
    },
  ],
};
