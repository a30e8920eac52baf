import type { Grid, GridCell, MergedRange } from '../../src/core/cells';
import type { CorpusSheet, Row, Spanned, Value } from './types';

/** A cell spanning `c` columns and `r` rows, as a published table writes it. */
export function m(v: Value, c = 1, r = 1): Spanned {
  return { v, c, r };
}

function isSpanned(item: Value | Spanned): item is Spanned {
  return typeof item === 'object' && item !== null;
}

/**
 * Lays a sheet's rows out as an HTML table does: each cell takes the next column not already taken by a cell
 * spanning down from a row above; spans become merged ranges. The value of a merged range sits in its top-left cell.
 */
export function layOut(sheet: CorpusSheet): Grid {
  const cells: (GridCell | undefined)[][] = [];
  const merges: MergedRange[] = [];
  const taken = new Set<string>();
  sheet.rows.forEach((row: Row, r) => {
    let col = 0;
    for (const item of row) {
      while (taken.has(`${r}:${col}`)) col++;
      const cell = isSpanned(item) ? item : { v: item };
      const width = cell.c ?? 1;
      const height = cell.r ?? 1;
      for (let dr = 0; dr < height; dr++) {
        for (let dc = 0; dc < width; dc++) {
          const at = `${r + dr}:${col + dc}`;
          // A span over a place already taken is a transcription slip: say where, rather than build an impossible sheet.
          if (taken.has(at))
            throw new Error(
              `${sheet.name}: row ${r + 1}, item ${row.indexOf(item) + 1} overlaps a spanned cell at row ${r + dr + 1}, column ${col + dc + 1}`,
            );
          taken.add(at);
        }
      }
      if (width > 1 || height > 1) merges.push({ top: r, left: col, bottom: r + height - 1, right: col + width - 1 });
      if (cell.v !== null && cell.v !== '') {
        (cells[r] ??= [])[col] = cell.fmt === undefined ? { value: cell.v } : { value: cell.v, numFmt: cell.fmt };
      }
      col += width;
    }
  });
  return { name: sheet.name, cells, merges };
}
