import { dayToSerial } from '../../core/excelDate';
import { ERROR_LITERALS, type CellContent } from './engine';
import { fail } from './errors';

/**
 * How Excel turns what is written into a cell (by Range.values / Range.formulas or by typing) into its content:
 * "=…" is a formula, "123" a number, "50%" the number 0.5 in a percent format, "2022-12-31" a date, "TRUE" a
 * boolean, "#N/A" an error, "'…" text. A cell formatted as text ("@") keeps everything as text, numbers too
 * (as VBA does; not checked against Office.js, which may store a JavaScript number as a number).
 */
export interface Interpreted {
  content: CellContent;
  /** A number format Excel applies along with the value (typing 50% into a General cell). */
  numberFormat?: string;
}

/** The short date format Excel gives a typed date in a General cell (zh-CN: yyyy/m/d). */
export const TYPED_DATE_FORMAT = 'yyyy/m/d';

export function isTextFormat(numberFormat: string): boolean {
  return numberFormat === '@';
}

/**
 * `raw` is one element of a 2-D array given to the API, or what a user typed. null/undefined leave the cell
 * unchanged (Office.js skips null elements). `isFormula` parses "=…" (supplied by the engine).
 */
export function interpret(
  raw: unknown,
  numberFormat: string,
  isFormula: (f: string) => boolean,
): Interpreted | undefined {
  if (raw === null || raw === undefined) return undefined;
  const text = isTextFormat(numberFormat);
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) throw fail.invalidArgument('values');
    return text ? value(String(raw)) : value(raw);
  }
  if (typeof raw === 'boolean') return text ? value(raw ? 'TRUE' : 'FALSE') : value(raw);
  if (raw instanceof Date)
    throw fail.invalidArgument('values (a Date object; Excel takes serial numbers or date strings)');
  if (typeof raw !== 'string') throw fail.invalidArgument('values');
  if (raw === '') return { content: { kind: 'empty' } };
  if (raw.startsWith("'")) return value(raw.slice(1));
  if (text) return value(raw);
  if (raw.startsWith('=') && raw.length > 1) {
    if (!isFormula(raw)) throw fail.invalidArgument(`formula ${raw}`);
    return { content: { kind: 'formula', formula: raw } };
  }
  const upper = raw.trim().toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return value(upper === 'TRUE');
  if (ERROR_LITERALS.includes(upper)) return { content: { kind: 'error', error: upper } };
  const number = parseNumber(raw);
  if (number)
    return { content: { kind: 'value', value: number.value }, numberFormat: generalOnly(numberFormat, number.format) };
  const date = parseDate(raw);
  if (date !== undefined)
    return { content: { kind: 'value', value: date }, numberFormat: generalOnly(numberFormat, TYPED_DATE_FORMAT) };
  // "+x" and "-x" that are not numbers are read as formulas when they parse as one (Range.values docs).
  if ((raw.startsWith('+') || raw.startsWith('-')) && raw.length > 1 && isFormula(`=${raw}`))
    return { content: { kind: 'formula', formula: `=${raw}` } };
  return value(raw);
}

function value(v: string | number | boolean): Interpreted {
  return { content: { kind: 'value', value: v } };
}

function generalOnly(current: string, wanted: string | undefined): string | undefined {
  return wanted && (current === 'General' || current === '') ? wanted : undefined;
}

/** "1,234.5", "-3", "1e3", "50%", "12.50%" → the number, and the format Excel gives it in a General cell. */
export function parseNumber(raw: string): { value: number; format?: string } | undefined {
  const m = /^\s*([+-]?)(\d{1,3}(?:,\d{3})+|\d*)(\.\d*)?(?:[eE]([+-]?\d+))?\s*(%?)\s*$/.exec(raw);
  if (!m) return undefined;
  const [, sign, int, frac = '', exp, pct] = m;
  if (int === '' && frac.length <= 1) return undefined;
  let n = Number(`${sign}${int.replace(/,/g, '')}${frac}${exp !== undefined ? `e${exp}` : ''}`);
  if (!Number.isFinite(n)) return undefined;
  if (pct) {
    n = Number((n / 100).toPrecision(15));
    return { value: n, format: frac.length > 1 ? '0.00%' : '0%' };
  }
  if (int.includes(',')) return { value: n, format: frac.length > 1 ? '#,##0.00' : '#,##0' };
  if (exp !== undefined) return { value: n, format: '0.00E+00' };
  return { value: n };
}

/** "2022-12-31", "2022/12/31", "2022-1-5" → Excel's serial number. */
export function parseDate(raw: string): number | undefined {
  const m = /^\s*(\d{4})[-/](\d{1,2})[-/](\d{1,2})\s*$/.exec(raw);
  if (!m) return undefined;
  return dayToSerial(Number(m[1]), Number(m[2]), Number(m[3]));
}
