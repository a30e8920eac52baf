import { SaxesParser } from 'saxes';
import type { Grid, GridCell, MergedRange } from '../../core/cells';
import {
  AppXformClass,
  CoreXformClass,
  ExcelRangeClass,
  exceljsUtils,
  RelationshipsXformClass,
  SharedStringsXformClass,
  slideFormula,
  StylesXformClass,
  WorkbookXformClass,
  type ExcelRange,
  type SharedStringsXform,
  type StylesXform,
  type Xform,
  type XmlNode,
} from './exceljsParts';
import { fastZip } from './fastZip';
import { gridCell, sortedMerges } from './gridCell';

/**
 * The CLI's reader of .xlsx files: the same grids as exceljs's reader (readWorkbook.ts), built straight from the
 * sheets' XML, without exceljs's streams, its model of every row, cell and style, and its workbook objects, which
 * cost most of the time a folder of forms took to check. Why, and how it is held to exceljs: docs/decisions.md,
 * "A lean reader for the command line".
 *
 * It reads only the packages it is sure to read exactly as exceljs does: worksheets with cells, merges and the parts
 * of a sheet that do not change what a cell holds. Anything else (hyperlinks, drawings, comments, tables,
 * conditional formats, inline dates, a cell or part it does not expect, any XML error, anything on which exceljs
 * would throw or warn) makes it return undefined, and exceljs reads the file as before, with its own errors.
 * tests/hosts/leanReader.test.ts compares the two over every workbook the tests have.
 */

/** Why the lean reader gives the file to exceljs. Thrown inside, never out of readWorkbookLean. */
class Declined extends Error {}

function decline(why: string): never {
  throw new Declined(why);
}

/** Grids in workbook order, or undefined where exceljs must read the file. Never throws. */
export function readWorkbookLean(data: Uint8Array): Grid[] | undefined {
  try {
    return readPackage(data);
  } catch {
    return undefined;
  }
}

