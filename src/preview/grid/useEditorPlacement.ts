import { useLayoutEffect, type RefObject } from 'react';
import type { SheetView } from '../sheetView';
import type { Fit } from './fit';
import type { Editing } from './useCellEditing';

/** The editor's width over a cell: the cell's, or wider while a longer draft is typed (up to 480 px). */
export function editorWidth(cellWidth: number, draft: string | undefined): number {
  return Math.max(cellWidth, draft !== undefined ? Math.min(480, draft.length * 14 + 24) : 0);
}

/**
 * The editor sits over the selected cell (an IME shows its candidates there); it follows the selection, which is
 * scrolled into view when no edit runs.
 */
export function useEditorPlacement(
  editor: RefObject<HTMLInputElement | null>,
  area: RefObject<HTMLElement | null>,
  active: string,
  editing: Editing | undefined,
  view: SheetView,
  fit: Fit,
): void {
  useLayoutEffect(() => {
    const input = editor.current;
    const box = area.current;
    const td = box?.querySelector<HTMLTableCellElement>(`td[data-cell="${active}"]`);
    if (!input || !box || !td) return;
    const cell = td.getBoundingClientRect();
    const outer = box.getBoundingClientRect();
    input.style.top = `${cell.top - outer.top + box.scrollTop}px`;
    input.style.left = `${cell.left - outer.left + box.scrollLeft}px`;
    input.style.width = `${editorWidth(cell.width, editing?.draft)}px`;
    input.style.height = `${cell.height}px`;
    input.style.fontSize = `${11 * fit.zoom}pt`;
    if (!editing) td.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [editor, area, active, view, editing, fit]);
}
