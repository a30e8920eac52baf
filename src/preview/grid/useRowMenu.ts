import { useCallback, useState, type MouseEvent, type RefObject } from 'react';
import type { ExcelDouble } from '../../hosts/excelDouble';
import { parseCell, type Rect } from '../../hosts/excelDouble/address';
import type { RowMenuItem } from './RowMenu';

/** ZiPing's part in the grid's row commands: 添加指标行, and room for a paste that runs past the table. */
export interface GridRows {
  addIndicatorRow(): Promise<unknown>;
  makeRoom(sheetName: string, top: number, rows: number): Promise<void>;
}

/** Where the menu opened (in the grid area's scrolled content) and for which row (1-based). */
interface MenuAt {
  x: number;
  y: number;
  row: number;
}

/** Excel's row commands on the right-clicked row (insert above it, delete it), and ZiPing's 添加指标行. */
export function useRowMenu({
  double,
  sheetName,
  selected,
  select,
  area,
  editing,
  rows,
  focusGrid,
}: {
  double: ExcelDouble;
  sheetName: string;
  selected: Rect;
  select(a1: string): void;
  area: RefObject<HTMLElement | null>;
  editing: boolean;
  rows: GridRows | undefined;
  focusGrid(): void;
}) {
  const [menu, setMenu] = useState<MenuAt>();

  const onContextMenu = (e: MouseEvent<HTMLTableElement>) => {
    const td = (e.target as HTMLElement).closest('td[data-cell], th[data-row]');
    if (!td || editing) return;
    e.preventDefault();
    const a1 = td.getAttribute('data-cell') ?? `A${td.getAttribute('data-row')}`;
    const cell = parseCell(a1);
    if (!cell) return;
    // A right-click outside the selected rows selects the cell, as in Excel.
    if (cell.row < selected.top || cell.row > selected.bottom) select(a1);
    const box = area.current!;
    const outer = box.getBoundingClientRect();
    setMenu({
      x: e.clientX - outer.left + box.scrollLeft,
      y: e.clientY - outer.top + box.scrollTop,
      row: cell.row + 1,
    });
  };

  const command = (run: () => void | Promise<unknown>) => {
    setMenu(undefined);
    void run();
    focusGrid();
  };

  const items = (at: MenuAt): RowMenuItem[] => [
    { key: 'insertRow', run: () => command(() => double.user.insertRows(sheetName, at.row)) },
    { key: 'deleteRow', run: () => command(() => double.user.deleteRows(sheetName, at.row)) },
    ...(rows ? [{ key: 'addIndicatorRow' as const, run: () => command(rows.addIndicatorRow) }] : []),
  ];

  // One close for the menu's life: the menu listens for a click elsewhere with it, and a new one each render would
  // make it listen again (and, before the focus moved to its own effect, put the focus back on its first item).
  const close = useCallback(() => setMenu(undefined), []);
  return { open: menu && { at: menu, items: items(menu) }, close, onContextMenu };
}
