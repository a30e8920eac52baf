import type { Lang } from '../findings';
import type { ChangeWords } from './parts';

/** The fixed words of the report, in Chinese (as the official report reads) and English. */
export const WORDS = {
  zh: {
    title: '部门整体支出绩效自评报告',
    h1: '一、预算单位基本情况',
    h11: '1、单位主要职责',
    h12: '2、单位机构、人员情况',
    h2: '二、一般公共预算支出情况',
    h21: '（一）基本支出情况',
    h22: '（二）项目支出情况',
    h3: '三、部门整体支出绩效情况',
    h4: '四、存在的问题及原因分析',
    h5: '五、下一步改进措施',
    h6: '六、绩效自评结果拟应用和公开情况',
    dutiesPlaceholder: '（请填写单位主要职责）',
    achievementsPlaceholder: '（请概述本年度部门整体支出取得的主要成效）',
    problemsMore: '（请补充其他问题及原因）',
    publication: '与决算一起在政府网站公布。',
    fill: '（请填写）',
    reasonPrefix: '，变化的主要原因是',
  },
  en: {
    title: 'Self-Evaluation Report on the Department’s Overall Expenditure Performance',
    h1: '1. The budget unit',
    h11: '1.1 Main duties',
    h12: '1.2 Organisation and staff',
    h2: '2. General public budget spending',
    h21: '2.1 Basic spending',
    h22: '2.2 Project spending',
    h3: '3. Overall expenditure performance',
    h4: '4. Problems and their causes',
    h5: '5. Next steps',
    h6: '6. Use and publication of the self-evaluation',
    dutiesPlaceholder: '(Describe the unit’s main duties.)',
    achievementsPlaceholder: '(Summarise the year’s main results.)',
    problemsMore: '(Add any other problems and their causes.)',
    publication: 'Published with the final accounts on the government website.',
    fill: '(to be filled in)',
    reasonPrefix: '; the main reason: ',
  },
} satisfies Record<Lang, Record<string, string>>;

export function changeWords(lang: Lang, than: 'priorYear' | 'initialBudget', percent: boolean): ChangeWords {
  if (lang === 'zh') {
    return {
      than: than === 'priorYear' ? '比上年' : '比年初预算数',
      up: '增加',
      down: '减少',
      same: '持平',
      unit: '万元',
      noBase: than === 'priorYear' ? '上年数未填，暂无法比较' : '年初预算数未填，暂无法比较',
      zeroBase: percent ? '（上年为零，不计算增长比例）' : '',
      upPercent: '，增加',
      downPercent: '，减少',
      noCurrent: '本年数未填，暂无法比较',
    };
  }
  return {
    than: than === 'priorYear' ? 'compared with last year, ' : 'compared with the initial budget, ',
    up: 'up ',
    down: 'down ',
    same: 'unchanged',
    unit: ' (10k yuan)',
    noBase:
      than === 'priorYear'
        ? 'no comparison with last year (its figure is missing)'
        : 'no comparison with the initial budget (missing)',
    zeroBase: percent ? ' (last year was zero: no percentage)' : '',
    upPercent: ', an increase of ',
    downPercent: ', a decrease of ',
    noCurrent: 'no comparison (this year’s figure is missing)',
  };
}
