import { m } from '../layout';
import type { CorpusForm } from '../types';

export const form: CorpusForm = {
  id: 'jx-nanchang-cancha-wsy-2021',
  unit: '南昌县黄马乡蚕茶卫生院',
  year: 2021,
  province: '江西',
  kind: 'department',
  source: 'https://yzwku.com/doc/291311.html',
  partial: true,
  notes:
    'A Jiangxi 整体支出绩效自评表 from a .docx preview flattened to text, laid out again on its own template: 评价部门名称 · ' +
    '下属单位个数; the budget as 整体支出规模 with 全年预算数 · 全年执行数 · 执行率 over 资金来源:(1)财政拨款 and ' +
    '资金结构:(1)基本支出 / (2)项目支出, where the page shows only the rate 103.21% (twice) and no amount (left blank); ' +
    '年初设定目标 / 全年完成情况; the indicator table headed 分解目标 · 自评权重 · 二级指标 · 三级指标 · 年度指标值 · ' +
    '全年完成值 · 分值 · 得分 · 偏差及原因分析, the level-1 weight in its own column (管理指标 30, 产出指标 25, 效果指标 35), ' +
    'task names 任务1: / 任务2:. Cell boundaries are read as the neighbouring rows show them (部门结转结余资金管理 · 结余率 · ' +
    '小于5%; 公卫均等化 / 签约完成率、特殊人群体检率 as one 三级指标); the two 时效 rows show one value, 按规定时限, where a ' +
    'target and an actual are due (placed as the target); 产出指标 came out of the OCR as 出标产指 and is read back; the ' +
    'X in 签约率提高1%X体检率提高2% and 水电支出减少01万元 are as shown. Cut inside the 满意度指标 row: it is left out.',
  sheets: [
    {
      name: '整体支出绩效自评表',
      rows: [
        [m('蚕茶卫生院整体支出绩效自评表(2021年度)', 9)],
        ['评价部门名称', m('南昌县黄马乡蚕茶卫生院', 4), m('下属单位个数', 2), m(0, 2)],
        [m('整体支出规模', 1, 4), m(null, 2), m('全年预算数', 2), m('全年执行数', 2), m('执行率', 2)],
        [m('资金来源:(1)财政拨款', 2), m(null, 2), m(null, 2), m('103.21%', 2)],
        [m('资金结构:(1)基本支出', 2), m(null, 2), m(null, 2), m('103.21%', 2)],
        [m('(2)项目支出', 2), m(null, 2), m(null, 2), m(null, 2)],
        [m('年度总体目标', 1, 2), m('年初设定目标', 4), m('全年完成情况', 4)],
        [m('业务收入达到55万元,三公经费控制率达标', 4), m('业务收入77.57万元,三公经费控制达标', 4)],
        ['分解目标', '自评权重', '二级指标', '三级指标', '年度指标值', '全年完成值', '分值', '得分', '偏差及原因分析'],
        [m('管理指标', 1, 7), m(30, 1, 7), '预算编审管理', '完整、准确率', '100%', '100%', 4, 4, null],
        ['预算执行管理', '完成率、控制率', '100%', '按规定执行', 4, 4, null],
        ['部门结转结余资金管理', '结余率', '小于5%', '达成目标值', 4, 4, null],
        ['预决算信息公开管理', '信息公开完善', '按规定公开', '已公开', 4, 4, null],
        ['部门预算管理', '人员控制、支出规范', '不超编、无违规支出', '全部达成', 4, 4, null],
        ['政府采购管理', '执行率', '100%', '100%', 5, 5, null],
        ['资产管理', '安全性、利用率', '无资产损失、利用率高于80%', '达成目标', 5, 5, null],
        [m('产出指标', 1, 6), m(25, 1, 6), m('数量指标', 1, 2), '任务1:门诊住院人次', '增加', '增372人次', 5, 5, null],
        ['任务2:特殊人群健康管理率', '超上年2%', '达成目标值', 5, 5, null],
        [m('质量指标', 1, 2), '任务1:诊断准确率', '95%以上', '97%', 5, 5, null],
        ['任务2:健康档案管理率', '100%', '完成', 3, 3, null],
        [m('时效指标', 1, 2), '任务1:医疗文书及时率', '按规定时限', null, 4, 3, '个别人未及时完成'],
        ['任务2:健康档案更新率', '按规定时限', null, 3, 2, '录入有延迟'],
        [m('效果指标', 1, 3), m(35, 1, 3), '经济效益指标', '业务收入', '超上年度', '增收27万元', 13, 13, null],
        [
          '社会效益指标',
          '公卫均等化签约完成率、特殊人群体检率',
          '签约率提高1%X体检率提高2%',
          '签约率提高1%体检率下降1%',
          12,
          6,
          '部分群众不愿配合体检或长期在外',
        ],
        ['生态效益指标', '绿化、节能', '绿化良好、水电费开支有下降', '水电支出减少01万元', 10, 10, null],
      ],
    },
  ],
  expectations: [
    {
      id: 'read',
      kind: 'mustNot',
      code: 'FORM_NOT_FOUND',
      reason: 'a department form: unit, budget, goals and an indicator table with 三级指标 · 年度指标值 · 分值 · 得分',
    },
    {
      id: 'columns',
      kind: 'mustNot',
      code: 'FIELD_MISSING',
      about: ['年度指标值', '实际完成值', '分值', '得分', '三级指标'],
      reason: 'the header names every column: 三级指标, 年度指标值, 全年完成值, 分值, 得分',
    },
    {
      id: 'weights-filled',
      kind: 'mustNot',
      code: 'IND_WEIGHT_MISSING',
      reason: 'every indicator row has its 分值',
    },
    {
      id: 'one-value-of-two',
      kind: 'must',
      code: ['IND_TARGET_MISSING', 'IND_ACTUAL_MISSING'],
      indicator: '医疗文书及时率',
      reason: 'the row shows one value, 按规定时限, where a target and an actual are due',
    },
    {
      id: 'reasons-given',
      kind: 'mustNot',
      code: ['IND_REASON_MISSING', 'IND_SCORE_UNEXPLAINED'],
      reason: 'each score below its weight (3 of 4, 2 of 3, 6 of 12) carries a 偏差原因',
    },
    {
      id: 'no-amounts-no-storm',
      kind: 'mustNot',
      code: ['BUDGET_MISSING', 'FIELD_MISSING'],
      about: ['年度资金总额', '全年预算数', '全年执行数', '执行率'],
      atMost: 1,
      reason: 'the page shows no budget amount: one finding says so, not one per blank cell',
    },
    {
      id: 'amounts-blank-once',
      kind: 'must',
      code: 'BUDGET_MISSING',
      cell: 'D4',
      about: 'F4',
      reason:
        'second pass: 整体支出规模 is the budget block; 全年预算数 (D4) and 全年执行数 (F4) under it are blank: one finding naming both',
    },
    {
      id: 'budget-unscored',
      kind: 'mustNot',
      code: 'FIELD_MISSING',
      row: 3,
      reason:
        'second pass: the 整体支出规模 block has no 分值 or 得分 columns (the table does not score the budget): none is missing',
    },
    {
      id: 'no-rate-without-amounts',
      kind: 'mustNot',
      code: ['BUDGET_RATE_WRONG', 'BUDGET_SCORE_TOO_HIGH', 'BUDGET_OVERSPENT'],
      reason: 'without amounts no rate can be computed: the missing-value finding says so, not a second one',
    },
    {
      id: 'unit-label',
      kind: 'mustNot',
      code: 'FIELD_MISSING',
      about: '预算部门名称',
      reason: 'the unit is there, labelled 评价部门名称',
    },
    {
      id: 'goals',
      kind: 'mustNot',
      code: 'GOAL_MISSING',
      reason: '年初设定目标 and 全年完成情况 hold different texts',
    },
    {
      id: 'level1-weights-in-column',
      kind: 'mustNot',
      code: 'WEIGHTS_SUM',
      about: '下各三级指标',
      reason:
        'second pass: the 自评权重 column holds each level-1 weight and its 分值 add up to it (管理 30 = 4×5+5+5, 产出 25, 效果 35)',
    },
    {
      id: 'level1-output-weight',
      kind: 'must',
      code: 'WEIGHTS_LEVEL1',
      about: '产出指标',
      reason: 'second pass: 产出指标 weighs 25 in the 自评权重 column, not the default 50',
    },
  ],
};
