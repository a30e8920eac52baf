import { m } from '../layout';
import type { CorpusForm } from '../types';

export const form: CorpusForm = {
  id: 'gz-suiyang-taibai-zf',
  unit: '绥阳县太白镇人民政府',
  year: null,
  province: '贵州',
  kind: 'department',
  source:
    'https://www.suiyang.gov.cn/xzjd_5682378/tbz_5682388/zfxxgk_5682340/fdzdgknr_5682343/czyjs_5865203/202208/t20220824_76240024.html',
  partial: true,
  notes:
    'Held-out round 4 (session 7), the first Guizhou form: a township’s 部门整体支出绩效自评表 on the town’s site ' +
    '(遵义市绥阳县). The page shows no year of its own: 填报日期:2022年2月3日 (so most likely 2021, not guessed). The ' +
    'template: 单位(盖章): · 填报日期: above the table, 部门(单位)名称, a budget block titled 部门(单位)总体资金(万元) with ' +
    'a 资 金 来 源 column (spaced as shown) holding the rows 年度资金总额: · 基本支出 · 项目支出 · 其他, one budget column ' +
    '年初预算数(A) beside 全年执行数(B), 分值(10分) · 得分 and a 得分计算方法 column holding the printed rule ' +
    '(执行率*该指标分值,最高不得超过分值上限。), as Jinan’s (sd-jinan-licheng-whg-2019); 基本支出 and 项目支出 repeat 10 · 10 ' +
    'under 分值 and 得分; 年初设定目标 / 年度总体目标完成情况 for the goals; 年度指标值(A) · 全年实际值(B) in the indicator ' +
    'header. The page renders the table as text with cell separators; the 基本支出 row breaks its line after 914.97, and ' +
    'the 10 · 10 on the next line are put under 分值 and 得分, where the other rows have them. Whether the 得分计算方法 ' +
    'text is merged down over the part rows the page cannot say: it is put on the 年度资金总额 row only. The page is cut ' +
    'inside the indicator header, in the cell after 分值 (得分计算…): the header is transcribed up to 分值, the cut cell ' +
    'and every indicator row are absent. It falls short of the round’s bar (indicators and their values visible) and is ' +
    'kept as the header-only forms before it (hb-huanggang-dag-2020): its budget block is a template nobody here had ' +
    'seen on a department form, and it spends more than its one budget figure.',
  sheets: [
    {
      name: '部门整体支出绩效自评表',
      rows: [
        [m('部门整体支出绩效自评表', 10)],
        [m('单位(盖章):绥阳县太白镇人民政府', 5), m('填报日期:2022年2月3日', 5)],
        ['部门(单位)名称', m('绥阳县太白镇人民政府', 9)],
        [
          m('部门(单位)总体\n资金(万元)', 1, 5),
          '资 金 来 源',
          '年初预算数(A)',
          '全年执行数(B)',
          '分值(10分)',
          '得分',
          m('得分计算方法', 4),
        ],
        ['年度资金总额:', 1172.55, 1268.72, 10, 10, m('执行率*该指标分值,最高不得超过分值上限。', 4)],
        ['基本支出', 985.19, 914.97, 10, 10],
        ['项目支出', 187.36, 353.75, 10, 10],
        ['其他'],
        [m('年度总体目标', 1, 2), m('年初设定目标', 4), m('年度总体目标完成情况', 5)],
        [
          m(
            '(1)制定和组织实施经济、科技和社会发展计划,制定资源开发技术改造和产业结构调整方案,组织指导好各业生产,搞好商品流通,' +
              '协调好本乡与外地区的经济交流与合作,抓好招商引资,人才引进项目开发,不断培育市场体系,组织经济运行,促进经济发展。' +
              '(2)制定并组织实施村镇建设规划,部署重点工程建设,地方道路建设及公共设施,水利设施的管理,负责土地、林木、水等自然资源' +
              '和生态环境的保护,做好护林防火工作。(3)按计划组织本级财政收入和地方税的征收,完成国家财政计划,不断培植税源,管好财政' +
              '资金,增强财政实力。(4)完成上级政府交办的其它事项。',
            4,
          ),
          m(
            '(1)积极履职,强化管理,较好地完成本年工作任务。 (2)通过加强预算收支管理,不断建立健全内部管理制度,部门整体支出管理水平' +
              '得到提升 (3)制定并组织实施村镇建设规划,负责土地、林木、水等自然资源和生态环境的保护,做好护林防火工作。 ' +
              '(4)按计划组织本级财政收入和地方税的征收,管好财政资金,增强财政实力。 (5)完成上级政府交办的其它事项。',
            5,
          ),
        ],
        ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值(A)', '全年实际值(B)', '分值'],
      ],
    },
  ],
  expectations: [
    {
      id: 'read',
      kind: 'mustNot',
      code: 'FORM_NOT_FOUND',
      reason: 'a department form: 部门(单位)名称, 年度资金总额 with 全年执行数, and a 绩效指标 header with 三级指标',
    },
    {
      id: 'unit',
      kind: 'mustNot',
      code: 'FIELD_MISSING',
      about: '预算部门名称',
      reason: 'the unit is there, labelled 部门(单位)名称 and filled',
    },
    {
      id: 'budget-block',
      kind: 'mustNot',
      code: ['FIELD_MISSING', 'BUDGET_MISSING'],
      about: ['年度资金总额', '全年预算数', '全年执行数', '缺少“分值”', '缺少“得分”'],
      reason:
        'the budget row is there: 1172.55 · 1268.72 · 10 · 10 under 年初预算数(A) · 全年执行数(B) · 分值(10分) · 得分; the one budget column stands for 全年预算数. Corrected after the first run, a slip: “得分” alone also took 找不到“得分”列, the indicator table’s 得分 column, which the cut takes away (the page stops at 得分计算…); the budget’s fields are named as a missing field is (缺少“…”)',
    },
    {
      id: 'single-column',
      kind: 'must',
      code: 'BUDGET_SINGLE_COLUMN',
      reason: 'one budget column, 年初预算数(A), with no 全年预算数: it stands for 全年预算数 (info, rules.md)',
    },
    {
      id: 'overspent',
      kind: 'must',
      code: 'BUDGET_OVERSPENT',
      row: 5,
      reason: '全年执行数 1268.72 exceeds the one budget figure 1172.55 (108.2%)',
    },
    {
      id: 'overspent-once',
      kind: 'mustNot',
      code: 'BUDGET_OVERSPENT',
      atMost: 1,
      reason:
        '项目支出 353.75 of 187.36 is a part of the same money, not a budget row of its own: one cause, one finding (rules.md)',
    },
    {
      id: 'score-right',
      kind: 'mustNot',
      code: ['BUDGET_SCORE_TOO_HIGH', 'BUDGET_SCORE_LOW'],
      reason: 'min(1268.72 ÷ 1172.55, 1) × 10 = 10, the stated 得分 (the printed rule caps it at the 分值)',
    },
    {
      id: 'no-rate',
      kind: 'mustNot',
      code: ['BUDGET_RATE_WRONG', 'ROUNDING_DIFFERENCE'],
      reason: 'the form states no 执行率: there is no stated rate to be wrong',
    },
    {
      id: 'execution-high',
      kind: 'mustNot',
      code: ['BUDGET_LOW_EXECUTION', 'BUDGET_ADJUSTED'],
      reason: '1268.72 of 1172.55 is above 90%; with one budget figure there is no adjustment to judge',
    },
    {
      id: 'parts-add-up',
      kind: 'mustNot',
      code: ['BUDGET_SPENDING_SUM', 'BUDGET_INCOME_SUM', 'BUDGET_TOTAL_EMPTY'],
      reason: '基本支出 + 项目支出 = 985.19 + 187.36 = 1172.55 and 914.97 + 353.75 = 1268.72; 其他 is blank (0)',
    },
    {
      id: 'spending-block',
      kind: 'mustNot',
      code: 'FIELD_MISSING',
      about: '按支出性质分',
      reason: 'the spending parts are there, as rows 基本支出 and 项目支出 under 资 金 来 源',
    },
    {
      id: 'goals-found',
      kind: 'mustNot',
      code: 'FIELD_MISSING',
      about: ['预期目标', '实际完成情况', '年度总体目标'],
      reason: 'the goal block is there: 年度总体目标 › 年初设定目标 / 年度总体目标完成情况, both filled',
    },
    {
      id: 'goals',
      kind: 'mustNot',
      code: 'GOAL_MISSING',
      reason:
        'the planned duties (4 items) and the achieved text (5 items, starting 积极履职) differ; neither is only a number',
    },
    {
      id: 'columns',
      kind: 'mustNot',
      code: 'FIELD_MISSING',
      about: ['“年度指标值”', '“实际完成值”', '“三级指标”', '“分值”'],
      reason:
        'the header, cut after 分值, names 三级指标, 年度指标值(A), 全年实际值(B) and 分值; only the columns after the cut may be missing',
    },
  ],
};
