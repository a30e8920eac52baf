import { parse, parseA1Ref, tokenize } from '@borgar/fx';
import type { CellValue } from './cells';
import { roundExcel } from './round';

/**
 * Evaluating an Excel formula's tree (parsed by @borgar/fx) against cells someone else supplies: the CLI computes
 * formulas a file saved without a result (with @formulajs/formulajs for the functions), the add-in predicts what
 * Excel recalculates after rows move (with the few functions below). What it cannot evaluate throws `Unsupported`.
 */

export type FormulaValue = number | string | boolean | null | { error: string } | FormulaValue[][];

export class Unsupported extends Error {}

export interface FormulaContext {
  /** A cell's value: `sheet` as the formula names it (undefined: the formula's own sheet). */
  cell(sheet: string | undefined, row: number, col: number): FormulaValue;
  /** A function beyond IF and IFERROR, given its evaluated arguments; undefined when unknown. */
  call(name: string, args: FormulaValue[]): FormulaValue | undefined;
}

interface Ast {
  type: string;
  value?: unknown;
  kind?: string;
  operator?: string;
  callee?: { name: string };
  arguments?: Ast[];
  elements?: Ast[][];
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

/** The value of a formula (with or without "="); throws `Unsupported` (or @borgar/fx's parse error) when it cannot. */
export function evaluateFormula(text: string, context: FormulaContext): FormulaValue {
  return evaluate(parsed(text), context);
}

function evaluate(node: Ast, ctx: FormulaContext): FormulaValue {
  switch (node.type) {
    case 'Literal':
      return node.value as number | string | boolean;
    case 'ErrorLiteral':
      return { error: String(node.value) };
    case 'ReferenceIdentifier':
      return reference(String(node.value), node.kind, ctx);
    case 'UnaryExpression':
      return unary(node.operator!, scalar(evaluate(node.arguments![0], ctx)));
    case 'BinaryExpression': {
      const [left, right] = node.arguments!.map((a) => scalar(evaluate(a, ctx)));
      return binary(node.operator!, left, right);
    }
    case 'CallExpression':
      return call(node.callee!.name, node.arguments ?? [], ctx);
    case 'ArrayExpression':
      return node.elements!.map((row) => row.map((e) => scalar(evaluate(e, ctx))));
    default:
      throw new Unsupported(node.type);
  }
}

/** Cells in one range at most (a hostile `A1:XFD1048576`): more is not evaluated. */
const MAX_RANGE_CELLS = 2_000_000;

function reference(text: string, kind: string | undefined, ctx: FormulaContext): FormulaValue {
  if (kind !== 'range') throw new Unsupported(`reference ${text}`);
  const ref = parsedRef(text);
  if (!ref || !('range' in ref) || !ref.range) throw new Unsupported(`reference ${text}`);
  const sheet = ref.context?.[0];
  const { top, left, bottom, right } = ref.range;
  if (top == null || left == null) throw new Unsupported(`reference ${text}`);
  const last = { row: bottom ?? top, col: right ?? left };
  // A range of one cell (B3:B3) is still a range: SUM skips the text in it, as it skips text in any range.
  if (last.row === top && last.col === left && !text.includes(':')) return ctx.cell(sheet, top, left);
  if ((last.row - top + 1) * (last.col - left + 1) > MAX_RANGE_CELLS) throw new Unsupported(`range ${text}`);
  const rows: FormulaValue[][] = [];
  for (let r = top; r <= last.row; r++) {
    const row: FormulaValue[] = [];
    for (let c = left; c <= last.col; c++) row.push(ctx.cell(sheet, r, c));
    rows.push(row);
  }
  return rows;
}

function call(name: string, args: Ast[], ctx: FormulaContext): FormulaValue {
  const upper = name.toUpperCase().replace(/^_XLFN\./, '');
  // IF and IFERROR evaluate only the branch they take, as Excel does.
  if (upper === 'IF') {
    const test = scalar(evaluate(args[0], ctx));
    if (isFormulaError(test)) return test;
    const chosen = truthy(test) ? args[1] : args[2];
    return chosen ? evaluate(chosen, ctx) : truthy(test);
  }
  if (upper === 'IFERROR') {
    const first = evaluate(args[0], ctx);
    return isFormulaError(scalar(first)) ? (args[1] ? evaluate(args[1], ctx) : '') : first;
  }
  const result = ctx.call(
    upper,
    args.map((a) => evaluate(a, ctx)),
  );
  if (result === undefined) throw new Unsupported(`function ${name}`);
  return result;
}

export function isFormulaError(v: FormulaValue): v is { error: string } {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && 'error' in v;
}

export function scalar(v: FormulaValue): FormulaValue {
  return Array.isArray(v) ? (v[0]?.[0] ?? null) : v;
}

function truthy(v: FormulaValue): boolean {
  if (typeof v === 'string') return v !== '' && v.toUpperCase() !== 'FALSE';
  return Boolean(v);
}

function number(v: FormulaValue): number | { error: string } {
  if (isFormulaError(v)) return v;
  if (v === null || v === '') return 0;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return v;
  const n = Number(String(v).trim());
  return String(v).trim() !== '' && Number.isFinite(n) ? n : { error: '#VALUE!' };
}

/** A value as `&` joins it: a number with Excel's 15 significant digits. */
function text(v: FormulaValue): string {
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') return String(Number(v.toPrecision(15)));
  return String(v);
}

function unary(op: string, v: FormulaValue): FormulaValue {
  const n = number(v);
  if (isFormulaError(n)) return n;
  if (op === '-') return -n;
  if (op === '%') return n / 100;
  if (op === '+') return v;
  throw new Unsupported(`operator ${op}`);
}

function binary(op: string, a: FormulaValue, b: FormulaValue): FormulaValue {
  if (isFormulaError(a)) return a;
  if (isFormulaError(b)) return b;
  if (op === '&') return text(a) + text(b);
  if (['=', '<>', '<', '>', '<=', '>='].includes(op)) return compare(op, a, b);
  const x = number(a);
  const y = number(b);
  if (isFormulaError(x)) return x;
  if (isFormulaError(y)) return y;
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

function compare(op: string, a: FormulaValue, b: FormulaValue): boolean {
  const key = (v: FormulaValue) => (v === null ? 0 : typeof v === 'string' ? v.toLowerCase() : v);
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

/** The values of a function's arguments, ranges flattened; `fromRange` says which came from a range or array. */
function eachArg(args: FormulaValue[], visit: (v: FormulaValue, fromRange: boolean) => void): void {
  for (const a of args) {
    if (Array.isArray(a)) for (const row of a) for (const v of row) visit(v, true);
    else visit(a, false);
  }
}

/** Numbers of SUM, MIN, MAX, AVERAGE, COUNT: from a range only numbers count; typed arguments are converted. */
function numbers(args: FormulaValue[]): number[] | { error: string } {
  const out: number[] = [];
  let error: { error: string } | undefined;
  eachArg(args, (v, fromRange) => {
    if (error) return;
    if (isFormulaError(v)) error = v;
    else if (typeof v === 'number') out.push(v);
    else if (!fromRange && v !== null) {
      const n = number(v);
      if (isFormulaError(n)) error = n;
      else out.push(n);
    }
  });
  return error ?? out;
}

/**
 * The functions ZiPing's own forms use, and the common ones hand-made forms total with, as Excel computes them
 * (blank cells in a range are skipped, as is text). Undefined for any other function.
 */
export function basicFunction(name: string, args: FormulaValue[]): FormulaValue | undefined {
  switch (name) {
    case 'SUM':
    case 'MIN':
    case 'MAX':
    case 'AVERAGE':
    case 'COUNT': {
      const ns = numbers(args);
      if (!Array.isArray(ns)) return name === 'COUNT' ? countNumbers(args) : ns;
      if (name === 'SUM') return Number(ns.reduce((s, x) => s + x, 0).toPrecision(15));
      if (name === 'COUNT') return ns.length;
      if (name === 'AVERAGE') return ns.length === 0 ? { error: '#DIV/0!' } : ns.reduce((s, x) => s + x, 0) / ns.length;
      if (ns.length === 0) return 0;
      return name === 'MIN' ? Math.min(...ns) : Math.max(...ns);
    }
    case 'N': {
      const v = scalar(args[0] ?? null);
      if (isFormulaError(v)) return v;
      return typeof v === 'number' ? v : typeof v === 'boolean' ? (v ? 1 : 0) : 0;
    }
    case 'ROUND': {
      const x = number(scalar(args[0] ?? null));
      const d = number(scalar(args[1] ?? null));
      if (isFormulaError(x)) return x;
      if (isFormulaError(d)) return d;
      return roundExcel(x, d);
    }
    case 'ABS': {
      const x = number(scalar(args[0] ?? null));
      return isFormulaError(x) ? x : Math.abs(x);
    }
    case 'CHAR': {
      const x = number(scalar(args[0] ?? null));
      if (isFormulaError(x)) return x;
      return x >= 1 && x <= 255 ? String.fromCharCode(Math.trunc(x)) : { error: '#VALUE!' };
    }
    default:
      return undefined;
  }
}

function countNumbers(args: FormulaValue[]): number {
  let n = 0;
  eachArg(args, (v) => {
    if (typeof v === 'number') n++;
  });
  return n;
}

/** A formula's result as a cell holds it: the top-left value of an array, an error as a CellError. */
export function toCellValue(v: FormulaValue): CellValue {
  const s = scalar(v);
  if (Array.isArray(s)) return null;
  if (isFormulaError(s)) return { error: s.error };
  return s;
}
