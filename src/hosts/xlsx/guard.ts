import { MAX_SHEET_DATA_BYTES, WorkbookError } from './errors';
import { sniff } from './sniff';
import { zipDirectory, type ZipEntry } from './zipDirectory';

const SHEET_DATA = /^\/?xl\/(?:worksheets\/[^/]+\.xml|sharedStrings\.xml)$/i;
const WORKBOOK_PART = /^\/?xl\/workbook\.xml$/i;

/**
 * Looks at a file before the .xlsx library inflates it, and throws a WorkbookError naming it when it cannot be an
 * .xlsx ZiPing reads: empty, an old .xls or an encrypted package, not a zip, a zip without a workbook or without a
 * readable directory, or more sheet data than ZiPing reads. The sizes the zip declares are checked; where
 * `inflatedSize` is given (Node), the sheet parts are also inflated, up to the limit, so a forged directory
 * cannot pass a zip bomb.
 */
export function assertReadableXlsx(bytes: Uint8Array, fileName: string, inflatedSize?: (entry: ZipEntry, limit: number) => number | undefined): void {
  switch (sniff(bytes)) {
    case 'empty':
      throw new WorkbookError('empty', fileName);
    case 'cfb':
      throw new WorkbookError('encrypted', fileName);
    case 'other':
      throw new WorkbookError('not-xlsx', fileName);
    case 'zip':
      break;
  }
  const entries = zipDirectory(bytes);
  // exceljs silently returns a workbook without sheets when the workbook part is missing.
  if (!entries?.some((e) => WORKBOOK_PART.test(e.name))) throw new WorkbookError('corrupt', fileName);
  const sheetData = entries.filter((e) => SHEET_DATA.test(e.name));
  const declared = sheetData.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (declared > MAX_SHEET_DATA_BYTES) throw new WorkbookError('too-large', fileName, undefined, declared);
  if (!inflatedSize) return;
  let total = 0;
  for (const entry of sheetData) {
    total += inflatedSize(entry, MAX_SHEET_DATA_BYTES - total) ?? 0;
    if (total > MAX_SHEET_DATA_BYTES) throw new WorkbookError('too-large', fileName);
  }
}
