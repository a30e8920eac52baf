import { a1, parseA1, rangeA1, type Grid, type GridCell, type MergedRange } from '../core/cells';
import type { Bilingual } from '../core/findings';
import { foldLabel, INDICATOR_ANCHOR } from '../core/layout/annex1';
import type { Form } from '../core/model';
import { readForms } from '../core/reader/readForm';
import type { Snapshot } from './plan';
import type { CellInput, RowChange, RowsFinish } from './port';
import { parseRegion } from './region';

/** A form's indicator table as rows of the sheet (0-based, inclusive) and the column of its 三级指标. */
export interface IndicatorRows {
  top: number;
  bottom: number;
  /** The row of 总分, when the form has one. */
  totalRow?: number;
  nameCol: number;
  /** Columns left of the names that hold labels (绩效指标, 一级指标, 二级指标): they span the rows of a group. */
  labelCols: number[];
}

/** What adding or deleting an indicator row decided, before anything is written. */
export type RowsDecision =
  | { ok: true; change: RowChange }
  | { ok: false; problem: Bilingual }
  /** The rows hold what the user typed: deleted only once the user says so (`confirm` with this first row). */
  | { ok: false; ask: { first: number; count: number; text: Bilingual } };

const SELECT_A_ROW: Bilingual = {
  zh: '请先在指标表中选中一个三级指标所在的行',
  en: 'select a row of the indicator table (a level-3 indicator) first',
};

/** The indicator tables of the forms on a grid, found by the reader. */
export function indicatorTables(grid: Grid): IndicatorRows[] {
  return readForms(grid)
    .forms.map((form) => tableOf(grid, form))
    .filter((t): t is IndicatorRows => t !== undefined);
}

function tableOf(grid: Grid, form: Form): IndicatorRows | undefined {
  const rows: number[] = [];
  const cols: number[] = [];
  for (const ind of form.indicators) {
    for (const cell of [ind.nameCell, ind.target.cell, ind.weight.cell]) {
      const at = cell ? parseA1(cell) : undefined;
      if (at) rows.push(at.row);
    }
    const name = ind.nameCell ? parseA1(ind.nameCell) : undefined;
    if (name) cols.push(name.col);
  }
  const level1 = form.level1Groups.map((g) => (g.cell ? parseA1(g.cell) : undefined)).filter((x) => x !== undefined);
  rows.push(...level1.map((at) => at.row));
  if (rows.length === 0) return undefined;
  const top = Math.min(...rows);
  const total = form.totalLabelCell ? parseA1(form.totalLabelCell) : undefined;
  const nameCol = cols[0] ?? headerNameCol(grid, top);
  if (nameCol === undefined) return undefined;
  const bottom = total && total.row > top ? total.row - 1 : Math.max(...rows);
  const left = level1.length > 0 ? Math.max(0, Math.min(...level1.map((at) => at.col)) - 1) : Math.max(0, nameCol - 3);
  const labelCols = Array.from({ length: Math.max(0, nameCol - left) }, (_, i) => left + i);
  return { top, bottom, totalRow: total?.row, nameCol, labelCols };
}

/** The 三级指标 column from the header over the table (one or two rows above it), when no indicator names it. */
function headerNameCol(grid: Grid, top: number): number | undefined {
  for (let r = top - 1; r >= Math.max(0, top - 3); r--) {
    const row = grid.cells[r] ?? [];
    const c = row.findIndex((cell) => typeof cell?.value === 'string' && foldLabel(cell.value) === INDICATOR_ANCHOR);
    if (c >= 0) return c;
  }
  return undefined;
}

/** The table a block of the sheet lies in (its 总分 row counts as its last row), with the rows it covers. */
function tableAt(
  tables: IndicatorRows[],
  selection: string | undefined,
  sheetName: string,
): { table: IndicatorRows; top: number; bottom: number } | undefined {
  if (!selection) return undefined;
  const bang = selection.lastIndexOf('!');
  if (bang > 0 && selection.slice(0, bang).replace(/^'|'$/g, '').replace(/''/g, "'") !== sheetName) return undefined;
  const rect = parseRegion(selection);
  if (!rect) return undefined;
  for (const table of tables) {
    const last = table.totalRow ?? table.bottom;
    if (rect.bottom < table.top || rect.top > last) continue;
    return { table, top: Math.max(rect.top, table.top), bottom: Math.min(rect.bottom, table.bottom) };
  }
  return undefined;
}

