/** What one spreadsheet cell holds, whatever host it came from (Excel, an .xlsx file, the preview). */
export type CellValue = string | number | boolean | null | CellError;

/** A cell showing an error value such as #DIV/0! or #N/A. */
interface CellError {
  error: string;
}

export function isCellError(value: unknown): value is CellError {
  return typeof value === 'object' && value !== null && typeof (value as CellError).error === 'string';
}

export interface GridCell {
  value: CellValue;
  /** Excel number format, e.g. "0.00%", "yyyy-mm-dd"; absent means General. Dates are serial numbers with a date format. */
  numFmt?: string;
  /** A formula as written in en-US syntax without the leading "=" is kept by hosts that write it; `value` is its result. */
  formula?: string;
}

/** A merged range, 0-based and inclusive. */
export interface MergedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A sheet as the reader sees it: sparse cells addressed by 0-based row and column. */
export interface Grid {
  name: string;
  /** cells[row][col]; missing rows or cells are empty. */
  cells: (GridCell | undefined)[][];
  merges: MergedRange[];
  /**
   * Formula cells the file saved without a result (never recalculated), and whether the host could compute them.
   * A computed one holds its value in `cells`; one that could not be computed is blank, and no finding calls it missing.
   */
  uncalculated?: { cell: string; computed: boolean }[];
}

export function columnName(col: number): string {
  let name = '';
  let n = col + 1;
  while (n > 0) {
    const rem = (n - 1) % 26;
    name = String.fromCharCode(65 + rem) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

/** 0-based row and column to an A1 address. */
export function a1(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

/** An A1 address anchored ($C$8), as a formula refers to a cell that must not move when it is copied. */
export function absoluteA1(address: string): string {
  return address.replace(/^\$?([A-Z]+)\$?(\d+)$/, '$$$1$$$2');
}

/** An A1 address (optionally $-anchored) to 0-based row and column; undefined when it is not one. */
export function parseA1(address: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(address.trim().toUpperCase());
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** "A1:J40", "$C$3" or "Sheet1!A1:B2" (the sheet name dropped) to a 0-based block; undefined when it is not one. */
export function parseRange(address: string): MergedRange | undefined {
  const [start, end = start] = address.slice(address.lastIndexOf('!') + 1).split(':');
  const a = parseA1(start);
  const b = parseA1(end);
  if (!a || !b) return undefined;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

export function rangeA1(range: MergedRange): string {
  const start = a1(range.top, range.left);
  const end = a1(range.bottom, range.right);
  return start === end ? start : `${start}:${end}`;
}
