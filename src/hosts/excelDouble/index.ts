/**
 * An in-memory double of the Excel JavaScript API that the gateway uses, for tests and the dev-only preview.
 * It evaluates formulas with HyperFormula (GPLv3): never import it from the production add-in.
 */
export { ExcelDouble, type ExcelDoubleOptions, type ExcelHostDouble, type ChangeListener } from './double';
export type { ClientOptions, WorksheetChangedArgs, WorksheetAddedArgs } from './client';
export type { Change, Origin, Actor } from './changes';
export { DoubleError, type ErrorCode } from './errors';
export type { ApiVersion } from './version';
export type { SheetInspector } from './inspect';
export type { Typed } from './driver';
export type { SavedWorkbook } from './workbook';
export { WEB_PAYLOAD_LIMIT_BYTES, type PayloadCount } from './payload';
