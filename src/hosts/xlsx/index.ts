export { readWorkbook } from './readWorkbook';
export { writeGridsToXlsx } from './writeGrids';
export { MAX_SHEET_DATA_BYTES, WorkbookError, isWorkbookError, type WorkbookErrorCode } from './errors';
export { assertReadableXlsx } from './guard';
