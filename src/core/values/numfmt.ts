/** Reading Excel number formats: is it a date, a percent, how many decimals, a quoted unit. */

/** The first section: formats may give positive;negative;zero;text. A ; inside quotes is a literal. */
function firstSection(format: string): string {
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === '\\') i++;
    else if (ch === ';' && !quoted) return format.slice(0, i);
  }
  return format;
}

const codesCache = new Map<string, string>();

/** The format codes of the first section, with quoted literals, colours, locales and escapes removed. */
function codes(format: string): string {
  // A workbook has a handful of formats, read for every number cell: each is parsed once.
  let c = codesCache.get(format);
  if (c === undefined) {
    c = parseCodes(format);
    if (codesCache.size > 1000) codesCache.clear();
    codesCache.set(format, c);
  }
  return c;
}

function parseCodes(format: string): string {
  return firstSection(format)
    .replace(/"[^"]*"?/g, '')
    .replace(/\[[^\]]*\]?/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '')
    .replace(/AM\/PM|A\/P/gi, '');
}

/** Quoted literals of the first section: 0.00"万元" → 万元. */
export function formatLiteral(format: string): string {
  if (format.length > 200) return '';
  const parts = firstSection(format).match(/"[^"]*"/g) ?? [];
  return parts.map((p) => p.slice(1, -1)).join('');
}

/**
 * A date (not a time-only) format: it has a year or day token, or a month token not next to hours or
 * seconds (m in h:mm and mm:ss means minutes).
 */
export function isDateFormat(format: string): boolean {
  if (format.length > 200) return false;
  const c = codes(format);
  if (/[yd]/i.test(c)) return true;
  if (!/m/i.test(c)) return false;
  return !/[hs]/i.test(c);
}

export function isPercentFormat(format: string): boolean {
  return format.length <= 200 && codes(format).includes('%');
}

/**
 * Decimals the format shows: "0.00" → 2, "0%" → 0. With optional places ("0.0#") the number's own decimals
 * count, within the format's bounds. Undefined for General and text formats.
 */
export function formatDecimals(format: string, own: number): number | undefined {
  if (format.length > 200) return undefined;
  const c = codes(format);
  const m = /\.([0#?]+)/.exec(c);
  if (!m) return /[0#?]/.test(c) ? 0 : undefined;
  const zeros = m[1].replace(/[#?]/g, '').length;
  return Math.min(Math.max(own, zeros), m[1].length);
}

/** Decimals of a number as Excel stores it (15 significant digits): 0.1 + 0.2 → 1. */
export function decimalsOf(value: number): number {
  if (!Number.isFinite(value)) return 0;
  const s = String(toExcelPrecision(value));
  const m = /^-?\d*(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(s);
  if (!m) return 0;
  return Math.max(0, (m[1]?.length ?? 0) - Number(m[2] ?? 0));
}

/** Excel's 15 significant digits, which also drops binary noise (0.07 × 100 → 7). */
export function toExcelPrecision(value: number): number {
  if (!Number.isFinite(value)) return value;
  // Most typed numbers (18015.27) already are what 15 digits would make them; toPrecision is slow.
  if (Math.abs(value) < 1e9 && Math.round(value * 1e6) / 1e6 === value) return value + 0;
  const rounded = Number(value.toPrecision(15)) + 0;
  // Near the largest double, rounding up to 15 digits overflows to Infinity: keep the value then.
  return Number.isFinite(rounded) ? rounded : value;
}
