import {
  cellCount,
  cellKey,
  contains,
  containsCell,
  intersection,
  intersects,
  MAX_COLS,
  MAX_ROWS,
  straddles,
  type Rect,
  type Shift,
} from './address';
import { EMPTY, type CellContent } from './engine';
import { shiftReferences } from './formulaText';
import { fail } from './errors';
import { DEFAULT_FORMAT, type Patch } from './formats';
import { interpret } from './input';
import type { SheetModel } from './sheet';
import type { Workbook } from './workbook';

/** "A range is limited to 5,000,000 cells for read operations" (Resource limits and performance optimization). */
export const MAX_CELLS = 5_000_000;

/**
 * A 2-D array for a block, checked as Office.js checks it: exactly as many rows and columns as the block.
 * A single non-array value is applied to every cell. Returns a reader by offset.
 */
export function gridOf(input: unknown, rect: Rect, property: string): (r: number, c: number) => unknown {
  const rows = rect.bottom - rect.top + 1;
  const cols = rect.right - rect.left + 1;
  if (!Array.isArray(input)) {
    if (cellCount(rect) > MAX_CELLS) throw fail.rangeTooLarge(property);
    return () => input;
  }
  if (input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== cols)) {
    throw fail.invalidArgument(`${property}: the array must have ${rows} row(s) of ${cols} value(s), as the range`);
  }
  const grid = input as unknown[][];
  return (r, c) => grid[r][c];
}

/** Range.values / Range.formulas set, or a user's typing or pasting: values and formulas into a block. */
export function writeCells(
  book: Workbook,
  sheet: SheetModel,
  rect: Rect,
  input: unknown,
  property: string,
  options: { details?: boolean; changeType?: 'Unknown' } = {},
): void {
  const read = gridOf(input, rect, property);
  const { engine } = book;
  const single = options.details !== false && rect.top === rect.bottom && rect.left === rect.right;
  const before = single ? engine.result(sheet.engineId, rect.top, rect.left) : undefined;
  const block = engine.contents(sheet.engineId, rect);
  const formats = new Map<number, string>();
  for (let r = 0; r < block.length; r++) {
    for (let c = 0; c < block[r].length; c++) {
      const fmt = sheet.formats.get(rect.top + r, rect.left + c).numberFormat ?? 'General';
      const it = interpret(read(r, c), fmt, (f) => engine.isValidFormula(f));
      if (!it) continue;
      block[r][c] = it.content;
      if (it.numberFormat) formats.set(cellKey(rect.top + r, rect.left + c), it.numberFormat);
    }
  }
  engine.write(sheet.engineId, rect.top, rect.left, block);
  if (formats.size)
    sheet.formats.patch(rect, (row, col) =>
      formats.has(cellKey(row, col)) ? { numberFormat: formats.get(cellKey(row, col)) } : undefined,
    );
  const after = single ? engine.result(sheet.engineId, rect.top, rect.left) : undefined;
  book.emit({
    kind: 'cells',
    sheetId: sheet.id,
    rect,
    ...(before && after ? { details: { before, after } } : {}),
    ...(options.changeType ? { changeType: options.changeType } : {}),
  });
}

/**
 * Ctrl+C on `source`, Ctrl+V at `to` (a plain paste): contents, with relative references moved as Excel moves
 * them; each cell's whole format; merged areas inside the block; and the conditional formats on it, as new rules
 * on the pasted cells ("Paste: All cell contents and formatting, including linked data"; Paste options, Microsoft
 * Support). The event is one RangeEdited for the block, without details (multi-cell or pasted).
 */
