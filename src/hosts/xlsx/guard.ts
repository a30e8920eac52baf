import { MAX_PACKAGE_BYTES, MAX_SHEET_DATA_BYTES, WorkbookError } from './errors';
import { sniff } from './sniff';
import { inflatedSize } from './inflatedSize';
import { zipDirectory, type ZipEntry } from './zipDirectory';

const SHEET_DATA = /^\/?xl\/(?:worksheets\/[^/]+\.xml|sharedStrings\.xml)$/i;
const WORKBOOK_PART = /^\/?xl\/workbook\.xml$/i;
const ANY_PART = /[^/]$/;
/** The most a deflate stream can expand: a 258-byte match in 2 bits. */
const MAX_DEFLATE_RATIO = 1032;

/**
 * Looks at a file before the .xlsx library inflates it, and throws a WorkbookError naming it when it cannot be an
 * .xlsx ZiPing reads: empty, an old .xls or an encrypted package, not a zip, a zip without a workbook or without a
 * readable directory, or more sheet data (or a bigger package) than ZiPing reads: by the sizes the zip declares,
 * then by their real sizes, inflating the parts only up to the limit (a forged directory cannot pass a zip bomb).
 */
export async function assertReadableXlsx(bytes: Uint8Array, fileName: string): Promise<void> {
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
  const sheets = await partsSize(bytes, entries, SHEET_DATA, MAX_SHEET_DATA_BYTES);
  if (sheets !== 'within') throw new WorkbookError('too-large', fileName, undefined, { whole: false, size: sheets });
  // The library unzips every part (images too), not only the sheets.
  const whole = await partsSize(bytes, entries, ANY_PART, MAX_PACKAGE_BYTES);
  if (whole !== 'within') throw new WorkbookError('too-large', fileName, undefined, { whole: true, size: whole });
}

/**
 * Whether the parts of a zip that `pattern` names inflate to more than `limit` bytes: by the sizes the directory
 * declares (then their sum), or, inflating them up to the limit, by their real sizes (then undefined: past the
 * limit, by how much is not known).
 */
export async function partsSize(
  bytes: Uint8Array,
  entries: ZipEntry[],
  pattern: RegExp,
  limit: number,
): Promise<'within' | number | undefined> {
  const parts = entries.filter((e) => pattern.test(e.name));
  const declared = parts.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (declared > limit) return declared;
  // Deflate cannot expand a byte into more than 1032: parts that small need no inflating to be known within.
  const bound = parts.reduce(
    (sum, e) =>
      sum + (e.method === 0 ? e.compressedSize : e.method === 8 ? e.compressedSize * MAX_DEFLATE_RATIO : Infinity),
    0,
  );
  if (bound <= limit) return 'within';
  let total = 0;
  for (const entry of parts) {
    total += (await inflatedSize(bytes, entry, limit - total)) ?? 0;
    if (total > limit) return undefined;
  }
  return 'within';
}
