import { download } from '../../addin/taskpane/download';
import type { Lang } from '../../core/findings';
import { formFileName } from '../../core/fileName';
import type { ExcelDouble } from '../../hosts/excelDouble';
import { isWorkbookError } from '../../hosts/xlsx/errors';
import { doubleOptions, type PreviewApiVersion, type PreviewSession } from '../session';
import { bracketed, labelled } from '../../addin/taskpane/i18n';
import { s } from '../strings';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Reads an .xlsx file into a new workbook of the Excel version given (exceljs is loaded on the first use). */
export async function openWorkbook(file: File, apiVersion: PreviewApiVersion): Promise<ExcelDouble> {
  const { openXlsx } = await import(/* webpackChunkName: "xlsx" */ '../xlsx');
  return openXlsx(await file.arrayBuffer(), doubleOptions(apiVersion), file.name);
}

/** Why a file did not open: a file ZiPing refuses says why in the user's language; anything else is shown as the library gave it. */
export function openFailure(e: unknown, fileName: string, lang: Lang): string {
  return isWorkbookError(e)
    ? e.bilingual[lang]
    : `${labelled(s('openFailed', lang), lang)}${fileName}${bracketed(messageOf(e), lang)}`;
}

/** Saves the session's workbook as a download, under savedName; the name it was given. */
export async function downloadWorkbook(session: PreviewSession): Promise<string> {
  const { saveXlsx } = await import(/* webpackChunkName: "xlsx" */ '../xlsx');
  const name = savedName(session);
  const bytes = await saveXlsx(session.double);
  download(new Blob([bytes as BlobPart], { type: XLSX_TYPE }), name);
  return name;
}

/** The saved file's name: from the form in view (unit, year, form), else the name it was opened under. */
export function savedName(session: Pick<PreviewSession, 'controller' | 'fileName'>): string {
  const form = session.controller.current.evaluation?.results[0]?.form;
  const named = form && formFileName(form, 'xlsx');
  return named ?? session.fileName.replace(/\.(xlsx|xlsm|xls)$/i, '') + '.xlsx';
}

/** Whether the workbook holds nothing that replacing it would lose. */
export function isBlank(double: ExcelDouble): boolean {
  return double.sheetNames().every((name) => !double.inspect(name).usedRange());
}

/** An error's message, as the page shows it. */
export function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
