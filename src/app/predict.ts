import { tokenize } from '@borgar/fx';
import { columnName, parseRange, type Grid, type GridCell, type MergedRange } from '../core/cells';
import { basicFunction, evaluateFormula, toCellValue, Unsupported, type FormulaValue } from '../core/formula';
import type { Snapshot } from './plan';
import type { CellInput, RowChange, RowsFinish } from './port';
import { shiftRegion, type Rect } from './region';

/**
 * What Excel does to a sheet when whole rows are inserted or deleted, predicted from what ZiPing read, so that a
 * row action is decided and written in the round trip that makes it instead of reading the rows back:
 *  - cells under the change move down (insert) or up (delete); inserted rows are blank;
 *  - references to cells that move follow them; a range across the change grows over inserted rows and shrinks
 *    over deleted ones; a reference to a deleted cell, or a range wholly deleted, becomes #REF!;
 *  - merged areas move, grow and shrink the same way (one left a single cell is no merged area);
 *  - formulas whose cells changed are computed again (src/core/formula.ts).
 * Where that cannot be told for sure, the prediction is refused with the reason and the gateway reads back instead:
 * a formula @borgar/fx cannot read, whole-row references, a deleted reference that names its sheet, a formula to
 * recompute that uses a function, name, table or cell (another sheet's, or beyond the block read) ZiPing cannot
 * evaluate.
 */
export type Prediction = { snapshot: Snapshot } | { refused: string };

interface Ref extends Rect {
  sheet?: string;
}

/** A formula's text after the change, whether it reaches the changed rows, and the blocks it reads after it. */
interface Moved {
  formula: string;
  touched: boolean;
  refs: Ref[];
}

/** Excel's rewrite of one formula (without "="), or why it cannot be told. */
export function moveFormula(formula: string, sheetName: string, change: RowChange): Moved | { refused: string } {
  let tokens: { type: string; value: string }[];
  try {
    tokens = tokenize(formula) as { type: string; value: string }[];
  } catch {
    return { refused: `formula ${formula}` };
  }
  const at = change.first - 1;
  const end = at + change.count - 1;
  const n = change.count;
  let out = '';
  let touched = false;
  const refs: Ref[] = [];
  for (const t of tokens) {
    if (t.type === 'range_beam' || t.type === 'range_ternary' || t.type === 'unknown')
      return { refused: `reference ${t.value}` };
    if (t.type !== 'range') {
      out += t.value;
      continue;
    }
    const bang = t.value.lastIndexOf('!');
    const prefix = bang >= 0 ? t.value.slice(0, bang + 1) : '';
    const sheet = bang >= 0 ? unquote(t.value.slice(0, bang)) : undefined;
    const local = t.value.slice(bang + 1);
    const ends = local.split(':');
    const parts = ends.map(cellRef);
    if (parts.some((p) => p === undefined) || parts.length > 2) return { refused: `reference ${t.value}` };
    const [a, b = a] = parts as CellRef[];
    // External workbooks and other sheets do not move with this sheet's rows.
    if (sheet !== undefined && (sheet.startsWith('[') || sheet.toLowerCase() !== sheetName.toLowerCase())) {
      out += t.value;
      refs.push({ sheet, top: a.row, left: a.col, bottom: b.row, right: b.col });
      continue;
    }
    const top = Math.min(a.row, b.row);
    const bottom = Math.max(a.row, b.row);
    let [newTop, newBottom] = [top, bottom];
    if (change.kind === 'insert') {
      if (top >= at) [newTop, newBottom] = [top + n, bottom + n];
      else if (bottom >= at) {
        newBottom = bottom + n;
        touched = true;
      }
    } else {
      if (top >= at && bottom <= end) {
        // Excel writes the sheet's name before #REF! in a reference that named it: not predicted.
        if (prefix) return { refused: `reference ${t.value} deleted` };
        out += '#REF!';
        touched = true;
        continue;
      }
      if (top <= end && bottom >= at) touched = true;
      newTop = top < at ? top : top > end ? top - n : at;
      newBottom = bottom < at ? bottom : bottom > end ? bottom - n : at - 1;
    }
    const [first, last] = a.row <= b.row ? [newTop, newBottom] : [newBottom, newTop];
    out += prefix + writeRef(a, first) + (ends.length > 1 ? `:${writeRef(b, last)}` : '');
    refs.push({ sheet, top: newTop, left: Math.min(a.col, b.col), bottom: newBottom, right: Math.max(a.col, b.col) });
  }
  return { formula: out, touched, refs };
}

