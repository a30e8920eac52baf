import { m } from '../layout';
import type { CorpusForm } from '../types';

const SAME_GOAL = '确保每一个学生都能享受到国家政策福利,改善学生体质';

export const form: CorpusForm = {
  id: 'yn-yongde-minglang-zx-2022',
  unit: '永德县明朗中学（义务教育营养改善计划专项资金）',
  year: 2022,
  province: '云南',
  kind: 'project',
  source: 'https://www.yongde.gov.cn/info/3003/116104.htm',
  partial: false,
  notes:
    'Yunnan’s project template as published in a 部门决算 (公开14表): amounts in 元 (项目资金 (元)), a two-row header ' +
    '(年度指标值 over 指标性质 | 指标值 | 度量单位), comparisons ≧ and the box-drawing ═, — in unused budget cells, a ' +
    '其他需要说明事项 row, then 总分 with 分值 100, 得分 96 and the grade 优. 资金到位及时率 met and docked 3 points without a ' +
    'reason; 政策知晓率 missed (98% against ═100%) with no reason. The same words as 预期目标 and 实际完成情况. Only two ' +
    'of the three budget amounts are printed on the 年度资金总额 row: read as 全年预算数 and 全年执行数, 年初预算数 blank.',
  sheets: [
    {
      name: '项目支出绩效自评表',
      rows: [
        [m('2022年度项目支出绩效自评表', 10)],
        [m('部门:临沧市永德县明朗中学', 7), m('公开14表', 3)],
        ['项目名称', m('义务教育营养改善计划专项资金', 9)],
        ['主管部门', m('永德县教育体育局', 4), m('实施单位', 2), m('永德县明朗中学', 3)],
        [
          m('项目资金 (元)', 1, 5),
          m(null, 2),
          '年初预算数',
          '全年预算数',
          '全年执行数',
          '分值',
          '执行率',
          '得分',
          null,
        ],
        [m('年度资金总额', 2), null, 387664.62, 387664.62, 10, '100%', 10, null],
        [m('其中:当年财政拨款', 2), null, 387664.62, 387664.62, '—', null, '—', null],
        [m('上年结转资金', 2), null, null, null, '—', null, '—', null],
        [m('其他资金', 2), '—', '—', '—', '—', null, '—', null],
        [m('年度总体目标', 1, 2), m('预期目标', 5), m('实际完成情况', 4)],
        [m(SAME_GOAL, 5), m(SAME_GOAL, 4)],
        [
          m('绩效指标', 3),
          m('年度指标值', 3),
          m('实际完成值', 1, 2),
          m('分值', 1, 2),
          m('得分', 1, 2),
          m('偏差原因分析及改进措施', 1, 2),
        ],
        ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位'],
        [m('产出指标', 1, 4), '数量指标', '学生受资助人数', '≧', 735, '人次', 735, 10, 10, null],
        ['质量指标', '营养改善计划覆盖率', '≧', 100, '%', '100%', 10, 10, null],
        ['时效指标', '资金到位及时率', '≧', 100, '%', '100%', 10, 7, null],
        ['成本指标', '生均补助标准达标率', '═', 100, '%', '100%', 10, 10, null],
        [m('效益指标', 1, 4), '经济效益指标', '减轻贫困学生家庭经济负担', null, '有效', null, '有效', 10, 10, null],
        ['社会效益指标', '政策知晓率', '═', 100, '%', '98%', 10, 9, null],
        ['生态效益指标', null, null, null, null, null, null, null, null],
        ['可持续影响指标', '促进学校教育事业健康发展', '≧', 100, '%', '100%', 10, 10, null],
        [m('满意度指标', 1, 2), m('服务对象满意度指标等', 1, 2), '学生满意度', '≧', 95, '%', '100%', 10, 10, null],
        ['家长满意度', '≧', 95, '%', '100%', 10, 10, null],
        [m('其他需要说明事项', 3), m('无', 7)],
        [m('总分', 7), 100, 96, '优'],
      ],
    },
  ],
  expectations: [
    {
      id: 'unexplained',
      kind: 'must',
      code: 'IND_SCORE_UNEXPLAINED',
      indicator: '资金到位及时率',
      reason: '≧100% met with 100%, 7 of 10 given, no reason',
    },
    { id: 'missed', kind: 'must', code: 'IND_NOT_MET', indicator: '政策知晓率', reason: '98% against ═100%' },
    {
      id: 'missed-no-reason',
      kind: 'must',
      code: 'IND_REASON_MISSING',
      indicator: '政策知晓率',
      reason: 'a missed target with the 偏差原因 left blank',
    },
    {
      id: 'same-goal-text',
      kind: 'must',
      code: 'GOAL_MISSING',
      cell: 'G11',
      reason: '预期目标 and 实际完成情况 hold the same text',
    },
    { id: 'total-right', kind: 'mustNot', code: 'TOTAL_WRONG', reason: 'budget 10 + indicators 86 = the stated 96' },
    { id: 'grade-right', kind: 'mustNot', code: 'GRADE_WRONG', reason: '96 is 优' },
    { id: 'symbols', kind: 'mustNot', code: 'IND_UNREADABLE', reason: '≧ and ═ are comparisons; 有效 is a met label' },
    {
      id: 'filled',
      kind: 'mustNot',
      code: ['IND_TARGET_MISSING', 'IND_ACTUAL_MISSING', 'IND_WEIGHT_MISSING'],
      reason: 'every indicator is filled; the empty 生态效益指标 row is no indicator',
    },
    {
      id: 'two-row-header',
      kind: 'mustNot',
      code: 'FIELD_MISSING',
      about: ['实际完成值', '分值', '得分', '偏差原因'],
      reason: 'the two-row header names every column, merged over both rows',
    },
    {
      id: 'rate-right',
      kind: 'mustNot',
      code: 'BUDGET_RATE_WRONG',
      reason: '387664.62 ÷ 387664.62 is the stated 100%',
    },
    {
      id: 'budget-present',
      kind: 'mustNot',
      code: 'BUDGET_MISSING',
      reason: '全年预算数 387664.62 is filled; only 年初预算数 is blank',
    },
    {
      id: 'level1-weights',
      kind: 'must',
      code: 'WEIGHTS_LEVEL1',
      reason: '产出 weighs 40 and 满意度 20 against the defaults 50 and 10',
    },
    { id: 'weights-add-up', kind: 'mustNot', code: 'WEIGHTS_SUM', reason: 'budget 10 + nine indicators of 10 = 100' },
    {
      id: 'not-overachieved',
      kind: 'mustNot',
      code: 'IND_OVERACHIEVED',
      reason: 'the largest ratio is 100% against ≧95%: 105%',
    },
  ],
};
