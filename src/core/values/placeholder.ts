import { normaliseText } from './normalise';

type PlaceholderKind = 'blank' | 'residue';

const BLANK_WORDS = new Set(['无', '暂无', '不适用', '空', 'n/a', 'na', 'none', 'null', 'nil']);
const DASHES = /^[-—–―_/\\~]+$/;
const ZERO = /^0+(?:\.0+)?$/;
const DOTS = /^[.。…⋯·]+$/;
const STARS = /[★☆※]/;
/** One to three stars before a real name mark a core indicator (核心指标) in several provinces' templates. */
const CORE_MARK = /^[★☆]{1,3}/;
const LEADING_ASTERISKS = /^[≥≤<>=]?\*+[^\d]{0,6}$/;
const TEMPLATE_INDICATOR = /^指标[0-9一二三四五六七八九十]*$/;
const PLEASE_FILL = /^请(填写|输入|填报)/;

/** XX, xxx, XXX个, 20XX年, ≥XX%: a run of x with no other Latin letters around it. */
function isXResidue(text: string): boolean {
  return /[xX]{2,}/.test(text) && !/[a-wyzA-WYZ]/.test(text);
}

/** A name without the stars that mark a core indicator ("★★改造户数" → "改造户数"); undefined when it has none. */
export function withoutCoreMark(text: string): string | undefined {
  const m = /^[\s\u3000]*[★☆]{1,3}[\s\u3000]*/.exec(text);
  if (!m || m[0].length === text.length) return undefined;
  return text.slice(m[0].length);
}

/**
 * Placeholders in an already normalised text. Value cells pass zeroIsBlank = false: there `0` is the
 * number 0 (a target of 0 is legal).
 */
export function placeholderOf(normalised: string, zeroIsBlank: boolean): PlaceholderKind | undefined {
  const text = normalised;
  if (text === '') return 'blank';
  if (text.length > 20) return undefined;
  if (BLANK_WORDS.has(text.toLowerCase()) || DASHES.test(text)) return 'blank';
  if (zeroIsBlank && ZERO.test(text)) return 'blank';
  const core = CORE_MARK.exec(text);
  if (core && core[0].length < text.length) return placeholderOf(text.slice(core[0].length), zeroIsBlank);
  if (DOTS.test(text) || STARS.test(text) || LEADING_ASTERISKS.test(text)) return 'residue';
  if (TEMPLATE_INDICATOR.test(text) || PLEASE_FILL.test(text) || isXResidue(text)) return 'residue';
  return undefined;
}

/**
 * Whether a free-text cell (deviation note, indicator name, goal) holds nothing real: 'blank' for
 * nothing or a stand-in (/, -, —, 无, 暂无, 不适用, 0), 'residue' for template text left in (……, **, ★,
 * 指标1：, XX). Undefined for real text.
 */
export function placeholderKind(text: string): PlaceholderKind | undefined {
  if (typeof text !== 'string') return undefined;
  if (text.length > 1000) return /^\s*$/.test(text) ? 'blank' : undefined;
  // A real note is long: no need to fold it to see that it is no placeholder (folding is the slow part).
  if (text.length > 40 && visibleLength(text, 41) > 40) return undefined;
  let kind = cache.get(text);
  if (kind === undefined) {
    kind = placeholderOf(normaliseText(text), true) ?? 'none';
    if (cache.size >= 20000) cache.clear();
    cache.set(text, kind);
  }
  return kind === 'none' ? undefined : kind;
}

/** Short texts already classified: names and notes repeat, and forms are re-read on every edit. */
const cache = new Map<string, PlaceholderKind | 'none'>();

/** Characters that are not white space, counted up to `limit`. */
function visibleLength(text: string, limit: number): number {
  let n = 0;
  for (let i = 0; i < text.length && n < limit; i++) {
    const code = text.charCodeAt(i);
    if (code > 32 && code !== 0x3000 && code !== 0xa0) n++;
  }
  return n;
}
