import type { MouseEvent } from 'react';
import type { ExcelDouble } from '../../hosts/excelDouble';
import { cellContent } from './cellContent';
import type { CellEditing } from './useCellEditing';
import type { GridSelection } from './useSelection';

/** The cell under the pointer (the address of the table cell it is in). */
const cellAt = (e: MouseEvent): string | undefined =>
  (e.target as HTMLElement).closest('td[data-cell]')?.getAttribute('data-cell') ?? undefined;

/**
 * The mouse on the sheet: a click selects (committing an edit elsewhere first, and staying when Excel refuses it),
 * a double-click edits the cell.
 */
export function gridPointer({
  double,
  selection,
  edit,
  focusGrid,
  own,
}: {
  double: ExcelDouble;
  selection: GridSelection;
  edit: CellEditing;
  focusGrid: () => void;
  own: () => void;
}) {
  const { editing } = edit;
  return {
    onMouseDown: (e: MouseEvent<HTMLTableElement>) => {
      const a1 = cellAt(e);
      if (!a1) return;
      e.preventDefault();
      own();
      if (editing && editing.a1 !== a1 && !edit.commit()) return;
      if (!editing || editing.a1 !== a1) selection.select(a1);
      focusGrid();
    },
    onDoubleClick: (e: MouseEvent<HTMLTableElement>) => {
      const a1 = cellAt(e);
      if (!a1 || editing) return;
      edit.begin('edit', cellContent(double, selection.sheetName, a1));
      focusGrid();
    },
  };
}
