/** The words the report checker reads around a figure. Lists are matched at the end of the text before it. */

export type ChangeDirection = 'up' | 'down' | 'other';

/** A figure right after one of these is a change, not the quantity itself ("比上年增加162.58万元"). */
export const CHANGE_WORDS: readonly [string, ChangeDirection][] = [
  ['增长率', 'up'],
  ['增幅', 'up'],
  ['增加', 'up'],
  ['增长', 'up'],
  ['上升', 'up'],
  ['提高', 'up'],
  ['超支', 'up'],
  ['多', 'up'],
  ['增', 'up'],
  ['下降率', 'down'],
  ['降幅', 'down'],
  ['减少', 'down'],
  ['下降', 'down'],
  ['降低', 'down'],
  ['节约', 'down'],
  ['节省', 'down'],
  ['核减', 'down'],
  ['少', 'down'],
  ['减', 'down'],
  ['差额', 'other'],
  ['变化', 'other'],
  ['变动', 'other'],
];

/** Words before a label that make it the other side of a comparison ("比年初预算数…"). */
export const THAN_WORDS = ['相比', '对比', '比', '较', '与', '同'];

/** Words that may stand between a label and its figure without changing what the figure is. */
export const LINK_WORDS = [
  '完成数',
  '完成',
  '决算数',
  '决算',
  '实际数',
  '实际',
  '达到',
  '达',
  '共计',
  '共',
  '合计',
  '总计',
  '累计',
  '总额',
  '金额',
  '数额',
  '安排',
  '到位',
  '下达',
  '为',
  '是',
  '数',
  '额',
  '了',
  '约',
  '计',
  '：',
  ':',
];

/** Words that may stand right before a label without making it a different quantity ("本年度基本支出"). */
export const LABEL_PREFIXES = [
  '本年度',
  '本年',
  '全年',
  '年度',
  '今年',
  '当年',
  '年',
  '本部门',
  '本单位',
  '我单位',
  '部门',
  '单位',
  '中心',
  '其中',
  '实际',
  '共',
  '合计',
  '总计',
  '累计',
];

/** Words after which a number is money even without its unit ("资金100", "核减后为100万"). */
export const MONEY_WORDS = [
  '资金',
  '经费',
  '费用',
  '费',
  '款',
  '金额',
  '拨款',
  '补贴',
  '补助',
  '投资',
  '预算',
  '决算',
  '收入',
  '支出',
  '支付',
  '拨付',
  '租金',
  '房租',
  '税',
  '安排',
  '核减后',
  '核增后',
  '调整后',
  '追加',
  '债',
  '奖励',
  '成本',
];

/** Words that start the money a number names when they follow it ("100万专项资金"). */
export const MONEY_AFTER = ['专项', '资金', '经费', '用于', '拨款', '补贴', '补助', '元'];

/** Words before a number that make it a name or a reference, not a figure ("附件2", "第3"). */
export const REFERENCE_WORDS = ['附件', '附表', '表', '图', '编号', '序号', '第', '代码', '电话', '号'];

/** Words before 其中 that announce the whole its parts add up to. */
export const WHOLE_WORDS = ['共计', '共', '合计', '总计', '累计', '总额', '完成', '支付', '拨付', '支出', '收', '全年'];

/** The longest word of `words` that `text` ends with. */
export function endsWithWord(text: string, words: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const w of words) if (text.endsWith(w) && (!best || w.length > best.length)) best = w;
  return best;
}

export function startsWithWord(text: string, words: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const w of words) if (text.startsWith(w) && (!best || w.length > best.length)) best = w;
  return best;
}

export function isIdeograph(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  return c >= 0x4e00 && c <= 0x9fff;
}
