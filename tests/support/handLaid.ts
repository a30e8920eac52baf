import type { Grid, GridCell, MergedRange } from '../../src/core/cells';

/** A cell spanning `cols` columns and `rows` rows, as a published table writes it. */
export interface Span {
  v: GridCell['value'];
  cols?: number;
  rows?: number;
  numFmt?: string;
}

export const span = (v: GridCell['value'], cols = 1, rows = 1): Span => ({ v, cols, rows });

export type HandRow = (GridCell['value'] | Span)[];

function isSpan(item: GridCell['value'] | Span): item is Span {
  return typeof item === 'object' && item !== null && 'v' in item;
}

/**
 * A sheet laid out as an HTML table is: each cell takes the next column not taken by a cell spanning down from a
 * row above; spans become merged ranges, their value in the top-left cell.
 */
export function handLaid(name: string, rows: HandRow[]): Grid {
  const cells: (GridCell | undefined)[][] = [];
  const merges: MergedRange[] = [];
  const taken = new Set<string>();
  rows.forEach((row, r) => {
    cells[r] ??= [];
    let col = 0;
    for (const item of row) {
      while (taken.has(`${r}:${col}`)) col++;
      const cell = isSpan(item) ? item : { v: item };
      const width = cell.cols ?? 1;
      const height = cell.rows ?? 1;
      for (let dr = 0; dr < height; dr++) for (let dc = 0; dc < width; dc++) taken.add(`${r + dr}:${col + dc}`);
      if (width > 1 || height > 1) merges.push({ top: r, left: col, bottom: r + height - 1, right: col + width - 1 });
      if (cell.v !== null && cell.v !== '') {
        cells[r][col] = cell.numFmt === undefined ? { value: cell.v } : { value: cell.v, numFmt: cell.numFmt };
      }
      col += width;
    }
  });
  return { name, cells, merges };
}
