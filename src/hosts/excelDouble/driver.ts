import { MAX_COLS, MAX_ROWS, parseCell, parseRect, type Rect } from './address';
import type { Client } from './client';
import type { CellContent } from './engine';
import { interpret } from './input';
import type { SheetModel, ValidationModel } from './sheet';
import type { Workbook } from './workbook';
import { pasteBlock, shiftCells, writeCells, type ShiftDirection } from './writes';

/** A value a user types: text (a leading "=" makes a formula), a number, or null to clear the cell (Delete). */
export type Typed = string | number | boolean | null;

function cellRect(sheet: SheetModel, address: string): Rect {
  const cell = parseCell(address);
  if (!cell) throw new Error(`Excel double: ${address} is not one cell`);
  // Typing into a merged area types into its top-left cell.
  const m = sheet.mergeAt(cell.row, cell.col);
  return m
    ? { top: m.top, left: m.left, bottom: m.top, right: m.left }
    : { top: cell.row, left: cell.col, bottom: cell.row, right: cell.col };
}

/**
 * What someone does in Excel's grid: typing, pasting, deleting and inserting rows. `user` is the person at this
 * client (source "Local", undoable); `remote` a co-author elsewhere (source "Remote" for every client here).
 */
export class Driver {
  constructor(
    protected readonly book: Workbook,
    protected readonly client: Client,
    private readonly actor: 'user' | 'remote',
  ) {}

  protected act(fn: () => void): void {
    if (this.actor === 'user') this.client.userAction(fn);
    else this.book.transact({ actor: 'remote' }, fn);
  }

  /**
   * Types into one cell and presses Enter. A formula that does not parse, or a value that breaks a data
   * validation rule with a "Stop" alert, is refused: then nothing changes and false is returned.
   */
  type(sheetName: string, address: string, value: Typed): boolean {
    const sheet = this.book.requireSheet(sheetName);
    const rect = cellRect(sheet, address);
    const fmt = sheet.formats.get(rect.top, rect.left).numberFormat ?? 'General';
    let content: CellContent | undefined;
    try {
      content = interpret(value ?? '', fmt, (f) => this.book.engine.isValidFormula(f))?.content;
    } catch {
      // Excel refuses a formula that does not parse ("There's a problem with this formula").
      return false;
    }
    const validation = sheet.validationAt(rect.top, rect.left);
    if (
      validation &&
      validation.errorAlert.showAlert &&
      validation.errorAlert.style === 'Stop' &&
      content &&
      !allowed(validation, content)
    )
      return false;
    this.act(() => writeCells(this.book, sheet, rect, [[value ?? '']], 'typing'));
    return true;
  }

  /** Pastes a block of values (and "=…" formulas) with its top-left at `topLeft`; no validation, no details. */
  paste(sheetName: string, topLeft: string, values: Typed[][]): void {
    this.writeBlock(sheetName, topLeft, values, 'paste', { details: false });
  }

  /**
   * Copies a block (`source`, e.g. "B2:D4") and pastes it with its top-left at `topLeft`, on the same sheet or
   * `toSheet`: values, formulas (relative references moved), formats, merges and conditional formats.
   */
  copyPaste(sheetName: string, source: string, topLeft: string, toSheet = sheetName): void {
    const from = this.book.requireSheet(sheetName);
    const to = this.book.requireSheet(toSheet);
    const rect = parseRect(source);
    const at = parseCell(topLeft);
    if (!rect || !at) throw new Error(`Excel double: cannot copy ${source} to ${topLeft}`);
    this.act(() => pasteBlock(this.book, from, rect, to, at));
  }

  /** Deletes whole rows (1-based first row). */
  deleteRows(sheetName: string, firstRow: number, count = 1): void {
    this.shift(sheetName, { top: firstRow - 1, left: 0, bottom: firstRow + count - 2, right: MAX_COLS - 1 }, 'Up');
  }

  /** Inserts empty rows before `firstRow` (1-based); they take the format of the row above. */
  insertRows(sheetName: string, firstRow: number, count = 1): void {
    this.shift(sheetName, { top: firstRow - 1, left: 0, bottom: firstRow + count - 2, right: MAX_COLS - 1 }, 'Down');
  }

  /** Inserts empty columns before `column` (letters, e.g. "C"); they take the format of the column to the left. */
  insertColumns(sheetName: string, column: string, count = 1): void {
    this.shift(sheetName, columnsRect(column, count), 'Right');
  }

  deleteColumns(sheetName: string, column: string, count = 1): void {
    this.shift(sheetName, columnsRect(column, count), 'Left');
  }

  /** Insert Cells… on a block ("C5:D6"): the cells at and below it (Down) or right of it (Right) move. */
  insertCells(sheetName: string, address: string, shift: 'Down' | 'Right'): void {
    this.shift(sheetName, blockRect(address), shift);
  }

  /** Delete Cells… on a block: the cells below it (Up) or right of it (Left) move in. */
  deleteCells(sheetName: string, address: string, shift: 'Up' | 'Left'): void {
    this.shift(sheetName, blockRect(address), shift);
  }

