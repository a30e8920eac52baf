import { parse, parseA1Ref, tokenize } from '@borgar/fx';
import * as formulajs from '@formulajs/formulajs';
import { a1, type CellValue, type Grid, type GridCell } from '../../core/cells';
import { needsResult } from './cellValue';

/**
 * Formulas saved without a result (files written by generators, or by WPS without recalculation) are computed here:
 * @borgar/fx parses them, @formulajs/formulajs supplies Excel's functions. What cannot be computed (a function
 * neither knows, a name, a cycle) stays blank, and is still listed, so that no finding calls it missing.
 */

type Value = number | string | boolean | null | { error: string } | Value[][];

class Unsupported extends Error {}

const FUNCTIONS = formulajs as unknown as Record<string, ((...args: unknown[]) => unknown) | undefined>;

/** A cap on nested evaluation: a chain of formulas deeper than this is left uncomputed. */
const MAX_DEPTH = 200;
/** Cells read while computing one workbook: a hostile file (huge ranges, long chains) stops here, uncomputed. */
const MAX_READS = 2_000_000;

interface Ast {
  type: string;
  value?: unknown;
  kind?: string;
  operator?: string;
  name?: string;
  callee?: { name: string };
  arguments?: Ast[];
  elements?: Ast[][];
}

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
    return this.eval(grid, parsed(text));
  }

  private eval(grid: Grid, node: Ast): Value {
    switch (node.type) {
      case 'Literal':
        return node.value as number | string | boolean;
      case 'ErrorLiteral':
        return { error: String(node.value) };
      case 'ReferenceIdentifier':
        return this.reference(grid, String(node.value), node.kind);
      case 'UnaryExpression':
        return unary(node.operator!, scalar(this.eval(grid, node.arguments![0])));
      case 'BinaryExpression': {
        const [left, right] = node.arguments!.map((a) => scalar(this.eval(grid, a)));
        return binary(node.operator!, left, right);
      }
      case 'CallExpression':
        return this.call(grid, node.callee!.name, node.arguments ?? []);
      case 'ArrayExpression':
        return node.elements!.map((row) => row.map((e) => scalar(this.eval(grid, e))));
      default:
        throw new Unsupported(node.type);
    }
  }

  private reference(grid: Grid, text: string, kind: string | undefined): Value {
    if (kind !== 'range') throw new Unsupported(`reference ${text}`);
    const ref = parsedRef(text);
    if (!ref || !('range' in ref) || !ref.range) throw new Unsupported(`reference ${text}`);
    const sheetName = ref.context?.[0];
    const target = sheetName === undefined ? grid : this.byName.get(sheetName.toLowerCase());
    if (!target) return { error: '#REF!' };
    const { top, left, bottom, right } = ref.range;
    if (top == null || left == null) throw new Unsupported(`reference ${text}`);
    const last = { row: Math.min(bottom ?? top, top + 10_000), col: Math.min(right ?? left, left + 200) };
    if (last.row === top && last.col === left) return this.cell(target, top, left);
    const rows: Value[][] = [];
    for (let r = top; r <= last.row; r++) {
      const row: Value[] = [];
      for (let c = left; c <= last.col; c++) row.push(this.cell(target, r, c));
      rows.push(row);
    }
    return rows;
  }

  private call(grid: Grid, name: string, args: Ast[]): Value {
    const upper = name.toUpperCase().replace(/^_XLFN\./, '');
    // IF and IFERROR evaluate only the branch they take, as Excel does.
    if (upper === 'IF') {
      const test = scalar(this.eval(grid, args[0]));
      if (isError(test)) return test;
      const chosen = truthy(test) ? args[1] : args[2];
      return chosen ? this.eval(grid, chosen) : truthy(test);
    }
    if (upper === 'IFERROR') {
      const first = this.eval(grid, args[0]);
      return isError(scalar(first)) ? (args[1] ? this.eval(grid, args[1]) : '') : first;
    }
    const fn = FUNCTIONS[upper];
    if (typeof fn !== 'function') throw new Unsupported(`function ${name}`);
    const result = fn(...args.map((a) => toLibrary(this.eval(grid, a))));
    return fromLibrary(result);
  }
}

