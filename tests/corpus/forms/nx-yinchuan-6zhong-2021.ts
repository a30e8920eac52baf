import { m } from '../layout';
import type { CorpusForm, Row } from '../types';

const residue = (name: string): Row => [name, null, null, null, null, null];

export const form: CorpusForm = {
  id: 'nx-yinchuan-6zhong-2021',
  unit: '银川市第六中学（初中公用经费）',
  year: 2021,
  province: '宁夏',
  kind: 'project',
  source: 'https://m.yzwku.com/doc/476505.html',
  partial: true,
  notes:
    'Yinchuan’s 市本级部门项目支出绩效自评表 (2021): level 1 项目决策 / 项目管理 / 项目产出 / 项目效益 with their weights in the ' +
    'title, 参考分值 before 指标值(A), 全年实际值(B), the budget execution scored as an indicator (预算执行率, 9 of 10 at 100%) ' +
    'rather than in the budget block, 自评得分 98 in the header, 指标1: / 指标2: rows left empty from the template, — as the ' +
    'target of the 共性 rows. The page is an OCR preview: characters read back where the OCR confused them (实施第位 → 实施单位, ' +
    '项Fl资金(万兀) → 项目资金(万元), 调整预算将,A、 → 调整预算数(A), 考值参分 → 参考分值, 指标值(八) → 指标值(A), IO → 10, ' +
    'M.8万元 → 14.8万元 as in its actual, 指标L → 指标1); 财政审核评分 is a reading of “财政审1度评分” and holds nothing; the ' +
    'completion text of the overall goal is unreadable (“公,4”) and left blank. Cut inside the 服务对象满意度指标 row.',
  sheets: [
    {
      name: '项目支出绩效自评表',
      rows: [
        [m('银川市本级部门项目支出绩效自评表(2021年)', 8)],
        ['项目名称', m('初中公用经费', 3), '主管部门', m('银川市教育局', 3)],
        ['实施单位', m('银川市第六中学', 3), '自评得分', 98, '财政审核评分', null],
        [
          m('项目资金(万元)', 1, 2),
          m('年度资金总额', 1, 2),
          '年初预算数',
          '调整预算数(A)',
          '全年执行数(B)',
          '执行率(B/A)',
          m(null, 2),
        ],
        [64.8, 64.8, 64.8, '100%', m(null, 2)],
        [m('年度总体目标', 1, 2), m('年初设定目标', 3), m('年度总体目标完成情况', 4)],
        [m('保障学校正常工作运行', 3), m(null, 4)],
        [
          '一级指标',
          '二级指标',
          '三级指标',
          '参考分值',
          '指标值(A)',
          '全年实际值(B)',
          '得分',
          '未完成原因分析及改进措施',
        ],
        [m('项目决策(10分)', 1, 4), '项目目标', '完整性', 4, '一', '目标明确、内容细化、目标量化', 4, null],
        [m('项目立项', 1, 3), '相关性', 2, '一', '按照学校管理标准对学校进行管理', 2, null],
        ['可行性', 2, null, '实际工作需求', 2, null],
        ['适当性', 2, null, '有资金测算标准', 2, null],
        [m('项目管理(25分)', 1, 4), '投入管理', '预算执行率', 10, '一', '100%', 9, null],
        ['财务管理', '财务管理制度有效性', 7, '一', '财务制度健全,严格执行制度,会计核算规范', 7, null],
        [m('项目实施', 1, 2), '绩效监控有效性', 2, '一', '持续有效', 2, null],
        ['管理制度有效性', 6, '-', '严格执行相关管理制度', 6, null],
        [m('项目产出(30分)', 1, 9), m('数量指标(10分)', 1, 2), '保障人数', 10, '2370人', '2370人', 10, null],
        residue('指标2:'),
        [m('质量指标(5分)', 1, 2), '公用经费标准', 5, '符合相关文件要求', '符合相关文件要求', 5, null],
        residue('指标2:'),
        [m('时效指标(5分)', 1, 2), '公用经费完成时间', 5, '2021年12月完成', '2021年12月完成', 4, null],
        residue('指标2:'),
        [m('成本指标(10分)', 1, 3), '办公所需成本', 4, '15万元', '15万元', 4, null],
        ['维修(维护)所需成本', 3, '35万元', '35万元', 3, null],
        ['绿化、水电费等成本', 3, '14.8万元', '14.8万元', 3, null],
        [m('项目效益(35分)', 1, 7), m('经济效益指标', 1, 2), '指标1:', null, null, null, null, null],
        residue('指标2:'),
        ['社会效益指标', '效果显著', 15, '改善学校的办学条件', '改善学校的办学条件', 13, null],
        [m('生态效益指标', 1, 2), '指标1:', null, null, null, null, null],
        residue('指标2:'),
        [
          m('可持续影响指标', 1, 2),
          '使学生和老师有个更好的学习和工作环境,做到',
          10,
          '社会认可的办学环境.',
          '社会认可的办学环境.',
          8,
          null,
        ],
        residue('指标2:'),
      ],
    },
  ],
  expectations: [
    {
      id: 'residue',
      kind: 'must',
      code: 'IND_PLACEHOLDER',
      reason: 'rows 指标1: / 指标2: with nothing after them are template residue',
    },
    {
      id: 'residue-one-finding',
      kind: 'mustNot',
      code: ['IND_TARGET_MISSING', 'IND_ACTUAL_MISSING', 'IND_WEIGHT_MISSING'],
      indicator: '指标2',
      reason: 'one cause, one finding: a residue row is reported as residue, not as three missing values',
    },
    {
      id: 'unexplained',
      kind: 'must',
      code: 'IND_SCORE_UNEXPLAINED',
      indicator: '公用经费完成时间',
      reason: '2021年12月完成 against the same words (met), 4 of 5 given, no reason',
    },
    {
      id: 'columns',
      kind: 'mustNot',
      code: 'FIELD_MISSING',
      row: 8,
      about: ['分值', '年度指标值', '实际完成值', '得分'],
      reason: 'the indicator header (row 8) names every column: 参考分值, 指标值(A), 全年实际值(B), 得分',
    },
    { id: 'rate-right', kind: 'mustNot', code: 'BUDGET_RATE_WRONG', reason: '64.8 ÷ 64.8 is the stated 100%' },
    { id: 'met-count', kind: 'mustNot', code: 'IND_NOT_MET', indicator: '保障人数', reason: '2370人 against 2370人' },
    {
      id: 'filled',
      kind: 'mustNot',
      code: ['IND_ACTUAL_MISSING', 'IND_WEIGHT_MISSING'],
      reason:
        'every row with a name has its 参考分值 and 全年实际值(B) filled; the residue rows are one finding each, as residue',
    },
  ],
};
