import type { CellValue, Grid, GridCell } from '../../core/cells';
import { exceljsDateToSerial } from '../../core/excelDate';

export const DEFAULT_DATE_FORMAT = 'yyyy-mm-dd';

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
  return { value: exceljsDateToSerial(date), isDate: true };
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

/** A formula saved without a result (a generator's file, or WPS without recalculation): ZiPing computes it. */
export function needsResult(cell: GridCell): boolean {
  return cell.formula !== undefined && cell.value === null;
}

export function hasUncomputedFormula(grid: Grid): boolean {
  return grid.cells.some((row) => row?.some((cell) => cell !== undefined && needsResult(cell)));
}
