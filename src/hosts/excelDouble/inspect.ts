import { cellKey, columnIndex, keyCol, keyRow, parseCell, parseRect, rectA1 } from './address';
import type { CellResult } from './engine';
import type { CellFormat } from './formats';
import { formulasOf, textsOf, usedRect, valuesOf } from './query';
import type { HyperlinkModel, SheetModel, ValidationModel } from './sheet';
import type { Workbook } from './workbook';
import { effectiveFill } from './writes';

/** A read-only view of one sheet, for tests and the preview: live, not a copy. */
export class SheetInspector {
  constructor(
    private readonly book: Workbook,
    private readonly sheetId: string,
  ) {}

  private get sheet(): SheetModel {
    const s = this.book.sheetById(this.sheetId);
    if (!s) throw new Error(`Excel double: sheet ${this.sheetId} is gone`);
    return s;
  }

  private cell(a1: string): { row: number; col: number } {
    const c = parseCell(a1);
    if (!c) throw new Error(`Excel double: ${a1} is not one cell`);
    return c;
  }

  get id(): string {
    return this.sheet.id;
  }

  get name(): string {
    return this.sheet.name;
  }

  /** The value shown (a formula's result; "" when empty; "#DIV/0!" for an error), as Range.values gives it. */
  value(a1: string): string | number | boolean {
    return this.result(a1).value;
  }

  /** What the cell shows, in its number format ("12.34%", "1,234.50", "2022/12/31"), as Range.text. */
  text(a1: string): string {
    const { row, col } = this.cell(a1);
    return textsOf(this.book, this.sheet, { top: row, left: col, bottom: row, right: col })[0][0];
  }

  /** Range.valueTypes of the cell: Empty, String, Double, Boolean or Error. */
  valueType(a1: string): CellResult['type'] {
    return this.result(a1).type;
  }

  private result(a1: string): CellResult {
    const { row, col } = this.cell(a1);
    return this.book.engine.result(this.sheet.engineId, row, col);
  }

  /** Values of a block ("A1:C3"). */
  values(range: string): (string | number | boolean)[][] {
    const rect = parseRect(range);
    if (!rect) throw new Error(`Excel double: ${range} is not a range`);
    return valuesOf(this.book, this.sheet, rect);
  }

  /** The formula ("=…") in en-US syntax, or undefined for a cell without one. */
  formula(a1: string): string | undefined {
    const { row, col } = this.cell(a1);
    const content = this.book.engine.content(this.sheet.engineId, row, col);
    return content.kind === 'formula' ? content.formula : undefined;
  }

  /** Range.formulas of the cell: the formula, or the value. */
  formulaOrValue(a1: string): string | number | boolean {
    const { row, col } = this.cell(a1);
    return formulasOf(this.book, this.sheet, { top: row, left: col, bottom: row, right: col })[0][0];
  }

  numberFormat(a1: string): string {
    const { row, col } = this.cell(a1);
    return this.sheet.formats.get(row, col).numberFormat ?? 'General';
  }

  /** The cell's own format (properties left at Excel's defaults are absent). */
  format(a1: string): CellFormat {
    const { row, col } = this.cell(a1);
    return this.sheet.formats.get(row, col);
  }

  /** The cell's own fill, "#RRGGBB", or null for none. */
  fill(a1: string): string | null {
    return this.format(a1).fill ?? null;
  }

  /** The fill the cell shows: its own, or that of a conditional format whose rule holds for it. */
  effectiveFill(a1: string): string | null {
    const { row, col } = this.cell(a1);
    return effectiveFill(this.book, this.sheet, row, col);
  }

  /** Merged areas, "A2:I2", in row order. */
  merges(): string[] {
    return [...this.sheet.merges].sort((a, b) => a.top - b.top || a.left - b.left).map(rectA1);
  }

  /** Conditional formats in priority order. */
  conditionalFormats(): { address: string; formula: string | null; fill: string | null }[] {
    return this.sheet.conditionalFormats.map((cf) => ({
      address: cf.ranges.map(rectA1).join(','),
      formula: cf.formula,
      fill: cf.fill,
    }));
  }

  notes(): { address: string; content: string }[] {
    return [...this.sheet.notes]
      .sort(([a], [b]) => a - b)
      .map(([key, n]) => {
        const row = keyRow(key);
        const col = keyCol(key);
        return { address: rectA1({ top: row, left: col, bottom: row, right: col }), content: n.content };
      });
  }

  /** The data validation of a cell: its rule, prompt and alert, and the block it was set on. */
  validation(a1: string): (Omit<ValidationModel, 'rect'> & { range: string }) | null {
    const { row, col } = this.cell(a1);
    const v = this.sheet.validationAt(row, col);
    if (!v) return null;
    const { rect, ...rest } = v;
    return { ...rest, range: rectA1(rect) };
  }

  /** Width in points of a column ("D" or 0-based 3). */
  columnWidth(col: string | number): number {
    const index = typeof col === 'number' ? col : columnIndex(col);
    if (index < 0) throw new Error(`Excel double: ${col} is not a column`);
    return this.sheet.columnWidth(index);
  }

  get pageLayout(): {
    orientation: string;
    paperSize: string;
    zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
    printTitleRows: string | null;
  } {
    const p = this.sheet.pageLayout;
    return {
      orientation: p.orientation,
      paperSize: p.paperSize,
      zoom: { ...p.zoom },
      printTitleRows: p.printTitleRows ? rectA1(p.printTitleRows) : null,
    };
  }

  hyperlink(a1: string): HyperlinkModel | null {
    const { row, col } = this.cell(a1);
    const link = this.sheet.hyperlinks.get(cellKey(row, col));
    return link ? { ...link } : null;
  }

  /** The used range ("A1:I30"), counting formatted cells unless valuesOnly; null for a blank sheet. */
  usedRange(valuesOnly = false): string | null {
    const r = usedRect(this.book, this.sheet, valuesOnly);
    return r ? rectA1(r) : null;
  }
}