/**
 * Parsed formulas by their text. Forms from one template hold the same formulas, so a folder of them parses each
 * once; the evaluator only reads the trees. Emptied when full, so a hostile file cannot grow it without bound.
 */
const PARSED = new Map<string, Ast>();
const MAX_PARSED = 20_000;

function parsed(text: string): Ast {
  let ast = PARSED.get(text);
  if (!ast) {
    ast = parse(tokenize(text.replace(/^=/, ''))) as unknown as Ast;
    if (PARSED.size >= MAX_PARSED) PARSED.clear();
    PARSED.set(text, ast);
  }
  return ast;
}

/** Parsed references by their text, as the formulas are (the same references recur in every form of a template). */
const REFS = new Map<string, ReturnType<typeof parseA1Ref>>();

function parsedRef(text: string): ReturnType<typeof parseA1Ref> {
  if (REFS.has(text)) return REFS.get(text);
  const ref = parseA1Ref(text);
  if (REFS.size >= MAX_PARSED) REFS.clear();
  REFS.set(text, ref);
  return ref;
}

function isError(v: Value): v is { error: string } {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && 'error' in v;
}

function scalar(v: Value): Value {
  return Array.isArray(v) ? (v[0]?.[0] ?? null) : v;
}

function truthy(v: Value): boolean {
  if (typeof v === 'string') return v !== '' && v.toUpperCase() !== 'FALSE';
  return Boolean(v);
}

function number(v: Value): number | { error: string } {
  if (isError(v)) return v;
  if (v === null || v === '') return 0;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return v;
  const n = Number(String(v).trim());
  return String(v).trim() !== '' && Number.isFinite(n) ? n : { error: '#VALUE!' };
}

function text(v: Value): string {
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') return String(Number(v.toPrecision(15)));
  return String(v);
}

function unary(op: string, v: Value): Value {
  const n = number(v);
  if (isError(n)) return n;
  if (op === '-') return -n;
  if (op === '%') return n / 100;
  if (op === '+') return v;
  throw new Unsupported(`operator ${op}`);
}

function binary(op: string, a: Value, b: Value): Value {
  if (isError(a)) return a;
  if (isError(b)) return b;
  if (op === '&') return text(a) + text(b);
  if (['=', '<>', '<', '>', '<=', '>='].includes(op)) return compare(op, a, b);
  const x = number(a);
  const y = number(b);
  if (isError(x)) return x;
  if (isError(y)) return y;
  switch (op) {
    case '+':
      return x + y;
    case '-':
      return x - y;
    case '*':
      return x * y;
    case '/':
      return y === 0 ? { error: '#DIV/0!' } : x / y;
    case '^':
      return x ** y;
    default:
      throw new Unsupported(`operator ${op}`);
  }
}

function compare(op: string, a: Value, b: Value): boolean {
  const key = (v: Value) => (v === null ? 0 : typeof v === 'string' ? v.toLowerCase() : v);
  const [x, y] = [key(a), key(b)];
  const order = typeof x === typeof y ? (x < y ? -1 : x > y ? 1 : 0) : typeof x === 'number' ? -1 : 1;
  switch (op) {
    case '=':
      return order === 0;
    case '<>':
      return order !== 0;
    case '<':
      return order < 0;
    case '>':
      return order > 0;
    case '<=':
      return order <= 0;
    default:
      return order >= 0;
  }
}

/** formulajs takes blanks as null and errors as Error values. */
function toLibrary(v: Value): unknown {
  if (Array.isArray(v)) return v.map((row) => row.map(toLibrary));
  if (isError(v)) return formulajsError(v.error);
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

function toCellValue(v: Value): CellValue {
  const s = scalar(v);
  if (Array.isArray(s)) return null;
  if (isError(s)) return { error: s.error };
  return s;
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
