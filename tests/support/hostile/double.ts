import { isCellError, type Grid } from '../../../src/core/cells';
import { ExcelDouble, type ApiVersion, type SavedWorkbook } from '../../../src/hosts/excelDouble';

type SavedSheet = SavedWorkbook['sheets'][number];
type SavedCell = SavedSheet['cells'][number];
type SavedFormat = SavedSheet['formats']['cells'][number];

/** The sheet id the double gives its n-th sheet (1-based). */
function sheetId(n: number): string {
  return `{00000000-${n.toString(16).toUpperCase().padStart(4, '0')}-0000-0000-000000000000}`;
}

/**
 * Grids read from an .xlsx as the Excel double's saved workbook: values (cached formula results, errors), number
 * formats and merges, as Excel would hold them after opening the file. Hidden rows and columns are not modelled
 * by the double; formulas are not in the Grid (only their cached results).
 */
export function savedWorkbookOf(grids: Grid[]): SavedWorkbook {
  const sheets: SavedSheet[] = grids.map((grid, i) => {
    const cells: SavedCell[] = [];
    const formats: SavedFormat[] = [];
    grid.cells.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (!cell) return;
        const v = cell.value;
        if (v !== null)
          cells.push([r, c, isCellError(v) ? { kind: 'error', error: v.error } : { kind: 'value', value: v }]);
        if (cell.numFmt !== undefined) formats.push([r, c, { numberFormat: cell.numFmt }]);
      }),
    );
    return {
      id: sheetId(i + 1),
      name: grid.name,
      cells,
      formats: { cells: formats, layers: [] },
      merges: grid.merges.filter((m) => m.bottom > m.top || m.right > m.left).map((m) => ({ ...m })),
      conditionalFormats: [],
      notes: [],
      validations: [],
      hyperlinks: [],
      columnWidths: [],
      pageLayout: { orientation: 'Portrait', paperSize: 'Letter', zoom: { scale: 100 }, printTitleRows: null },
    };
  });
  return {
    format: 'ziping-excel-double',
    version: 1,
    activeSheetId: sheets[0]?.id ?? '',
    nextSheetNumber: sheets.length + 1,
    nextObjectNumber: 1,
    settings: {},
    sheets,
  };
}

/** A fresh Excel double with the workbook open, as after double-clicking the file. */
export function openInDouble(grids: Grid[], apiVersion: ApiVersion = '1.18'): ExcelDouble {
  return ExcelDouble.open(JSON.stringify(savedWorkbookOf(grids)), { apiVersion, sharedRuntime: apiVersion !== '1.7' });
}
