/** Built-in number format ids that Chinese, Japanese and Korean Excel write for dates and times, with no format code in the file. */
const CJK_BUILTIN_IDS = [27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58];

let done = false;

/**
 * A date typed in Chinese Excel ("2022年12月31日") is usually stored with built-in format id 31 or 57/58, which
 * the file does not spell out. exceljs 4.4 knows those ids only per locale and so reads such a cell as a bare
 * number with no format: 44926 instead of a date. This fills exceljs's built-in table with its own zh-CN codes,
 * once; it only adds codes that are missing, so files that define their own formats are unaffected. Outside
 * Node (a bundle with exceljs's browser build) the table is not reachable and dates keep that limitation.
 */
export function ensureCjkDateFormats(): void {
  if (done) return;
  done = true;
  let table: unknown;
  try {
    // A file inside exceljs, reachable only in Node: required at run time so that no bundle tries to include it.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    table = require('exceljs/lib/xlsx/defaultnumformats');
  } catch {
    return;
  }
  if (typeof table !== 'object' || table === null) return;
  for (const id of CJK_BUILTIN_IDS) {
    const entry: unknown = Reflect.get(table, id);
    if (typeof entry !== 'object' || entry === null) continue;
    const code: unknown = Reflect.get(entry, 'zh-cn');
    if (typeof Reflect.get(entry, 'f') !== 'string' && typeof code === 'string') Reflect.set(entry, 'f', code);
  }
}
