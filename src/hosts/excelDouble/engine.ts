import type { Rect, Shift } from './address';
import { DetailedCellError, HyperFormula } from 'hyperformula';
import { ENGINE_QUOTE, fromEngineFormula, toEngineFormula, withinFormulaLimits } from './formulaText';
import { registerExcelFunctions } from './functions';

/**
 * The formula engine: one HyperFormula (GPLv3, licence key "gpl-v3") per workbook. The double is for tests and
 * the dev-only preview; nothing of the production add-in may import this file.
 */

/** What a cell holds, as typed or written. */
export type CellContent =
  | { kind: 'empty' }
  | { kind: 'value'; value: string | number | boolean }
  | { kind: 'formula'; formula: string }
  | { kind: 'error'; error: string };

export type ValueType = 'Empty' | 'String' | 'Double' | 'Boolean' | 'Error';

/** A cell's computed value as Range.values and Range.valueTypes give it: "" for empty, "#DIV/0!" for errors. */
export interface CellResult {
  value: string | number | boolean;
  type: ValueType;
}

export const EMPTY: CellContent = { kind: 'empty' };
export const ERROR_LITERALS = [
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#SPILL!',
  '#CALC!',
  '#GETTING_DATA',
];

const CONFIG = {
  licenseKey: 'gpl-v3',
  // Excel's date system: serial 1 = 1900-01-01, with the fictitious 1900-02-29.
  leapYear1900: true,
  nullDate: { year: 1899, month: 12, day: 31 },
  // =A1 of an empty A1 is 0 in Excel.
  evaluateNullToZero: true,
  // Excel keeps 15 significant digits: 0.1+0.2 gives 0.3.
  smartRounding: true,
  precisionRounding: 14,
  useArrayArithmetic: false,
};

type Raw = string | number | boolean | null;

function toRaw(content: CellContent): Raw {
  switch (content.kind) {
    case 'empty':
      return null;
    case 'value':
      // A leading apostrophe keeps text as text ("123" stays a string), and is not part of the value.
      return typeof content.value === 'string' ? `'${content.value}` : content.value;
    case 'formula':
      return toEngineFormula(content.formula);
    case 'error':
      return content.error;
  }
}

function fromRaw(raw: unknown): CellContent {
  if (raw === null || raw === undefined || raw === '') return EMPTY;
  if (typeof raw === 'number' || typeof raw === 'boolean') return { kind: 'value', value: raw };
  if (typeof raw !== 'string') return { kind: 'value', value: String(raw) };
  if (raw.startsWith("'")) return { kind: 'value', value: raw.slice(1) };
  if (raw.startsWith('=')) return { kind: 'formula', formula: fromEngineFormula(raw) };
  return { kind: 'error', error: raw };
}

function toResult(v: unknown): CellResult {
  if (v === null || v === undefined) return { value: '', type: 'Empty' };
  // Excel shows 0 in a circular reference (with a warning); HyperFormula gives #CYCLE!.
  if (v instanceof DetailedCellError && v.value === '#CYCLE!') return { value: 0, type: 'Double' };
  if (v instanceof DetailedCellError) return { value: errorText(v), type: 'Error' };
  if (typeof v === 'number') return { value: v, type: 'Double' };
  if (typeof v === 'boolean') return { value: v, type: 'Boolean' };
  return { value: String(v).split(ENGINE_QUOTE).join('"'), type: 'String' };
}

/** HyperFormula's own error kinds as Excel would show them (a formula that does not parse never reaches a cell). */
function errorText(e: DetailedCellError): string {
  if (e.value === '#ERROR!') return '#NAME?';
  if (e.value === '#LIC!') return '#N/A';
  return e.value;
}

export class FormulaEngine {
  private hf: HyperFormula;

  constructor() {
    registerExcelFunctions();
    this.hf = HyperFormula.buildEmpty(CONFIG);
  }

  addSheet(name: string): number {
    return this.hf.getSheetId(this.hf.addSheet(name))!;
  }

  /** Formulas elsewhere that referred to it read #REF!, as in Excel. */
  removeSheet(sheet: number): void {
    this.hf.removeSheet(sheet);
  }

  renameSheet(sheet: number, name: string): void {
    this.hf.renameSheet(sheet, name);
  }

  /**
   * Whether Excel would accept the formula ("=…"): within Excel's limits on its length and on a function's
   * arguments (withinFormulaLimits), and it must parse. Unknown functions are accepted (#NAME?).
   */
  isValidFormula(formula: string): boolean {
    return withinFormulaLimits(formula) && this.hf.validateFormula(toEngineFormula(formula));
  }

  content(sheet: number, row: number, col: number): CellContent {
    return fromRaw(this.hf.getCellSerialized({ sheet, row, col }));
  }

  result(sheet: number, row: number, col: number): CellResult {
    return toResult(this.hf.getCellValue({ sheet, row, col }));
  }

