/** Characters NFKC leaves alone (or mangles, like ˙ → " ̇") that mean the same as a plainer one. */
const PRE_MAP: Record<string, string> = {
  '˙': '·',
  '・': '·',
  '･': '·',
  '•': '·',
  '∙': '·',
  '⋅': '·',
  '≧': '≥',
  '≦': '≤',
  '⩾': '≥',
  '⩽': '≤',
  // 不小于 and 不大于 as GB2312 prints them, and the look-alikes of = that system exports put in their place.
  '≮': '≥',
  '≯': '≤',
  '═': '=',
  '〓': '=',
  '−': '-',
  '〜': '~',
};
const PRE_MAP_RE = new RegExp(`[${Object.keys(PRE_MAP).join('')}]`, 'g');
const UNFOLDED_RE = /^[\x21-\x7e\u4e00-\u9fff\u2264\u2265\u00b7]*$/;
const INVISIBLE_RE = /[\s\u200B-\u200D\u2060\uFEFF\u00AD]+/g;

/**
 * Folds a typed text into the one form the readers compare: full-width forms folded (NFKC), dots and
 * comparison signs unified, all whitespace (full-width spaces and line breaks included) removed and a
 * trailing colon dropped.
 */
export function normaliseText(raw: string): string {
  // ASCII, CJK ideographs, ≥ ≤ and · with no white space need none of the Unicode folding (NFKC is slow).
  if (UNFOLDED_RE.test(raw))
    return raw
      .replace(/>=|=>|≥=/g, '≥')
      .replace(/<=|=<|≤=/g, '≤')
      .replace(/:+$/, '');
  return raw
    .replace(PRE_MAP_RE, (ch) => PRE_MAP[ch] ?? ch)
    .normalize('NFKC')
    .replace(INVISIBLE_RE, '')
    .replace(/>=|=>|≥=/g, '≥')
    .replace(/<=|=<|≤=/g, '≤')
    .replace(/:+$/, '');
}

/** A text shortened for quoting inside a message. */
export function quote(raw: string): string {
  const oneLine = raw.replace(/\s+/g, ' ').trim();
  return oneLine.length > 30 ? `${oneLine.slice(0, 30)}…` : oneLine;
}