interface CellRef {
  row: number;
  col: number;
  absRow: boolean;
  absCol: boolean;
}

function cellRef(text: string): CellRef | undefined {
  const m = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})$/.exec(text);
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[2].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[4]) - 1, col: col - 1, absCol: m[1] === '$', absRow: m[3] === '$' };
}

function writeRef(ref: CellRef, row: number): string {
  return `${ref.absCol ? '$' : ''}${columnName(ref.col)}${ref.absRow ? '$' : ''}${row + 1}`;
}

function unquote(sheet: string): string {
  return sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

/** A block after the change: merged areas and the block read move as ranges do; undefined when wholly deleted. */
function moveRect(r: Rect, change: RowChange): Rect | undefined {
  const at = change.first - 1;
  const end = at + change.count - 1;
  const n = change.count;
  if (change.kind === 'insert') {
    if (r.top >= at) return { ...r, top: r.top + n, bottom: r.bottom + n };
    return r.bottom >= at ? { ...r, bottom: r.bottom + n } : r;
  }
  if (r.top >= at && r.bottom <= end) return undefined;
  const top = r.top < at ? r.top : r.top > end ? r.top - n : at;
  const bottom = r.bottom < at ? r.bottom : r.bottom > end ? r.bottom - n : at - 1;
  return { ...r, top, bottom };
}

const key = (row: number, col: number) => `${row},${col}`;

/** The sheet as Excel leaves it once the rows of `change` are inserted or deleted (nothing else written yet). */
export function predictRows(before: Snapshot, change: RowChange): Prediction {
  const at = change.first - 1;
  const n = change.count;
  const end = at + n - 1;
  const cells: (GridCell | undefined)[][] = [];
  const dirty = new Set<string>();
  const refs = new Map<string, Ref[]>();
  let refused: string | undefined;
  before.grid.cells.forEach((row, r) => {
    if (!row || refused) return;
    if (change.kind === 'delete' && r >= at && r <= end) return;
    const to = r < at ? r : change.kind === 'insert' ? r + n : r - n;
    row.forEach((cell, c) => {
      if (!cell || refused) return;
      let moved: GridCell = { ...cell };
      if (cell.formula !== undefined) {
        const m = moveFormula(cell.formula, before.sheetName, change);
        if ('refused' in m) {
          refused = m.refused;
          return;
        }
        moved = { ...moved, formula: m.formula };
        refs.set(key(to, c), m.refs);
        if (m.touched) dirty.add(key(to, c));
      }
      (cells[to] ??= [])[c] = moved;
    });
  });
  if (refused) return { refused };
  const read = before.read ? shiftRows(before.read, change) : undefined;
  const grid: Grid = {
    name: before.grid.name,
    cells,
    merges: before.grid.merges
      .map((m) => moveRect(m, change))
      .filter((m): m is MergedRange => m !== undefined && (m.bottom > m.top || m.right > m.left)),
  };
  const snapshot: Snapshot = {
    ...before,
    grid,
    read,
    used: before.used && moveRect(before.used, change),
  };
  const recomputed = recompute(snapshot, refs, dirty, new Set());
  return recomputed ?? { snapshot };
}

function shiftRows(read: Rect, change: RowChange): Rect {
  const rows = `${change.first}:${change.first + change.count - 1}`;
  return shiftRegion(read, change.kind === 'insert' ? 'RowInserted' : 'RowDeleted', rows) ?? read;
}

/**
 * The sheet once `finish` is written into it: cells written (a formula computed, with what depends on it), blocks
 * merged (Excel keeps a merged area's top-left value and clears the others). Validations change no cell.
 */
export function applyFinish(now: Snapshot, finish: RowsFinish): Prediction {
  const cells = now.grid.cells.map((row) => (row ? [...row] : row));
  const grid: Grid = { ...now.grid, cells, merges: [...now.grid.merges] };
  const dirty = new Set<string>();
  const changed = new Set<string>();
  const refs = new Map<string, Ref[]>();
  for (const { address, input } of finish.cells) {
    const at = parseRange(address);
    if (!at) return { refused: `cell ${address}` };
    const old = cells[at.top]?.[at.left];
    const cell = writtenCell(input, old);
    if (cell === undefined) delete (cells[at.top] ??= [])[at.left];
    else (cells[at.top] ??= [])[at.left] = cell;
    changed.add(key(at.top, at.left));
    if (cell?.formula !== undefined) dirty.add(key(at.top, at.left));
  }
  for (const address of finish.merges) {
    const area = parseRange(address);
    if (!area) return { refused: `merge ${address}` };
    if (area.top === area.bottom && area.left === area.right) continue;
    grid.merges = grid.merges.filter(
      (m) => !(m.left <= area.right && area.left <= m.right && m.top <= area.bottom && area.top <= m.bottom),
    );
    // Below ExcelApi 1.13 a read lists no merged area: neither does the prediction.
    if (!now.mergesUnknown) grid.merges.push(area);
    for (let r = area.top; r <= area.bottom; r++)
      for (let c = area.left; c <= area.right; c++)
        if ((r > area.top || c > area.left) && cells[r]?.[c]) {
          delete cells[r][c];
          changed.add(key(r, c));
        }
  }
  // Every formula's references, to know which read a changed cell (an insert of no rows moves none).
  const none: RowChange = { kind: 'insert', first: Number.MAX_SAFE_INTEGER, count: 0 };
  cells.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (cell?.formula === undefined) return;
      const m = moveFormula(cell.formula, now.sheetName, none);
      if ('refused' in m) dirty.add(key(r, c));
      else refs.set(key(r, c), m.refs);
    }),
  );
  const snapshot: Snapshot = { ...now, grid };
  return recompute(snapshot, refs, dirty, changed) ?? { snapshot };
}

