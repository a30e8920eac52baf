import { m } from '../layout';
import type { CorpusForm } from '../types';

export const form: CorpusForm = {
  id: 'cq-kexuecheng-rmt-2021',
  unit: '西部(重庆)科学城的融媒体中心（name read from the goal text: the page shows no unit line）',
  year: 2021,
  province: '重庆',
  kind: 'department',
  source: 'https://m.yzwku.com/doc/98587.html',
  partial: true,
  notes:
    'Chongqing’s 部门整体绩效自评表: 自评总分(分) 97.6 in the header; the budget as 部门预算执行情况(万元) with 年初预算数 · ' +
    '全年(调整)预算数 · 全年执行数 · 执行率(%) · 执行率权重 · 执行率得分(分); goals as 年初绩效目标 / 全年(调整)绩效目标 / ' +
    '全年目标实际完成情况; indicators without a level tree: 指标名称 · 计量单位 · 指标性质 (定量指标 / 定性指标, merged) · ' +
    '年初指标值 · 调整指标值 · 全年完成值 · 得分系数(%) · 指标权重(分) · 指标得分(分) · 是否核心指标. The page is an OCR preview: ' +
    'the three budget amounts, the targets of 党性教育培训次数 / 组织宣传活动次数 / 制作宣传品数量 and both values of the ' +
    '“三公”经费 rows are unreadable and left blank (the rate 76%, weight 10 and score 7.6 are legible); 性标定指 is read back ' +
    'as 定性指标; the order of the three goal texts is the OCR’s. 政府采购执行率 reached 72.74% of 100% and kept its full ' +
    'weight (得分系数 100%). The contact’s name is left out; the year is the one the completion text names. Cut inside ' +
    'the 公共服务 row.',
  sheets: [
    {
      name: '部门整体绩效自评表',
      rows: [
        [m('部门整体绩效自评表', 11)],
        ['主管部门', m(null, 2), '财政处室', m(null, 3), m('自评总分(分)', 2), m(97.6, 2)],
        ['部门联系人', m(null, 4), '联系电话', m(null, 5)],
        [
          m('部门预算执行情况(万元)', 2, 2),
          m('年初预算数', 2),
          m('全年(调整)预算数', 2),
          '全年执行数',
          '执行率(%)',
          '执行率权重',
          m('执行率得分(分)', 2),
        ],
        [m(null, 2), m(null, 2), null, '76%', 10, m(7.6, 2)],
        [m('当年绩效目标', 2, 2), m('年初绩效目标', 3), m('全年(调整)绩效目标', 3), m('全年目标实际完成情况', 3)],
        [
          m(
            '通过整合各级各类媒体、户外广告载体、宣传宣讲活动等,为建设成渝地区双城经济圈和西部(重庆)重庆科学城营造良好氛围。保障融媒体中心正常人事基础/日常运转,有效承担西部(重庆)科学城新闻宣传管理,思想文化领域建设等工作。',
            3,
          ),
          m('无', 3),
          m(
            '中心2021年较好地完成了履职任务,有效开展了西部(重庆)科学城新闻宣传管理/思想文化领域建设等工作,为建设成渝地区双城经济圈和西部(重庆)重庆科学城营造了良好氛围。',
            3,
          ),
        ],
        [
          m('绩效指标', 1, 20),
          '指标名称',
          '计量单位',
          '指标性质',
          '年初指标值',
          '调整指标值',
          '全年完成值',
          '得分系数(%)',
          '指标权重(分)',
          '指标得分(分)',
          '是否核心指标',
        ],
        ['财政供养人员控制率', '%', m('定量指标', 1, 9), '100%', null, '92%', '100%', 2, 2, '否'],
        ['“三公”经费变动率', '%', null, null, null, '100%', 2, 2, '否'],
        ['基础信息完善', '%', '100%', null, '100%', '100%', 1, 1, '否'],
        ['预算完成率', '%', '70%', null, '76%', '100%', 2, 2, '是'],
        ['预算调整率', '%', '3%', null, 0, '100%', 2, 2, '否'],
        ['结转结余率', '%', '2%', null, 0, '100%', 2, 2, '是'],
        ['公用经费控制率', '%', '100%', null, '97%', '100%', 2, 2, '是'],
        ['“三公”经费控制率', '%', null, null, null, '100%', 2, 2, '否'],
        ['政府采购执行率', '%', '100%', null, '72.74%', '100%', 2, 2, '是'],
        ['管理制度健全性', null, m('定性指标', 1, 4), '高', null, '高', '100%', 3, 3, '否'],
        ['资金使用合规性', null, '好', null, '好', '100%', 5, 5, '否'],
        ['预决算信息公开性', null, '高', null, '高', '100%', 1, 1, '否'],
        ['资产管理安全', null, '好', null, '好', '100%', 2, 2, '否'],
        ['固定资产利用率', '%', m('定量指标', 1, 6), '90%', null, '100%', '100%', 2, 2, '否'],
        ['党性教育培训次数', '次', null, null, '12次', '100%', 5, 5, '是'],
        ['组织宣传活动次数', '次', null, null, '43次', '100%', 10, 10, '是'],
        ['制作宣传品数量', '份', null, null, '20份', '100%', 5, 5, '否'],
        ['播发稿件数量', '篇', '2200篇', null, '2859篇', '100%', 10, 10, '是'],
        ['业务保障能力提升', '%', '90%', null, '95%', '100%', 10, 10, '否'],
      ],
    },
  ],
  expectations: [
    { id: 'missed', kind: 'must', code: 'IND_NOT_MET', indicator: '政府采购执行率', reason: '72.74% against 100%' },
    {
      id: 'full-marks-on-a-miss',
      kind: 'must',
      code: 'IND_SCORE_TOO_HIGH',
      indicator: '政府采购执行率',
      reason: '72.74% gives 1.45 of 2; 2 stated (得分系数 100%)',
    },
    {
      id: 'overachieved',
      kind: 'must',
      code: 'IND_OVERACHIEVED',
      indicator: '播发稿件数量',
      reason: '2859篇 against 2200篇 is 130% of the target',
    },
    { id: 'met', kind: 'mustNot', code: 'IND_NOT_MET', indicator: '预算完成率', reason: '76% against 70%' },
    { id: 'qualitative', kind: 'mustNot', code: 'IND_UNREADABLE', indicator: '性', reason: '高 and 好 are met labels' },
    {
      id: 'score-share-agrees',
      kind: 'mustNot',
      code: ['IND_SCORE_TOO_HIGH', 'IND_UNREADABLE'],
      about: '得分系数',
      reason:
        'every 得分系数 is 100% and every 指标得分 its 指标权重: 指标权重 × 得分系数 is the stated score on each row',
    },
    {
      id: 'initial-target-stands',
      kind: 'must',
      code: 'IND_NOT_MET',
      indicator: '财政供养人员控制率',
      reason: '调整指标值 is blank on every row, so the 年初指标值 100% is the target: 92% misses it',
    },
    {
      id: 'columns',
      kind: 'mustNot',
      code: 'FIELD_MISSING',
      row: 8,
      about: ['找不到“实际完成值”', '找不到“年度指标值”', '找不到“分值”', '找不到“得分”', '缺少“三级指标”'],
      reason: 'the header names every column: 指标名称, 年初指标值, 全年完成值, 指标权重(分), 指标得分(分)',
    },
  ],
};
