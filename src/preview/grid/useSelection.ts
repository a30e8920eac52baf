import { useCallback } from 'react';
import type { ExcelDouble } from '../../hosts/excelDouble';
import { cellA1, parseRect, type Rect } from '../../hosts/excelDouble/address';

/** The double's selection: the sheet in view, the selected block and its active cell, and a way to select. */
export interface GridSelection {
  sheetName: string;
  /** The selection's address, as the name box shows it. */
  address: string;
  selected: Rect;
  active: string;
  /** Selects a cell of the sheet in view, as a click in Excel does. */
  select(a1: string): void;
}

export function useSelection(double: ExcelDouble): GridSelection {
  const { sheet: sheetName, address } = double.selection();
  const selected = parseRect(address) ?? { top: 0, left: 0, bottom: 0, right: 0 };
  const select = useCallback((a1: string) => double.user.select(sheetName, a1), [double, sheetName]);
  return { sheetName, address, selected, active: cellA1(selected.top, selected.left), select };
}