export function pasteBlock(
  book: Workbook,
  from: SheetModel,
  source: Rect,
  to: SheetModel,
  at: { row: number; col: number },
): void {
  const dr = at.row - source.top;
  const dc = at.col - source.left;
  const dest = { top: source.top + dr, left: source.left + dc, bottom: source.bottom + dr, right: source.right + dc };
  if (dest.bottom >= MAX_ROWS || dest.right >= MAX_COLS) throw fail.invalidArgument('paste: beyond the sheet');
  const block = book.engine
    .contents(from.engineId, source)
    .map((row) =>
      row.map((c): CellContent => (c.kind === 'formula' ? { ...c, formula: shiftReferences(c.formula, dr, dc) } : c)),
    );
  const formats = Array.from({ length: source.bottom - source.top + 1 }, (_, r) =>
    Array.from({ length: source.right - source.left + 1 }, (_, c) => from.formats.get(source.top + r, source.left + c)),
  );
  const conditional = from.conditionalFormats.flatMap((cf) =>
    cf.ranges.flatMap((range) => {
      const part = intersection(range, source);
      if (!part) return [];
      const anchor = cf.ranges[0];
      return [
        {
          ...cf,
          id: book.newObjectId('cf'),
          ranges: [{ top: part.top + dr, left: part.left + dc, bottom: part.bottom + dr, right: part.right + dc }],
          formula: cf.formula && shiftReferences(cf.formula, part.top - anchor.top + dr, part.left - anchor.left + dc),
        },
      ];
    }),
  );
  const merges = from.merges
    .filter((m) => contains(source, m))
    .map((m) => ({ top: m.top + dr, left: m.left + dc, bottom: m.bottom + dr, right: m.right + dc }));
  book.engine.write(to.engineId, dest.top, dest.left, block);
  const bare: Patch = {
    ...DEFAULT_FORMAT,
    borderTop: undefined,
    borderBottom: undefined,
    borderLeft: undefined,
    borderRight: undefined,
  };
  to.formats.patch(dest, (row, col) => ({ ...bare, ...formats[row - dest.top][col - dest.left] }));
  to.merges = [...to.merges.filter((m) => !intersects(m, dest)), ...merges];
  to.conditionalFormats.unshift(...conditional);
  book.emit({ kind: 'cells', sheetId: to.id, rect: dest });
  book.emit({ kind: 'format', sheetId: to.id });
  if (conditional.length) book.emit({ kind: 'conditionalFormats', sheetId: to.id });
}

export function setNumberFormats(book: Workbook, sheet: SheetModel, rect: Rect, input: unknown): void {
  gridOf(input, rect, 'numberFormat');
  const formatOf = (v: unknown): string | undefined => {
    if (v === null || v === undefined) return undefined;
    if (typeof v !== 'string' && typeof v !== 'number') throw fail.invalidArgument('numberFormat');
    return String(v) === '' ? 'General' : String(v);
  };
  if (!Array.isArray(input)) {
    const one = formatOf(input);
    if (one) sheet.formats.patch(rect, { numberFormat: one });
  } else {
    const grid = (input as unknown[][]).map((row) => row.map(formatOf));
    sheet.formats.patch(rect, (row, col): Patch | undefined => {
      const f = grid[row - rect.top][col - rect.left];
      return f ? { numberFormat: f } : undefined;
    });
  }
  book.emit({ kind: 'format', sheetId: sheet.id });
}

/** Range.merge: Excel keeps the top-left value of each merged area and clears the others. */
export function merge(book: Workbook, sheet: SheetModel, rect: Rect, across: boolean): void {
  const areas: Rect[] = across
    ? Array.from({ length: rect.bottom - rect.top + 1 }, (_, i) => ({
        top: rect.top + i,
        left: rect.left,
        bottom: rect.top + i,
        right: rect.right,
      }))
    : [rect];
  for (const area of areas) {
    if (area.top === area.bottom && area.left === area.right) continue;
    sheet.merges = sheet.merges.filter(
      (m) => !(m.left <= area.right && area.left <= m.right && m.top <= area.bottom && area.top <= m.bottom),
    );
    sheet.merges.push(area);
    const block: CellContent[][] = book.engine.contents(sheet.engineId, area);
    let cleared = false;
    block.forEach((row, r) =>
      row.forEach((cell, c) => {
        if ((r > 0 || c > 0) && cell.kind !== 'empty') {
          row[c] = EMPTY;
          cleared = true;
        }
      }),
    );
    if (cleared) book.engine.write(sheet.engineId, area.top, area.left, block);
  }
  book.emit({ kind: 'format', sheetId: sheet.id });
}

