import { m } from '../layout';
import { projectHeaderFilled } from '../common';
import type { CorpusForm } from '../types';

export const form: CorpusForm = {
  id: 'sh-putuo-tyzx-2022',
  unit: '上海市普陀区体育事业管理中心（普陀体育中心与委托运营方结算费用）',
  year: 2022,
  province: '上海',
  kind: 'project',
  source: 'https://pdf.chddh.cn/archives/48n5zg2zkkjxn27q6rjv.html',
  partial: false,
  notes:
    'Held-out round 3 (session 7), the first Shanghai form: 财政项目支出绩效自评表, the national project template with ' +
    'amounts in 元 (项目资金 (元)), from a PDF (上海市普陀区体育事业管理中心2022年度项目自评价.pdf) that the copying site ' +
    'shows flattened to text; laid out again on the template (9 columns), the cells read in the order the text gives ' +
    'them. Names the PDF wraps over two lines (普陀体育中心与委托运营方结 / 算费用, 与委托运营方结算完成 / 率) are joined. ' +
    'The 年度资金总额 row shows its 全年执行数 as 215,457.6 (with a thousands comma) and the 当年财政拨款 row as 215457.6: ' +
    'both transcribed as shown. The sub-rows show one “—” each, put under 分值 (where the template has its dash), and ' +
    'two amounts each on the 上年结转资金 and 其他资金 rows (0 0), put under 年初预算数 and 全年预算数; the PDF text cannot ' +
    'say which columns they stood in. The 预期目标 cell shows nothing on the page (the text goes from the label 预期目标 ' +
    'to 实际完成情况 and its one sentence); the next form on the page (援滇对口支援及结对帮扶经费) shows the same. The ' +
    'number styles 250000.00 and 215,457.6 that annex1.md lists from issue 11 are this form’s: the issue’s author may ' +
    'have seen it, but the form itself was never in the corpus nor read by the reader. The page’s second form ' +
    '(援滇对口支援及结对帮扶经费: 20000.00 / 9,034 / 45.17% / 4.52) is cut before its indicator values and is not ' +
    'transcribed.',
  sheets: [
    {
      name: '项目支出绩效自评表',
      rows: [
        [m('财政项目支出绩效自评表', 9)],
        [m('(2022 年度)', 9)],
        ['项目名称', m('普陀体育中心与委托运营方结算费用', 8)],
        ['主管部门', m('上海市普陀区体育局', 3), m('实施单位', 2), m('上海市普陀区体育事业管理中心', 3)],
        [m('项目资金 (元)', 1, 5), m(null, 2), '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
        [m('年度资金总额', 2), 250000, 250000, '215,457.6', 10, '86.19%', 8.62],
        [m('其中:当年财政拨款', 2), 250000, 250000, 215457.6, '—', null, null],
        [m('上年结转资金', 2), 0, 0, null, '—', null, null],
        [m('其他资金', 2), 0, 0, null, '—', null, null],
        [m('年度\n总体\n目标', 1, 2), m('预期目标', 4), m('实际完成情况', 4)],
        [m(null, 4), m('已完成普陀体育中心与委托运营方费用结算。', 4)],
        [
          m('绩\n效\n指\n标', 1, 6),
          '一级指标',
          '二级指标',
          '三级指标',
          '年度\n指标值',
          '实际\n完成值',
          '分值',
          '得分',
          '偏差原因分析及\n改进措施',
        ],
        [m('产出指标', 1, 3), '数量指标', '与委托运营方结算完成率', '=100%', '100%', 10, 10, null],
        ['质量指标', '合同结算条款完成率', '=100%', '100%', 20, 20, null],
        ['时效指标', '费用结算及时性', '及时', '及时', 20, 20, null],
        ['效益指标', '社会效益指标', '与委托运营方合同完成率', '=100%', '100%', 30, 30, null],
        ['满意度指标', '服务对象满意度指标', '场馆开放满意度', '>=90%', '100%', 10, 10, null],
        [m('总分', 6), 100, 98.62, null],
      ],
    },
  ],
  expectations: [
    {
      id: 'read',
      kind: 'mustNot',
      code: 'FORM_NOT_FOUND',
      reason:
        'the national project form: 项目名称, 项目资金 (元) and 绩效指标 with 三级指标 · 年度指标值 · 分值 · 得分',
    },
    projectHeaderFilled(),
    {
      id: 'budget-block',
      kind: 'mustNot',
      code: ['FIELD_MISSING', 'BUDGET_MISSING'],
      about: ['年度资金总额', '全年预算数', '全年执行数', '执行率', '“分值”', '“得分”'],
      reason:
        'the budget row is there: 250000 · 250000 · 215,457.6 · 分值 10 · 86.19% · 得分 8.62 (annex1.md reads 215,457.6)',
    },
    {
      id: 'low-execution',
      kind: 'must',
      code: 'BUDGET_LOW_EXECUTION',
      reason: '215457.6 ÷ 250000 = 86.18%, under the 90% that asks for an explanation (rules.md)',
    },
    {
      id: 'low-once',
      kind: 'mustNot',
      code: 'BUDGET_LOW_EXECUTION',
      atMost: 1,
      reason: '其中:当年财政拨款 repeats the same money: it is not counted twice (annex1.md)',
    },
    {
      id: 'rate-tail',
      kind: 'must',
      code: 'ROUNDING_DIFFERENCE',
      cell: 'H6',
      reason:
        '215457.6 ÷ 250000 = 86.183%: amounts in 元 are exact, so 86.18%; the stated 86.19% is one unit of its last digit above it: a 尾差 (rules.md)',
    },
    {
      id: 'rate-not-wrong',
      kind: 'mustNot',
      code: 'BUDGET_RATE_WRONG',
      reason: 'one unit of the last shown digit is a 尾差 (warning), not a wrong rate',
    },
    {
      id: 'score-right',
      kind: 'mustNot',
      code: ['BUDGET_SCORE_TOO_HIGH', 'BUDGET_SCORE_LOW'],
      reason: 'min(86.183%, 1) × 10 = 8.62, the stated score',
    },
    {
      id: 'budget-consistent',
      kind: 'mustNot',
      code: ['BUDGET_ADJUSTED', 'BUDGET_OVERSPENT', 'BUDGET_SPENDING_SUM', 'BUDGET_TOTAL_EMPTY'],
      reason:
        '年初预算数 = 全年预算数 = 250000; 215457.6 is under it; 当年财政拨款 250000 + 上年结转 0 + 其他 0 make the total',
    },
    {
      id: 'goal-missing',
      kind: 'must',
      code: 'GOAL_MISSING',
      reason: 'the 预期目标 cell is blank; only 实际完成情况 holds a sentence (rules.md: 预期目标 blank)',
    },
    {
      id: 'columns',
      kind: 'mustNot',
      code: 'FIELD_MISSING',
      about: ['年度指标值', '实际完成值', '分值', '得分', '偏差原因', '三级指标'],
      reason: 'the header names every column: 三级指标, 年度 指标值, 实际 完成值, 分值, 得分, 偏差原因分析及 改进措施',
    },
    {
      id: 'filled',
      kind: 'mustNot',
      code: ['IND_TARGET_MISSING', 'IND_ACTUAL_MISSING', 'IND_WEIGHT_MISSING', 'IND_PLACEHOLDER'],
      reason: 'the five indicators have their target, actual and 分值',
    },
    {
      id: 'met',
      kind: 'mustNot',
      code: ['IND_NOT_MET', 'IND_OVERACHIEVED', 'IND_UNREADABLE', 'IND_UNIT_MISMATCH'],
      reason: '100% of =100% (three times), 及时 for 及时, 100% of >=90% (111%, under 120%): all met',
    },
    {
      id: 'scores',
      kind: 'mustNot',
      code: ['IND_SCORE_ABOVE_WEIGHT', 'IND_SCORE_TOO_HIGH', 'IND_SCORE_UNEXPLAINED', 'IND_REASON_MISSING'],
      reason: 'every target met with full marks; a blank 偏差原因 asks for nothing then',
    },
    {
      id: 'weights',
      kind: 'mustNot',
      code: ['WEIGHTS_LEVEL1', 'WEIGHTS_SUM'],
      reason: '产出 10 + 20 + 20 = 50, 效益 30, 满意度 10 and the budget’s 10: the defaults, 100 in all',
    },
    {
      id: 'total-found',
      kind: 'mustNot',
      code: 'FIELD_MISSING',
      about: '总分',
      reason: 'the 总分 row is there: 总分 · 100 · 98.62',
    },
    {
      id: 'total-right',
      kind: 'mustNot',
      code: 'TOTAL_WRONG',
      reason: '总分 98.62 = 8.62 + 10 + 20 + 20 + 30 + 10, the sum of the stated scores',
    },
    {
      id: 'quiet',
      kind: 'quiet',
      reason: 'no error on the form: its faults (the low rate, the 尾差, the blank 预期目标) are warnings',
    },
  ],
};
