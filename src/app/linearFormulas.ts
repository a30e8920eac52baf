import { parseA1, type Grid } from '../core/cells';

/** Formulas made only of cell references, ranges, SUM, N and +: a change in a referenced cell adds to them. */
const LINEAR =
  /^=?(?:\s*\+?\s*(?:(?:SUM|N)\(\s*(?:\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)(?:\s*,\s*\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)*\s*\)|\$?[A-Z]{1,3}\$?\d+))+\s*$/i;
const REF = /\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?/gi;

/**
 * Brings the results of simple total formulas (=N(I6)+SUM(H14:H24)) up to date with the scores ZiPing is about
 * to write, so that the findings it shows match what Excel will compute, without another round trip to read
 * them. Other formulas keep their values.
 */
export function propagateWrites(
  grid: Grid,
  before: Map<string, number>,
  writes: { address: string; value: number | null }[],
): void {
  const deltas = writes
    .map((w) => ({ at: parseA1(w.address)!, delta: (w.value ?? 0) - (before.get(w.address) ?? 0) }))
    .filter((d) => d.at && d.delta !== 0);
  if (deltas.length === 0) return;
  grid.cells.forEach((row, r) => {
    row?.forEach((cell, c) => {
      if (!cell?.formula || !LINEAR.test(cell.formula) || (cell.value !== null && typeof cell.value !== 'number'))
        return;
      let sum = 0;
      for (const m of cell.formula.matchAll(REF)) {
        const a = parseA1(`${m[1]}${m[2]}`)!;
        const b = m[3] ? parseA1(`${m[3]}${m[4]}`)! : a;
        for (const d of deltas)
          if (
            d.at.row >= Math.min(a.row, b.row) &&
            d.at.row <= Math.max(a.row, b.row) &&
            d.at.col >= Math.min(a.col, b.col) &&
            d.at.col <= Math.max(a.col, b.col)
          )
            sum += d.delta;
      }
      if (sum !== 0) grid.cells[r][c] = { ...cell, value: Math.round(((cell.value ?? 0) + sum) * 1e9) / 1e9 };
    });
  });
}
