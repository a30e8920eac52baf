import { cellA1, containsCell, type Rect } from '../../hosts/excelDouble/address';

/** A move of the selection: rows down, columns right. */
export type Step = readonly [rows: number, cols: number];

/** The merged area a cell is part of. */
function mergeOf(merges: readonly Rect[], row: number, col: number): Rect | undefined {
  return merges.find((m) => containsCell(m, row, col));
}

/**
 * The cell a step selects, as Excel moves: out of the merged area the selection starts in, never above row 1 or left
 * of column A, and onto the top-left cell of a merged area it lands in.
 */
export function stepFrom(merges: readonly Rect[], selected: Rect, [dRow, dCol]: Step): string {
  const from = mergeOf(merges, selected.top, selected.left) ?? selected;
  const row = Math.max(0, dRow > 0 ? from.bottom + 1 : dRow < 0 ? from.top - 1 : from.top);
  const col = Math.max(0, dCol > 0 ? from.right + 1 : dCol < 0 ? from.left - 1 : from.left);
  const m = mergeOf(merges, row, col);
  return cellA1(m ? m.top : row, m ? m.left : col);
}

/** How far the grid reaches: past the selection in steps of 10 rows and 5 columns, so that arrow keys go on past the data. */
export function reachOf(selected: Rect): { row: number; col: number } {
  return { row: Math.ceil((selected.bottom + 1) / 10) * 10, col: Math.ceil((selected.right + 1) / 5) * 5 };
}

/** A row's part of the selection: its columns, and the active cell's column (-1 when the active cell is elsewhere). */
interface RowSelection {
  left: number;
  right: number;
  active: number;
}

/**
 * A row's part of the selection as a string ('' for none), so that a row is redrawn only when its part changes:
 * see readRowSelection.
 */
export function rowSelection(selected: Rect, row: number): string {
  if (row < selected.top || row > selected.bottom) return '';
  return `${selected.left}:${selected.right}:${row === selected.top ? selected.left : -1}`;
}

/** What rowSelection wrote; for '' a part that holds no column. */
export function readRowSelection(part: string): RowSelection {
  const [left, right, active] = part ? part.split(':').map(Number) : [-1, -2, -1];
  return { left, right, active };
}

/** The block that clears a block of cells when pasted: one empty text per cell. */
export function blankBlock(rect: Rect): string[][] {
  return Array.from({ length: rect.bottom - rect.top + 1 }, () => Array<string>(rect.right - rect.left + 1).fill(''));
}
