import { RIBBON_TAB, commandLabel } from '../addin/commands/ribbon';
import { bilingual } from '../addin/taskpane/i18n';
import type { Lang } from '../core/findings';

const ADD_ROW = commandLabel('addIndicatorRow');

/**
 * The preview's own words, Chinese and English; the ribbon's words come from its list, and a word the pane has too
 * from the pane's. The pane's language decides which comes first.
 */
const STRINGS = {
  title: { zh: 'ZiPing 预览工作簿', en: 'ZiPing preview workbook' },
  paneHide: { zh: '关闭面板', en: 'Close pane' },
  file: { zh: '文件', en: 'File' },
  open: { zh: '打开 .xlsx…', en: 'Open .xlsx…' },
  save: { zh: '保存 .xlsx', en: 'Save .xlsx' },
  excel: { zh: 'Excel 版本', en: 'Excel version' },
  excel17: { zh: 'Excel 2019（ExcelApi 1.7）', en: 'Excel 2019 (ExcelApi 1.7)' },
  excel114: { zh: 'Excel 2021/2024（ExcelApi 1.14）', en: 'Excel 2021/2024 (ExcelApi 1.14)' },
  excel118: { zh: 'Microsoft 365（ExcelApi 1.18）', en: 'Microsoft 365 (ExcelApi 1.18)' },
  noRibbon: {
    zh: `Excel 2019 没有“${RIBBON_TAB.label.zh}”选项卡：请从“开始 ▸ 加载项”打开任务窗格，在窗格中操作。`,
    en: 'Excel 2019 has no ribbon tab: open the task pane from Home ▸ Add-ins and work from there.',
  },
  newWorkbook: { zh: '已换成新的空白工作簿', en: 'a new blank workbook was opened' },
  discardTitle: { zh: '替换当前工作簿？', en: 'Replace this workbook?' },
  discardBody: {
    zh: '{what}会替换当前工作簿，未保存的内容将丢失。',
    en: '{what} replaces this workbook: what is not saved is lost.',
  },
  switchTo: { zh: '换成“{v}”', en: 'Switching to {v}' },
  openNamed: { zh: '打开“{v}”', en: 'Opening {v}' },
  saveThenContinue: { zh: '先保存，再继续', en: 'Save, then go on' },
  discardContinue: { zh: '不保存，继续', en: 'Go on without saving' },
  cancel: bilingual('cancel'),
  saved: {
    zh: '已保存为“{name}”，在浏览器的下载文件夹中',
    en: 'saved as “{name}”, in the browser’s downloads folder',
  },
  opened: { zh: '已打开', en: 'opened' },
  openFailed: { zh: '无法打开此文件', en: 'this file cannot be opened' },
  saveFailed: { zh: '无法保存', en: 'the workbook cannot be saved' },
  refused: {
    zh: 'Excel 不接受此输入（公式有误，或不符合数据验证）。',
    en: 'Excel refuses this entry (a formula that does not parse, or a value the validation forbids).',
  },
  insertRow: { zh: '插入行（在此行上方）', en: 'Insert row (above this one)' },
  deleteRow: { zh: '删除行', en: 'Delete row' },
  addIndicatorRow: { zh: `${ADD_ROW.zh}（ZiPing，在此行下方）`, en: `${ADD_ROW.en} (ZiPing, below this one)` },
  nameBox: { zh: '名称框', en: 'Name box' },
  formulaBar: { zh: '编辑栏', en: 'Formula bar' },
  sheetTabs: { zh: '工作表', en: 'Sheets' },
  addSheet: { zh: '新工作表', en: 'New sheet' },
  grid: { zh: '工作表网格', en: 'Sheet grid' },
  cell: { zh: '单元格', en: 'Cell' },
  editing: { zh: '编辑', en: 'Edit' },
  ready: { zh: '就绪', en: 'Ready' },
  paneRegion: { zh: 'ZiPing 任务窗格', en: 'ZiPing task pane' },
  dismiss: { zh: '关闭', en: 'Dismiss' },
  hint: {
    zh: '单击选择，直接输入或按 F2/Enter/双击编辑，Enter 确认，Esc 取消，Delete 清除，Ctrl+V 粘贴，Ctrl+Z 撤销。',
    en: 'Click to select; type, or press F2/Enter/double-click, to edit; Enter commits, Esc cancels, Delete clears, Ctrl+V pastes, Ctrl+Z undoes.',
  },
} as const;

export type PreviewString = keyof typeof STRINGS;

export function s(key: PreviewString, lang: Lang): string {
  return STRINGS[key][lang];
}

/** The other language's words, for a tooltip. */
export function other(key: PreviewString, lang: Lang): string {
  return STRINGS[key][lang === 'zh' ? 'en' : 'zh'];
}

export function both(key: PreviewString, lang: Lang): string {
  return `${s(key, lang)} / ${other(key, lang)}`;
}