export function unmerge(book: Workbook, sheet: SheetModel, rect: Rect): void {
  sheet.merges = sheet.merges.filter(
    (m) => !(m.left <= rect.right && rect.left <= m.right && m.top <= rect.bottom && rect.top <= m.bottom),
  );
  book.emit({ kind: 'format', sheetId: sheet.id });
}

/** Where cells go when a block is inserted or deleted: down/up shift rows, right/left shift columns. */
export type ShiftDirection = 'Down' | 'Right' | 'Up' | 'Left';

/**
 * Inserts (Down, Right) or deletes (Up, Left) the cells of `rect`, moving the others: cells, formulas' references,
 * merges, formats, CFs, validations, notes and hyperlinks. Whole rows shifted down or up raise RowInserted /
 * RowDeleted, whole columns shifted right or left ColumnInserted / ColumnDeleted, any other block CellInserted /
 * CellDeleted (Excel.DataChangeType, ExcelApi 1.7), each with the address of the cells inserted or deleted.
 * Excel refuses to move part of a merged area ("We can't do that to a merged cell"); the double fails it with
 * InvalidOperation (the API's code for it is not documented).
 */
export function shiftCells(book: Workbook, sheet: SheetModel, rect: Rect, direction: ShiftDirection): void {
  const wholeRows = rect.left === 0 && rect.right === MAX_COLS - 1;
  const wholeCols = rect.top === 0 && rect.bottom === MAX_ROWS - 1;
  const vertical = direction === 'Down' || direction === 'Up';
  const inserts = direction === 'Down' || direction === 'Right';
  // Whole rows cannot move sideways nor whole columns down: Excel has no room to push them into.
  if ((wholeRows && !vertical) || (wholeCols && vertical)) throw fail.invalidOperation(`shift ${direction}`);
  const n = vertical ? rect.bottom - rect.top + 1 : rect.right - rect.left + 1;
  const s: Shift = {
    axis: vertical ? 'rows' : 'cols',
    at: vertical ? rect.top : rect.left,
    count: inserts ? n : -n,
  };
  if (!(wholeRows || wholeCols))
    s.band = vertical ? { from: rect.left, to: rect.right } : { from: rect.top, to: rect.bottom };
  if (sheet.merges.some((m) => straddles(m, s) && (vertical ? m.bottom >= s.at : m.right >= s.at)))
    throw fail.invalidOperation('moving part of a merged area');
  book.engine.shift(sheet.engineId, s);
  sheet.shift(s);
  const changeType = wholeRows
    ? inserts
      ? 'RowInserted'
      : 'RowDeleted'
    : wholeCols
      ? inserts
        ? 'ColumnInserted'
        : 'ColumnDeleted'
      : inserts
        ? 'CellInserted'
        : 'CellDeleted';
  book.emit({ kind: 'structure', sheetId: sheet.id, rect, changeType });
}

/**
 * The fill a cell shows: the first conditional format (by priority) that applies to it, has a fill and whose
 * formula, moved from the top-left cell of its first range to this cell, is TRUE (or a non-zero number);
 * otherwise the cell's own fill.
 */
export function effectiveFill(book: Workbook, sheet: SheetModel, row: number, col: number): string | null {
  for (const cf of sheet.conditionalFormats) {
    if (!cf.formula || !cf.ranges.some((r) => containsCell(r, row, col))) continue;
    const anchor = cf.ranges[0];
    const body = cf.formula.startsWith('=') ? cf.formula : `=${cf.formula}`;
    const result = book.engine.evaluate(sheet.engineId, shiftReferences(body, row - anchor.top, col - anchor.left));
    const applies = result.type === 'Boolean' ? result.value === true : result.type === 'Double' && result.value !== 0;
    if (!applies) continue;
    if (cf.fill) return cf.fill;
    if (cf.stopIfTrue) break;
  }
  return sheet.formats.get(row, col).fill ?? null;
}
