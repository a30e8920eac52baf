import { cellCount, type Rect } from './address';
import type { CellContent } from './engine';
import { fail } from './errors';
import { formatValue } from './numberFormat';
import type { SheetModel } from './sheet';
import type { Workbook } from './workbook';
import { MAX_CELLS } from './writes';

/**
 * The used range: every cell with a value or formula, and (unless valuesOnly) every cell with a format of its
 * own or in a merged area. undefined when the sheet is blank.
 */
export function usedRect(book: Workbook, sheet: SheetModel, valuesOnly: boolean): Rect | undefined {
  const parts = [book.engine.bounds(sheet.engineId)];
  if (!valuesOnly) parts.push(sheet.formats.bounds(), ...sheet.merges);
  let out: Rect | undefined;
  for (const r of parts) {
    if (!r) continue;
    out = out
      ? {
          top: Math.min(out.top, r.top),
          left: Math.min(out.left, r.left),
          bottom: Math.max(out.bottom, r.bottom),
          right: Math.max(out.right, r.right),
        }
      : { ...r };
  }
  return out;
}

function checkSize(rect: Rect, property: string): void {
  if (cellCount(rect) > MAX_CELLS) throw fail.rangeTooLarge(property);
}

export function valuesOf(book: Workbook, sheet: SheetModel, rect: Rect): (string | number | boolean)[][] {
  checkSize(rect, 'values');
  return book.engine.results(sheet.engineId, rect).map((row) => row.map((c) => c.value));
}

export function valueTypesOf(book: Workbook, sheet: SheetModel, rect: Rect): string[][] {
  checkSize(rect, 'valueTypes');
  return book.engine.results(sheet.engineId, rect).map((row) => row.map((c) => c.type));
}

/** Range.formulas: the formula, or the value for a cell without one ("" when empty). */
export function formulasOf(book: Workbook, sheet: SheetModel, rect: Rect): (string | number | boolean)[][] {
  checkSize(rect, 'formulas');
  return book.engine.contents(sheet.engineId, rect).map((row) => row.map(contentText));
}

export function contentText(c: CellContent): string | number | boolean {
  switch (c.kind) {
    case 'empty':
      return '';
    case 'value':
      return c.value;
    case 'formula':
      return c.formula;
    case 'error':
      return c.error;
  }
}

export function numberFormatsOf(sheet: SheetModel, rect: Rect): string[][] {
  checkSize(rect, 'numberFormat');
  const out: string[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const row: string[] = [];
    for (let c = rect.left; c <= rect.right; c++) row.push(sheet.formats.get(r, c).numberFormat ?? 'General');
    out.push(row);
  }
  return out;
}

/** Range.text: each value as Excel shows it in its number format. */
export function textsOf(book: Workbook, sheet: SheetModel, rect: Rect): string[][] {
  checkSize(rect, 'text');
  return book.engine
    .results(sheet.engineId, rect)
    .map((row, r) =>
      row.map((c, i) =>
        c.type === 'Empty'
          ? ''
          : c.type === 'Error'
            ? String(c.value)
            : formatValue(c.value, sheet.formats.get(rect.top + r, rect.left + i).numberFormat ?? 'General'),
      ),
    );
}
