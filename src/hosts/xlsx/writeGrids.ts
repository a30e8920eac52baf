import ExcelJS from 'exceljs';
import { isCellError, type CellValue, type Grid } from '../../core/cells';

/**
 * Writes Grids as an .xlsx workbook, one worksheet per Grid: values, formulas, number formats and merges, nothing else.
 * Dates stay what the Grid holds, serial numbers with their date format. The inverse of readWorkbook.
 */
export async function writeGridsToXlsx(grids: Grid[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const grid of grids) {
    const sheet = workbook.addWorksheet(grid.name);
    grid.cells.forEach((row, r) => {
      row?.forEach((cell, c) => {
        if (!cell || (cell.value === null && !cell.formula)) return;
        const target = sheet.getCell(r + 1, c + 1);
        // A formula is written without a cached result: the spreadsheet that opens the file computes it.
        target.value = cell.formula
          ? ({ formula: cell.formula } as ExcelJS.CellFormulaValue)
          : toExcelValue(cell.value as Exclude<CellValue, null>);
        if (cell.numFmt !== undefined) target.numFmt = cell.numFmt;
      });
    });
    for (const m of grid.merges) {
      if (m.bottom > m.top || m.right > m.left) sheet.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    }
  }
  const written = await workbook.xlsx.writeBuffer();
  return Buffer.from(written);
}

function toExcelValue(value: Exclude<CellValue, null>): ExcelJS.CellValue {
  if (!isCellError(value)) return value;
  // exceljs declares only the seven classic error codes, but writes any code it is given (#SPILL!, #CALC!…).
  return { error: value.error } as ExcelJS.CellErrorValue;
}
