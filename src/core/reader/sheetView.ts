import { a1, type CellValue, type Grid, type GridCell, type MergedRange } from '../cells';
import type { Entry } from '../model';
import { foldLabel } from '../layout/annex1';

/** A grid seen through its merges: a value in a merged range belongs to every cell the range covers. */
export class SheetView {
  readonly rows: number;
  readonly cols: number;
  private readonly mergeOf = new Map<number, MergedRange>();
  private readonly folded = new Map<number, string>();

  constructor(readonly grid: Grid) {
    this.rows = grid.cells.length;
    let cols = 0;
    for (const row of grid.cells) if (row && row.length > cols) cols = row.length;
    this.cols = cols;
    for (const m of grid.merges) {
      if (m.bottom < m.top || m.right < m.left) continue;
      // Huge merges (whole columns) would flood the index: clip them to the cells that exist.
      const bottom = Math.min(m.bottom, this.rows - 1);
      const right = Math.min(m.right, this.cols - 1);
      for (let r = m.top; r <= bottom; r++) for (let c = m.left; c <= right; c++) this.mergeOf.set(this.key(r, c), m);
    }
  }

  private key(r: number, c: number): number {
    return r * 20000 + c;
  }

  raw(r: number, c: number): GridCell | undefined {
    return this.grid.cells[r]?.[c];
  }

  merge(r: number, c: number): MergedRange | undefined {
    return this.mergeOf.get(this.key(r, c));
  }

  /** The cell whose value (r, c) shows: the merge's top-left cell, or (r, c) itself. */
  master(r: number, c: number): { row: number; col: number } {
    const m = this.merge(r, c);
    return m ? { row: m.top, col: m.left } : { row: r, col: c };
  }

  cell(r: number, c: number): GridCell | undefined {
    const { row, col } = this.master(r, c);
    return this.raw(row, col);
  }

  value(r: number, c: number): CellValue {
    return this.cell(r, c)?.value ?? null;
  }

  isEmpty(r: number, c: number): boolean {
    const v = this.value(r, c);
    return v === null || (typeof v === 'string' && v.replace(/[\s\u3000]+/g, '') === '');
  }

  /** The label-folded text of a string cell ('' for anything else). */
  label(r: number, c: number): string {
    const { row, col } = this.master(r, c);
    const k = this.key(row, col);
    let f = this.folded.get(k);
    if (f === undefined) {
      const v = this.raw(row, col)?.value;
      f = typeof v === 'string' ? foldLabel(v) : '';
      this.folded.set(k, f);
    }
    return f;
  }

  /** The value at (r, c) as an Entry, addressed at the cell that holds it. */
  entry(r: number, c: number): Entry {
    const { row, col } = this.master(r, c);
    const cell = this.raw(row, col);
    const entry: Entry = { cell: a1(row, col), value: cell?.value ?? null };
    if (cell?.numFmt) entry.numFmt = cell.numFmt;
    return entry;
  }

  /** The columns a cell spans (its merge's, or its own). */
  span(r: number, c: number): { left: number; right: number } {
    const m = this.merge(r, c);
    return m ? { left: m.left, right: m.right } : { left: c, right: c };
  }
}