  results(sheet: number, r: Rect): CellResult[][] {
    const values = this.hf.getRangeValues({
      start: { sheet, row: r.top, col: r.left },
      end: { sheet, row: r.bottom, col: r.right },
    });
    return values.map((row) => row.map(toResult));
  }

  contents(sheet: number, r: Rect): CellContent[][] {
    const raws = this.hf.getRangeSerialized({
      start: { sheet, row: r.top, col: r.left },
      end: { sheet, row: r.bottom, col: r.right },
    });
    return raws.map((row) => row.map(fromRaw));
  }

  /** Writes a block at (top, left); every formula must have been validated. Recalculates once. */
  write(sheet: number, top: number, left: number, block: CellContent[][]): void {
    this.hf.setCellContents(
      { sheet, row: top, col: left },
      block.map((row) => row.map(toRaw)),
    );
  }

  /**
   * Cells inserted or deleted (see Shift). Whole rows and columns move as in Excel, references included. A block
   * moves its band's cells as HyperFormula moves cut cells: references to them follow, but a range reaching
   * across the moved edge neither grows nor shrinks, and a reference to a deleted cell points at whatever moved
   * into it (Excel: #REF!). Closer than nothing; not Excel.
   */
  shift(sheet: number, s: Shift): void {
    const n = Math.abs(s.count);
    if (!s.band) {
      if (s.axis === 'rows') {
        if (s.count > 0) this.hf.addRows(sheet, [s.at, n]);
        else this.hf.removeRows(sheet, [s.at, n]);
      } else if (s.count > 0) this.hf.addColumns(sheet, [s.at, n]);
      else this.hf.removeColumns(sheet, [s.at, n]);
      return;
    }
    const used = this.bounds(sheet);
    const end = used ? (s.axis === 'rows' ? used.bottom : used.right) : -1;
    // The band's cells from `at` (insert) or after the deleted ones (delete) to the last used row or column.
    const from = s.count > 0 ? s.at : s.at + n;
    const block = (lo: number, hi: number): Rect =>
      s.axis === 'rows'
        ? { top: lo, left: s.band!.from, bottom: hi, right: s.band!.to }
        : { top: s.band!.from, left: lo, bottom: s.band!.to, right: hi };
    const range = (r: Rect) => ({
      start: { sheet, row: r.top, col: r.left },
      end: { sheet, row: r.bottom, col: r.right },
    });
    this.hf.batch(() => {
      if (s.count < 0) {
        const gone = block(s.at, s.at + n - 1);
        this.write(
          sheet,
          gone.top,
          gone.left,
          Array.from({ length: gone.bottom - gone.top + 1 }, () =>
            Array.from({ length: gone.right - gone.left + 1 }, () => ({ kind: 'empty' as const })),
          ),
        );
      }
      if (end < from) return;
      const moving = block(from, end);
      const to = s.count > 0 ? s.at + n : s.at;
      this.hf.moveCells(range(moving), {
        sheet,
        row: s.axis === 'rows' ? to : moving.top,
        col: s.axis === 'rows' ? moving.left : to,
      });
    });
  }

  /** Evaluates a formula in a sheet (references already moved to the cell it is for). */
  evaluate(sheet: number, formula: string): CellResult {
    const v = this.hf.calculateFormula(toEngineFormula(formula), sheet);
    return Array.isArray(v) ? toResult(v[0]?.[0]) : toResult(v);
  }

  /** The block holding every non-empty cell of a sheet, or undefined. */
  bounds(sheet: number): Rect | undefined {
    const all = this.hf.getSheetSerialized(sheet);
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    all.forEach((row, r) =>
      row.forEach((raw, c) => {
        if (raw === null || raw === undefined || raw === '') return;
        top = Math.min(top, r);
        bottom = Math.max(bottom, r);
        left = Math.min(left, c);
        right = Math.max(right, c);
      }),
    );
    return bottom < 0 ? undefined : { top, left, bottom, right };
  }

  /** Every non-empty cell of a sheet, for saving. */
  cells(sheet: number): { row: number; col: number; content: CellContent }[] {
    const out: { row: number; col: number; content: CellContent }[] = [];
    this.hf.getSheetSerialized(sheet).forEach((row, r) =>
      row.forEach((raw, c) => {
        const content = fromRaw(raw);
        if (content.kind !== 'empty') out.push({ row: r, col: c, content });
      }),
    );
    return out;
  }

  /** Builds sheets from saved cells: sheets first, so that formulas across sheets resolve. */
  static build(sheets: { name: string; cells: { row: number; col: number; content: CellContent }[] }[]): {
    engine: FormulaEngine;
    ids: number[];
  } {
    const engine = new FormulaEngine();
    const ids = sheets.map((s) => engine.addSheet(s.name));
    engine.hf.batch(() => {
      sheets.forEach((s, i) => {
        for (const { row, col, content } of s.cells)
          engine.hf.setCellContents({ sheet: ids[i], row, col }, [[toRaw(content)]]);
      });
    });
    return { engine, ids };
  }
}