  /**
   * Writes values with its top-left at `topLeft` in a change Excel reports as changeType "Unknown" ("the type of
   * data change is not one of the listed types": Excel.DataChangeType). Microsoft names no action that does: this
   * stands for any, so that tests can hold ZiPing to it.
   */
  unknownChange(sheetName: string, topLeft: string, values: Typed[][]): void {
    this.writeBlock(sheetName, topLeft, values, 'values', { details: false, changeType: 'Unknown' });
  }

  /** Writes a block of values (or "=…" formulas) with its top-left at `topLeft`, as a paste or another change. */
  private writeBlock(
    sheetName: string,
    topLeft: string,
    values: Typed[][],
    property: 'paste' | 'values',
    options: Parameters<typeof writeCells>[5],
  ): void {
    const sheet = this.book.requireSheet(sheetName);
    const at = parseCell(topLeft);
    if (!at || values.length === 0 || values[0].length === 0)
      throw new Error(`Excel double: a block written at "${topLeft}" needs a cell and a non-empty block`);
    const rect = {
      top: at.row,
      left: at.col,
      bottom: at.row + values.length - 1,
      right: at.col + values[0].length - 1,
    };
    const block = values.map((row) => row.map((v) => v ?? ''));
    this.act(() => writeCells(this.book, sheet, rect, block, property, options));
  }

  private shift(sheetName: string, rect: Rect, direction: ShiftDirection): void {
    const sheet = this.book.requireSheet(sheetName);
    this.act(() => shiftCells(this.book, sheet, rect, direction));
  }
}

function columnsRect(column: string, count: number): Rect {
  const left = parseCell(`${column}1`)?.col;
  if (left === undefined || count < 1) throw new Error(`Excel double: ${column} is not a column`);
  return { top: 0, left, bottom: MAX_ROWS - 1, right: left + count - 1 };
}

function blockRect(address: string): Rect {
  const rect = parseRect(address);
  if (!rect) throw new Error(`Excel double: ${address} is not a block of cells`);
  return rect;
}

/** The person at this client: also undo, selection and cell edit mode. */
export class UserDriver extends Driver {
  constructor(book: Workbook, client: Client) {
    super(book, client, 'user');
  }

  /** Ctrl+Z: reverts this user's last action, raising change events as Excel does. False when there is none. */
  undo(): boolean {
    return this.client.undo();
  }

  /** Selects a cell, or a block dragged over ("D15:D17"). */
  select(sheetName: string, address: string): void {
    const sheet = this.book.requireSheet(sheetName);
    const block = address.includes(':') ? parseRect(address) : undefined;
    this.client.select(sheet.id, block ?? cellRect(sheet, address));
  }

  /** Starts typing in a cell (F2, or an IME composition): until endEdit, every sync with work to do fails. */
  beginEdit(sheetName: string, address: string): void {
    const sheet = this.book.requireSheet(sheetName);
    const rect = cellRect(sheet, address);
    this.client.editing = { sheetId: sheet.id, rect };
    this.client.select(sheet.id, rect);
  }

  /** Leaves edit mode: with a value, commits it as typed (Enter); without, cancels (Esc). */
  endEdit(value?: Typed): boolean {
    const editing = this.client.editing;
    if (!editing) throw new Error('Excel double: not in edit mode');
    this.client.editing = undefined;
    const sheet = this.book.sheetById(editing.sheetId);
    if (value === undefined || !sheet) {
      this.client.notify([], { actor: 'user', client: this.client });
      return false;
    }
    const { top, left } = editing.rect;
    return this.type(sheet.name, `${colName(left)}${top + 1}`, value);
  }
}

function colName(col: number): string {
  let out = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/** Whether a typed content passes a validation rule (values only; formulas and custom rules always pass). */
function allowed(v: ValidationModel, content: CellContent): boolean {
  if (!v.rule) return true;
  if (content.kind === 'empty') return v.ignoreBlanks;
  if (content.kind !== 'value') return true;
  const [kind, body] = Object.entries(v.rule)[0] as [string, Record<string, unknown>];
  const value = content.value;
  if (kind === 'list') {
    const source = String(body.source ?? '');
    if (source.startsWith('=')) return true;
    return source.split(',').some((item) => item.trim().toLowerCase() === String(value).trim().toLowerCase());
  }
  if (kind === 'decimal' || kind === 'wholeNumber' || kind === 'textLength') {
    const n = kind === 'textLength' ? String(value).length : value;
    if (typeof n !== 'number') return false;
    if (kind === 'wholeNumber' && !Number.isInteger(n)) return false;
    const f1 = Number(body.formula1);
    const f2 = Number(body.formula2);
    if (Number.isNaN(f1)) return true;
    switch (body.operator) {
      case 'Between':
        return n >= f1 && n <= f2;
      case 'NotBetween':
        return n < f1 || n > f2;
      case 'EqualTo':
        return n === f1;
      case 'NotEqualTo':
        return n !== f1;
      case 'GreaterThan':
        return n > f1;
      case 'LessThan':
        return n < f1;
      case 'GreaterThanOrEqualTo':
        return n >= f1;
      case 'LessThanOrEqualTo':
        return n <= f1;
    }
  }
  return true;
}
