import type { Lang } from '../../core/findings';

const STRINGS = {
  title: { zh: 'ZiPing 绩效自评', en: 'ZiPing Self-Evaluation' },
  language: { zh: 'English', en: '中文' },
  languageLabel: { zh: '切换到英文界面', en: 'Switch to Chinese' },
  insert: { zh: '插入自评表', en: 'Insert form' },
  insertDepartment: { zh: '部门整体支出绩效自评表', en: 'Department form' },
  insertProject: { zh: '项目支出绩效自评表', en: 'Project form' },
  insertSample: { zh: '示例（渌口区 2022）', en: 'Sample (Lukou 2022)' },
  validate: { zh: '校验本表', en: 'Validate sheet' },
  findingsSheet: { zh: '写入校验结果表', en: 'Write findings sheet' },
  clearFlags: { zh: '清除标记', en: 'Clear flags' },
  tabFindings: { zh: '校验结果', en: 'Findings' },
  tabSettings: { zh: '设置', en: 'Settings' },
  noEvaluation: {
    zh: '尚未校验。插入自评表，或打开一张自评表后点“校验本表”。',
    en: 'Nothing checked yet. Insert a form, or open one and click Validate sheet.',
  },
  noFindings: { zh: '未发现问题。', en: 'No findings.' },
  error: { zh: '错误', en: 'Errors' },
  warning: { zh: '警告', en: 'Warnings' },
  info: { zh: '提示', en: 'Notes' },
  errorOne: { zh: '错误', en: 'Error' },
  warningOne: { zh: '警告', en: 'Warning' },
  infoOne: { zh: '提示', en: 'Note' },
  search: { zh: '筛选（单元格、指标、内容）', en: 'Filter (cell, indicator, text)' },
  rule: { zh: '规则', en: 'Rule' },
  fix: { zh: '改正', en: 'Fix' },
  expected: { zh: '应为', en: 'Expected' },
  found: { zh: '实为', en: 'Found' },
  goToCell: { zh: '定位到单元格', en: 'Go to cell' },
  copyCode: { zh: '复制代码', en: 'Copy code' },
  codeCopied: { zh: '已复制', en: 'Copied' },
  userScores: { zh: '自行填写的得分', en: 'Scores typed by the user' },
  resetScore: { zh: '恢复规则得分', en: 'Use rule score' },
  sameAsRule: { zh: '另有 {n} 项自填得分与规则得分一致。', en: '{n} more typed scores equal the rule score.' },
  ruleScore: { zh: '规则得分', en: 'Rule score' },
  stated: { zh: '填报', en: 'Stated' },
  ruleTotal: { zh: '按规则计算总分', en: 'Rule total' },
  sheet: { zh: '工作表', en: 'Sheet' },
  busy: { zh: '处理中…', en: 'Working…' },
  save: { zh: '保存到工作簿', en: 'Save to workbook' },
  profileTitle: { zh: '规则方案（随工作簿保存）', en: 'Rule profile (saved in the workbook)' },
  reverseFormula: { zh: '反向指标未达标的计分', en: 'Missed lower-is-better score' },
  linear: { zh: '线性：超出部分按比例扣分', en: 'Linear: lose weight as it overshoots' },
  ratio: { zh: '比值：指标值 ÷ 实际值 × 分值', en: 'Ratio: target ÷ actual × weight' },
  overachievement: { zh: '超额提示倍数', en: 'Overachievement multiple' },
  lowExecutionRate: { zh: '执行率下限', en: 'Low execution rate' },
  budgetAdjustmentShare: { zh: '预算调整提示比例', en: 'Budget adjustment share' },
  capExecutionScore: { zh: '预算执行得分不超过分值', en: 'Cap the budget score at its weight' },
  level1Weights: { zh: '一级指标默认分值', en: 'Default level-1 weights' },
  invalidNumber: { zh: '请输入有效数字', en: 'Enter a valid number' },
  capabilities: { zh: '此 Excel 支持', en: 'This Excel supports' },
  tabReport: { zh: '自评报告', en: 'Report' },
  draft: { zh: '生成 / 更新报告', en: 'Draft / update report' },
  draftEnglish: { zh: '英文稿', en: 'Draft in English' },
  draftChinese: { zh: '中文稿', en: 'Draft in Chinese' },
  copyText: { zh: '复制全文', en: 'Copy text' },
  copied: { zh: '已复制到剪贴板，可粘贴到 Word', en: 'Copied: paste it into Word' },
  copyFallback: {
    zh: '无法直接写入剪贴板：请选中下方文字后复制',
    en: 'The clipboard is not available: select the text below and copy it',
  },
  exportDocx: { zh: '导出 Word', en: 'Export Word' },
  noReport: {
    zh: '尚未生成报告。在自评表所在工作表上点“生成 / 更新报告”。',
    en: 'No report yet. On the form’s sheet, click Draft / update report.',
  },
  reportAt: { zh: '报告工作表', en: 'Report sheet' },
  proposals: { zh: '您改写过、新稿有变化的段落', en: 'Paragraphs you rewrote that the new draft changes' },
  current: { zh: '现在', en: 'Now' },
  proposed: { zh: '新稿', en: 'New draft' },
  take: { zh: '采用新稿', en: 'Take the new draft' },
  leave: { zh: '保留我的', en: 'Keep mine' },
} as const;

export type StringKey = keyof typeof STRINGS;

export function t(key: StringKey, lang: Lang): string {
  return STRINGS[key][lang];
}

/** A label with a count, punctuated for the language: 错误（3） · Errors (3). */
export function counted(label: string, n: number, lang: Lang): string {
  return lang === 'zh' ? `${label}（${n}）` : `${label} (${n})`;
}

/** A label before what it introduces: 插入自评表： · Insert form: */
export function labelled(label: string, lang: Lang): string {
  return lang === 'zh' ? `${label}：` : `${label}: `;
}
