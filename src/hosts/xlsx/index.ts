export { readWorkbook } from './readWorkbook';
export { writeGridsToXlsx } from './writeGrids';
export { WorkbookError, isWorkbookError, type WorkbookErrorCode } from './errors';
export { dateToSerial, serialToDate } from './cellValue';
