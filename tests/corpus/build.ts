import ExcelJS from 'exceljs';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { layOut } from './layout';
import { corpus } from './forms';
import type { CorpusForm } from './types';

/** Where the committed workbooks live: tests/corpus/xlsx, also from the compiled copy under dist/bench. */
export function xlsxDir(): string {
  const here = __dirname.split(path.sep).includes('dist')
    ? path.resolve(__dirname, '../../../../tests/corpus')
    : __dirname;
  return path.join(here, 'xlsx');
}

export function xlsxPath(form: CorpusForm): string {
  return path.join(xlsxDir(), `${form.id}.xlsx`);
}

/** The form as an .xlsx workbook: values, number formats and merges, in the layout the page shows. */
export async function buildXlsx(form: CorpusForm): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  // Fixed, so that rebuilding an unchanged form changes nothing a reader sees.
  workbook.creator = 'ZiPing corpus';
  workbook.created = new Date(Date.UTC(2026, 0, 1));
  workbook.modified = workbook.created;
  for (const sheet of form.sheets) {
    const grid = layOut(sheet);
    const ws = workbook.addWorksheet(grid.name);
    grid.cells.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (!cell) return;
        const target = ws.getCell(r + 1, c + 1);
        target.value = cell.value as ExcelJS.CellValue;
        if (cell.numFmt !== undefined) target.numFmt = cell.numFmt;
        target.alignment = { wrapText: true, vertical: 'middle' };
      }),
    );
    for (const mr of grid.merges) ws.mergeCells(mr.top + 1, mr.left + 1, mr.bottom + 1, mr.right + 1);
    ws.columns.forEach((col) => (col.width = 14));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** `npm run corpus:build`: writes every form's workbook (or only the ids given). */
async function main(): Promise<void> {
  const only = process.argv.slice(2);
  await fs.mkdir(xlsxDir(), { recursive: true });
  for (const form of corpus) {
    if (only.length > 0 && !only.includes(form.id)) continue;
    await fs.writeFile(xlsxPath(form), await buildXlsx(form));
    console.log(`wrote ${path.relative(process.cwd(), xlsxPath(form))}`);
  }
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
