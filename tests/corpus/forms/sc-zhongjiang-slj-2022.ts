import { m } from '../layout';
import type { CorpusForm } from '../types';

export const form: CorpusForm = {
  id: 'sc-zhongjiang-slj-2022',
  unit: '中江县水利局（农业水价综合改革精准补贴和节水奖励项目小型水库水标尺制作安装项目）',
  year: 2022,
  province: '四川',
  kind: 'project',
  source: 'https://chacewang.com/newsdetail/news242266.html',
  partial: true,
  notes:
    'The 财政衔接资金 template (绩效目标自评表, 2022年度), flattened on the page and laid out again: 资金情况(万元) with ' +
    '全年预算数(A) · 全年执行数(B) · 分值 · 执行率(B/A) · 得分 and no 年初预算数; 年初设定目标 / 年度总体目标完成情况综述; ' +
    '分值 before 年度指标值; 全年实际值; 未完成原因及拟采取的改进措施; actuals written with the comparison (≥266米); a ' +
    '…… row left from the template. Level-1 weights 70/20/10 in the titles while the printed note sets 50/30/10/10: with ' +
    'the budget’s 10 the weights and scores add to 110, and 总分 states 100. The contact’s name and telephone number are ' +
    'left out. Cut inside the printed notes under the table (the form itself is complete).',
  sheets: [
    {
      name: '绩效目标自评表',
      rows: [
        [m('绩效目标自评表', 9)],
        [m('(2022年度)', 9)],
        ['项目名称', m('中江县农业水价综合改革精准补贴和节水奖励项目小型水库水标尺制作安装项目', 8)],
        ['项目负责人及电话', m(null, 8)],
        ['主管部门', m('中江县水利局', 3), '实施单位', m('中江县水利局', 4)],
        [m('资金情况(万元)', 1, 4), m(null, 2), '全年预算数(A)', '全年执行数(B)', '分值', '执行率(B/A)', '得分', null],
        [m('年度资金总额:', 2), 20, 20, 10, '100.00%', 10, null],
        [m('其中:本年财政拨款', 2), 20, 20, null, null, null, null],
        [m('其他资金', 2), null, null, null, null, null, null],
        [m('年度总体目标', 1, 2), m('年初设定目标', 4), m('年度总体目标完成情况综述', 4)],
        [
          m('对农村地区供水计量设施设备进行改进,对项目区农业用水计量,为项目区农业生产夯实基础,', 4),
          m('对项目区农业用水计量,为项目区农业生产夯实基础,', 4),
        ],
        [
          m('绩效指标', 1, 12),
          '一级指标',
          '二级指标',
          '三级指标',
          '分值',
          '年度指标值',
          '全年实际值',
          '得分',
          '未完成原因及拟采取的改进措施',
        ],
        [m('产出指标(70分)', 1, 6), m('数量指标', 1, 2), '安装坡面水标尺', 10, '≥266米', '≥266米', 10, null],
        ['水标尺宽度', 10, '≥50厘米', '≥50厘米', 10, null],
        ['质量指标', '项目(工程)验收合格率', 20, '100%', '100%', 20, null],
        [m('时效指标', 1, 2), '及时(按期)开工率', 10, '≥90%', '≥90%', 10, null],
        ['及时(按期)完工率', 10, '≥90%', '≥90%', 10, null],
        ['成本指标', '项目计划总投资', 10, '20万元', '20万元', 10, null],
        [m('效益指标(20分)', 1, 3), '经济效益指标', null, null, null, null, null, null],
        [m('社会效益指标', 1, 2), '受益脱贫(含监测对象)户人口数', 10, '≥1000人', '≥1000人', 10, null],
        ['群众生产生活条件改善状况', 10, '显著提升', '显著提升', 10, null],
        ['满意度指标(10分)', '服务对象满意度指标', '受益脱贫(含监测对象)户满意度', 10, '≥95%', '≥95%', 10, null],
        ['……', null, null, null, null, null, null, null],
        [m('总分', 4), 100, null, null, 100, null],
        [
          m(
            '注:1.一级指标分值统一设置为:产出指标50分、效益指标30分、满意度指标10分、预算资金执行率10分,各部门根据各项指标重要程度确定三级指标的分值,得分最高不能超过该指标分值上限,分别按照该指标对应分值区间100-80%(含80%)、80-60%(含60%)、60-0%合理确定得分,3.定量指标若为正向',
            9,
          ),
        ],
      ],
    },
  ],
  expectations: [
    {
      id: 'total',
      kind: 'must',
      code: 'TOTAL_WRONG',
      reason: 'budget 10 + indicator scores 100 = 110; 总分 states 100',
    },
    {
      id: 'weights-110',
      kind: 'must',
      code: 'WEIGHTS_SUM',
      reason: 'budget 10 + 产出 70 + 效益 20 + 满意度 10 = 110, not 100',
    },
    {
      id: 'level1',
      kind: 'must',
      code: 'WEIGHTS_LEVEL1',
      reason: '产出 70 and 效益 20 against the defaults 50 and 30 (the form’s own note says 50/30/10/10)',
    },
    { id: 'residue', kind: 'must', code: 'IND_PLACEHOLDER', row: 23, reason: 'a …… row left from the template' },
    {
      id: 'filled',
      kind: 'mustNot',
      code: ['IND_TARGET_MISSING', 'IND_ACTUAL_MISSING', 'IND_WEIGHT_MISSING'],
      reason: 'every indicator is filled; 经济效益指标 holds none; the …… row is residue, one finding',
    },
    {
      id: 'columns',
      kind: 'mustNot',
      code: 'FIELD_MISSING',
      about: ['分值', '年度指标值', '实际完成值', '得分', '偏差原因'],
      reason: 'every column is there: 分值 before 年度指标值, 全年实际值, 未完成原因及拟采取的改进措施',
    },
    { id: 'rate-right', kind: 'mustNot', code: 'BUDGET_RATE_WRONG', reason: '20 ÷ 20 is the stated 100.00%' },
    {
      id: 'all-met',
      kind: 'mustNot',
      code: 'IND_NOT_MET',
      reason: 'every actual repeats its target (≥266米, 100%, 20万元, 显著提升…)',
    },
    { id: 'parts', kind: 'mustNot', code: 'BUDGET_SPENDING_SUM', reason: '本年财政拨款 20 is the total' },
    { id: 'goals-differ', kind: 'mustNot', code: 'GOAL_MISSING', reason: 'both goal texts are filled and differ' },
  ],
};
