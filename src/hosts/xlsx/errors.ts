/**
 * The most sheet data (worksheets and shared strings, uncompressed) ZiPing reads from one file. Reading costs
 * 25–30 bytes of memory per byte of sheet XML (measured with the command line: 10 MB, a 50,000-row ledger beside
 * a form, peaks at 270 MB; 40 MB at 1.2 GB). 20 MB, some 100,000 ledger rows, stays near 600 MB, where a sheet of
 * a million rows, or a small file inflating to gigabytes, would exhaust the process.
 */
export const MAX_SHEET_DATA_BYTES = 20 * 1024 * 1024;

/** The most a whole package may unzip to, images and other parts included (the library holds them all at once). */
export const MAX_PACKAGE_BYTES = 100 * 1024 * 1024;

/** What was too large: the sheet data, or the whole package; and by how much, where the zip declared it. */
export interface TooLarge {
  whole: boolean;
  size?: number;
}

/** Why a file could not be read as a workbook. */
export type WorkbookErrorCode = 'empty' | 'encrypted' | 'not-xlsx' | 'corrupt' | 'too-large';

/**
 * A file that cannot be read as an .xlsx workbook. `bilingual` holds the message for the user in each language,
 * naming the file; `message` is both, Chinese first. The underlying exception (if any) is kept in `cause` for
 * logs, never in the message.
 */
export class WorkbookError extends Error {
  readonly code: WorkbookErrorCode;
  readonly fileName: string;
  readonly bilingual: { zh: string; en: string };

  /** `tooLarge`: for 'too-large', what was (its size undefined when found past the limit while inflating). */
  constructor(code: WorkbookErrorCode, fileName: string, cause?: unknown, tooLarge: TooLarge = { whole: false }) {
    const bilingual = messages(code, fileName, tooLarge);
    super(`${bilingual.zh} / ${bilingual.en}`, cause === undefined ? undefined : { cause });
    this.name = 'WorkbookError';
    this.code = code;
    this.fileName = fileName;
    this.bilingual = bilingual;
  }
}

export function isWorkbookError(value: unknown): value is WorkbookError {
  return value instanceof WorkbookError;
}

function messages(code: WorkbookErrorCode, fileName: string, { whole, size }: TooLarge): { zh: string; en: string } {
  const zh = `“${fileName}”`;
  const en = `"${fileName}"`;
  switch (code) {
    case 'empty':
      return {
        zh: `文件${zh}是空文件（0 字节），不是 Excel 工作簿。请确认文件已完整保存或下载。`,
        en: `The file ${en} is empty (0 bytes) and is not an Excel workbook. Check that it was saved or downloaded completely.`,
      };
    case 'encrypted':
      return {
        zh:
          `文件${zh}无法读取：它要么是设置了打开密码的加密 .xlsx 工作簿，要么是旧版 Excel 97-2003 的 .xls 文件。` +
          `请在 Excel 中取消打开密码，或“另存为” Excel 工作簿（.xlsx）后重试。`,
        en:
          `The file ${en} cannot be read: it is either a password-protected (encrypted) .xlsx workbook or an old ` +
          `Excel 97-2003 .xls file. Remove the password, or use "Save As" Excel Workbook (.xlsx) in Excel, and try again.`,
      };
    case 'not-xlsx':
      return {
        zh:
          `文件${zh}不是 Excel 工作簿（.xlsx）：其内容不是 .xlsx 格式，可能是改了扩展名的 CSV、文本或其他文件。` +
          `请在 Excel 中打开后“另存为” Excel 工作簿（.xlsx）。`,
        en:
          `The file ${en} is not an Excel workbook (.xlsx): its content is not in .xlsx format; it may be a CSV, ` +
          `text or other file renamed to .xlsx. Open it in Excel and use "Save As" Excel Workbook (.xlsx).`,
      };
    case 'too-large': {
      const mb = (n: number) => Math.ceil(n / (1024 * 1024));
      const limit = mb(whole ? MAX_PACKAGE_BYTES : MAX_SHEET_DATA_BYTES);
      const zhSize = size === undefined ? '' : `约 ${mb(size)} MB，`;
      const enSize = size === undefined ? 'more than' : `about ${mb(size)} MB, above`;
      return whole
        ? {
            zh: `文件${zh}太大，未检查：其全部内容（含图片等）解压后${zhSize}超过 ZiPing 的上限 ${limit} MB。请删除与自评表无关的工作表、图片或附件，另存后再检查。`,
            en:
              `The file ${en} is too large and was not checked: its contents, images included, unzip to ${enSize} ZiPing's limit of ${limit} MB. ` +
              `Delete the sheets, images or attachments unrelated to the form, save, and check again.`,
          }
        : {
            zh:
              `文件${zh}太大，未检查：其工作表数据解压后${zhSize}超过 ZiPing 的上限 ${limit} MB` +
              `（一张自评表通常不到 1 MB）。请删除与自评表无关的工作表或明细行，另存后再检查。`,
            en:
              `The file ${en} is too large and was not checked: its sheets unzip to ${enSize} ZiPing's limit of ${limit} MB ` +
              `(a self-evaluation form is usually under 1 MB). Delete the sheets or detail rows unrelated to the form, save, and check again.`,
          };
    }
    case 'corrupt':
      return {
        zh:
          `文件${zh}已损坏或不完整，无法作为 Excel 工作簿读取（可能下载或复制未完成）。` +
          `请重新获取该文件，或在 Excel 中打开修复后另存为 .xlsx。`,
        en:
          `The file ${en} is damaged or incomplete and cannot be read as an Excel workbook (the download or copy ` +
          `may have been cut short). Get the file again, or open and repair it in Excel and save it as .xlsx.`,
      };
  }
}
