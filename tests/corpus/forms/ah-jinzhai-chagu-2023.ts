import { m } from '../layout';
import type { CorpusForm } from '../types';

export const form: CorpusForm = {
  id: 'ah-jinzhai-chagu-2023',
  unit: '金寨县茶谷和美丽乡村建设服务中心',
  year: 2023,
  province: '安徽',
  kind: 'department',
  source: 'https://www.ahjinzhai.gov.cn/public/6624963/37545031.html',
  partial: true,
  notes:
    'A 事业单位’s department form on the project-form layout: 部门 instead of 预算部门名称, 预算资金 (万元), sub-rows ' +
    '其中:当年财政拨款 / 上年结转资金 / 其他资金 with —, no 按收入性质分 / 按支出性质分 blocks. 全年执行数 338.31 exceeds the ' +
    '全年预算数 329.77 (stated 102.59%, 得分 left blank). Indicators named 指标1:… under each level 2; targets ≤4, ≥200, ' +
    '≥95%, deadlines 9月前 / 11月前 met in 7月 / 10月; 3061 against ≥2000. The page’s table has 14 grid columns (a Word ' +
    'table): laid out on the 9 of the national template. Cut at the first 成本指标 row.',
  sheets: [
    {
      name: '部门整体支出绩效自评表',
      rows: [
        [m('部门整体支出绩效自评表', 9)],
        [m('(2023年度)', 9)],
        ['部门', m('金寨县茶谷和美丽乡村建设服务中心', 8)],
        [m('预算资金 (万元)', 1, 5), m(null, 2), '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
        [m('年度资金总额', 2), 329.77, 329.77, 338.31, 10, '102.59%', null],
        [m('其中:当年财政拨款', 2), 329.77, 329.77, 338.31, '—', '102.59%', '—'],
        [m('上年结转资金', 2), null, null, null, '—', null, '—'],
        [m('其他资金', 2), null, null, null, '—', null, '—'],
        [m('年度总体目标', 1, 2), m('预期目标', 4), m('实际完成情况', 4)],
        [
          m(
            '1.建设徽风皖韵美丽乡村;2.整治美丽宜居自然村庄;3.推进农村改厕提质增效;4.深入开展村庄清洁行动;5.促进茶谷果岭融合发展。',
            4,
          ),
          m(
            '1.启动燕子河镇龙马村、花石乡大湾村等4个精品示范村建设;2.整治美丽宜居自然村庄202个;3.完成农村户用卫生厕所改造3061户;4.全面完成2022年度10个省级中心村各项建设任务,并顺利通过省级验收;加快2023年度10个省级中心村任务,确保2024年通过各级验收。',
            4,
          ),
        ],
        [
          m('绩\n效\n指\n标', 1, 9),
          '一级指标',
          '二级指标',
          '三级指标',
          '年度\n指标值',
          '实际\n完成值',
          '分值',
          '得分',
          '偏差原因分析及改进措施',
        ],
        [m('产出指标', 1, 8), m('数量指标', 1, 4), '指标1:开展精品示范村建设数量', '≤4', 4, 10, 10, null],
        ['指标2:建设美丽宜居自然村庄数量', '≥200', 202, 10, 10, null],
        ['指标3:完成农村户用卫生厕所改造数量', '≥2000', 3061, 10, 10, null],
        ['指标4:新建省级中心村数量', '≥10', 10, 10, 10, null],
        [m('质量指标', 1, 2), '指标1:美丽宜居自然村庄验收通过率', '≥95%', '100%', 5, 5, null],
        ['指标2:户用卫生厕所改造验收通过率', '≥95%', '100%', 5, 5, null],
        [m('时效指标', 1, 2), '指标1:完成美丽宜居自然村庄验收时间', '9月前', '7月', 5, 5, null],
        ['指标2:完成户用卫生厕所改造验收时间', '11月前', '10月', 5, 5, null],
      ],
    },
  ],
  expectations: [
    {
      id: 'overspent',
      kind: 'must',
      code: 'BUDGET_OVERSPENT',
      row: 5,
      reason: '全年执行数 338.31 exceeds the 全年预算数 329.77',
    },
    { id: 'rate-right', kind: 'mustNot', code: 'BUDGET_RATE_WRONG', reason: '338.31 ÷ 329.77 = 102.59%, as stated' },
    {
      id: 'overachieved',
      kind: 'must',
      code: 'IND_OVERACHIEVED',
      indicator: '户用卫生厕所改造数量',
      reason: '3061 against ≥2000 is 153% of the target',
    },
    { id: 'ceiling-met', kind: 'mustNot', code: 'IND_NOT_MET', indicator: '精品示范村建设数量', reason: '4 meets ≤4' },
    {
      id: 'deadlines',
      kind: 'mustNot',
      code: ['IND_NOT_MET', 'IND_UNREADABLE'],
      indicator: '验收时间',
      reason: '9月前 and 11月前 are deadlines, met in 7月 and 10月',
    },
    {
      id: 'numbered-names',
      kind: 'mustNot',
      code: 'IND_PLACEHOLDER',
      reason: '指标1:开展精品示范村建设数量 has a name after the number',
    },
    {
      id: 'filled',
      kind: 'mustNot',
      code: ['IND_TARGET_MISSING', 'IND_ACTUAL_MISSING', 'IND_WEIGHT_MISSING'],
      reason: 'every transcribed indicator has target, actual and weight',
    },
    {
      id: 'unit-label',
      kind: 'mustNot',
      code: 'FIELD_MISSING',
      about: '预算部门名称',
      reason: 'the unit is there, labelled 部门',
    },
  ],
};
