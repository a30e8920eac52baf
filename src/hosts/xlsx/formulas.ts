import * as formulajs from '@formulajs/formulajs';
import { a1, type CellValue, type Grid, type GridCell } from '../../core/cells';
import { evaluateFormula, isFormulaError, toCellValue, Unsupported, type FormulaValue } from '../../core/formula';
import { needsResult } from './cellValue';

/**
 * Formulas saved without a result (files written by generators, or by WPS without recalculation) are computed here:
 * @borgar/fx parses them (src/core/formula.ts evaluates the tree), @formulajs/formulajs supplies Excel's functions.
 * What cannot be computed (a function neither knows, a name, a cycle) stays blank, and is still listed, so that no
 * finding calls it missing.
 */

type Value = FormulaValue;

const FUNCTIONS = formulajs as unknown as Record<string, ((...args: unknown[]) => unknown) | undefined>;

/** A cap on nested evaluation: a chain of formulas deeper than this is left uncomputed. */
const MAX_DEPTH = 200;
/** Cells read while computing one workbook: a hostile file (huge ranges, long chains) stops here, uncomputed. */
const MAX_READS = 2_000_000;

class Evaluator {
  private readonly byName = new Map<string, Grid>();
  private readonly done = new Map<string, CellValue>();
  private readonly busy = new Set<string>();
  private depth = 0;
  private reads = 0;

  constructor(grids: Grid[]) {
    for (const g of grids) this.byName.set(g.name.toLowerCase(), g);
  }

  /** The value of a cell, computing it first when it is a formula without a result. */
  cell(grid: Grid, row: number, col: number): CellValue {
    if (++this.reads > MAX_READS) throw new Unsupported('too many cells');
    const cell = grid.cells[row]?.[col];
    if (!cell) return null;
    if (!needsResult(cell)) return cell.value;
    const key = `${grid.name}\u0000${row}\u0000${col}`;
    if (this.done.has(key)) return this.done.get(key)!;
    if (this.busy.has(key) || this.depth > MAX_DEPTH) throw new Unsupported('cycle');
    this.busy.add(key);
    this.depth++;
    try {
      const value = toCellValue(this.formula(grid, cell.formula!));
      this.done.set(key, value);
      return value;
    } finally {
      this.busy.delete(key);
      this.depth--;
    }
  }

  formula(grid: Grid, text: string): Value {
    return evaluateFormula(text, {
      cell: (sheet, row, col) => {
        const target = sheet === undefined ? grid : this.byName.get(sheet.toLowerCase());
        return target ? this.cell(target, row, col) : { error: '#REF!' };
      },
      call: (name, args) => {
        const fn = FUNCTIONS[name];
        return typeof fn === 'function' ? fromLibrary(fn(...args.map(toLibrary))) : undefined;
      },
    });
  }
}

/** formulajs takes blanks as null and errors as Error values. */
function toLibrary(v: Value): unknown {
  if (Array.isArray(v)) return v.map((row) => row.map(toLibrary));
  if (isFormulaError(v)) return formulajsError(v.error);
  return v;
}

function formulajsError(code: string): Error {
  const e = new Error(code);
  e.name = code;
  return e;
}

function fromLibrary(result: unknown): Value {
  if (result instanceof Error) return { error: result.message.startsWith('#') ? result.message : '#VALUE!' };
  if (typeof result === 'number') return Number.isFinite(result) ? result : { error: '#NUM!' };
  if (typeof result === 'string' || typeof result === 'boolean' || result === null) return result;
  if (result === undefined) return null;
  if (Array.isArray(result))
    return (result as unknown[][]).map((row) => (Array.isArray(row) ? row : [row]).map(fromLibrary));
  throw new Unsupported('result');
}

/** Where a workbook's formulas had no result: each cell, and whether ZiPing computed it. */
export interface Uncalculated {
  cell: string;
  computed: boolean;
}

/**
 * Computes every formula saved without a result, in place (the grids' cells get their values), and returns, per
 * sheet, the cells that had none. Never throws: a formula that cannot be computed stays blank and is listed.
 */
export function computeMissingResults(grids: Grid[]): Map<Grid, Uncalculated[]> {
  const evaluator = new Evaluator(grids);
  const found = new Map<Grid, Uncalculated[]>();
  const results: { cell: GridCell; value: CellValue }[] = [];
  for (const grid of grids) {
    grid.cells.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (!cell || !needsResult(cell)) return;
        let value: CellValue = null;
        try {
          value = evaluator.cell(grid, r, c);
        } catch {
          value = null;
        }
        const list = found.get(grid) ?? [];
        list.push({ cell: a1(r, c), computed: value !== null });
        found.set(grid, list);
        if (value !== null) results.push({ cell, value });
      }),
    );
  }
  // Written after all are computed: a later formula must see earlier ones as formulas, not as typed values.
  for (const { cell, value } of results) cell.value = value;
  return found;
}
