import { normaliseText } from './normalise';
import { SIGNS, SIGN_SPELLINGS } from './signs';
import type { Comparison } from './types';

/** Words and signs written before a number; undefined marks harmless filler ("完成18个", "共计5项"). */
const PREFIXES: [string, Comparison | undefined][] = (
  [
    ...Object.entries(SIGNS).map(([comparison, sign]) => [sign, comparison]),
    ['大于或等于', 'ge'],
    ['大于等于', 'ge'],
    ['不低于', 'ge'],
    ['不少于', 'ge'],
    ['不小于', 'ge'],
    ['至少', 'ge'],
    ['最少', 'ge'],
    ['最低', 'ge'],
    ['达到', 'ge'],
    ['达成', 'ge'],
    ['达', 'ge'],
    ['小于或等于', 'le'],
    ['小于等于', 'le'],
    ['不高于', 'le'],
    ['不超过', 'le'],
    ['不多于', 'le'],
    ['不大于', 'le'],
    ['最高', 'le'],
    ['最多', 'le'],
    ['不晚于', 'le'],
    ['不迟于', 'le'],
    ['控制在', 'le'],
    ['大于', 'gt'],
    ['超过', 'gt'],
    ['高于', 'gt'],
    ['多于', 'gt'],
    ['小于', 'lt'],
    ['低于', 'lt'],
    ['少于', 'lt'],
    ['等于', 'eq'],
    ['实际完成', undefined],
    ['完成', undefined],
    ['共计', undefined],
    ['合计', undefined],
    ['总计', undefined],
    ['累计', undefined],
    ['共', undefined],
    ['约', undefined],
    ['全年', undefined],
    ['实际', undefined],
    ['于', undefined],
    ['在', undefined],
  ] as [string, Comparison | undefined][]
).sort((a, b) => b[0].length - a[0].length);

/**
 * The words and signs before a number that bound it (≥, 不低于, 不多于, 控制在…), not the filler between; the signs
 * in every spelling, for text that is not normalised (a report).
 */
export const BOUND_PREFIXES: readonly string[] = [
  ...PREFIXES.filter(([, c]) => c !== undefined).map(([word]) => word),
  ...SIGN_SPELLINGS.map(([spelling]) => spelling),
];

/** Words written after the number (and its unit): "95%以上", "3天内". */
const SUFFIXES: [string, Comparison][] = [
  ['及以上', 'ge'],
  ['以上', 'ge'],
  ['及以下', 'le'],
  ['以下', 'le'],
  ['以内', 'le'],
  ['之内', 'le'],
  ['内', 'le'],
];

interface Prefix {
  comparison?: Comparison;
  /** The text after the comparison and filler words. */
  rest: string;
  /** Two different comparisons were written ("≥不超过5"). */
  conflict: boolean;
}

export function stripPrefix(text: string): Prefix {
  let rest = text;
  let comparison: Comparison | undefined;
  let conflict = false;
  for (let step = 0; step < 6; step++) {
    const found = PREFIXES.find(([word]) => rest.startsWith(word));
    if (!found) break;
    rest = rest.slice(found[0].length);
    if (found[1]) {
      if (comparison && comparison !== found[1]) conflict = true;
      comparison ??= found[1];
    }
  }
  return { comparison, rest, conflict };
}

/** The comparison a text after the number carries: at its start ("以上的…"), or at its end ("(含)以上"). */
export function suffixComparison(text: string): Comparison | undefined {
  for (const [word, comparison] of SUFFIXES) if (text.startsWith(word)) return comparison;
  for (const [word, comparison] of SUFFIXES) if (word !== '内' && text.endsWith(word)) return comparison;
  return undefined;
}

/** Where the first comparison word after a number starts ("株以上" → 1), or -1. */
export function suffixIndex(text: string): number {
  let first = -1;
  for (const [word] of SUFFIXES) {
    if (word === '内') continue;
    const at = text.indexOf(word);
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  return first;
}

/**
 * A text that is only a comparison: "≥", "不低于", "以上". For the newer templates that give
 * comparison, number and unit in three cells. "定性"/"定量" and anything else give undefined.
 */
export function readComparison(text: string): Comparison | undefined {
  if (typeof text !== 'string' || text.length > 40) return undefined;
  const normalised = normaliseText(text);
  const prefix = PREFIXES.find(([word]) => word === normalised);
  if (prefix) return prefix[1];
  return SUFFIXES.find(([word]) => word === normalised)?.[1];
}
