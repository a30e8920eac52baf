import { parseRange, type CellValue, type Grid, type GridCell, type MergedRange } from '../../core/cells';

/**
 * A used range's values, formats, types and formulas as a Grid at its real position on the sheet, so that the reader's
 * A1 addresses are the sheet's.
 */
export function gridFromRange(
  name: string,
  address: string,
  values: unknown[][],
  numberFormat: unknown[][],
  valueTypes: unknown[][] | undefined,
  mergedAddresses: string | undefined,
  formulas?: unknown[][],
): Grid {
  const at = parseRange(address) ?? { top: 0, left: 0, bottom: 0, right: 0 };
  const cells: (GridCell | undefined)[][] = [];
  values.forEach((row, r) => {
    row.forEach((raw, c) => {
      const value = cellValue(raw, valueTypes?.[r]?.[c]);
      if (value === null) return;
      const cell: GridCell = { value };
      const fmt = numberFormat[r]?.[c];
      if (typeof fmt === 'string' && fmt !== 'General' && fmt !== '') cell.numFmt = fmt;
      const formula = formulas?.[r]?.[c];
      if (typeof formula === 'string' && formula.startsWith('=')) cell.formula = formula.slice(1);
      (cells[at.top + r] ??= [])[at.left + c] = cell;
    });
  });
  const merges = (mergedAddresses ?? '')
    .split(',')
    .map((a) => parseRange(a.trim()))
    .filter((m): m is MergedRange => m !== undefined && (m.bottom > m.top || m.right > m.left));
  return { name, cells, merges };
}

function cellValue(raw: unknown, type: unknown): CellValue {
  if (raw === '' || raw === null || raw === undefined) return null;
  if (type === 'Error' && typeof raw === 'string') return { error: raw };
  if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') return raw;
  return String(raw);
}
