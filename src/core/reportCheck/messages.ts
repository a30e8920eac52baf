import type { Bilingual } from '../findings';

/** “beginning of the sentence…” as messages quote it. */
type Quote = string;

export function mismatchMessage(q: Quote, figure: string, name: Bilingual, expected: string): Bilingual {
  return {
    zh: `“${q}”中的 ${figure} 与表不符：表中${name.zh}为 ${expected}`,
    en: `“${q}”: ${figure} disagrees with the form, whose ${name.en} is ${expected}`,
  };
}

export function percentMessage(q: Quote, figure: string, change: string, base: string, expected: string): Bilingual {
  return {
    zh: `“${q}”中的 ${figure} 与所述数字不符：${change} ÷ ${base} = ${expected}`,
    en: `“${q}”: ${figure} disagrees with the sentence's own figures: ${change} ÷ ${base} = ${expected}`,
  };
}

export function partsMessage(q: Quote, whole: string, parts: string[], sum: string): Bilingual {
  return {
    zh: `“${q}”中的合计 ${whole} 与其中所列分项不符：${parts.join(' + ')} = ${sum}`,
    en: `“${q}”: the total ${whole} is not what the parts listed after 其中 add up to: ${parts.join(' + ')} = ${sum}`,
  };
}

export function unitMissingMessage(q: Quote, figure: string, neighbours: string, expected: string): Bilingual {
  return {
    zh: `“${q}”中的 ${figure} 缺少完整单位：同处其他金额以${neighbours}为单位，应为 ${expected}？`,
    en: `“${q}”: ${figure} lacks a full unit; the amounts around it are in ${neighbours}: ${expected}?`,
  };
}

export function unitWrongMessage(
  q: Quote,
  figure: string,
  neighbours: string,
  expected: string,
  whole: string,
): Bilingual {
  return {
    zh: `“${q}”中的 ${figure} 单位可疑：其余分项以${neighbours}为单位，按 ${expected} 计，分项之和正好等于 ${whole}`,
    en: `“${q}”: the unit of ${figure} looks wrong: the other parts are in ${neighbours}, and read as ${expected} the parts add up to ${whole}`,
  };
}
