import { m } from '../layout';
import { projectHeaderFilled } from '../common';
import type { CorpusForm } from '../types';

const SCORING =
  '定量指标计算:完成值达到指标值,记满分;未达到指标值,按B/A或A/B*该指标分值记分。\n' +
  '定性指标计算:根据“三档”原则分别按照指标分值的100-80%(含80%)、80-50%(含50%)、50-0%来记分。';

export const form: CorpusForm = {
  id: 'sd-jinan-licheng-whg-2019',
  unit: '济南市历城区文化馆（商品和服务支出）',
  year: 2019,
  province: '山东',
  kind: 'project',
  source: 'http://jnslcqwhg.cn/newsinf_id_308.html',
  partial: true,
  notes:
    'Held-out round 2 (session 6): Jinan’s 区级部门预算项目支出绩效自评表, the first Shandong form. The page is the table ' +
    'flattened to text, laid out again on its template (9 columns): 主管部门(盖章): · 单位:万元 above the table; 项目名称 · ' +
    '主管部门 / 项目实施单位 · 项目负责人 · 联系电话; 年度总体目标 with 年初设定目标 / 年度总体目标完成情况综述; the budget as ' +
    '项目预算执行情况(10分) with one budget column 年初预算数(A) · 全年执行数(B) · 分值 · 执行率(B/A) · 得分 · 得分计算方法 (the ' +
    'rule written in the cell); indicators 一级指标 · 二级指标 · 三级指标 · 预期指标值(A) · 实际完成指标值(B) · 分值 · 得分 · ' +
    '未完成原因 · 得分计算方法 (the scoring rules written once, merged down the column); rows holding only “-” between ' +
    'the indicators. The level-1 cells show only their weights, (50分) and (30分): on the page four empty lines stand ' +
    'before each, where the vertical names (产出指标, 效益指标, presumably) are not shown, so they are transcribed as ' +
    'shown. Lines with nothing on them before the indicator header are left out. Cut inside the 社会效益指标 row ' +
    '(its 三级指标 text stops mid-sentence): that row is left out.',
  sheets: [
    {
      name: '项目支出绩效自评表',
      rows: [
        [m('区级部门预算项目支出绩效自评表', 9)],
        [m('( 2019 年度)', 9)],
        [m('主管部门(盖章):', 6), m('单位:万元', 3)],
        ['项目名称', m('商品和服务支出', 3), m('主管部门', 2), m('济南市历城区文化和旅游局', 3)],
        ['项目实施单位', m('济南市历城区文化馆', 2), '项目负责人', m('田延青', 2), '联系电话', m(88894492, 2)],
        [m('年度总体目标', 1, 2), m('年初设定目标', 3), m('年度总体目标完成情况综述', 5)],
        [
          m('历城区文化馆免费开放', 3),
          m('用于历城区文化馆全年免费开放,主要支付招聘合同人员工资,确保我馆全年正常免费开放和群众文化工作开展。', 5),
        ],
        [
          m('项目预算\n执行情况\n(10分)', 1, 4),
          null,
          '年初预算数(A)',
          '全年执行数(B)',
          '分值',
          '执行率(B/A)',
          '得分',
          m('得分计算方法', 2),
        ],
        ['年度资金总额', 45, 45, 10, '100%', 10, m('执行率*该指标分值,最高不得超过分值上限。', 2, 3)],
        ['其中:财政拨款', 45, 45, '-', '-', '-'],
        ['其他资金', null, null, '-', '-', '-'],
        [
          '一级\n指标',
          '二级\n指标',
          '三级指标',
          '预期指标值(A)',
          '实际完成指标值(B)',
          '分值',
          '得分',
          '未完成原因',
          '得分计算方法',
        ],
        [m('(50分)', 1, 9), m('数量指标', 1, 2), '全年免费开放', '100%', '100%', 12.5, 12.5, null, m(SCORING, 1, 11)],
        ['-', null, null, null, null, null],
        [m('质量指标', 1, 2), '免费开放管理制度健全、执行有效性', '100%', '100%', 12.5, 12.5, null],
        ['-', null, null, null, null, null],
        [m('时效指标', 1, 2), '免费开放率', '100%', '100%', 12.5, 12.5, null],
        ['-', null, null, null, null, null],
        [m('成本指标', 1, 2), '实际成本与工作内容的匹配程度', '45万', '45万', 12.5, 12.5, null],
        ['-', null, null, null, null, null],
        ['-', '-', null, null, null, null, null],
        [
          m('(30分)', 1, 2),
          m('经济效益\n指标', 1, 2),
          '承担重要公益服务项目、助推民生事业发展',
          '100%',
          '100%',
          10,
          10,
          null,
        ],
        ['-', null, null, null, null, null],
      ],
    },
  ],
  expectations: [
    {
      id: 'read',
      kind: 'mustNot',
      code: 'FORM_NOT_FOUND',
      reason:
        'a project form: 项目名称, a budget row and an indicator table headed 三级指标 · 预期指标值(A) · 分值 · 得分',
    },
    projectHeaderFilled('项目实施单位'),
    {
      id: 'single-column',
      kind: 'must',
      code: 'BUDGET_SINGLE_COLUMN',
      reason: 'one budget column, 年初预算数(A), stands for 全年预算数 (info)',
    },
    {
      id: 'budget-block',
      kind: 'mustNot',
      code: ['FIELD_MISSING', 'BUDGET_MISSING'],
      about: ['年度资金总额', '全年预算数', '全年执行数', '执行率', '“分值”', '“得分”'],
      reason: 'the budget row is there: 年度资金总额 45 · 45 · 分值 10 · 100% · 得分 10',
    },
    {
      id: 'budget-right',
      kind: 'mustNot',
      code: [
        'BUDGET_RATE_WRONG',
        'BUDGET_SCORE_TOO_HIGH',
        'BUDGET_SCORE_LOW',
        'BUDGET_LOW_EXECUTION',
        'BUDGET_OVERSPENT',
        'ROUNDING_DIFFERENCE',
      ],
      reason: '45 ÷ 45 is the stated 100%, and 100% of 10 the stated 10',
    },
    {
      id: 'parts',
      kind: 'mustNot',
      code: ['BUDGET_SPENDING_SUM', 'BUDGET_TOTAL_EMPTY'],
      reason: '其中:财政拨款 45 and 其他资金 blank make the 45 of the total; its “-” cells are no figures',
    },
    {
      id: 'goals',
      kind: 'mustNot',
      code: 'GOAL_MISSING',
      reason: '年初设定目标 and 年度总体目标完成情况综述 hold different texts',
    },
    {
      id: 'columns',
      kind: 'mustNot',
      code: 'FIELD_MISSING',
      about: ['年度指标值', '实际完成值', '分值', '得分', '偏差原因', '三级指标'],
      reason: 'the header names every column: 三级指标, 预期指标值(A), 实际完成指标值(B), 分值, 得分, 未完成原因',
    },
    {
      id: 'filled',
      kind: 'mustNot',
      code: ['IND_TARGET_MISSING', 'IND_ACTUAL_MISSING', 'IND_WEIGHT_MISSING', 'IND_PLACEHOLDER'],
      reason:
        'the five indicators have their target, actual and 分值; the rows holding only “-” are no indicators (annex1.md: a row left empty or holding only a placeholder)',
    },
    {
      id: 'met',
      kind: 'mustNot',
      code: ['IND_NOT_MET', 'IND_OVERACHIEVED', 'IND_UNREADABLE', 'IND_UNIT_MISMATCH'],
      reason: 'every actual equals its target: 100% of 100%, 45万 of 45万',
    },
    {
      id: 'cost-ceiling',
      kind: 'must',
      code: 'IND_COST_AS_CEILING',
      indicator: '实际成本与工作内容的匹配程度',
      reason: 'a 成本指标 target (45万) with no comparison is read as a ceiling (info)',
    },
    {
      id: 'scores',
      kind: 'mustNot',
      code: ['IND_SCORE_ABOVE_WEIGHT', 'IND_SCORE_TOO_HIGH', 'IND_SCORE_UNEXPLAINED', 'IND_REASON_MISSING'],
      reason: 'every target met with full marks (12.5 of 12.5, 10 of 10); 未完成原因 left blank asks for nothing',
    },
  ],
};
