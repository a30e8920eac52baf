import type { CellValue } from '../../core/cells';

const MS_PER_DAY = 86_400_000;
/**
 * Serial of 1970-01-01 in Excel's 1900 date system. It counts Excel's fictitious 1900-02-29, so it is right for
 * every date from 1900-03-01 on; it is also exactly the inverse of the conversion exceljs applies when it turns a
 * date-formatted number into a Date, so a serial read through exceljs comes back unchanged.
 */
const UNIX_EPOCH_SERIAL = 25_569;

export const DEFAULT_DATE_FORMAT = 'yyyy-mm-dd';

/** A JS Date (taken as UTC, as exceljs creates them) to an Excel 1900 serial: 2022-12-31 → 44926. */
export function dateToSerial(date: Date): number {
  return date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

export function serialToDate(serial: number): Date {
  return new Date(Math.round((serial - UNIX_EPOCH_SERIAL) * MS_PER_DAY));
}

/** A cell value as exceljs hands it over, converted; `isDate` tells the caller to make sure it has a date format. */
export interface Converted {
  value: CellValue;
  isDate: boolean;
}

/**
 * Converts whatever exceljs put in `cell.value`. Its declared type is loose (hyperlink text may in fact be rich
 * text, formula results may be Dates or errors), so the value is taken as unknown and narrowed here.
 */
export function convertValue(raw: unknown): Converted {
  if (raw instanceof Date) return dateValue(raw);
  if (typeof raw === 'number') return Number.isFinite(raw) ? plain(raw) : plain({ error: '#NUM!' });
  if (typeof raw === 'string' || typeof raw === 'boolean') return plain(raw);
  if (!isObject(raw)) return plain(null);

  if (isErrorValue(raw)) return plain({ error: raw.error });
  if ('richText' in raw) return plain(richTextToString(raw.richText));
  if ('formula' in raw || 'sharedFormula' in raw) {
    // A formula's cached result, as last computed by Excel; a formula never computed has none.
    const result = 'result' in raw ? raw.result : undefined;
    return result === undefined ? plain(null) : convertValue(result);
  }
  if ('hyperlink' in raw || 'text' in raw) {
    const text = 'text' in raw ? raw.text : undefined;
    if (typeof text === 'string') return plain(text);
    if (isObject(text) && 'richText' in text) return plain(richTextToString(text.richText));
    return plain(null);
  }
  return plain(null);
}

function dateValue(date: Date): Converted {
  const time = date.getTime();
  if (Number.isNaN(time)) return plain({ error: '#VALUE!' });
  return { value: dateToSerial(date), isDate: true };
}

function plain(value: CellValue): Converted {
  return { value, isDate: false };
}

function richTextToString(runs: unknown): string {
  if (!Array.isArray(runs)) return '';
  let text = '';
  for (const run of runs) {
    if (isObject(run) && 'text' in run && typeof run.text === 'string') text += run.text;
  }
  return text;
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

function isErrorValue(value: object): value is { error: string } {
  return 'error' in value && typeof value.error === 'string';
}