/** A cell as Excel holds it after `input` is written over `old` (its number format stays); undefined: blank. */
function writtenCell(input: CellInput, old: GridCell | undefined): GridCell | undefined {
  const fmt = old?.numFmt !== undefined ? { numFmt: old.numFmt } : {};
  if ('formula' in input) return { value: null, formula: input.formula.replace(/^=/, ''), ...fmt };
  const v = input.value;
  if (v === null || v === '') return undefined;
  return { value: v, ...fmt };
}

/**
 * Computes again the formulas in `dirty` and those reading a cell whose value changed, until nothing changes (in
 * the grid, in place). Returns a refusal when one of them cannot be computed; undefined when done.
 */
function recompute(
  snapshot: Snapshot,
  refs: Map<string, Ref[]>,
  dirty: Set<string>,
  changed: Set<string>,
): { refused: string } | undefined {
  const { grid, read } = snapshot;
  // The formulas, kept apart from the grid: one whose result turns blank leaves the grid (as a read shows it).
  const formulas: { r: number; c: number; cell: GridCell }[] = [];
  grid.cells.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (cell?.formula !== undefined) formulas.push({ r, c, cell });
    }),
  );
  const reads = (k: string) =>
    (refs.get(k) ?? []).some(
      (ref) =>
        (ref.sheet === undefined || ref.sheet.toLowerCase() === snapshot.sheetName.toLowerCase()) &&
        [...changed].some((ch) => {
          const [r, c] = ch.split(',').map(Number);
          return r >= ref.top && r <= ref.bottom && c >= ref.left && c <= ref.right;
        }),
    );
  const context = {
    cell: (sheet: string | undefined, row: number, col: number): FormulaValue => {
      if (sheet !== undefined && sheet.toLowerCase() !== snapshot.sheetName.toLowerCase())
        throw new Unsupported(`sheet ${sheet}`);
      if (read && (row < read.top || row > read.bottom || col < read.left || col > read.right))
        throw new Unsupported('beyond the block read');
      const v = grid.cells[row]?.[col]?.value ?? null;
      return v;
    },
    call: basicFunction,
  };
  for (let pass = 0; pass <= formulas.length; pass++) {
    let again = false;
    for (const f of formulas) {
      const { r, c, cell } = f;
      const k = key(r, c);
      if (!dirty.has(k) && !reads(k)) continue;
      dirty.delete(k);
      let value;
      try {
        value = normalize(toCellValue(evaluateFormula(cell.formula!, context)));
      } catch (e) {
        return { refused: `=${cell.formula} (${e instanceof Error ? e.message : String(e)})` };
      }
      if (JSON.stringify(value) === JSON.stringify(cell.value)) continue;
      f.cell = { ...cell, value };
      // A formula whose result is blank reads as a blank cell (gridFromRange): so it is predicted.
      if (value === null || value === '') delete grid.cells[r][c];
      else grid.cells[r][c] = f.cell;
      again = true;
      changed.add(k);
    }
    if (!again && dirty.size === 0) return undefined;
  }
  return { refused: 'a circular reference' };
}

/** Excel's 15 significant digits (0.1 + 0.2 = 0.3). */
function normalize(v: ReturnType<typeof toCellValue>): ReturnType<typeof toCellValue> {
  return typeof v === 'number' ? Number(v.toPrecision(15)) : v;
}
