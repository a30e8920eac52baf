import ExcelJS from 'exceljs';
import { parseRange, type Grid, type GridCell, type MergedRange } from '../../core/cells';
import { hasUncomputedFormula } from './cellValue';
import { gridCell, sortedMerges } from './gridCell';
import { ensureCjkDateFormats } from './cjkDateFormats';
import { WorkbookError } from './errors';
import { assertReadableXlsx } from './guard';
import { readWorkbookLean } from './leanReader';

/**
 * Reads an .xlsx file into one Grid per worksheet, in workbook order (chart sheets are skipped). Hidden rows and
 * columns are read like any other. Throws a WorkbookError, with a message fit for the user, when the file is not
 * a readable .xlsx.
 */
export async function readWorkbook(data: Buffer | Uint8Array, fileName: string): Promise<Grid[]> {
  return readWorkbookWith(data, fileName, 'lean');
}

/**
 * readWorkbook with a choice of reader: 'lean' reads with leanReader.ts where it can and with exceljs otherwise,
 * 'exceljs' with exceljs alone (the reader the lean one is tested against).
 */
export async function readWorkbookWith(
  data: Buffer | Uint8Array,
  fileName: string,
  reader: 'lean' | 'exceljs',
): Promise<Grid[]> {
  const buffer = Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  await assertReadableXlsx(buffer, fileName);
  ensureCjkDateFormats();
  const grids = (reader === 'lean' ? readWorkbookLean(buffer) : undefined) ?? (await readWithExceljs(buffer, fileName));
  // The formula libraries load only for a file that needs them: a workbook saved by Excel has every result.
  if (grids.some(hasUncomputedFormula)) {
    const { computeMissingResults } = await import('./formulas');
    for (const [grid, cells] of computeMissingResults(grids)) grid.uncalculated = cells;
  }
  return grids;
}

async function readWithExceljs(buffer: Buffer, fileName: string): Promise<Grid[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ExcelJsBuffer);
  } catch (cause) {
    throw new WorkbookError('corrupt', fileName, cause);
  }
  return workbook.worksheets.map(sheetToGrid);
}

/**
 * exceljs declares its own global `Buffer extends ArrayBuffer`, which no Node Buffer satisfies with TypeScript's
 * generic typed arrays; at run time it takes any Buffer.
 */
type ExcelJsBuffer = Parameters<ExcelJS.Xlsx['load']>[0];

export function sheetToGrid(sheet: ExcelJS.Worksheet): Grid {
  const cells: (GridCell | undefined)[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // A merged range's other cells report the top-left cell's value; the Grid keeps it in the top-left only.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const read = toGridCell(cell);
      if (!read) return;
      (cells[rowNumber - 1] ??= [])[colNumber - 1] = read;
    });
  });
  // Every row up to the last one with a value is an array, so `cells[r][c]` never throws on a blank row.
  for (let r = 0; r < cells.length; r++) cells[r] ??= [];
  return { name: sheet.name, cells, merges: readMerges(sheet) };
}

function toGridCell(cell: ExcelJS.Cell): GridCell | undefined {
  return gridCell(valueOf(cell), formulaOf(cell), cell.numFmt);
}

/**
 * What exceljs holds for the cell. Its formula value drops a cached result that is falsy (a formula showing 0 or
 * FALSE would read as never computed, i.e. blank); `cell.result` still has it.
 */
function valueOf(cell: ExcelJS.Cell): unknown {
  const value: unknown = cell.value;
  if (
    typeof value !== 'object' ||
    value === null ||
    !('formula' in value || 'sharedFormula' in value) ||
    'result' in value
  )
    return value;
  try {
    const result: unknown = cell.result;
    return result === undefined ? value : { ...value, result };
  } catch {
    return value;
  }
}

function formulaOf(cell: ExcelJS.Cell): string | undefined {
  try {
    const f = cell.formula;
    return typeof f === 'string' && f !== '' ? f : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The merge list. exceljs keeps it in the undocumented `_merges` (master address → Range, 1-based); reading it
 * avoids `worksheet.model`, which re-serialises every row. Falls back to `model.merges` ("A1:B2") when absent.
 */
function readMerges(sheet: ExcelJS.Worksheet): MergedRange[] {
  const internal: unknown = Reflect.get(sheet, '_merges');
  if (typeof internal === 'object' && internal !== null) return sortedMerges(Object.values(internal));
  const ranges: MergedRange[] = [];
  for (const text of sheet.model.merges ?? []) {
    const range = parseRange(text);
    if (range) ranges.push(range);
  }
  return ranges.sort((a, b) => a.top - b.top || a.left - b.left);
}
