/** A1 addresses and rectangles of cells, as Excel writes them. Rows and columns are 0-based here. */
import type { MergedRange } from '../../core/cells';

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

/** A block of cells, 0-based and inclusive (the shape of a merged range). */
export type Rect = MergedRange;

export function columnLetters(col: number): string {
  let out = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/** "AB" → 27; -1 when not a column Excel has. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return -1;
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col - 1 < MAX_COLS ? col - 1 : -1;
}

export function cellA1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** "B2", "$B$2" → row 1, col 1. */
export function parseCell(text: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(text.trim());
  if (!m) return undefined;
  const col = columnIndex(m[1]);
  const row = Number(m[2]) - 1;
  if (col < 0 || row < 0 || row >= MAX_ROWS) return undefined;
  return { row, col };
}

/** "A1", "A1:I30", "$A$1", "A:C", "3:5" (no sheet name) → the block, corners in any order. */
export function parseRect(text: string): Rect | undefined {
  const parts = text.trim().split(':');
  if (parts.length > 2 || parts.some((p) => p === '')) return undefined;
  const [a, b = a] = parts;
  const ca = parseCell(a);
  const cb = parseCell(b);
  if (ca && cb) return normalise({ top: ca.row, left: ca.col, bottom: cb.row, right: cb.col });
  if (parts.length !== 2) return undefined;
  const colA = /^\$?([A-Za-z]{1,3})$/.exec(a);
  const colB = /^\$?([A-Za-z]{1,3})$/.exec(b);
  if (colA && colB) {
    const l = columnIndex(colA[1]);
    const r = columnIndex(colB[1]);
    return l < 0 || r < 0 ? undefined : normalise({ top: 0, left: l, bottom: MAX_ROWS - 1, right: r });
  }
  const rowA = /^\$?(\d{1,7})$/.exec(a);
  const rowB = /^\$?(\d{1,7})$/.exec(b);
  if (rowA && rowB) {
    const t = Number(rowA[1]) - 1;
    const btm = Number(rowB[1]) - 1;
    if (t < 0 || btm < 0 || t >= MAX_ROWS || btm >= MAX_ROWS) return undefined;
    return normalise({ top: t, left: 0, bottom: btm, right: MAX_COLS - 1 });
  }
  return undefined;
}

function normalise(r: Rect): Rect {
  return {
    top: Math.min(r.top, r.bottom),
    left: Math.min(r.left, r.right),
    bottom: Math.max(r.top, r.bottom),
    right: Math.max(r.left, r.right),
  };
}

/** "'My sheet'!A1:B2" → sheet "My sheet", local "A1:B2"; no "!" → no sheet. */
export function splitSheet(address: string): { sheet?: string; local: string } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { local: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1) };
}

