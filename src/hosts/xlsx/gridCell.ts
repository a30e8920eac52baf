import type { GridCell, MergedRange } from '../../core/cells';
import { convertValue, DEFAULT_DATE_FORMAT } from './cellValue';

/**
 * A grid cell from what exceljs holds for a cell (`raw`, as its `cell.value` with a formula's cached result, see
 * readWorkbook.ts), its formula and its number format; undefined for a cell with neither value nor formula. Both
 * readers (exceljs's and the lean one) build their cells here, so they convert alike.
 */
export function gridCell(raw: unknown, formula: string | undefined, numFmt: unknown): GridCell | undefined {
  const { value, isDate } = convertValue(raw);
  if (value === null && formula === undefined) return undefined;
  const kept = keptFormat(numFmt);
  const out: GridCell = isDate
    ? { value, numFmt: kept ?? DEFAULT_DATE_FORMAT }
    : kept === undefined
      ? { value }
      : { value, numFmt: kept };
  // The formula is kept beside its cached result: a report's formulas tell which form sheet it belongs to.
  if (formula !== undefined) out.formula = formula;
  return out;
}

function keptFormat(numFmt: unknown): string | undefined {
  if (typeof numFmt !== 'string' || numFmt === '' || numFmt.toLowerCase() === 'general') return undefined;
  return numFmt;
}

/** Merges as exceljs's ranges give them (1-based boxes), 0-based and in reading order; anything else is left out. */
export function sortedMerges(ranges: Iterable<unknown>): MergedRange[] {
  const merges: MergedRange[] = [];
  for (const range of ranges) {
    if (isRangeBox(range)) {
      merges.push({ top: range.top - 1, left: range.left - 1, bottom: range.bottom - 1, right: range.right - 1 });
    }
  }
  return merges.sort((a, b) => a.top - b.top || a.left - b.left);
}

interface RangeBox {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function isRangeBox(value: unknown): value is RangeBox {
  if (typeof value !== 'object' || value === null) return false;
  return (['top', 'left', 'bottom', 'right'] as const).every((key) => {
    const n: unknown = Reflect.get(value, key);
    return typeof n === 'number' && Number.isInteger(n) && n >= 1;
  });
}
