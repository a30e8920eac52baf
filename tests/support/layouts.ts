/**
 * The sample form (株洲市渌口区住房保障服务中心, 2022) as hand-made .xlsx workbooks in several layouts, each with a
 * description of where its cells are, plus low-level builders and broken files. Test fixtures only: they are
 * deliberately written independently of the sheet reader they exercise.
 */
export * from './layouts/index';
export {
  buildWorkbook,
  sheetFromRows,
  toBuffer,
  SheetBuilder,
  address,
  decode,
  shift,
  type CellInput,
  type Expected,
} from './workbook';
export { corruptFiles, type CorruptFile } from './corrupt';
export { handmadeWorkbook, zipWithoutWorkbook } from './handmade';
export { makeZip } from './zip';
export { lukou, lukouYuan, type LukouForm, type LukouIndicator } from './lukou';
