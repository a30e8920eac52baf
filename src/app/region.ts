import { parseA1, parseRange, type MergedRange } from '../core/cells';
import type { Form } from '../core/model';

/** A block of cells, 0-based and inclusive (the shape of a merged range). */
export type Rect = MergedRange;

/**
 * Rows and columns read beyond a form's last cell: room for the form to be seen whole after a row or column was
 * inserted that ZiPing did not hear of, and the sign that it was (a form reaching into the margin is read again
 * from the whole sheet).
 */
const MARGIN = 3;

/**
 * The block a form's cells span on sheet `on` (its own sheet when undefined), from A1 (the title and unit sit above
 * the budget row). A form whose table goes on over another sheet (续表) names the cells there with that sheet.
 */
export function formExtent(form: Form, on: string = form.sheet): Rect {
  let bottom = 0;
  let right = 0;
  const prefix = `${on}!`;
  const local = (cell: string) =>
    cell.startsWith(prefix) ? cell.slice(prefix.length) : on === form.sheet ? cell : undefined;
  const visit = (value: unknown, key: string): void => {
    if (typeof value === 'string') {
      if (key !== 'cell' && !key.endsWith('Cell')) return;
      const cell = local(value);
      const at = cell === undefined ? undefined : parseA1(cell);
      if (!at) return;
      bottom = Math.max(bottom, at.row);
      right = Math.max(right, at.col);
    } else if (Array.isArray(value)) value.forEach((v) => visit(v, key));
    else if (typeof value === 'object' && value !== null)
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) visit(v, k);
  };
  visit(form, '');
  return { top: 0, left: 0, bottom, right };
}

/** What ZiPing reads of a sheet whose forms span `extents`: the forms and a margin. */
export function readRegion(extents: Rect[]): Rect | undefined {
  if (extents.length === 0) return undefined;
  return {
    top: 0,
    left: 0,
    bottom: Math.max(...extents.map((e) => e.bottom)) + MARGIN,
    right: Math.max(...extents.map((e) => e.right)) + MARGIN,
  };
}

/** Whether the forms read fit inside the block read, margin to spare: if not, they may go on beyond it. */
export function fitsInside(extents: Rect[], read: Rect): boolean {
  return extents.every((e) => e.bottom + MARGIN <= read.bottom && e.right + MARGIN <= read.right);
}

/** The smallest block holding all of `rects` (at least one). */
export function enclosing(rects: Rect[]): Rect {
  return {
    top: Math.min(...rects.map((r) => r.top)),
    left: Math.min(...rects.map((r) => r.left)),
    bottom: Math.max(...rects.map((r) => r.bottom)),
    right: Math.max(...rects.map((r) => r.right)),
  };
}

/** "A1:J40" (a sheet name before "!" is ignored); undefined when it is not a block of cells. */
export function parseRegion(address: string | undefined): Rect | undefined {
  return address ? parseRange(address) : undefined;
}

/** Excel's last column (XFD) and last row, 0-based. */
const LAST_COL = 16_383;
const LAST_ROW = 1_048_575;

/**
 * The whole rows a row event names, 0-based: "5:7" as the double sends it, or the same rows written as cells
 * ("A5:XFD7"), for Microsoft's reference says only that `address` is "the range address that represents the changed
 * area" and fixes neither form. Undefined when the address is not whole rows.
 */
export function wholeRows(address: string): { top: number; bottom: number } | undefined {
  const local = address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, '');
  const rows = /^(\d+):(\d+)$/.exec(local);
  if (rows) return { top: Number(rows[1]) - 1, bottom: Number(rows[2]) - 1 };
  const block = parseRange(local);
  return block && block.left === 0 && block.right === LAST_COL ? { top: block.top, bottom: block.bottom } : undefined;
}

/** The whole columns a column event names, 0-based: "C:D", or the same columns as cells ("C1:D1048576"). */
export function wholeColumns(address: string): { left: number; right: number } | undefined {
  const local = address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, '');
  const cols = /^([A-Z]+):([A-Z]+)$/i.exec(local);
  const col = (s: string) => parseA1(`${s}1`)?.col;
  if (cols) {
    const [left, right] = [col(cols[1]), col(cols[2])];
    return left === undefined || right === undefined ? undefined : { left, right };
  }
  const block = parseRange(local);
  return block && block.top === 0 && block.bottom === LAST_ROW ? { left: block.left, right: block.right } : undefined;
}

/**
 * The block after rows or columns were inserted or deleted (a change event's "5:7" or "C:D"): the forms above or
 * left of it stay, those it cuts through or that lie beyond it move with it. Undefined when the event cannot tell.
 */
export function shiftRegion(region: Rect, changeType: string, address: string): Rect | undefined {
  const rows = wholeRows(address);
  const cols = wholeColumns(address);
  switch (changeType) {
    case 'RowInserted':
      if (!rows) return undefined;
      return rows.top > region.bottom ? region : { ...region, bottom: region.bottom + rows.bottom - rows.top + 1 };
    case 'RowDeleted':
      if (!rows) return undefined;
      return rows.top > region.bottom
        ? region
        : { ...region, bottom: Math.max(region.top, region.bottom - (rows.bottom - rows.top + 1)) };
    case 'ColumnInserted':
      if (!cols) return undefined;
      return cols.left > region.right ? region : { ...region, right: region.right + cols.right - cols.left + 1 };
    case 'ColumnDeleted':
      if (!cols) return undefined;
      return cols.left > region.right
        ? region
        : { ...region, right: Math.max(region.left, region.right - (cols.right - cols.left + 1)) };
    case 'RangeEdited':
      return region;
    default:
      // Cells inserted or deleted (shifting part of a row or column), or a change Excel calls Unknown: where the
      // form went cannot be told from the event.
      return undefined;
  }
}
