import {
  FINDING_FIELD,
  FINDINGS_TITLE,
  NO_FINDINGS_SENTENCE,
  RULE_TOTAL,
  type Bilingual,
  type Lang,
} from '../../core/findings';
import { OWN_TEXT } from '../../core/report/outline';
import { MARKS } from '../../core/report/words';
import { commandLabel, commandTip, controlLabel } from '../commands/ribbon';

const VALIDATE = commandLabel('validateActiveSheet');
/** The marks a report is not finished with (not 请重新生成, which a redraft clears). */
const GAP_MARKS = ['fill', 'confirm', 'verify'] as const;

const STRINGS = {
  title: { zh: 'ZiPing 绩效自评', en: 'ZiPing Self-Evaluation' },
  language: { zh: 'English', en: '中文' },
  languageLabel: { zh: '切换到英文界面', en: 'Switch to Chinese' },
  insert: controlLabel('ZiPing.InsertMenu'),
  insertDepartment: commandLabel('insertDepartmentForm'),
  insertProject: commandLabel('insertProjectForm'),
  insertSample: commandLabel('insertSampleForm'),
  validate: VALIDATE,
  findingsSheet: { zh: `写入${FINDINGS_TITLE.zh}表`, en: 'Write findings sheet' },
  clearFlags: { zh: '清除标记', en: 'Clear flags' },
  indicatorRows: controlLabel('ZiPing.RowsMenu'),
  addRow: commandLabel('addIndicatorRow'),
  addRowTip: commandTip('addIndicatorRow'),
  deleteRow: commandLabel('deleteIndicatorRow'),
  deleteAnyway: { zh: '仍要删除', en: 'Delete' },
  keepRow: { zh: '保留', en: 'Keep' },
  tabFindings: FINDINGS_TITLE,
  tabSettings: { zh: '设置', en: 'Settings' },
  noEvaluation: {
    zh: `尚未校验。插入自评表，或打开一张自评表后点“${VALIDATE.zh}”。`,
    en: `Nothing checked yet. Insert a form, or open one and click ${VALIDATE.en}.`,
  },
  noFindings: NO_FINDINGS_SENTENCE,
  search: { zh: '筛选（单元格、指标、内容）', en: 'Filter (cell, indicator, text)' },
  rule: FINDING_FIELD.rule,
  fix: FINDING_FIELD.fix,
  expected: FINDING_FIELD.expected,
  found: FINDING_FIELD.found,
  goToCell: { zh: '定位到单元格', en: 'Go to cell' },
  copyCode: { zh: '复制代码', en: 'Copy code' },
  codeCopied: { zh: '已复制', en: 'Copied' },
  userScores: { zh: '自行填写的得分', en: 'Scores typed by the user' },
  resetScore: { zh: '恢复规则得分', en: 'Use rule score' },
  sameAsRule: { zh: '另有 {n} 项自填得分与规则得分一致。', en: '{n} more typed scores equal the rule score.' },
  ruleScore: { zh: '规则得分', en: 'Rule score' },
  stated: { zh: '填报', en: 'Stated' },
  ruleTotal: RULE_TOTAL,
  glance: { zh: '得分一览', en: 'Scores at a glance' },
  grade: { zh: '等级', en: 'Grade' },
  executionRate: { zh: '预算执行率', en: 'Execution rate' },
  lost: { zh: '失分', en: 'lost' },
  sheet: FINDING_FIELD.sheet,
  busy: { zh: '处理中…', en: 'Working…' },
  save: { zh: '保存到工作簿', en: 'Save to workbook' },
  profileTitle: { zh: '规则方案（随工作簿保存）', en: 'Rule profile (saved in the workbook)' },
  reverseFormula: { zh: '反向指标未达标的计分', en: 'Missed lower-is-better score' },
  reverseFormulaHint: {
    zh: '成本等“越低越好”的指标超出年度指标值时，得分怎样扣减。',
    en: 'How a lower-is-better indicator (such as cost) that goes past its target loses points.',
  },
  linear: { zh: '线性：超出部分按比例扣分', en: 'Linear: lose weight as it overshoots' },
  ratio: { zh: '比值：指标值 ÷ 实际值 × 分值', en: 'Ratio: target ÷ actual × weight' },
  overachievement: { zh: '超额完成提示线', en: 'Overachievement line' },
  overachievementHint: {
    zh: '实际完成值达到年度指标值的这一比例时，提示“大幅超额”（指标值可能定得过低）。默认 {default}。',
    en: 'An actual at this share of its target or more is flagged as far above it (the target may be too low). Default {default}.',
  },
  lowExecutionRate: { zh: '预算执行率下限', en: 'Lowest execution rate' },
  lowExecutionRateHint: {
    zh: '预算执行率低于此值时提示说明原因。默认 {default}。',
    en: 'An execution rate below this must be explained. Default {default}.',
  },
  budgetAdjustmentShare: { zh: '预算调整提示线', en: 'Budget adjustment line' },
  budgetAdjustmentShareHint: {
    zh: '全年预算数与年初预算数相差超过此比例时，提示说明预算调整。默认 {default}。',
    en: 'A full-year budget that differs from the initial one by more than this share is noted. Default {default}.',
  },
  capExecutionScore: { zh: '预算执行得分不超过分值', en: 'Cap the budget score at its weight' },
  capExecutionScoreHint: {
    zh: '开启时，超支（执行率超过 100%）也只得满分；关闭时按执行率计分。',
    en: 'On: overspending (a rate above 100%) still earns at most the full weight. Off: the score follows the rate.',
  },
  level1Weights: { zh: '一级指标默认分值', en: 'Default level-1 weights' },
  level1WeightsHint: {
    zh: '表中一级指标的分值与此不同时提示；“预算执行”为预算执行率的分值。',
    en: 'A level-1 weight on the form that differs from these is noted; 预算执行 is the budget execution weight.',
  },
  points: { zh: '分', en: 'pts' },
  invalidPercent: { zh: '请输入 {min} 到 {max} 之间的百分数', en: 'Enter a percentage from {min} to {max}' },
  invalidWeight: { zh: '请输入 0 到 100 之间的分值', en: 'Enter a weight from 0 to 100' },
  resetDefaults: { zh: '恢复默认设置', en: 'Back to the defaults' },
  resetDefaultsHint: {
    zh: '默认设置即规则说明中的通行规则；恢复后点“保存到工作簿”生效。',
    en: 'The defaults are the common rule of the rules document; save to the workbook to apply them.',
  },
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
  gaps: { zh: '待填写', en: 'To fill in' },
  noGaps: { zh: '报告中没有待填写的内容。', en: 'Nothing left to fill in.' },
  gapsLeft: {
    zh: `注意：报告中仍有 {n} 处${GAP_MARKS.map((k) => `【${MARKS.zh[k]}】`).join('')}标记，提交前请补全或删去。`,
    en: `Note: the report still holds {n} gap marks (${GAP_MARKS.map((k) => `[${MARKS.en[k]}]`).join(', ')}); complete or delete them before submitting.`,
  },
  proposals: { zh: '您改写过、新稿有变化的段落', en: 'Paragraphs you rewrote that the new draft changes' },
  current: { zh: '现在', en: 'Now' },
  proposed: { zh: '新稿', en: 'New draft' },
  take: { zh: '采用新稿', en: 'Take the new draft' },
  leave: { zh: '保留我的', en: 'Keep mine' },
  outlineTitle: { zh: '报告提纲', en: 'Report outline' },
  outlineHint: {
    zh: '可改写、添加、删除标题和内容，调整顺序（编号随位置自动调整）。保存后报告按新提纲重新生成，提纲随工作簿保存。',
    en: 'Reword, add or delete headings and what stands under them, or reorder them (numbers follow their places). Saving redrafts the report to the new outline, which is kept with the workbook.',
  },
  moveUp: { zh: '上移', en: 'Move up' },
  moveDown: { zh: '下移', en: 'Move down' },
  remove: { zh: '删除', en: 'Delete' },
  outlineSave: { zh: '保存提纲并重新生成', en: 'Save the outline and redraft' },
  outlineReset: { zh: '恢复默认提纲', en: 'Back to the default outline' },
  addHeading: { zh: '添加标题', en: 'Add a heading' },
  newHeading: { zh: '新标题', en: 'New heading' },
  headingContent: { zh: '标题下的内容', en: 'What stands under it' },
  ownText: OWN_TEXT,
  where: { zh: '位置', en: 'Where' },
  atEnd: { zh: '一级标题，放在最后', en: 'A top heading, at the end' },
  underHeading: { zh: '放在“{heading}”之下', en: 'Under “{heading}”' },
  confirmAdd: { zh: '添加', en: 'Add' },
  cancel: { zh: '取消', en: 'Cancel' },
  wordsLost: {
    zh: '这部分有您自己写的文字（{where}），删除后这些文字也将从报告中删去。',
    en: 'This part holds words you wrote ({where}); deleting it removes them from the report too.',
  },
} as const;

type StringKey = keyof typeof STRINGS;

export function t(key: StringKey, lang: Lang): string {
  return STRINGS[key][lang];
}

/** A pane's word in both languages, for a page beside the pane that says the same (the preview's 取消). */
export function bilingual(key: StringKey): Bilingual {
  return STRINGS[key];
}

/** A label with a count, punctuated for the language: 错误（3） · Errors (3). */
export function counted(label: string, n: number, lang: Lang): string {
  return `${label}${bracketed(String(n), lang)}`;
}

/** Clauses of one sentence, punctuated for the language: 填报 5，规则得分 4 · Stated 5, Rule score 4. */
export function clauses(parts: string[], lang: Lang): string {
  return parts.join(lang === 'zh' ? '，' : ', ');
}

/** An aside in brackets after what it qualifies, punctuated for the language: （bad zip） · " (bad zip)". */
export function bracketed(text: string, lang: Lang): string {
  return lang === 'zh' ? `（${text}）` : ` (${text})`;
}

/** A label before what it introduces: 插入自评表： · Insert form: */
export function labelled(label: string, lang: Lang): string {
  return lang === 'zh' ? `${label}：` : `${label}: `;
}
