import { m } from '../layout';
import { noWeightColumn } from '../common';
import type { CorpusForm } from '../types';

export const form: CorpusForm = {
  id: 'hb-huangshi-tsg-2022',
  unit: '黄石市图书馆（共享工程）',
  year: 2022,
  province: '湖北',
  kind: 'project',
  source: 'https://www.hsslib.org.cn/info/72903.jspx',
  partial: true,
  notes:
    'Hubei’s 项目自评表 (附表2) as the 襄阳 form has it: no 分值 column, one 得分 per level-2 group merged over its rows ' +
    '(数量指标 10 over two indicators), the budget weight 20 in the block title and in 得分 (20分*执行率), a single budget ' +
    'column 预算数(A), 年初目标值(A) / 实际完成值(B), level-1 weights in the titles 产出指标(40分) / 效益指标(30分), ' +
    'check boxes ☑ □. 社会效益 shows no score (经济 10 + 环境 10 + 可持续 10 already make the 30); its second row holds ' +
    'only a name, its target and actual merged down from the first. 5万 typed with its unit. Cut inside the 满意度 row: ' +
    'that row is left out.',
  sheets: [
    {
      name: '共享工程项目自评表',
      rows: [
        [m('附表2', 7)],
        [m('2022年度共享工程项目自评表', 7)],
        [m('项目单位(盖章):黄石市图书馆 主要领导签字:', 7)],
        [m('填报日期:2023.6.28', 7)],
        ['项目名称', m('共享工程', 6)],
        ['主管部门', m('黄石市文化和旅游局', 2), m('项目实施单位', 2), m('黄石市图书馆', 2)],
        ['项目类别', m('1、部门预算项目 ☑ 2、市直专项', 6)],
        ['项目属性', m('1、持续性项目 ☑ 2、新增性项目 □', 6)],
        ['项目类型', m('1、常年性项目 ☑ 2、延续性项目 □ 3、一次性项目 □', 6)],
        [
          m('预算执行情况(万元) (20分)', 1, 2),
          m(null, 2),
          '预算数(A)',
          '执行数(B)',
          '执行率(B/A)',
          '得分 (20分*执行率)',
        ],
        [m('年度财政资金总额', 2), 5, 5, '100%', 20],
        [
          m('年度绩效目标1 (80分)', 1, 13),
          '一级指标',
          '二级指标',
          '三级指标',
          '年初目标值(A)',
          '实际完成值(B)',
          '得分',
        ],
        [m('产出指标(40分)', 1, 6), m('数量指标', 1, 2), '一个存储备份器', '25TB', '25TB', m(10, 1, 2)],
        ['WIFI布点全覆盖', '100%覆盖', '100%覆盖'],
        ['质量指标', '以最新资源面市', '资源采购期以当年为主', '资源采购期以当年为主', 10],
        [m('时效指标', 1, 2), '可保证读者使用时长', '全天候可用', '全天候', m(10, 1, 2)],
        ['2022年全年', '≥360天', '≥360天'],
        ['成本指标', '以低价位高质量为采购原则', '5万', '5万', 10],
        [m('效益指标(30分)', 1, 6), '经济效益', '社会公益服务无经济效益', '公益性事业', '公益性事业', 10],
        [
          m('社会效益', 1, 2),
          '使读者更方便快捷查找检阅',
          m('独有数据资源查询,查询范围可扩展到省图', 1, 2),
          m('独有数据资源查询,查询范围可扩展到省图', 1, 2),
          m(null, 1, 2),
        ],
        ['促进黄石文化经济发展,丰富市民文化活动'],
        [m('环境效益', 1, 2), '数字图书馆环境优良无污染', '良好', '良好', m(10, 1, 2)],
        ['WIFI全覆盖,绿色环保', '良好', '良好'],
        ['可持续影响指标', '≥360天服务读者', '≥360天', '≥360天', 10],
      ],
    },
  ],
  expectations: [
    {
      id: 'single-column',
      kind: 'must',
      code: 'BUDGET_SINGLE_COLUMN',
      reason: 'one budget column, 预算数(A), stands for 全年预算数: an info note names it (rules.md)',
    },
    { id: 'rate-right', kind: 'mustNot', code: 'BUDGET_RATE_WRONG', reason: '5 ÷ 5 is the stated 100%' },
    {
      id: 'budget-weight-20',
      kind: 'mustNot',
      code: ['BUDGET_SCORE_TOO_HIGH', 'BUDGET_SCORE_LOW'],
      reason: 'the budget weight is 20 (the block title and 得分 (20分*执行率)); 100% of 20 is the stated 20',
    },
    {
      id: 'budget-block',
      kind: 'mustNot',
      code: 'FIELD_MISSING',
      about: ['年度资金总额', '全年预算数', '全年执行数'],
      reason: 'the budget row is there: 年度财政资金总额 with 预算数(A) and 执行数(B)',
    },
    {
      id: 'columns-found',
      kind: 'mustNot',
      code: 'FIELD_MISSING',
      about: ['年度指标值', '实际完成值', '三级指标'],
      reason: 'the indicator header names them: 三级指标, 年初目标值(A), 实际完成值(B)',
    },
    {
      id: 'cost-ceiling',
      kind: 'must',
      code: 'IND_COST_AS_CEILING',
      indicator: '以低价位高质量为采购原则',
      reason: 'a 成本指标 target (5万) without a comparison is read as a ceiling (info)',
    },
    {
      id: 'all-met',
      kind: 'mustNot',
      code: 'IND_NOT_MET',
      reason: 'every actual equals its target (25TB, 100%覆盖, ≥360天, 5万, the same words)',
    },
    noWeightColumn(),
    {
      id: 'actuals-filled',
      kind: 'mustNot',
      code: ['IND_ACTUAL_MISSING', 'IND_TARGET_MISSING'],
      reason: 'every row has its target and actual (the second 社会效益 row shares the merged ones above it)',
    },
    {
      id: 'level1-weights',
      kind: 'must',
      code: 'WEIGHTS_LEVEL1',
      reason: '产出指标(40分) and the budget’s 20 differ from the defaults 50 and 10',
    },
    {
      id: 'budget-weight-in-title',
      kind: 'mustNot',
      code: 'FIELD_MISSING',
      row: 10,
      about: '分值',
      reason:
        'second pass: the budget’s weight stands in its title (20分) and its 得分 header, as rules.md allows for titles',
    },
  ],
};
