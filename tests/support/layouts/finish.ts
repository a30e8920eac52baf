import { SheetBuilder, toBuffer } from '../workbook';
import type { BuiltLayout, FormPlaces } from './types';

export async function finish(name: string, sheets: SheetBuilder[], forms: FormPlaces[]): Promise<BuiltLayout> {
  return {
    name,
    fileName: `lukou-2022-${name}.xlsx`,
    buffer: await toBuffer(sheets),
    form: forms[0],
    forms,
    sheets: sheets.map((sheet) => ({
      name: sheet.name,
      cells: sheet.expected(),
      merges: [...sheet.merges],
      hiddenRows: [...sheet.hiddenRows],
      hiddenColumns: [...sheet.hiddenColumns],
    })),
  };
}

export function rowOf(address: string): number {
  return Number(/\d+$/.exec(address)?.[0]);
}
