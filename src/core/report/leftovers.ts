import { placeholderKind } from '../values';

/**
 * "指标1：" or "任务1:" before a name, as blank templates number their rows; "指标1工程资金金额" too, the number run into
 * the name (Arabic digits only there: 指标一致率 is a name).
 */
const NUMBERED =
  /^[\s\u3000]*(?:(?:指标|任务)\s*[0-9０-９一二三四五六七八九十]+\s*[：:]\s*|(?:指标|任务)[0-9０-９]+(?=[\u4e00-\u9fff]))/;
/** A parenthesised template hint with stars for the figure: （≥**人）, (≤**万元). */
const STARRED_HINT = /[（(][^（）()]*[*＊★][^（）()]*[）)]/g;

/**
 * A cell's text without the template's leftovers, for prose: "指标1：改造户数（≥**户）" → "改造户数", "任务1:门诊住院人次"
 * → "门诊住院人次". A text that is
 * nothing but a leftover ("**", "指标1") comes back empty.
 */
export function cleanLeftovers(text: string): string {
  const cleaned = text.replace(NUMBERED, '').replace(STARRED_HINT, '');
  return placeholderKind(cleaned) === 'residue' ? '' : cleaned;
}
