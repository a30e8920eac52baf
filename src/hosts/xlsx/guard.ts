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
  const size = partsSize(entries, SHEET_DATA, MAX_SHEET_DATA_BYTES, inflatedSize);
  if (size !== 'within') throw new WorkbookError('too-large', fileName, undefined, size);
}

/**
 * Whether the parts of a zip that `pattern` names inflate to more than `limit` bytes: by the sizes the directory
 * declares (then their sum), and where `inflatedSize` is given, by inflating them up to the limit (then
 * undefined: the real size is past the limit, not known).
 */
export function partsSize(
  entries: ZipEntry[],
  pattern: RegExp,
  limit: number,
  inflatedSize?: (entry: ZipEntry, limit: number) => number | undefined,
): 'within' | number | undefined {
  const parts = entries.filter((e) => pattern.test(e.name));
  const declared = parts.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (declared > limit) return declared;
  if (!inflatedSize) return 'within';
  let total = 0;
  for (const entry of parts) {
    total += inflatedSize(entry, limit - total) ?? 0;
    if (total > limit) return undefined;
  }
  return 'within';
}
