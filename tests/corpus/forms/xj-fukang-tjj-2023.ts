import { m } from '../layout';
import { projectHeaderFilled } from '../common';
import type { CorpusForm } from '../types';

export const form: CorpusForm = {
  id: 'xj-fukang-tjj-2023',
  unit: '阜康市统计局（昌州财行(2022)10号 国家统计局调查队专项经费）',
  year: 2023,
  province: '新疆',
  kind: 'project',
  source: 'http://www.fk.gov.cn/gk/yjs/908895.htm',
  partial: true,
  notes:
    'Held-out round 4 (session 7), the first Xinjiang form: the 项目支出绩效自评表 (2023年度) that 阜康市 (昌吉州) ' +
    'publishes, on a template of its own: a 资金来源 column heading the budget rows, 分值权重 for the budget weight, ' +
    'the goal block labelled 总体目标 / 总体目标完成情况, and a thirteen-column indicator header (指标值 · 指标值设置依据 · ' +
    '上年完成值 · 指标分值权重 · 指标赋分规则 · 佐证资料 · 指标实际完成值 · 完成率 · 指标得分 · 偏差原因分析及改进措施) under ' +
    'a label 年度绩效指标完成情况. The page is a web page flattened to text; laid out again on the template, the cells read ' +
    'in the order the text gives them. The label 年度绩效指标完成情况 comes after the header in the text, so it is put in ' +
    'the first column of the row under the header, not merged up over it. The budget sub-rows show `-` under 分值权重, ' +
    '执行率 and 得分, transcribed as shown; 0.00 is typed as the number 0. The column spans (two page columns for each ' +
    'budget figure) are a layout choice: the text cannot say how wide the cells were. The page is cut right after the ' +
    'header, at the first level-1 cell (产出指标): no indicator row, no 总分 and no weight but the budget’s is on it. It ' +
    'falls short of the round’s bar (indicators and their values visible) and is kept as the header-only forms before it ' +
    '(hb-huanggang-dag-2020): its budget block and header are a template nobody here had seen.',
  sheets: [
    {
      name: '项目支出绩效自评表',
      rows: [
        [m('项目支出绩效自评表', 14)],
        [m('(2023年度)', 14)],
        ['项目名称', m('昌州财行(2022)10号 国家统计局调查队专项经费', 13)],
        ['主管部门', m('阜康市统计局', 6), m('实施单位', 2), m('阜康市统计局', 5)],
        [
          m('项目资金\n(万元)', 1, 4),
          m('资金来源', 2),
          m('年初预算数', 2),
          m('全年预算数', 2),
          m('全年执行数', 2),
          m('分值权重', 2),
          m('执行率', 2),
          '得分',
        ],
        [m('年度资金总额', 2), m(5.28, 2), m(1.96, 2), m(1.96, 2), m(10, 2), m('100.00%', 2), 10],
        [m('其中:当年财政拨款', 2), m(5.28, 2), m(1.96, 2), m(1.96, 2), m('-', 2), m('-', 2), '-'],
        [m('其他资金', 2), m(0, 2), m(0, 2), m(0, 2), m('-', 2), m('-', 2), '-'],
        [m('年度总体目标', 1, 2), m('总体目标', 6), m('总体目标完成情况', 7)],
        [
          m(
            '1.根据《关于拨付国家统计局昌吉调查队专项经费的通知》在2022年12月31日前至少给120人发放以36.66元每月的记账户补贴费。' +
              '生产以居民收入和生活支出为核心的数据产品,满足研究制定城乡统筹政策和民生政策的需要,为国民经济核算和居民消费价格指数' +
              '权重制定提供基础数据。2.全面、准确、及时了解本地区城乡居民收入、消费及其他生活状况,客观监测居民收入分配格局和不同' +
              '收入层次居民的生活质量。',
            6,
          ),
          m(
            '截至2023年12月31日,本项目完成住户数据产品120人,政策咨询建议完成率为100%,2023年2月24日,政策咨询建议及时率为100%,' +
              '项目的实施有益于提高统计能力建设 ,有益于统计数据传播环境的营造,被调查户满意度达100%。',
            7,
          ),
        ],
        [
          null,
          '一级指标',
          '二级指标',
          '三级指标',
          '指标值',
          '指标值设置依据',
          '上年完成值',
          '指标分值权重',
          '指标赋分规则',
          '佐证资料',
          '指标实际完成值',
          '完成率',
          '指标得分',
          '偏差原因分析及改进措施',
        ],
        ['年度绩效指标完成情况', '产出指标'],
      ],
    },
  ],
  expectations: [
    {
      id: 'read',
      kind: 'mustNot',
      code: 'FORM_NOT_FOUND',
      reason: 'a project form: 项目名称, 项目资金 (万元) with 年度资金总额, and an indicator header with 三级指标',
    },
    projectHeaderFilled(),
    {
      id: 'budget-block',
      kind: 'mustNot',
      code: ['FIELD_MISSING', 'BUDGET_MISSING'],
      about: ['年度资金总额', '全年预算数', '全年执行数', '执行率', '“分值”', '“得分”'],
      reason:
        'the budget row is there: 5.28 · 1.96 · 1.96 · 10 · 100.00% · 10 under 年初预算数 · 全年预算数 · 全年执行数 · 分值权重 (the weight) · 执行率 · 得分',
    },
    {
      id: 'two-columns',
      kind: 'mustNot',
      code: 'BUDGET_SINGLE_COLUMN',
      reason: 'the block has both 年初预算数 and 全年预算数: no figure stands in for another',
    },
    {
      id: 'adjusted',
      kind: 'must',
      code: 'BUDGET_ADJUSTED',
      reason:
        '全年预算数 1.96 is 62.9% below the 年初预算数 5.28, more than the 10% that asks for an explanation (info)',
    },
    {
      id: 'rate-right',
      kind: 'mustNot',
      code: ['BUDGET_RATE_WRONG', 'ROUNDING_DIFFERENCE'],
      reason: '1.96 ÷ 1.96 = 100.00%, as stated',
    },
    {
      id: 'score-right',
      kind: 'mustNot',
      code: ['BUDGET_SCORE_TOO_HIGH', 'BUDGET_SCORE_LOW'],
      reason: 'min(100%, 1) × 分值权重 10 = 10, the stated 得分',
    },
    {
      id: 'budget-consistent',
      kind: 'mustNot',
      code: ['BUDGET_OVERSPENT', 'BUDGET_SPENDING_SUM', 'BUDGET_TOTAL_EMPTY', 'BUDGET_LOW_EXECUTION'],
      reason:
        '1.96 spent of 1.96; 当年财政拨款 5.28 / 1.96 / 1.96 + 其他资金 0 make the total in each column; the sub-rows’ `-` are no figures',
    },
    {
      id: 'goals-found',
      kind: 'mustNot',
      code: 'FIELD_MISSING',
      about: ['预期目标', '实际完成情况', '年度总体目标'],
      reason: 'the goal block is there, labelled 年度总体目标 › 总体目标 / 总体目标完成情况, both filled',
    },
    {
      id: 'goals',
      kind: 'mustNot',
      code: 'GOAL_MISSING',
      reason:
        'the planned goal (two numbered items) and the achieved text (120人, 100%) differ, neither is only a number',
    },
    {
      id: 'columns',
      kind: 'mustNot',
      code: 'FIELD_MISSING',
      about: ['“年度指标值”', '“实际完成值”', '“分值”', '“得分”', '“偏差原因', '“三级指标”'],
      reason:
        'the header names every column: 三级指标, 指标值 (the target), 指标实际完成值, 指标分值权重, 指标得分, 偏差原因分析及改进措施; the cut takes the rows, not the columns. Corrected after the first run, a slip: written with bare labels, it also took the cut’s “指标表（D11）下没有任何三级指标” (no row under the header) for a missing 三级指标 column; the labels are now quoted as a missing column or field names them',
    },
  ],
};
