import { m } from '../layout';
import type { CorpusForm } from '../types';

const NOTE =
  '1.预算执行率=预算执行数/调整后预算数,预算执行率未达到90%的需说明原因(100字以内);2.年中发生预算调整的(追加或调减),应单独说明理由;3.其他资金包括:社会投入资金、银行贷款.';

export const form: CorpusForm = {
  id: 'sc-qingshen-fgj-2023',
  unit: '青神县发展和改革局（工资性支出）',
  year: 2023,
  province: '四川',
  kind: 'project',
  source: 'https://www.scqs.gov.cn/info/13206/211004.htm',
  partial: false,
  notes:
    'Sichuan’s 2023 system export (报表编号:510000_0013zp): 年初预算 · 调整后预算数 · 预算执行数 · 预算执行率 · 权重 · 得分 · 原因; ' +
    'sub-rows 其中:财政资金 / 财政专户管理资金 / 单位资金 / 其他资金 repeat the rate with / in 权重 and 得分; the target split in ' +
    '指标性质 | 指标值 | 度量单位; 完成值, 权重, 未完成原因分析; 合计 row. Published with 完成值 and every 得分 left blank, and the ' +
    'template’s own prompts (对照年度目标,说明…) in place of the completion text.',
  sheets: [
    {
      name: '项目支出绩效自评表',
      rows: [
        [m('报表编号:510000_0013zp', 11)],
        [m('部门预算项目支出绩效自评表(2023年度)', 11)],
        ['项目名称', m('51000021R000000019951-工资性支出', 10)],
        ['主管部门', m('青神县发展和改革局本级', 4), m('实施单位 (盖章)', 2), m('青神县发展和改革局', 4)],
        [m('项目基本情况', 1, 3), m('1.项目年度目标完成情况', 1, 2), m('项目年度目标', 4), m('年度目标完成情况', 5)],
        [
          m('严格执行相关政策,保障工资及时、足额发放或社保及时、足额缴纳,预算编制科学合理,减少结余资金。', 4),
          m('对照年度目标,说明相关任务目标的完成情况(100字以内)', 5),
        ],
        ['2.项目实施内容及过程概述', m(null, 9)],
        [
          m('预算执行情况(10分)', 1, 6),
          '年度预算数(万元)',
          '年初预算',
          '调整后预算数',
          '预算执行数',
          '预算执行率',
          '权重',
          '得分',
          m('原因', 3),
        ],
        ['总额', 238.93, 251.89, 251.89, '100.00%', 10, null, m(NOTE, 3, 5)],
        ['其中:财政资金', 238.93, 251.89, 251.89, '100.00%', '/', '/'],
        ['财政专户管理资金', 0, 0, 0, '0.00%', '/', '/'],
        ['单位资金', 0, 0, 0, '0.00%', '/', '/'],
        ['其他资金', null, null, null, null, '/', '/'],
        [
          m('绩效指标(90分)', 1, 3),
          '一级指标',
          '二级指标',
          '三级指标',
          '指标性质',
          '指标值',
          '度量单位',
          '完成值',
          '权重',
          '得分',
          '未完成原因分析',
        ],
        ['产出指标', '数量指标', '发放(缴纳)覆盖率', '=', 100, '%', null, 60, null, null],
        ['效益指标', '社会效益指标', '足额保障率(参保率)', '=', 100, '%', null, 30, null, null],
        [m('合计', 8), 100, null, null],
        ['评价结论', m('结合自评情况,说明项目自评总分,说明项目实施取得的成效或成果。(200字以内)', 10)],
        ['存在问题', m('结合自评情况,分析存在的问题及原因。(200字以内)', 10)],
        ['改进措施', m('针对项目自评中发现的问题,提出下一步改进完善的意见及有关政策性建议。(200字以内)', 10)],
        [m('项目负责人:', 5), m('财务负责人:', 6)],
      ],
    },
  ],
  expectations: [
    {
      id: 'actual-blank-1',
      kind: 'must',
      code: 'IND_ACTUAL_MISSING',
      indicator: '发放(缴纳)覆盖率',
      reason: 'the 完成值 of 发放(缴纳)覆盖率 was published blank',
    },
    {
      id: 'actual-blank-2',
      kind: 'must',
      code: 'IND_ACTUAL_MISSING',
      indicator: '足额保障率',
      reason: 'the 完成值 of 足额保障率(参保率) was published blank',
    },
    {
      id: 'target-split',
      kind: 'mustNot',
      code: 'IND_TARGET_MISSING',
      reason: 'the target is filled, split over 指标性质 | 指标值 | 度量单位 (= | 100 | %)',
    },
    { id: 'weight-filled', kind: 'mustNot', code: 'IND_WEIGHT_MISSING', reason: 'the 权重 column holds 60 and 30' },
    { id: 'rate-right', kind: 'mustNot', code: 'BUDGET_RATE_WRONG', reason: '251.89 ÷ 251.89 is the stated 100.00%' },
    {
      id: 'small-adjustment',
      kind: 'mustNot',
      code: 'BUDGET_ADJUSTED',
      reason: '238.93 → 251.89 is +5.4%, under the 10% threshold',
    },
    {
      id: 'subrows-once',
      kind: 'mustNot',
      code: ['BUDGET_INCOME_SUM', 'BUDGET_SPENDING_SUM'],
      reason: '财政资金 251.89 + 0 + 0 + blank is the total: the sub-rows that repeat the rate are the same money',
    },
    { id: 'output-weight', kind: 'must', code: 'WEIGHTS_LEVEL1', reason: '产出 weighs 60 against the default 50' },
    {
      id: 'weights-add-up',
      kind: 'mustNot',
      code: 'WEIGHTS_SUM',
      reason: '10 + 60 + 30 = 100, and each level-1 weight is its level-3 weights',
    },
    {
      id: 'no-stated-total',
      kind: 'mustNot',
      code: 'TOTAL_WRONG',
      reason: 'the 合计 row states the weights’ 100, and no score total',
    },
    {
      id: 'no-met-verdict-without-actual',
      kind: 'mustNot',
      code: 'IND_NOT_MET',
      reason: 'with no actual, not-met cannot be judged: the missing-value finding says so',
    },
    {
      id: 'budget-block',
      kind: 'mustNot',
      code: 'FIELD_MISSING',
      about: '年度资金总额',
      reason: 'the budget block is there: its total row is 总额, under 年度预算数(万元)',
    },
    {
      id: 'goal-block',
      kind: 'mustNot',
      code: 'FIELD_MISSING',
      about: '年度总体目标',
      reason: 'the goal block is there, as 项目年度目标 / 年度目标完成情况 under 项目基本情况',
    },
  ],
};
