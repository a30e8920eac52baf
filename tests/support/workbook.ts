import ExcelJS from 'exceljs';
import type { CellValue } from '../../src/core/cells';

/**
 * A value for a test sheet: a bare value, a value with its number format, a formula with its cached result
 * (`shareFrom`: a shared formula whose master is that cell), rich text runs (bold first run), or a hyperlink.
 */
export type CellInput =
  | CellValue
  | { v: CellValue; numFmt?: string }
  | { formula: string; result?: CellValue; numFmt?: string; shareFrom?: string }
  | { rich: string[] }
  | { text: string; link: string };

/** What a test expects to read back from a cell. */
export interface Expected {
  value: CellValue;
  numFmt?: string;
}

/**
 * A sheet drawn by hand, cell by cell, the way a unit's accountant would. It records what it wrote so that tests
 * can check every cell reads back, and it is turned into an exceljs worksheet by `toWorkbook`. Rows and columns
 * are 1-based, as on screen.
 */
export class SheetBuilder {
  readonly cells = new Map<string, CellInput>();
  readonly merges: string[] = [];
  readonly hiddenRows: number[] = [];
  readonly hiddenColumns: number[] = [];
  readonly widths = new Map<number, number>();

  constructor(readonly name: string) {}

  set(address: string, value: CellInput): string {
    if (value === null) this.cells.delete(address);
    else this.cells.set(address, value);
    return address;
  }

  /** Sets the top-left cell and merges the range (a one-cell range is just set); returns the top-left address. */
  merge(range: string, value: CellInput = null): string {
    const [first, last = first] = range.split(':');
    if (last !== first) this.merges.push(range);
    return this.set(first, value);
  }

  /** Writes values across a row from a start address; null leaves a cell blank. Returns the addresses. */
  row(start: string, values: CellInput[]): string[] {
    const { row, col } = decode(start);
    return values.map((value, i) => this.set(address(row, col + i), value));
  }

  hideRow(row: number): void {
    this.hiddenRows.push(row);
  }

  hideColumn(col: number): void {
    this.hiddenColumns.push(col);
  }

  /** Every cell written, as it should read back: formulas as their cached result. */
  expected(): Map<string, Expected> {
    const out = new Map<string, Expected>();
    for (const [addr, input] of this.cells) {
      const { value, numFmt } = expectedOf(input);
      if (value !== null) out.set(addr, numFmt === undefined ? { value } : { value, numFmt });
    }
    return out;
  }

  apply(sheet: ExcelJS.Worksheet): void {
    for (const [addr, input] of this.cells) writeCell(sheet.getCell(addr), input);
    for (const range of this.merges) sheet.mergeCells(range);
    for (const row of this.hiddenRows) sheet.getRow(row).hidden = true;
    for (const col of this.hiddenColumns) sheet.getColumn(col).hidden = true;
    for (const [col, width] of this.widths) sheet.getColumn(col).width = width;
  }
}

export async function toBuffer(sheets: SheetBuilder[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const builder of sheets) builder.apply(workbook.addWorksheet(builder.name));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A one-sheet workbook from rows of values (row 1 first) and merges such as "A1:B2". */
export async function buildWorkbook(rows: CellInput[][], merges: string[] = [], name = 'Sheet1'): Promise<Buffer> {
  return toBuffer([sheetFromRows(rows, merges, name)]);
}

export function sheetFromRows(rows: CellInput[][], merges: string[] = [], name = 'Sheet1'): SheetBuilder {
  const sheet = new SheetBuilder(name);
  rows.forEach((values, r) => sheet.row(address(r + 1, 1), values));
  for (const range of merges) sheet.merges.push(range);
  return sheet;
}

function writeCell(cell: ExcelJS.Cell, input: CellInput): void {
  if (isFormula(input)) {
    if (input.shareFrom) {
      cell.value = { sharedFormula: input.shareFrom, result: toExcel(input.result ?? null) ?? undefined };
    } else {
      const result = input.result === undefined ? undefined : (toExcel(input.result) ?? undefined);
      cell.value = result === undefined ? { formula: input.formula } : { formula: input.formula, result };
    }
    if (input.numFmt !== undefined) cell.numFmt = input.numFmt;
    return;
  }
  if (typeof input === 'object' && input !== null && 'rich' in input) {
    cell.value = { richText: input.rich.map((text, i) => (i === 0 ? { text, font: { bold: true } } : { text })) };
    return;
  }
  if (typeof input === 'object' && input !== null && 'link' in input) {
    cell.value = { text: input.text, hyperlink: input.link };
    return;
  }
  const { value, numFmt } = expectedOf(input);
  cell.value = toExcel(value);
  if (numFmt !== undefined) cell.numFmt = numFmt;
  if (typeof value === 'string' && value.includes('\n')) cell.alignment = { wrapText: true, vertical: 'middle' };
}

function toExcel(value: CellValue): number | string | boolean | ExcelJS.CellErrorValue | null {
  if (value !== null && typeof value === 'object') return { error: value.error } as ExcelJS.CellErrorValue;
  return value;
}

function isFormula(input: CellInput): input is Extract<CellInput, { formula: string }> {
  return typeof input === 'object' && input !== null && 'formula' in input;
}

function expectedOf(input: CellInput): Expected {
  if (isFormula(input)) return { value: input.result ?? null, numFmt: input.numFmt };
  if (typeof input === 'object' && input !== null) {
    if ('v' in input) return { value: input.v, numFmt: input.numFmt };
    if ('rich' in input) return { value: input.rich.join('') };
    if ('link' in input) return { value: input.text };
  }
  return { value: input };
}

/** 1-based row and column to "B7". */
export function address(row: number, col: number): string {
  let letters = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row}`;
}

/** "B7" to 1-based row and column. */
export function decode(addr: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(addr);
  if (!m) throw new Error(`not an address: ${addr}`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]), col };
}

/** The address `rows` down and `cols` right of `addr`. */
export function shift(addr: string, rows: number, cols = 0): string {
  const { row, col } = decode(addr);
  return address(row + rows, col + cols);
}
