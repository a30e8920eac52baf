import type { Comparison } from './types';

/** The sign the reader folds each comparison to, and writes it with (the split templates' comparison cell). */
export const SIGNS: Record<Comparison, string> = { ge: '≥', gt: '>', le: '≤', lt: '<', eq: '=' };

/**
 * The other ways forms write those signs: two keys (>=, and the reversed => some type), full width, GB2312's ≮ and ≯
 * (不小于, 不大于), and the look-alikes of = that provincial systems export (═, 〓). The reader folds them into
 * `SIGNS` (normalise.ts), the report puts them in words (report/words.ts), the report checker skips them before a
 * figure. Two-character spellings first, so that a text is replaced whole before its single signs.
 */
export const SIGN_SPELLINGS: readonly (readonly [string, Comparison])[] = [
  ['>=', 'ge'],
  ['=>', 'ge'],
  ['≥=', 'ge'],
  ['<=', 'le'],
  ['=<', 'le'],
  ['≤=', 'le'],
  ['＞＝', 'ge'],
  ['＜＝', 'le'],
  ['≧', 'ge'],
  ['⩾', 'ge'],
  ['≮', 'ge'],
  ['≦', 'le'],
  ['⩽', 'le'],
  ['≯', 'le'],
  ['＞', 'gt'],
  ['＜', 'lt'],
  ['＝', 'eq'],
  ['﹦', 'eq'],
  ['═', 'eq'],
  ['〓', 'eq'],
];

/**
 * Each one-character spelling (≧ ＞ ═ …) and the sign it is folded into: what the reader folds before it reads a value
 * (normalise.ts), and what a message folds when it quotes one (指标值 =100%, not ═100%).
 */
export const ONE_CHARACTER_SIGNS: ReadonlyMap<string, string> = new Map(
  SIGN_SPELLINGS.filter(([s]) => s.length === 1).map(([s, c]) => [s, SIGNS[c]]),
);