/**
 * Where 添加指标行 puts a row: under the selected row of the indicator table (a 二级指标 label selected: under its
 * last row; 总分 selected: under the table's last row), in the same groups. `count` rows for a paste that needs them.
 */
export function locateInsert(snapshot: Snapshot, selection: string | undefined, count = 1): RowsDecision {
  const at = tableAt(indicatorTables(snapshot.grid), selection, snapshot.sheetName);
  if (!at) return { ok: false, problem: SELECT_A_ROW };
  return { ok: true, change: { kind: 'insert', first: at.bottom + 2, count } };
}

/**
 * Room for a block of `rows` rows pasted from row `top` (1-based) into an indicator table: the rows it would spill
 * over the table's last row (onto 总分 and below) are inserted under that row first. No change when it fits, or
 * when the paste does not start in a table.
 */
export function locateRoom(snapshot: Snapshot, top: number, rows: number): RowsDecision {
  const table = indicatorTables(snapshot.grid).find((t) => t.top <= top - 1 && top - 1 <= t.bottom);
  const spill = table ? top - 1 + rows - 1 - table.bottom : 0;
  if (!table || spill <= 0) return { ok: false, problem: FITS };
  return { ok: true, change: { kind: 'insert', first: table.bottom + 2, count: spill } };
}

const FITS: Bilingual = { zh: '粘贴内容在指标表内', en: 'the paste fits in the indicator table' };

/**
 * Which rows 删除指标行 removes: the selected rows of the indicator table; never all of them. Rows holding what the
 * user typed are removed only when `confirmed` names their first row (the user was asked).
 */
export function locateDelete(snapshot: Snapshot, selection: string | undefined, confirmed?: number): RowsDecision {
  const at = tableAt(indicatorTables(snapshot.grid), selection, snapshot.sheetName);
  if (!at || at.top > at.table.bottom) return { ok: false, problem: SELECT_A_ROW };
  const count = at.bottom - at.top + 1;
  if (count >= at.table.bottom - at.table.top + 1)
    return {
      ok: false,
      problem: {
        zh: '指标表至少要保留一行三级指标',
        en: 'the indicator table keeps at least one level-3 indicator row',
      },
    };
  const change: RowChange = { kind: 'delete', first: at.top + 1, count };
  const filled = filledCells(snapshot.grid, at.top, at.bottom, at.table.nameCol);
  if (filled.length > 0 && confirmed !== change.first) {
    const rows = count === 1 ? `第 ${change.first} 行` : `第 ${change.first}–${change.first + count - 1} 行`;
    const rowsEn = count === 1 ? `row ${change.first}` : `rows ${change.first}–${change.first + count - 1}`;
    return {
      ok: false,
      ask: {
        first: change.first,
        count,
        text: {
          zh: `${rows}已填写内容（${filled.slice(0, 3).join('、')}${filled.length > 3 ? '…' : ''}），删除后无法在此恢复。仍要删除吗？`,
          en: `${rowsEn} hold what was typed (${filled.slice(0, 3).join(', ')}${filled.length > 3 ? '…' : ''}); delete anyway?`,
        },
      },
    };
  }
  return { ok: true, change };
}

/** The cells of the rows, from the name column on, that hold something (their own, not a merge's from above). */
function filledCells(grid: Grid, top: number, bottom: number, fromCol: number): string[] {
  const out: string[] = [];
  for (let r = top; r <= bottom; r++) {
    const row = grid.cells[r] ?? [];
    for (let c = fromCol; c < row.length; c++) {
      const v = row[c]?.value;
      if (v === null || v === undefined || v === '' || coveredFromAbove(grid, r, c)) continue;
      out.push(a1(r, c));
    }
  }
  return out;
}

function coveredFromAbove(grid: Grid, r: number, c: number): boolean {
  return grid.merges.some((m) => m.top < r && r <= m.bottom && m.left <= c && c <= m.right);
}

/**
 * What completes rows inserted under an indicator row (by ZiPing or by the user in Excel): Excel widens what spans
 * across the new rows, not what ends just above them. So the new rows join the groups of the row above: the label
 * merges ending there take them in (a one-row group's label is merged down over them), the row's own merges across
 * columns are repeated, and every formula's range ending on that row (分值 and 得分 totals, a 一级指标's sum)
 * reaches the new rows; the new rows' cells take the data validation of the row above (Excel gives it to rows
 * inserted inside a validated block only, not under its last row). Computed on the sheet as it is after the insert.
 */
