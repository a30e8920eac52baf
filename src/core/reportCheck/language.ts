import type { Bilingual } from '../findings';

/**
 * Why a report cannot be checked, or undefined when it can. The checker reads Chinese prose (万元 after a figure,
 * 全年预算数 before it, 增加/减少, 其中); a report written in English — more Latin letters than Chinese characters,
 * the Chinese being names and goals quoted from the form — would be passed with nothing matched, which reads as
 * "no problem". It is refused instead, by name.
 */
export function uncheckableReport(text: string, name: string): Bilingual | undefined {
  const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
  const latin = (text.match(/[A-Za-z]/g) ?? []).length;
  if (latin <= han) return undefined;
  return {
    zh: `“${name}”是英文报告：check-report 只核对中文报告中的数字，此报告未核对（请核对同一报告的中文稿）`,
    en: `“${name}” is in English: check-report reads the figures of Chinese reports only, so nothing in it was checked (check the Chinese draft of the report instead)`,
  };
}