/** Why the lean reader declines a file (undefined when it reads it), for tests and for finding what to teach it. */
export function leanDeclines(data: Uint8Array): string | undefined {
  try {
    readPackage(data);
    return undefined;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

// Parts exceljs's .xlsx reader parses, by the same tests in the same order (exceljs/lib/xlsx/xlsx.js, load).
const EXCELJS_PARSED: [RegExp, PartKind][] = [
  [/xl\/worksheets\/sheet(\d+)[.]xml/, 'worksheet'],
  [/xl\/worksheets\/_rels\/sheet(\d+)[.]xml.rels/, 'worksheet-rels'],
  [/xl\/theme\/([a-zA-Z0-9]+)[.]xml/, 'kept'],
  [/xl\/media\/([a-zA-Z0-9]+[.][a-zA-Z0-9]{3,4})$/, 'kept'],
  [/xl\/drawings\/([a-zA-Z0-9]+)[.]xml/, 'declined'],
  [/xl\/(comments\d+)[.]xml/, 'declined'],
  [/xl\/tables\/(table\d+)[.]xml/, 'declined'],
  [/xl\/drawings\/_rels\/([a-zA-Z0-9]+)[.]xml[.]rels/, 'declined'],
  [/xl\/drawings\/(vmlDrawing\d+)[.]vml/, 'declined'],
];
type PartKind = 'worksheet' | 'worksheet-rels' | 'kept' | 'declined';

const WORKSHEET_PATH = /^xl\/worksheets\/sheet\d+\.xml$/;
const WORKSHEET_RELS_PATH = /^xl\/worksheets\/_rels\/sheet\d+\.xml\.rels$/;
/** The one kind of relationship a worksheet may have here: it changes nothing exceljs reads. */
const PRINTER_SETTINGS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/printerSettings';

interface Package {
  workbook?: string;
  workbookRels?: string;
  sharedStrings?: string;
  styles?: string;
  /** Parts exceljs parses and whose errors fail the file, though they hold nothing a grid needs. */
  checked: [string, new () => Xform][];
  worksheets: { path: string; xml: string }[];
}

function readPackage(data: Uint8Array): Grid[] {
  const zip = fastZip(data);
  if (!zip) decline('zip: JSZip reads it');
  const pkg = sortParts(zip);
  for (const [xml, Parser] of pkg.checked) parsedOnce(Parser.name, xml, () => parseXform(new Parser(), xml));
  if (pkg.workbook === undefined) decline('no xl/workbook.xml');
  return readBook(pkg, pkg.workbook);
}

/** The package's parts by what exceljs does with them; any part the lean reader is unsure of declines the file. */
function sortParts(zip: NonNullable<ReturnType<typeof fastZip>>): Package {
  const pkg: Package = { checked: [], worksheets: [] };
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const name = entry.name;
    if (name.startsWith('/')) decline(`part ${name}`);
    const text = () => entry.bytes.toString('utf8');
    switch (name) {
      case '_rels/.rels':
        pkg.checked.push([text(), RelationshipsXformClass]);
        continue;
      case 'xl/workbook.xml':
        pkg.workbook = text();
        continue;
      case 'xl/_rels/workbook.xml.rels':
        pkg.workbookRels = text();
        continue;
      case 'xl/sharedStrings.xml':
        pkg.sharedStrings = text();
        continue;
      case 'xl/styles.xml':
        pkg.styles = text();
        continue;
      case 'docProps/app.xml':
        pkg.checked.push([text(), AppXformClass]);
        continue;
      case 'docProps/core.xml':
        pkg.checked.push([text(), CoreXformClass]);
        continue;
    }
    const kind = EXCELJS_PARSED.find(([pattern]) => pattern.test(name))?.[1];
    if (kind === 'declined') decline(`part ${name}`);
    if (kind === 'worksheet') {
      if (!WORKSHEET_PATH.test(name)) decline(`part ${name}`);
      pkg.worksheets.push({ path: name, xml: text() });
    } else if (kind === 'worksheet-rels') {
      if (!WORKSHEET_RELS_PATH.test(name)) decline(`part ${name}`);
      const rels = parsedOnce('rels', text(), () => parseXform(new RelationshipsXformClass(), text())) as {
        Type?: unknown;
      }[];
      if (!rels.every((rel) => rel.Type === PRINTER_SETTINGS)) decline(`relationships of ${name}`);
    }
  }
  return pkg;
}

/** The workbook part, then the shared parts the sheets need, then the sheets, named and ordered as exceljs does. */
function readBook(pkg: Package, workbookXml: string): Grid[] {
  const book = parseXform(new WorkbookXformClass(), workbookXml) as WorkbookModel;
  const { workbookRels, styles: stylesXml } = pkg;
  const rels =
    workbookRels === undefined
      ? undefined
      : parsedOnce('rels', workbookRels, () => parseXform(new RelationshipsXformClass(), workbookRels));
  const styles =
    stylesXml === undefined
      ? undefined
      : (parsedOnce('styles', stylesXml, () => parseXform(new StylesXformClass(), stylesXml, true)) as StylesXform);
  const strings =
    pkg.sharedStrings === undefined
      ? undefined
      : (parseXform(new SharedStringsXformClass(), pkg.sharedStrings, true) as SharedStringsXform);
  const context: SheetContext = {
    styles,
    strings,
    date1904: book.properties?.date1904,
    styleCache: styles ? formatsOf(styles) : new Map(),
  };

  // exceljs names and numbers the sheets from the workbook part (its reconcile), then orders them by their place there.
  const parsed = pkg.worksheets.map(({ path, xml }) => ({ path, sheet: readSheet(xml, context) }));
  const hash: Record<string, SheetMeta> = {};
  for (const { path } of parsed) hash[path] = {};
  new WorkbookXformClass().reconcile({
    sheets: book.sheets,
    definedNames: book.definedNames,
    workbookRels: rels,
    worksheetHash: hash,
    media: [],
  });
  return placeSheets(
    parsed.map(({ path, sheet }) => ({ meta: hash[path], sheet })),
    book.sheets ?? [],
  );
}

/**
 * Parts read before, by their exact text: a folder of forms from one template repeats its styles, relationships and
 * document properties, byte for byte. What is kept is only read afterwards (a style's number format, a relationship's
 * target), and a part that failed is never kept (its failure declines the file). Emptied when full.
 */
const PARSED = new Map<string, Map<string, unknown>>();
const MAX_PARSED = 64;

function parsedOnce(kind: string, xml: string, parse: () => unknown): unknown {
  let parts = PARSED.get(kind);
  if (!parts) PARSED.set(kind, (parts = new Map()));
  if (parts.has(xml)) return parts.get(xml);
  const parsed = parse();
  if (parts.size >= MAX_PARSED) parts.clear();
  parts.set(xml, parsed);
  return parsed;
}

interface WorkbookModel {
  sheets?: { id: unknown; name?: unknown }[];
  definedNames?: unknown;
  properties?: { date1904?: unknown };
}

/** What exceljs's workbook reconcile sets on a worksheet it finds in the workbook part. */
interface SheetMeta {
  id?: unknown;
  name?: unknown;
}

/**
 * The grids in exceljs's order (Workbook.model and Workbook.worksheets): each sheet under its sheetId, ordered by
 * its place among the workbook's sheets. Declines every case where exceljs would throw or warn on a name, or where
 * sheets would replace one another.
 */
function placeSheets(sheets: { meta: SheetMeta; sheet: ReadSheet }[], declared: { id: unknown }[]): Grid[] {
  const byId: { orderNo: number; grid: Grid }[] = [];
  const names = new Set<string>();
  for (const { meta, sheet } of sheets) {
    const { id, name } = meta;
    if (typeof id !== 'number' || !Number.isInteger(id) || id < 1 || byId[id] !== undefined) decline('sheet id');
    // Worksheet's name setter (exceljs/lib/doc/worksheet.js): these throw, and a long name is cut with a warning.
    if (typeof name !== 'string' || name === '' || name === 'History' || name.length > 31) decline('sheet name');
    if (/[*?:/\\[\]]/.test(name) || /(^')|('$)/.test(name)) decline('sheet name');
    if (names.has(name.toLowerCase())) decline('sheet name repeated');
    names.add(name.toLowerCase());
    const orderNo = declared.findIndex((ws) => ws.id === id);
    byId[id] = { orderNo, grid: { name, cells: sheet.cells, merges: sheet.merges } };
  }
  return byId
    .slice(1)
    .sort((a, b) => a.orderNo - b.orderNo)
    .filter(Boolean)
    .map((s) => s.grid);
}

/**
 * Feeds a part to one of exceljs's parsers, event by event, as exceljs's parse does, until the parser says its root
 * closed. Any XML error, or a part that ends before its root closes, declines the file (exceljs would fail on it or
 * read it otherwise). `parser`: return the parser itself (its lookups), not its model.
 */
function parseXform(xform: Xform, xml: string, parser = false): unknown {
  const done = runSax(xml, {
    open: (node) => void xform.parseOpen(node),
    text: (text) => xform.parseText(text),
    close: (name) => xform.parseClose(name),
  });
  if (!done) decline('part unfinished');
  return parser ? xform : xform.model;
}

interface SaxHandler {
  open(node: XmlNode): void;
  text(text: string): void;
  /** False once the part's root has closed: later events are not read (as exceljs does not). */
  close(name: string): boolean;
}

/** Runs a part through saxes as exceljs does (opentag, text, closetag only); true when the handler finished without an XML error. */
function runSax(xml: string, handler: SaxHandler): boolean {
  const parser = new SaxesParser();
  let failed = false;
  let done = false;
  parser.on('error', () => {
    failed = true;
  });
  parser.on('opentag', (node) => {
    if (!done) handler.open(node as unknown as XmlNode);
  });
  parser.on('text', (text) => {
    if (!done) handler.text(text);
  });
  parser.on('closetag', (node) => {
    if (!done && !handler.close(node.name)) done = true;
  });
  parser.write(xml);
  return done && !failed;
}

// ---------------------------------------------------------------------------------------------------------------
// A worksheet

interface SheetContext {
  styles?: StylesXform;
  strings?: SharedStringsXform;
  date1904: unknown;
  /** The number format of each style id, as exceljs's getStyleModel gives it, and whether exceljs takes it for a date. */
  styleCache: Map<number, StyleFormat>;
}

interface ReadSheet {
  cells: (GridCell | undefined)[][];
  merges: MergedRange[];
}

/**
 * The worksheet's children that change nothing exceljs puts in a cell, nor make it throw: their contents are not read.
 * `cols` and `dataValidations` are looked into (exceljs looks a column's style up, and reads a validation's range).
 */
const SKIPPED = new Set([
  'sheetPr',
  'dimension',
  'sheetViews',
  'sheetFormatPr',
  'sheetCalcPr',
  'sheetProtection',
  'protectedRanges',
  'autoFilter',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'ignoredErrors',
  'phoneticPr',
]);

/** The worksheet's children whose contents are read (the cells, merges, column styles and validation ranges). */
const LOOKED_INTO = new Set(['sheetData', 'mergeCells', 'cols', 'dataValidations']);

const CELL_ADDRESS = /^([A-Z]{1,3})([1-9][0-9]{0,6})$/;
const ROW_NUMBER = /^[1-9][0-9]{0,6}$/;
const STYLE_ID = /^[0-9]{1,9}$/;
const SQREF_PART = /^\$?[A-Z]{1,3}\$?[1-9][0-9]{0,6}(:\$?[A-Z]{1,3}\$?[1-9][0-9]{0,6})?$/;
/** Cell types exceljs reads as below; `d` (an ISO date as text) and anything else decline. */
const CELL_TYPES = new Set(['s', 'str', 'inlineStr', 'b', 'e', 'n']);

/** One `<c>` element as exceljs's CellXform collects it. */
interface CellModel {
  address: string;
  col: number;
  t?: string;
  styleId?: number;
  value?: string | { richText: { text?: string }[] };
  formula?: string;
  shareType?: string;
  si?: string;
  ref?: string;
}

/** A cell read, before merges take its place. */
interface Placed {
  row: number;
  col: number;
  address: string;
  raw: unknown;
  /** Its own formula, or the master's address of a shared formula it takes. */
  formula?: string;
  sharedFrom?: string;
  numFmt: unknown;
}

function readSheet(xml: string, context: SheetContext): ReadSheet {
  const sheet = new SheetParser(context);
  if (!runSax(xml, sheet)) decline('worksheet unfinished');
  return placeCells(sheet.placed, sheet.mergeRefs, sheet.masters);
}

/** Reads a worksheet's XML, event by event, into the cells it places, its merges and its shared formulas' masters. */
class SheetParser implements SaxHandler {
  readonly placed: Placed[] = [];
  readonly mergeRefs: string[] = [];
  /** Each shared formula's master: its address and formula. */
  readonly masters = new Map<string, string>();
  /** Each shared formula's master address by its si. */
  private readonly formulae: Record<string, string> = {};
  private readonly rowsSeen = new Set<number>();
  /** Where the parser stands: the element names from the root down. */
  private readonly stack: string[] = [];
  private row = 0;
  private cellsInRow = new Set<number>();
  private cell: CellModel | undefined;
  private current: 'f' | 'v' | 't' | undefined;
  /** Inside an inline string's rich-text run: its text parts, and whether a <t> is open. */
  private run: { text?: string; parts?: string[] } | undefined;
  private runDepth = 0;

  constructor(private readonly context: SheetContext) {}

  open(node: XmlNode): void {
    const depth = this.stack.length;
    this.stack.push(node.name);
    if (depth === 0) {
      if (node.name !== 'worksheet') decline(`root ${node.name}`);
    } else if (depth === 1) {
      if (!LOOKED_INTO.has(node.name) && !SKIPPED.has(node.name)) decline(`worksheet element ${node.name}`);
    } else {
      switch (this.stack[1]) {
        case 'cols':
          if (depth === 2 && node.name === 'col') this.openColumn(node);
          return;
        case 'dataValidations':
          if (depth === 2 && node.name === 'dataValidation') openValidation(node);
          return;
        case 'mergeCells':
          if (depth !== 2 || node.name !== 'mergeCell') decline(`merge element ${node.name}`);
          this.openMerge(node);
          return;
        case 'sheetData':
          this.openInSheetData(node, depth);
      }
    }
  }

  private openColumn(node: XmlNode): void {
    const style = node.attributes.style;
    if (style === undefined) return;
    if (!STYLE_ID.test(style)) decline('column style');
    // exceljs's column reconcile looks the style up (and throws where there is no styles part).
    if (Number(style) !== 0) numFmtOf(Number(style), this.context);
  }

  private openMerge(node: XmlNode): void {
    const ref = node.attributes.ref;
    if (ref === undefined) decline('merge without ref');
    this.mergeRefs.push(ref);
  }

  private openInSheetData(node: XmlNode, depth: number): void {
    if (depth === 2) return this.openRow(node);
    if (depth === 3) return this.openCell(node);
    const cell = this.cell;
    if (!cell) decline('outside a cell');
    if (depth === 4) return this.openCellPart(node, cell);
    if (this.stack[depth - 1] === 'is' && depth === 5) return this.openInlineString(node, cell, depth);
    if (this.run && depth === this.runDepth + 1 && node.name === 't') {
      this.run.parts = [];
      return;
    }
    // Inside a run's rPr (its font): nothing a grid needs.
    if (this.run && this.stack[this.runDepth + 1] === 'rPr') return;
    decline(`element ${node.name}`);
  }

  private openRow(node: XmlNode): void {
    if (node.name !== 'row') decline(`sheetData element ${node.name}`);
    const r = node.attributes.r;
    if (r === undefined || !ROW_NUMBER.test(r)) decline('row number');
    this.row = Number(r);
    if (this.rowsSeen.has(this.row)) decline('row repeated');
    this.rowsSeen.add(this.row);
    this.cellsInRow = new Set();
    const s = node.attributes.s;
    if (s !== undefined) {
      if (!STYLE_ID.test(s)) decline('row style');
      if (Number(s) !== 0) numFmtOf(Number(s), this.context);
    }
  }

  private openCell(node: XmlNode): void {
    if (node.name !== 'c') decline(`row element ${node.name}`);
    const { r, s, t } = node.attributes;
    const match = r === undefined ? null : CELL_ADDRESS.exec(r);
    if (!match || Number(match[2]) !== this.row) decline('cell address');
    const col = columnNumber(match[1]);
    if (col > 16384 || this.cellsInRow.has(col)) decline('cell column');
    this.cellsInRow.add(col);
    if (t !== undefined && !CELL_TYPES.has(t)) decline(`cell type ${t}`);
    if (s !== undefined && !STYLE_ID.test(s)) decline('cell style');
    // Every field set, so that all cells share one shape.
    this.cell = {
      address: r!,
      col,
      t,
      styleId: s === undefined ? undefined : Number(s),
      value: undefined,
      formula: undefined,
      shareType: undefined,
      si: undefined,
      ref: undefined,
    };
    this.current = undefined;
  }

  private openCellPart(node: XmlNode, cell: CellModel): void {
    switch (node.name) {
      case 'f': {
        const { t, si, ref } = node.attributes;
        if (t !== undefined && t !== 'shared' && t !== 'array') decline(`formula type ${t}`);
        cell.shareType = t;
        cell.si = si;
        cell.ref = ref;
        this.current = 'f';
        return;
      }
      case 'v':
        this.current = 'v';
        return;
      case 'is':
        if (cell.value !== undefined) decline('value and inline string');
        return;
      default:
        decline(`cell element ${node.name}`);
    }
  }

  private openInlineString(node: XmlNode, cell: CellModel, depth: number): void {
    if (node.name === 't') {
      if (typeof cell.value === 'object') decline('text after rich text');
      this.current = 't';
    } else if (node.name === 'r') {
      if (typeof cell.value === 'string') decline('rich text after text');
      cell.value ??= { richText: [] };
      this.run = {};
      this.runDepth = depth;
    } else decline(`inline string element ${node.name}`);
  }

  text(value: string): void {
    const { run, cell, current } = this;
    if (run) {
      if (run.parts && this.stack.length === this.runDepth + 2) run.parts.push(value);
      return;
    }
    if (!cell || current === undefined) return;
    if (current === 'f') cell.formula = cell.formula ? cell.formula + value : value;
    else if (typeof cell.value !== 'object') cell.value = cell.value ? cell.value + value : value;
  }

  close(name: string): boolean {
    this.stack.pop();
    const depth = this.stack.length;
    if (depth === 0) return false;
    if (this.run) {
      this.closeInRun(name, depth);
      return true;
    }
    if (depth === 3 && name === 'c' && this.cell) {
      const done = finishCell(this.cell, this.row, this.context, this.formulae, this.masters);
      if (done) this.placed.push(done);
      this.cell = undefined;
      return true;
    }
    if (name === 'f' || name === 'v' || name === 'is' || name === 't') this.current = undefined;
    return true;
  }

  private closeInRun(name: string, depth: number): void {
    const run = this.run!;
    if (depth === this.runDepth + 1 && name === 't' && run.parts) {
      // exceljs's TextXform: the parts joined, _xHHHH_ escapes decoded.
      run.text = run.parts
        .join('')
        .replace(/_x([0-9A-F]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
      run.parts = undefined;
    } else if (depth === this.runDepth && name === 'r') {
      (this.cell!.value as { richText: { text?: string }[] }).richText.push(
        run.text === undefined ? {} : { text: run.text },
      );
      this.run = undefined;
    }
  }
}

function openValidation(node: XmlNode): void {
  const sqref = node.attributes.sqref;
  if (sqref === undefined || !sqref.split(/\s+/g).every((part) => SQREF_PART.test(part))) decline('sqref');
}

/** Whether a cell lies under a merge other than at its top-left (exceljs makes it a merged cell, without a value). */
function mergedOver(ranges: ExcelRange[]): (row: number, col: number) => boolean {
  if (ranges.length === 0) return () => false;
  // Each row's merges, for the rows the merges span (a merge of many rows is looked at once per row it spans).
  const byRow = new Map<number, ExcelRange[]>();
  const tall: ExcelRange[] = [];
  for (const m of ranges) {
    if (m.bottom - m.top > 1000) {
      tall.push(m);
      continue;
    }
    for (let r = m.top; r <= m.bottom; r++) {
      const list = byRow.get(r);
      if (list) list.push(m);
      else byRow.set(r, [m]);
    }
  }
  const covers = (m: ExcelRange, row: number, col: number) =>
    row >= m.top && row <= m.bottom && col >= m.left && col <= m.right && (row > m.top || col > m.left);
  return (row, col) =>
    (byRow.get(row)?.some((m) => covers(m, row, col)) ?? false) || tall.some((m) => covers(m, row, col));
}

function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n;
}

/** Each styles part's formats by style id, kept with the part (parsedOnce) for the files that share it. */
const FORMATS = new WeakMap<StylesXform, Map<number, StyleFormat>>();

function formatsOf(styles: StylesXform): Map<number, StyleFormat> {
  let formats = FORMATS.get(styles);
  if (!formats) FORMATS.set(styles, (formats = new Map()));
  return formats;
}

interface StyleFormat {
  numFmt: unknown;
  isDate: boolean;
}

const NO_FORMAT: StyleFormat = { numFmt: undefined, isDate: false };

/** The number format of a style id, as exceljs's getStyleModel gives it; declines where exceljs has no styles. */
function numFmtOf(styleId: number, context: SheetContext): StyleFormat {
  const known = context.styleCache.get(styleId);
  if (known) return known;
  if (!context.styles) decline('style without a styles part');
  // Throws where exceljs's would (a styles part without cell formats): the file is exceljs's to fail.
  const style = context.styles.getStyleModel(styleId);
  const numFmt = style ? style.numFmt : undefined;
  // exceljs asks only where the style exists (a cell's date, a formula's date result).
  const format = { numFmt, isDate: style ? exceljsUtils.isDateFmt(numFmt) : false };
  context.styleCache.set(styleId, format);
  return format;
}

/**
 * A cell as exceljs holds it once read (CellXform.parseClose and reconcile, then the Cell's value): what
 * readWorkbook.ts's valueOf would return, its formula, its number format. Undefined for a cell exceljs keeps as
 * empty (a style alone) or as merged (neither value nor style).
 */
function finishCell(
  model: CellModel,
  row: number,
  context: SheetContext,
  formulae: Record<string, string>,
  masters: Map<string, string>,
): Placed | undefined {
  const { t } = model;
  const styleId = model.styleId;
  // exceljs looks a style up only for a non-zero id.
  const { numFmt, isDate } = styleId ? numFmtOf(styleId, context) : NO_FORMAT;
  const place = (raw: unknown, formula?: string, sharedFrom?: string): Placed => ({
    row,
    col: model.col,
    address: model.address,
    raw,
    formula,
    sharedFrom,
    numFmt,
  });

  if (model.formula || model.shareType) {
    const value = model.value;
    if (typeof value === 'object') decline('rich text in a formula cell');
    let result: unknown;
    if (value) {
      if (t === 'str') result = exceljsUtils.xmlDecode(value);
      else if (t === 'b') result = parseInt(value, 10) !== 0;
      else if (t === 'e') result = { error: value };
      else result = parseFloat(value);
    }
    if (result !== undefined && isDate) result = exceljsUtils.excelToDate(result, context.date1904);
    const raw = result === undefined ? { formula: '' } : { formula: '', result };
    if (model.shareType === 'shared') {
      if (model.si === undefined) decline('shared formula without si');
      if (model.ref) {
        if (!model.formula) decline('shared formula master without formula');
        formulae[model.si] = model.address;
        masters.set(model.address, model.formula);
      } else {
        const master = formulae[model.si];
        if (master === undefined) decline('shared formula before its master');
        return place(raw, model.formula, master);
      }
    } else if (!model.formula) {
      decline('formula without text');
    }
    return place(raw, model.formula);
  }

  const value = model.value;
  if (value === undefined) return undefined;
  if (typeof value === 'object') {
    if (t !== 'inlineStr') decline('rich text outside an inline string');
    return place(value);
  }
  switch (t) {
    case 's': {
      if (!context.strings) decline('shared string without the strings part');
      const shared = context.strings.getString(parseInt(value, 10));
      if (shared === undefined || shared === null) decline('shared string missing');
      return place(shared);
    }
    case 'str':
      return place(exceljsUtils.xmlDecode(value));
    case 'inlineStr':
      return place(value);
    case 'b':
      return place(parseInt(value, 10) !== 0);
    case 'e':
      return place({ error: value });
    default: {
      const n = parseFloat(value);
      return place(isDate ? exceljsUtils.excelToDate(n, context.date1904) : n);
    }
  }
}

/**
 * The grid: merges applied as exceljs applies them (a cell under a merge, other than its top-left, is dropped; two
 * merges that cross make exceljs throw), then each cell converted as readWorkbook.ts converts exceljs's cells.
 */
function placeCells(placed: Placed[], mergeRefs: string[], masters: Map<string, string>): ReadSheet {
  const ranges: ExcelRange[] = [];
  for (const ref of mergeRefs) {
    if (!SQREF_PART.test(ref)) decline('merge ref');
    const range = new ExcelRangeClass(ref);
    if (ranges.some((other) => other.intersects(range))) decline('merges cross');
    ranges.push(range);
  }
  const underMerge = mergedOver(ranges);
  for (const address of masters.keys()) {
    const [, letters, digits] = CELL_ADDRESS.exec(address)!;
    if (underMerge(Number(digits), columnNumber(letters))) decline('shared formula master under a merge');
  }
  const cells: (GridCell | undefined)[][] = [];
  for (const p of placed) {
    if (underMerge(p.row, p.col)) continue;
    let formula = p.formula;
    if (!formula && p.sharedFrom !== undefined) {
      try {
        formula = slideFormula(masters.get(p.sharedFrom)!, p.sharedFrom, p.address);
      } catch {
        formula = undefined;
      }
    }
    const out = gridCell(p.raw, formula, p.numFmt);
    if (out) (cells[p.row - 1] ??= [])[p.col - 1] = out;
  }
  for (let r = 0; r < cells.length; r++) cells[r] ??= [];
  return { cells, merges: sortedMerges(ranges) };
}