export function finishInsert(after: Snapshot, change: RowChange): RowsFinish {
  const grid = after.grid;
  const above = change.first - 2;
  const last = above + change.count;
  const merges: MergedRange[] = [];
  const cells: RowsFinish['cells'] = [];
  if (above < 0) return { merges: [], cells };
  const table = indicatorTables(grid).find((t) => t.top <= above && above <= t.bottom);
  if (!table) return { merges: [], cells };
  for (const m of grid.merges) {
    if (m.bottom === above && m.top < above) merges.push({ ...m, bottom: last });
    else if (m.top === above && m.bottom === above && m.left >= table.nameCol)
      for (let r = above + 1; r <= last; r++) merges.push({ ...m, top: r, bottom: r });
  }
  for (const c of table.labelCols) {
    if (grid.merges.some((m) => m.left <= c && c <= m.right && m.top <= above && above <= m.bottom)) continue;
    // The rows under the new ones go on unlabelled: the group spans the new rows already.
    const next = last + 1;
    if (next <= table.bottom && isBlank(grid.cells[next]?.[c])) continue;
    // A label standing alone on its row heads a one-row group; where Excel cannot tell merged areas, a label above
    // with nothing under it heads a group its merge (not widened by Excel) stops short of the new rows. A merge
    // takes in only blank cells: what the user typed in a new row stays.
    const head = isBlank(grid.cells[above]?.[c])
      ? after.mergesUnknown
        ? headAbove(grid, table, c, above)
        : undefined
      : above;
    if (head !== undefined && blankBetween(grid, c, head + 1, last))
      merges.push({ top: head, left: c, bottom: last, right: c });
  }
  eachFormula(grid, (address, formula) => {
    const moved = reachRows(formula, above + 1, change.count);
    if (moved !== formula) cells.push({ address, input: { formula: `=${moved}` } });
  });
  const right = after.read?.right ?? Math.max(...grid.cells.map((row) => row?.length ?? 0)) - 1;
  const validations = rangeA1({ top: above + 1, left: table.nameCol, bottom: last, right });
  return { merges: merges.map(rangeA1), cells, validations };
}

/**
 * Without merged areas to read (below ExcelApi 1.13), the label a blank label cell of row `row` stands under: the
 * nearest above it in the table, or, for the first label column blank all down the table, its header (绩效指标
 * spans the whole table). Merging down from it then takes in blank cells only, whether they were merged or not.
 */
function headAbove(grid: Grid, table: IndicatorRows, col: number, row: number): number | undefined {
  for (let r = row; r >= table.top; r--) if (!isBlank(grid.cells[r]?.[col])) return r;
  if (col !== table.labelCols[0] || !blankBetween(grid, col, table.top, table.bottom)) return undefined;
  for (let r = table.top - 1; r >= Math.max(0, table.top - 2); r--) if (!isBlank(grid.cells[r]?.[col])) return r;
  return undefined;
}

function blankBetween(grid: Grid, col: number, from: number, to: number): boolean {
  for (let r = from; r <= to; r++) if (!isBlank(grid.cells[r]?.[col])) return false;
  return true;
}

/**
 * What completes rows deleted from an indicator table (by ZiPing, or by the user with Excel's own Delete): Excel
 * (and the double) drop a group label with its row, so a label that stood in a deleted row while its group goes on
 * below (merged down, or left blank under it) is written again on the group's first row left, its formula's
 * ranges shrunk as Excel shrinks them, its merge kept. `before` is the sheet as it was (read before ZiPing's own
 * delete, or remembered from the last recomputation); `after` as it is now: only a cell blank there is written.
 */
export function finishDelete(before: Snapshot, after: Snapshot | undefined, change: RowChange): RowsFinish {
  // Decided before the delete and sent with it: what moves up onto the first row is what stands under the rows.
  if (!after) return labelsBack(before, change, () => true);
  if (!rowsFollow(before, after, change)) return { merges: [], cells: [] };
  const first = change.first - 1;
  return labelsBack(before, change, (c) => isBlank(after.grid.cells[first]?.[c]));
}

/** Whether deleting the rows of `change` from the sheet as `before` shows it drops a group label. */
export function dropsLabels(before: Snapshot, change: RowChange): boolean {
  return labelsBack(before, change, () => true).cells.length > 0;
}

