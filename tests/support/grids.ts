import { a1, parseA1, rangeA1, type Grid, type GridCell } from '../../src/core/cells';
import type { Expected } from './workbook';

/** The cell at an A1 address, or undefined when empty. */
export function cellAt(grid: Grid, address: string): GridCell | undefined {
  const at = parseA1(address);
  if (!at) throw new Error(`not an address: ${address}`);
  return grid.cells[at.row]?.[at.col];
}

/** Every non-empty cell by A1 address, and the merges as sorted A1 ranges: a Grid in comparable form. */
export function flatten(grid: Grid): { cells: Map<string, Expected>; merges: string[] } {
  const cells = new Map<string, Expected>();
  grid.cells.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (cell && cell.value !== null)
        cells.set(
          a1(r, c),
          cell.numFmt === undefined ? { value: cell.value } : { value: cell.value, numFmt: cell.numFmt },
        );
    }),
  );
  return { cells, merges: grid.merges.map(rangeA1).sort() };
}

export function findGrid(grids: Grid[], name: string): Grid {
  const grid = grids.find((g) => g.name === name);
  if (!grid) throw new Error(`no sheet "${name}" among ${grids.map((g) => g.name).join(', ')}`);
  return grid;
}
