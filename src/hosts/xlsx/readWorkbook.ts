import ExcelJS from 'exceljs';
import { parseRange, type Grid, type GridCell, type MergedRange } from '../../core/cells';
import { convertValue, DEFAULT_DATE_FORMAT, hasUncomputedFormula } from './cellValue';
import { ensureCjkDateFormats } from './cjkDateFormats';
import { WorkbookError } from './errors';
import { assertReadableXlsx } from './guard';

/**
 * Reads an .xlsx file into one Grid per worksheet, in workbook order (chart sheets are skipped). Hidden rows and
 * columns are read like any other. Throws a WorkbookError, with a message fit for the user, when the file is not
 * a readable .xlsx.
 */
export async function readWorkbook(data: Buffer | Uint8Array, fileName: string): Promise<Grid[]> {
  const buffer = Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  await assertReadableXlsx(buffer, fileName);
  ensureCjkDateFormats();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ExcelJsBuffer);
  } catch (cause) {
    throw new WorkbookError('corrupt', fileName, cause);
  }
  const grids = workbook.worksheets.map(sheetToGrid);
  // The formula libraries load only for a file that needs them: a workbook saved by Excel has every result.
  if (grids.some(hasUncomputedFormula)) {
    const { computeMissingResults } = await import('./formulas');
    for (const [grid, cells] of computeMissingResults(grids)) grid.uncalculated = cells;
  }
  return grids;
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
      const gridCell = toGridCell(cell);
      if (!gridCell) return;
      (cells[rowNumber - 1] ??= [])[colNumber - 1] = gridCell;
    });
  });
  // Every row up to the last one with a value is an array, so `cells[r][c]` never throws on a blank row.
  for (let r = 0; r < cells.length; r++) cells[r] ??= [];
  return { name: sheet.name, cells, merges: readMerges(sheet) };
}

function toGridCell(cell: ExcelJS.Cell): GridCell | undefined {
  const { value, isDate } = convertValue(valueOf(cell));
  const formula = formulaOf(cell);
  if (value === null && formula === undefined) return undefined;
  const numFmt = keptFormat(cell.numFmt);
  const out: GridCell = isDate
    ? { value, numFmt: numFmt ?? DEFAULT_DATE_FORMAT }
    : numFmt === undefined
      ? { value }
      : { value, numFmt };
  // The formula is kept beside its cached result: a report's formulas tell which form sheet it belongs to.
  if (formula !== undefined) out.formula = formula;
  return out;
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

function keptFormat(numFmt: unknown): string | undefined {
  if (typeof numFmt !== 'string' || numFmt === '' || numFmt.toLowerCase() === 'general') return undefined;
  return numFmt;
}

/**
 * The merge list. exceljs keeps it in the undocumented `_merges` (master address → Range, 1-based); reading it
 * avoids `worksheet.model`, which re-serialises every row. Falls back to `model.merges` ("A1:B2") when absent.
 */
function readMerges(sheet: ExcelJS.Worksheet): MergedRange[] {
  const internal: unknown = Reflect.get(sheet, '_merges');
  const ranges: MergedRange[] = [];
  if (typeof internal === 'object' && internal !== null) {
    for (const range of Object.values(internal)) {
      if (isRangeBox(range)) {
        ranges.push({ top: range.top - 1, left: range.left - 1, bottom: range.bottom - 1, right: range.right - 1 });
      }
    }
  } else {
    for (const text of sheet.model.merges ?? []) {
      const range = parseRange(text);
      if (range) ranges.push(range);
    }
  }
  return ranges.sort((a, b) => a.top - b.top || a.left - b.left);
}

interface RangeBox {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function isRangeBox(value: unknown): value is RangeBox {
  if (typeof value !== 'object' || value === null) return false;
  return (['top', 'left', 'bottom', 'right'] as const).every((key) => {
    const n: unknown = Reflect.get(value, key);
    return typeof n === 'number' && Number.isInteger(n) && n >= 1;
  });
}
