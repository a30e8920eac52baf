import type { ClipboardEvent } from 'react';
import type { ExcelDouble } from '../../hosts/excelDouble';
import { parseTsv } from '../tsv';
import type { CellEditing } from './useCellEditing';
import type { GridRows } from './useRowMenu';
import type { GridSelection } from './useSelection';

/** Ctrl+C copies the active cell's text; Ctrl+V pastes tab-separated text at it (both left to the editor while an edit runs). */
export function gridClipboard({
  double,
  selection,
  edit,
  rows,
}: {
  double: ExcelDouble;
  selection: GridSelection;
  edit: CellEditing;
  rows: GridRows | undefined;
}) {
  const { sheetName, selected, active } = selection;
  return {
    onPaste: (e: ClipboardEvent<HTMLInputElement>) => {
      if (edit.editing) return;
      e.preventDefault();
      const block = parseTsv(e.clipboardData.getData('text/plain'));
      if (block.length === 0 || block[0].length === 0) return;
      edit.clearMessage();
      // A block longer than the indicator table's room grows the table first, rather than covering 总分.
      const room = rows ? rows.makeRoom(sheetName, selected.top + 1, block.length) : Promise.resolve();
      void room.then(() => double.user.paste(sheetName, active, block));
    },
    onCopy: (e: ClipboardEvent<HTMLInputElement>) => {
      if (edit.editing) return;
      e.preventDefault();
      e.clipboardData.setData('text/plain', double.inspect(sheetName).text(active));
    },
  };
}
