import type { SheetView } from '../sheetView';

/** The row headers' width, in pixels. */
export const ROW_HEAD = 44;
/** The grid is scaled down to show the whole form's width, but never below this. */
const MIN_ZOOM = 0.6;
/** Frozen columns take at most this share of the grid's width. */
const MAX_FROZEN_SHARE = 0.45;

/** How the sheet is shown: its scale, and how many of its first columns stay in view when it scrolls sideways. */
export interface Fit {
  zoom: number;
  frozen: number;
}

/**
 * How the sheet is shown in the room it has: scaled so that the form's columns all fit beside the pane (as far
 * as MIN_ZOOM allows), and its first columns — through 三级指标 — frozen when it must still scroll sideways.
 */
export function fitView(view: SheetView, available: number): Fit {
  if (available <= 0) return { zoom: 1, frozen: 0 };
  const lastUsed = usedRight(view);
  const formWidth = tableWidth(view.widths.slice(0, lastUsed + 1));
  const zoom = Math.max(MIN_ZOOM, Math.min(1, Math.floor((available / formWidth) * 100) / 100));
  let frozen = nameColumn(view) + 1;
  while (frozen > 0 && tableWidth(view.widths.slice(0, frozen)) * zoom > available * MAX_FROZEN_SHARE) frozen--;
  return { zoom, frozen };
}

/** The width of the row headers and these columns, in pixels at zoom 1. */
export function tableWidth(widths: readonly number[]): number {
  return ROW_HEAD + widths.reduce((a, b) => a + b, 0);
}

/** Where each of these columns sticks when frozen, in pixels from the left: past the row headers and the columns before. */
export function stickyLefts(widths: readonly number[]): number[] {
  const lefts: number[] = [];
  let x = ROW_HEAD;
  for (const w of widths) {
    lefts.push(x);
    x += w;
  }
  return lefts;
}

/** The rightmost column holding text. */
function usedRight(view: SheetView): number {
  let right = 0;
  for (const row of view.rows)
    row.cells.forEach((cell, c) => {
      if (cell?.text) right = Math.max(right, c + (cell.colSpan ?? 1) - 1);
    });
  return right;
}

/** The column of the indicator table's 三级指标 header (-1 when the sheet holds no form). */
function nameColumn(view: SheetView): number {
  for (const row of view.rows) {
    const c = row.cells.findIndex((cell) => cell?.text.replace(/\s+/g, '') === '三级指标');
    if (c >= 0) return c;
  }
  return -1;
}
