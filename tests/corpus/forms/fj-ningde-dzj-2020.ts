import { m } from '../layout';
import type { CorpusForm } from '../types';

export const form: CorpusForm = {
  id: 'fj-ningde-dzj-2020',
  unit: '宁德市地震局',
  year: 2020,
  province: '福建',
  kind: 'department',
  source: 'https://yjj.ningde.gov.cn/gzdt/ggl/zjxxgk/202111/t20211110_1546659.htm',
  partial: true,
  notes:
    'Held-out round (session 5): Fujian’s 部门整体支出绩效自评表, a template the reader was not built on. The page is the ' +
    'table flattened to text, laid out again: 部门(单位)名称 · 部门预算编码; a budget block 财政资金安排和使用情况(万元) by ' +
    '资金结构 with 预算安排 (年初部门预算安排金额(含历年结余结转)① · 年中调整金额② · 小计③=①+②), 拨付情况 (年度拨付金额 · ' +
    '支出实现率(%)⑤=④/③) and 结余情况 (本年度结余金额 · 资金结余率(%)), rows 财政资金小计 · ① 项目支出 · ② 基本支出 · ' +
    '2.单位其它收入 · 合 计, rates as plain numbers under (%); 年度总体目标完成情况 with 预期目标 / 目标实际完成情况; indicators ' +
    'with 绩效目标值 · 实际完成值 · 评分标准 (prose) · 指标分值 · 自评得分 · 未完成原因, level 1 产出目标 and level 2 数量目标. ' +
    'Where “(万元)” sits (under the block’s title) is read from the flattened lines. Cut inside the third indicator ' +
    '(协同相关部门开展防震减灾宣传活动场数, its 评分标准 cut before its 分值): the form stops after the second.',
  sheets: [
    {
      name: '部门整体支出绩效自评表',
      rows: [
        [m('部门整体支出绩效自评表', 10)],
        [m('( 2020 年度)', 10)],
        ['部门(单位)名称', m('宁德市地震局', 4), '部门预算编码', m('409001007', 4)],
        [
          m('财政资金安排和使用情况\n(万元)', 1, 7),
          m('资金结构', 1, 2),
          m('预算安排', 3),
          m('拨付情况', 2),
          m('结余情况', 3),
        ],
        [
          '年初部门预算安排金额(含历年结余结转)①',
          '年中调整金额②',
          '小计\n③=①+②',
          '年度拨付金额',
          '支出实现率(%)⑤=④/③',
          '本年度结余金额⑥=③-④',
          m('资金结余率(%)⑦=⑥/③', 2),
        ],
        ['财政资金小计', 130.54, 58.07, 188.61, 188.45, 99.92, 0.16, m(0.08, 2)],
        ['① 项目支出', 30, 0, 30, 30, 100, 0, m(0, 2)],
        ['② 基本支出', 100.54, 58.07, 158.61, 158.45, 99.9, 0.16, m(0.1, 2)],
        ['2.单位其它收入', 0, 0, 0, 0, 0, 0, m(0, 2)],
        ['合 计', 130.54, 58.07, 188.61, 188.45, 99.92, 0.16, m(0.08, 2)],
        [m('年度总体目标完成情况', 1, 2), m('预期目标', 5), m('目标实际完成情况', 4)],
        [
          m(
            '遵循创新、协调、绿色、开放、共享的发展理念,认真贯彻落实市委、市政府工作部署,加强单位效能建设,深入推进绩效管理实践,进一步转变工作作风,创新管理方法,提升工作实效,提高履职能力,推进我市防震减灾事业健康发展。',
            5,
          ),
          m('完成年度目标', 4),
        ],
        [
          m('年度绩效指标完成情况', 1, 3),
          '一级指标',
          '二级指标',
          '三级指标',
          '绩效\n目标值',
          '实际\n完成值',
          '评分标准',
          '指标分值',
          '自评得分',
          '未完成原因',
        ],
        [
          m('产出目标', 1, 2),
          m('数量目标', 1, 2),
          '抽查全市地震监测台站运维情况个数',
          '9个',
          '9个',
          '本指标满分6分,开展全市地震监测台站运维情况抽查数量达9个得6分,少检查一个扣1分,扣完为止。',
          6,
          6,
          '已完成',
        ],
        [
          '开展防震减灾科普“进基层”宣传活动场数',
          '10场',
          '11场',
          '本指标满分6分,开展防震减灾科普进社区活动场数达10场得6分,少一场扣1分,扣完为止。',
          6,
          6,
          '已完成',
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
        'a department form: unit, budget block, goals and an indicator table with 三级指标 · 绩效目标值 · 指标分值',
    },
    {
      id: 'unit-label',
      kind: 'mustNot',
      code: 'FIELD_MISSING',
      about: '预算部门名称',
      reason: 'the unit is there, labelled 部门(单位)名称',
    },
    {
      id: 'budget-columns',
      kind: 'mustNot',
      code: 'FIELD_MISSING',
      about: ['年度资金总额', '全年预算数', '全年执行数', '执行率'],
      reason:
        'the budget is there: 合 计 / 财政资金小计 with 小计③ (188.61), 年度拨付金额 (188.45) and 支出实现率 (99.92)',
    },
    { id: 'budget-stated', kind: 'mustNot', code: 'BUDGET_MISSING', reason: '小计③ states 188.61' },
    {
      id: 'rate-right',
      kind: 'mustNot',
      code: 'BUDGET_RATE_WRONG',
      reason: '188.45 ÷ 188.61 = 99.92%, stated 99.92 under 支出实现率(%)',
    },
    { id: 'not-low', kind: 'mustNot', code: 'BUDGET_LOW_EXECUTION', reason: '99.92% is above 90%' },
    { id: 'not-overspent', kind: 'mustNot', code: 'BUDGET_OVERSPENT', reason: '188.45 spent of 188.61' },
    {
      id: 'adjusted',
      kind: 'must',
      code: 'BUDGET_ADJUSTED',
      reason: '年中调整金额 58.07 lifts the 年初 130.54 to 188.61 (+44%, more than 10%)',
    },
    {
      id: 'parts-add-up',
      kind: 'mustNot',
      code: ['BUDGET_SPENDING_SUM', 'BUDGET_INCOME_SUM'],
      reason:
        '项目支出 + 基本支出 = 30 + 158.61 = 188.61 (30 + 158.45 = 188.45 spent); 财政资金小计 + 单位其它收入 0 = 合 计',
    },
    {
      id: 'blocks',
      kind: 'mustNot',
      code: 'FIELD_MISSING',
      about: ['按收入性质分', '按支出性质分'],
      reason:
        '资金结构 gives the sources (财政资金小计, 2.单位其它收入) and the spending parts (① 项目支出, ② 基本支出) in one block',
    },
    {
      id: 'goals',
      kind: 'mustNot',
      code: 'GOAL_MISSING',
      reason: '预期目标 and 目标实际完成情况 hold different texts',
    },
    {
      id: 'columns',
      kind: 'mustNot',
      code: 'FIELD_MISSING',
      about: ['年度指标值', '实际完成值', '分值', '得分', '偏差原因', '三级指标'],
      reason: 'the header names every column: 三级指标, 绩效目标值, 实际完成值, 指标分值, 自评得分, 未完成原因',
    },
    {
      id: 'filled',
      kind: 'mustNot',
      code: ['IND_TARGET_MISSING', 'IND_ACTUAL_MISSING', 'IND_WEIGHT_MISSING'],
      reason: 'both indicators have a target, an actual and a 分值',
    },
    {
      id: 'met',
      kind: 'mustNot',
      code: ['IND_NOT_MET', 'IND_OVERACHIEVED'],
      reason: '9个 of 9个; 11场 of 10场 is 110%, under the 120% of overachievement',
    },
    {
      id: 'scores',
      kind: 'mustNot',
      code: ['IND_SCORE_ABOVE_WEIGHT', 'IND_SCORE_TOO_HIGH', 'IND_SCORE_UNEXPLAINED', 'IND_REASON_MISSING'],
      reason: 'both targets met with full marks, 6 of 6; 已完成 under 未完成原因 asks for nothing',
    },
    {
      id: 'criteria-not-values',
      kind: 'mustNot',
      code: 'IND_UNREADABLE',
      reason: 'targets and actuals are quantities (9个, 10场, 11场); the 评分标准 prose is no value to read',
    },
    {
      id: 'no-residue',
      kind: 'mustNot',
      code: 'IND_PLACEHOLDER',
      reason: 'no template residue: 产出目标 / 数量目标 are the template’s names for 产出指标 / 数量指标',
    },
  ],
};
