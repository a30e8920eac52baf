import { parseRange, type CellValue, type Grid, type GridCell, type MergedRange } from '../../core/cells';

/** A range loaded with 'address,values,numberFormat,valueTypes,formulas'. */
export interface RangeContent {
  address: string;
  values: unknown[][];
  numberFormat: unknown[][];
  valueTypes?: unknown[][];
  formulas?: unknown[][];
}

/**
 * A range's values, formats, types and formulas as a Grid at its real position on the sheet, so that the reader's
 * A1 addresses are the sheet's; with the merged areas Excel listed (getMergedAreas: "A1:B2, C3:D3").
 */
export function gridFromRange(name: string, range: RangeContent, mergedAddresses?: string): Grid {
  const { address, values, numberFormat, valueTypes, formulas } = range;
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
  return { name, cells, merges: mergesFrom(mergedAddresses) };
}

/** The merged areas Excel lists ("A1:B2, C3:D3"); a single cell is no merged area. */
export function mergesFrom(addresses: string | undefined): MergedRange[] {
  return (addresses ?? '')
    .split(',')
    .map((a) => parseRange(a.trim()))
    .filter((m): m is MergedRange => m !== undefined && (m.bottom > m.top || m.right > m.left));
}

function cellValue(raw: unknown, type: unknown): CellValue {
  if (raw === '' || raw === null || raw === undefined) return null;
  if (type === 'Error' && typeof raw === 'string') return { error: raw };
  if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') return raw;
  return String(raw);
}
