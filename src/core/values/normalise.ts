import { ONE_CHARACTER_SIGNS, SIGNS, SIGN_SPELLINGS } from './signs';

/** Characters NFKC leaves alone (or mangles, like ˙ → " ̇") that mean the same as a plainer one. */
const PRE_MAP: Record<string, string> = {
  '˙': '·',
  '・': '·',
  '･': '·',
  '•': '·',
  '∙': '·',
  '⋅': '·',
  '−': '-',
  '〜': '~',
  ...Object.fromEntries(ONE_CHARACTER_SIGNS),
};
const PRE_MAP_RE = new RegExp(`[${Object.keys(PRE_MAP).join('')}]`, 'g');
const UNFOLDED_RE = /^[\x21-\x7e\u4e00-\u9fff\u2264\u2265\u00b7]*$/;
/** The two-key spellings of ≥ and ≤ (>=, =>, ≥=…) as they stand once each character is folded. */
const TWO_KEY_RES = (['ge', 'le'] as const).map((c) => ({
  re: new RegExp(
    SIGN_SPELLINGS.filter(([s, k]) => k === c && s.length === 2 && s.normalize('NFKC') === s)
      .map(([s]) => s)
      .join('|'),
    'g',
  ),
  sign: SIGNS[c],
}));
const INVISIBLE_RE = /[\s\u200B-\u200D\u2060\uFEFF\u00AD]+/g;

/**
 * Folds a typed text into the one form the readers compare: full-width forms folded (NFKC), dots and
 * comparison signs unified, all whitespace (full-width spaces and line breaks included) removed and a
 * trailing colon dropped.
 */
export function normaliseText(raw: string): string {
  // ASCII, CJK ideographs, ≥ ≤ and · with no white space need none of the Unicode folding (NFKC is slow).
  if (UNFOLDED_RE.test(raw)) return foldTwoKeys(raw).replace(/:+$/, '');
  return foldTwoKeys(
    raw
      .replace(PRE_MAP_RE, (ch) => PRE_MAP[ch] ?? ch)
      .normalize('NFKC')
      .replace(INVISIBLE_RE, ''),
  ).replace(/:+$/, '');
}

function foldTwoKeys(text: string): string {
  return TWO_KEY_RES.reduce((s, { re, sign }) => s.replace(re, sign), text);
}

/** A text shortened for quoting inside a message. */
export function quote(raw: string): string {
  const oneLine = raw.replace(/\s+/g, ' ').trim();
  return oneLine.length > 30 ? `${oneLine.slice(0, 30)}…` : oneLine;
}
