/**
 * The pieces of exceljs the lean reader (leanReader.ts) reuses so that it reads exactly as exceljs reads: its XML
 * parser (saxes, exceljs's own dependency), its parsers of the small parts (workbook, relationships, styles, shared
 * strings, document properties), its number-format and date conversions, its merge ranges and its shared-formula
 * translation. Internal files of exceljs 4.4, reachable only in Node (the CLI); the add-in never loads this module.
 */
/* eslint-disable @typescript-eslint/no-require-imports */

/** An exceljs "xform": a parser fed one XML event at a time. */
export interface Xform {
  model: unknown;
  parseOpen(node: XmlNode): boolean;
  parseText(text: string): void;
  parseClose(name: string): boolean;
}

export interface XmlNode {
  name: string;
  attributes: Record<string, string>;
}

export interface StylesXform extends Xform {
  getStyleModel(id: number): { numFmt?: unknown } | null;
}

export interface SharedStringsXform extends Xform {
  getString(index: number): unknown;
}

export interface WorkbookXform extends Xform {
  reconcile(model: object): void;
}

/** exceljs's Range: a merge's box, 1-based. */
export interface ExcelRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
  intersects(other: ExcelRange): boolean;
}

type XformClass<T extends Xform> = new () => T;

export const exceljsUtils = require('exceljs/lib/utils/utils') as {
  isDateFmt(fmt: unknown): boolean;
  excelToDate(value: unknown, date1904: unknown): Date;
  xmlDecode(text: string): string;
};
export const { slideFormula } = require('exceljs/lib/utils/shared-formula') as {
  slideFormula(formula: string, from: string, to: string): string;
};
export const ExcelRangeClass = require('exceljs/lib/doc/range') as new (ref: string) => ExcelRange;
export const StylesXformClass = require('exceljs/lib/xlsx/xform/style/styles-xform') as XformClass<StylesXform>;
export const SharedStringsXformClass =
  require('exceljs/lib/xlsx/xform/strings/shared-strings-xform') as XformClass<SharedStringsXform>;
export const WorkbookXformClass = require('exceljs/lib/xlsx/xform/book/workbook-xform') as XformClass<WorkbookXform>;
export const RelationshipsXformClass = require('exceljs/lib/xlsx/xform/core/relationships-xform') as XformClass<Xform>;
export const AppXformClass = require('exceljs/lib/xlsx/xform/core/app-xform') as XformClass<Xform>;
export const CoreXformClass = require('exceljs/lib/xlsx/xform/core/core-xform') as XformClass<Xform>;