/** The local part of an address as Excel writes it: "A1", "A1:B2", "A:C" for whole columns, "3:5" for whole rows. */
export function rectA1(r: Rect): string {
  const wholeCols = r.top === 0 && r.bottom === MAX_ROWS - 1;
  const wholeRows = r.left === 0 && r.right === MAX_COLS - 1;
  if (wholeCols && !wholeRows) return `${columnLetters(r.left)}:${columnLetters(r.right)}`;
  if (wholeRows) return `${r.top + 1}:${r.bottom + 1}`;
  const a = cellA1(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? a : `${a}:${cellA1(r.bottom, r.right)}`;
}

/**
 * Excel quotes a sheet name in an address unless it is made of letters, digits, "_" and "." only, does not
 * start with a digit or ".", and cannot be read as a cell reference (A1, R1C1).
 */
export function quoteSheetName(name: string): string {
  const plain =
    /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^(R|C|RC|R\d+C\d+|R\d+|C\d+)$/i.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

export function fullAddress(sheetName: string, r: Rect): string {
  return `${quoteSheetName(sheetName)}!${rectA1(r)}`;
}

export function cellCount(r: Rect): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function intersection(a: Rect, b: Rect): Rect | undefined {
  if (!intersects(a, b)) return undefined;
  return {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    outer.top <= inner.top && outer.left <= inner.left && outer.bottom >= inner.bottom && outer.right >= inner.right
  );
}

export function containsCell(r: Rect, row: number, col: number): boolean {
  return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}

/** `a` without the cells of `b`, as up to four blocks. */
export function subtract(a: Rect, b: Rect): Rect[] {
  const i = intersection(a, b);
  if (!i) return [a];
  const out: Rect[] = [];
  if (a.top < i.top) out.push({ top: a.top, left: a.left, bottom: i.top - 1, right: a.right });
  if (i.bottom < a.bottom) out.push({ top: i.bottom + 1, left: a.left, bottom: a.bottom, right: a.right });
  if (a.left < i.left) out.push({ top: i.top, left: a.left, bottom: i.bottom, right: i.left - 1 });
  if (i.right < a.right) out.push({ top: i.top, left: i.right + 1, bottom: i.bottom, right: a.right });
  return out;
}

/**
 * Cells inserted or deleted, moving others: whole rows (`axis` "rows", no band), whole columns ("cols"), or a
 * block (Range.insert/delete with shift Down/Up or Right/Left) whose cells move only within `band`, the columns
 * (for "rows") or rows (for "cols") the block spans. `count` > 0 inserts before index `at`, < 0 deletes from it.
 */
export interface Shift {
  axis: 'rows' | 'cols';
  at: number;
  count: number;
  band?: { from: number; to: number };
}

/** Where the span lo..hi goes along the shifted axis; undefined when all of it is deleted. */
function shiftSpan(lo: number, hi: number, at: number, count: number, max: number): [number, number] | undefined {
  if (lo === 0 && hi === max - 1) return [lo, hi];
  if (hi < at) return [lo, hi];
  if (count > 0) return [Math.min(lo >= at ? lo + count : lo, max - 1), Math.min(hi + count, max - 1)];
  const n = -count;
  const end = at + n; // first index after the deleted ones
  if (lo >= end) return [lo - n, hi - n];
  const top = lo < at ? lo : at;
  const bottom = hi >= end ? hi - n : at - 1;
  return bottom < top ? undefined : [top, bottom];
}

/** Whether a block lies across the edge of a shift's band: partly inside it, partly outside. */
export function straddles(r: Rect, s: Shift): boolean {
  if (!s.band) return false;
  const [lo, hi] = s.axis === 'rows' ? [r.left, r.right] : [r.top, r.bottom];
  const inside = lo >= s.band.from && hi <= s.band.to;
  const outside = hi < s.band.from || lo > s.band.to;
  return !inside && !outside;
}

/**
 * Where a block goes; undefined when it is deleted. A block outside the band stays; one across its edge stays too
 * (Excel refuses to split a merged area, and splits other ranges: the double keeps them whole, see straddles).
 */
export function shiftRect(r: Rect, s: Shift): Rect | undefined {
  if (
    s.band &&
    (straddles(r, s) ||
      (s.axis === 'rows' ? r.right < s.band.from || r.left > s.band.to : r.bottom < s.band.from || r.top > s.band.to))
  )
    return r;
  if (s.axis === 'rows') {
    const span = shiftSpan(r.top, r.bottom, s.at, s.count, MAX_ROWS);
    return span && { ...r, top: span[0], bottom: span[1] };
  }
  const span = shiftSpan(r.left, r.right, s.at, s.count, MAX_COLS);
  return span && { ...r, left: span[0], right: span[1] };
}

/** Where a cell goes; undefined when it is deleted or pushed off the sheet. */
export function shiftCell(row: number, col: number, s: Shift): { row: number; col: number } | undefined {
  const [along, across, max] = s.axis === 'rows' ? [row, col, MAX_ROWS] : [col, row, MAX_COLS];
  if (s.band && (across < s.band.from || across > s.band.to)) return { row, col };
  let moved: number | undefined;
  if (along < s.at) moved = along;
  else if (s.count > 0) moved = along + s.count < max ? along + s.count : undefined;
  else moved = along < s.at - s.count ? undefined : along + s.count;
  if (moved === undefined) return undefined;
  return s.axis === 'rows' ? { row: moved, col } : { row, col: moved };
}

/** One number per cell, for maps of sparse cell data. */
export function cellKey(row: number, col: number): number {
  return row * MAX_COLS + col;
}

export function keyRow(key: number): number {
  return Math.floor(key / MAX_COLS);
}

export function keyCol(key: number): number {
  return key % MAX_COLS;
}
