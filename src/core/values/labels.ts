import type { Band } from './types';

const MET = [
  '是',
  '达成年度指标',
  '达成预期指标',
  '达标',
  '合格',
  '完成',
  '已完成',
  '及时',
  '有效',
  '保障',
  '好',
  '高',
  '效果明显',
  '明显提升',
  '显著',
  '达成',
  '达到预期',
  '符合预期',
  '达到要求',
  '符合要求',
  '满足要求',
  '良好',
  '优秀',
  '满意',
  '优',
  '良',
  '显著提升',
  '明显改善',
  '显著改善',
  '按时',
  '到位',
  // Beyond the spec's list, as real forms answer (蚕茶卫生院 2021): a claim that the target was reached.
  '达成目标',
  '达成目标值',
  '达到目标',
  '达到目标值',
  '实现目标',
  '按规定执行',
  '公开',
];
const PARTIAL = [
  '部分达成年度指标并具有一定效果',
  '基本达标',
  '基本完成',
  '部分完成',
  '较好',
  '一般',
  '基本达成',
  '部分达成',
  '基本合格',
  '基本满意',
  '基本到位',
  '基本及时',
];
const NOT_MET = [
  '否',
  '未达成年度指标且效果较差',
  '未完成',
  '不合格',
  '差',
  '未达标',
  '未达成',
  '较差',
  '不及时',
  '无效',
  '不满意',
  '不达标',
  '未达到',
  '没有完成',
];

const BANDS = new Map<string, Band>([
  ...MET.map((w): [string, Band] => [w, 'met']),
  ...PARTIAL.map((w): [string, Band] => [w, 'partial']),
  ...NOT_MET.map((w): [string, Band] => [w, 'notMet']),
]);

/** 是 and 否 only count on their own: "是否" is no answer. */
const ENDINGS = [...BANDS.keys()].filter((w) => w !== '是' && w !== '否').sort((a, b) => b.length - a.length);
const NEGATION = /未|不|没|无法/;
const QUALIFIER = /部分|基本|较|大体|大部|有所|初步/;
/** A longer lead-in is a sentence of its own ("明显提升居民生活质量"), not a qualified label. */
const MAX_LEAD_IN = 6;

/**
 * The band of a qualitative value: exact labels first, then a known label at the end of a short text
 * ("已达成年度指标", "全部完成"), where a negation before it ("未按时完成") makes it not met and a
 * qualifier ("基本", "部分") makes a met label partial.
 */
export function bandOf(label: string): Band | undefined {
  const text = label.replace(/[了的啦!。.]+$/, '');
  const exact = BANDS.get(text);
  if (exact) return exact;
  const ending = ENDINGS.find((w) => text.endsWith(w));
  if (!ending) return undefined;
  const leadIn = text.slice(0, -ending.length);
  if (leadIn.length > MAX_LEAD_IN) return undefined;
  const band = BANDS.get(ending);
  if (NEGATION.test(leadIn)) return band === 'notMet' ? undefined : 'notMet';
  if (band === 'met' && QUALIFIER.test(leadIn)) return 'partial';
  return band;
}
