import { m } from '../layout';
import { projectHeaderFilled, noWeightColumn } from '../common';
import type { CorpusForm } from '../types';

export const form: CorpusForm = {
  id: 'yn-baoshan-tyjrswj-2022',
  unit: '保山市退役军人事务局（春节走访慰问经费）',
  year: 2022,
  province: '云南',
  kind: 'project',
  source: 'https://alkalih2o.com/info/7798/9446904.htm',
  partial: true,
  notes:
    'Held-out round 2 (session 6): a Yunnan city bureau on the template Hubei’s units use (as yn-longyang-tfz-2022), this ' +
    'time with the rows after the indicators: 总分(100分) · 100 · 自评等级 · 优, then 偏差大或目标未完成原因分析 and 改进措施及' +
    '结果应用方案 as rows of the form (无), then a printed 备注 cut mid-sentence. Level-1 weights in the titles: 产出指标(60分), ' +
    '效益指标(10分), 满意度指标(10分), with the budget’s 20 (not 50 / 30 / 10 / 10). Check boxes printed R (ticked) and □. A ' +
    '数量指标 whose 三级指标 is a list of people visited and whose target and actual are 100%; 春节前完成走访慰问 with the target ' +
    '按时限完成 and the actual 100%; the target 小于5次 against the actual 无上访; an empty row closing each level-1 group. The ' +
    '单位名称 · 填报日期 line above the table is one paragraph.',
  sheets: [
    {
      name: '项目支出绩效自评表',
      rows: [
        [m('附件1', 7)],
        [m('2022年度项目支出绩效自评表', 7)],
        [m('单位名称:保山市退役军人事务局 填报日期:2023年4月6日', 7)],
        ['项目名称', m('春节走访慰问经费', 6)],
        ['主管部门', m('保山市退役军人事务局', 2), m('项目实施单位', 2), m('保山市退役军人事务局', 2)],
        ['项目类别', m('1、部门预算项目 R 2、市直专项 □ 3、市对下转移支付项目 □', 6)],
        ['项目属性', m('1、持续性项目 R 2、新增性项目 □', 6)],
        [m('预算执行情况(万元)\n(20分)', 2), null, '预算数(A)', '执行数(B)', '执行率(B/A)', '得分\n(20分*执行率)'],
        [m('年度财政资金总额', 3), 34.64, 34.64, '100%', 20],
        [m('年度绩效目标\n(80分)', 1, 9), '一级指标', '二级指标', '三级指标', '年初目标值(A)', '实际完成值(B)', '得分'],
        [
          m('产出指标(60分)', 1, 4),
          '数量指标',
          '慰问伤残军人50人;革命烈士遗属50人;因公牺牲和病故军人家属、在乡老复员军人等重点优抚对象50人;烈士家庭6户;市直企业军转干部101人;驻保部队8家;边海防官兵320人。',
          '100%',
          '100%',
          20,
        ],
        ['质量指标', '补助经费足额拨付率', '100%', '100%', 20],
        ['时效指标', '春节前完成走访慰问', '按时限完成', '100%', 20],
        [null, null, null, null, null],
        [
          m('效益指标(10分)', 1, 2),
          '社会效益指标',
          '全市重点优抚对象、企业军转干部总体保持稳定,年内无群体性事件发生',
          '小于5次',
          '无上访',
          10,
        ],
        [null, null, null, null, null],
        [
          m('满意度指标(10分)', 1, 2),
          '服务对象满意度指标',
          '重点优抚对象、企业军转干部、驻保部队、边海防官兵满意率',
          '100%',
          '100%',
          10,
        ],
        [null, null, null, null, null],
        [m('总分(100分)', 3), 100, m('自评等级', 2), '优'],
        ['偏差大或\n目标未完成\n原因分析', m('无', 6)],
        ['改进措施及\n结果应用方案', m('无', 6)],
        [
          m(
            '备注:1.预算执行情况口径:预算数为调整后财政资金总额(包括上年结余结转),执行数为资金使用单位财政资金实际支出数。\n2.定量指标完成数汇总原则:绝对值直接累加计算,相对值按照资金额度加权',
            7,
          ),
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
      id: 'budget-right',
      kind: 'mustNot',
      code: [
        'BUDGET_RATE_WRONG',
        'BUDGET_SCORE_TOO_HIGH',
        'BUDGET_SCORE_LOW',
        'BUDGET_LOW_EXECUTION',
        'BUDGET_MISSING',
        'ROUNDING_DIFFERENCE',
      ],
      reason: '34.64 ÷ 34.64 is the stated 100%, and 100% of the weight 20 (its title) the stated 20',
    },
    {
      id: 'budget-weight-in-title',
      kind: 'mustNot',
      code: 'FIELD_MISSING',
      row: 9,
      about: '分值',
      reason: 'the budget’s weight stands in its title (20分) and its 得分 header (20分*执行率)',
    },
    {
      id: 'columns',
      kind: 'mustNot',
      code: 'FIELD_MISSING',
      about: ['年度指标值', '实际完成值', '得分', '三级指标', '“总分”'],
      reason: 'the header names 三级指标, 年初目标值(A), 实际完成值(B) and 得分; 总分(100分) states the total',
    },
    {
      id: 'filled',
      kind: 'mustNot',
      code: ['IND_TARGET_MISSING', 'IND_ACTUAL_MISSING', 'IND_PLACEHOLDER'],
      reason: 'the five indicators have their target and actual; the empty row closing each group is no indicator',
    },
    noWeightColumn(),
    {
      id: 'no-reason-column',
      kind: 'mustNot',
      code: 'IND_REASON_MISSING',
      reason:
        'the template has no 偏差原因 column (its 偏差大或目标未完成原因分析 is one row for the form): no per-row finding (rules.md)',
    },
    {
      id: 'total-read',
      kind: 'mustNot',
      code: 'FIELD_MISSING',
      about: '总分',
      reason:
        'second pass (the first run showed the check above too narrow: it looked only for 缺少“总分”): the total is the 100 beside 总分(100分); the 优 beside 自评等级 is the grade',
    },
    {
      id: 'total-right',
      kind: 'mustNot',
      code: 'TOTAL_WRONG',
      reason: '20 (budget) + 20 + 20 + 20 + 10 + 10 is the stated 100',
    },
    {
      id: 'grade-right',
      kind: 'mustNot',
      code: 'GRADE_WRONG',
      reason: '100 is 优 (≥ 90)',
    },
    {
      id: 'output-weight',
      kind: 'must',
      code: 'WEIGHTS_LEVEL1',
      about: '产出',
      reason: '产出指标(60分) differs from the default 50 (rules.md, level1Weights)',
    },
    {
      id: 'effect-weight',
      kind: 'must',
      code: 'WEIGHTS_LEVEL1',
      about: '效益',
      reason: '效益指标(10分) differs from the default 30',
    },
    {
      id: 'met',
      kind: 'mustNot',
      code: ['IND_NOT_MET', 'IND_OVERACHIEVED'],
      reason: 'the quantities reach their targets: 100% of 100% three times',
    },
    {
      id: 'no-rule-score',
      kind: 'mustNot',
      code: ['IND_SCORE_TOO_HIGH', 'IND_SCORE_ABOVE_WEIGHT', 'IND_SCORE_UNEXPLAINED'],
      reason: 'no 分值 column, so no weight and no rule score to hold the stated scores to',
    },
    {
      id: 'deadline-as-percentage',
      kind: 'must',
      code: 'IND_UNREADABLE',
      indicator: '春节前完成走访慰问',
      reason: 'the target 按时限完成 is a label, the actual 100% a number: neither the same text nor a band (rules.md)',
    },
    {
      id: 'no-petitions',
      kind: 'must',
      code: 'IND_UNREADABLE',
      indicator: '总体保持稳定',
      reason: 'the target 小于5次 is a quantity, the actual 无上访 no quantity and no band label (rules.md)',
    },
  ],
};