/** The labels lost with the rows of `change`, written back where `free` says the cell is blank now. */
function labelsBack(before: Snapshot, change: RowChange, free: (col: number) => boolean): RowsFinish {
  const first = change.first - 1;
  const end = first + change.count - 1;
  const cells: RowsFinish['cells'] = [];
  const merges: MergedRange[] = [];
  const table = indicatorTables(before.grid).find((t) => t.top <= end && first <= t.bottom);
  // The rows deleted hold the table's last rows: no group goes on below them.
  if (!table || end >= table.bottom) return { merges: [], cells };
  for (const c of table.labelCols) {
    const head = groupHead(before.grid, table, end + 1, c);
    if (head === undefined || head < first || head > end || !free(c)) continue;
    const label = before.grid.cells[head]![c]!;
    const input: CellInput = label.formula
      ? { formula: `=${shrinkRows(label.formula, first + 1, change.count)}` }
      : { value: typeof label.value === 'object' ? null : label.value };
    cells.push({ address: a1(first, c), input });
    const merge = before.grid.merges.find((m) => m.top === head && m.left === c);
    if (merge && merge.bottom - change.count > first)
      merges.push({ top: first, left: merge.left, bottom: merge.bottom - change.count, right: merge.right });
  }
  return { merges: merges.map(rangeA1), cells };
}

/**
 * Whether `after` is `before` with the rows of `change` taken out, as far as the indicator names under them tell:
 * a sheet remembered from before another change, or edited since, is not used to write labels back.
 */
function rowsFollow(before: Snapshot, after: Snapshot, change: RowChange): boolean {
  const end = change.first - 1 + change.count - 1;
  const table = indicatorTables(before.grid).find((t) => t.top <= end && change.first - 1 <= t.bottom);
  if (!table) return false;
  for (let r = end + 1; r <= (table.totalRow ?? table.bottom); r++) {
    const was = before.grid.cells[r]?.[table.nameCol];
    const now = after.grid.cells[r - change.count]?.[table.nameCol];
    if (!(isBlank(was) && isBlank(now)) && JSON.stringify(was?.value) !== JSON.stringify(now?.value)) return false;
  }
  return true;
}

/**
 * The row whose label heads the group row `row` belongs to in label column `col`: the top of a merge over it, else
 * the nearest labelled row above it (blank cells under a label go on with its group); undefined when the label is
 * another column's (a merge from the left) or none stands above within the table.
 */
function groupHead(grid: Grid, table: IndicatorRows, row: number, col: number): number | undefined {
  const merge = grid.merges.find((m) => m.top <= row && row <= m.bottom && m.left <= col && col <= m.right);
  if (merge) return merge.left === col && !isBlank(grid.cells[merge.top]?.[col]) ? merge.top : undefined;
  for (let r = row; r >= table.top; r--) if (!isBlank(grid.cells[r]?.[col])) return r;
  return undefined;
}

function isBlank(cell: GridCell | undefined): boolean {
  return cell === undefined || cell.value === null || cell.value === '';
}

function eachFormula(grid: Grid, visit: (address: string, formula: string) => void): void {
  grid.cells.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (cell?.formula) visit(a1(r, c), cell.formula);
    }),
  );
}

/** A same-column range "G20:G25" ($ allowed), outside string literals. */
const COLUMN_RANGE = /("(?:[^"]|"")*")|(\$?)([A-Z]{1,3})(\$?)(\d+):(\$?)([A-Z]{1,3})(\$?)(\d+)/g;

function mapRanges(formula: string, map: (top: number, bottom: number) => [number, number]): string {
  return formula.replace(COLUMN_RANGE, (whole, text, d1, c1, d2, r1, d3, c2, d4, r2) => {
    if (text !== undefined || c1 !== c2) return whole;
    const [top, bottom] = map(Number(r1), Number(r2));
    return `${d1}${c1}${d2}${top}:${d3}${c2}${d4}${bottom}`;
  });
}

/** Ranges that end on row `row` (1-based) reach `count` rows further. */
function reachRows(formula: string, row: number, count: number): string {
  return mapRanges(formula, (top, bottom) => (bottom === row && top <= bottom ? [top, bottom + count] : [top, bottom]));
}

/** Ranges as Excel moves them when `count` rows from row `first` (1-based) are deleted. */
function shrinkRows(formula: string, first: number, count: number): string {
  const end = first + count - 1;
  const move = (r: number) => (r > end ? r - count : r);
  return mapRanges(formula, (top, bottom) => {
    const t = top >= first && top <= end ? first : move(top);
    const b = bottom >= first && bottom <= end ? first - 1 : move(bottom);
    return [t, Math.max(t, b)];
  });
}
