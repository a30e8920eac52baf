import ExcelJS from 'exceljs';
import { cellA1, intersection, parseRect, rectA1, type Rect } from '../hosts/excelDouble/address';
import { ExcelDouble, type ExcelDoubleOptions } from '../hosts/excelDouble';
import type { CellContent } from '../hosts/excelDouble/engine';
import type { BorderEdge, CellFormat } from '../hosts/excelDouble/formats';
import {
  DEFAULT_ALERT,
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_PROMPT,
  type ConditionalFormatModel,
  type HyperlinkModel,
  type NoteModel,
  type PageLayoutModel,
  type ValidationModel,
} from '../hosts/excelDouble/sheet';
import type { SavedSheet, SavedWorkbook } from '../hosts/excelDouble/workbook';
import { PAPER_SIZES } from '../hosts/excelDouble/api/pageLayout';
import { assertReadableXlsx } from '../hosts/xlsx/guard';
import { exceljsDateToSerial, serialToExceljsDate } from '../core/excelDate';

/**
 * .xlsx files ↔ the Excel double's saved workbook (`double.save()` / `ExcelDouble.open()`), with exceljs (its
 * browser build under webpack, its Node build in Jest).
 *
 * Kept: values, formulas with their last results, number formats, fonts (bold, italic, size, colour, name),
 * alignment, wrap, fills, borders, merges, column widths, conditional formats with formula rules (ZiPing's flags),
 * notes, data validations, hyperlinks, page setup, the active sheet.
 *
 * Workbook settings (Office.js `workbook.settings`, where ZiPing keeps its rule profile and what it wrote) are not
 * an .xlsx concept that exceljs can write (Excel keeps them in the add-in's web-extension part). They go into a
 * very hidden sheet, `ZiPing`, with the sheets' ids (the settings are keyed by them) and the double's counters.
 * Excel and the `ziping check` command leave that sheet alone; the add-in in real Excel does not read it.
 */

/** The very hidden sheet that carries the settings; found by its marker in A1, whatever its name. */
export const SETTINGS_SHEET = 'ZiPing';
const MARKER = 'ZiPing workbook data — do not edit';
const DATA_VERSION = 1;
/** Excel's limit for the text of one cell is 32767 characters: longer settings are split across cells. */
const CHUNK = 32000;

/** The computed value of a cell, for a formula's cached result: "" for empty, "#N/A" with type Error. */
type ResultOf = (sheet: string, row: number, col: number) => { value: string | number | boolean; type: string };

// ---------------------------------------------------------------------------------------------------------------
// The double → .xlsx

/** The double's workbook as an .xlsx file. */
export async function saveXlsx(double: ExcelDouble): Promise<Uint8Array> {
  const saved = JSON.parse(double.save()) as SavedWorkbook;
  const workbook = toExcelJS(saved, (sheet, row, col) => {
    const inspector = double.inspect(sheet);
    const a1 = cellA1(row, col);
    return { value: inspector.value(a1), type: inspector.valueType(a1) };
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/** A saved workbook as an exceljs workbook; `resultOf` gives each formula's cached result. */
function toExcelJS(saved: SavedWorkbook, resultOf: ResultOf): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ZiPing preview';
  workbook.calcProperties.fullCalcOnLoad = true;
  for (const sheet of saved.sheets) writeSheet(workbook.addWorksheet(sheet.name), sheet, resultOf);
  const active = Math.max(
    0,
    saved.sheets.findIndex((s) => s.id === saved.activeSheetId),
  );
  writeData(workbook, saved);
  workbook.views = [
    { x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: active, visibility: 'visible' },
  ];
  return workbook;
}

function writeSheet(ws: ExcelJS.Worksheet, sheet: SavedSheet, resultOf: ResultOf): void {
  // Merges first, keeping each cell's own style (exceljs would copy the top-left cell's style over the others).
  for (const m of sheet.merges) ws.mergeCellsWithoutStyle(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  const links = new Map(sheet.hyperlinks.map(([r, c, h]) => [`${r},${c}`, h]));
  for (const [row, col, content] of sheet.cells) {
    const cell = ws.getCell(row + 1, col + 1);
    const value = cellValue(content, () => resultOf(sheet.name, row, col));
    const link = links.get(`${row},${col}`);
    cell.value =
      link && content.kind === 'value'
        ? {
            text: String(content.value),
            hyperlink: linkTarget(link),
            ...(link.screenTip ? { tooltip: link.screenTip } : {}),
          }
        : value;
  }
  for (const [key, link] of links) {
    const [row, col] = key.split(',').map(Number);
    const cell = ws.getCell(row + 1, col + 1);
    if (cell.type === ExcelJS.ValueType.Null)
      cell.value = { text: link.textToDisplay ?? '', hyperlink: linkTarget(link) };
  }
  for (const [row, col, format] of sheet.formats.cells) applyFormat(ws.getCell(row + 1, col + 1), format);
  // Formats kept as layers (blocks too large to keep cell by cell, such as whole columns) are written for the
  // cells in use only.
  const used = usedOf(sheet);
  for (const layer of sheet.formats.layers) {
    if (!used) break;
    const r = intersection(layer.rect, used);
    if (!r) continue;
    for (let row = r.top; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++) applyFormat(ws.getCell(row + 1, col + 1), layer.patch, true);
  }
  for (const [col, points] of sheet.columnWidths) ws.getColumn(col + 1).width = pointsToChars(points);
  sheet.conditionalFormats.forEach((cf, i) => {
    ws.addConditionalFormatting({
      ref: cf.ranges.map(rectA1).join(' '),
      rules: [
        {
          type: 'expression',
          priority: i + 1,
          formulae: [stripEquals(cf.formula ?? 'FALSE')],
          ...(cf.stopIfTrue ? { stopIfTrue: true } : {}),
          style: {
            ...(cf.fill
              ? {
                  fill: {
                    type: 'pattern',
                    pattern: 'solid',
                    bgColor: { argb: argb(cf.fill) },
                    fgColor: { argb: argb(cf.fill) },
                  },
                }
              : {}),
            ...(cf.fontColor || cf.bold !== null
              ? {
                  font: {
                    ...(cf.fontColor ? { color: { argb: argb(cf.fontColor) } } : {}),
                    ...(cf.bold !== null ? { bold: cf.bold } : {}),
                  },
                }
              : {}),
          },
        } as ExcelJS.ConditionalFormattingRule,
      ],
    });
  });
  for (const [row, col, note] of sheet.notes) ws.getCell(row + 1, col + 1).note = note.content;
  for (const v of sheet.validations) {
    const dv = toDataValidation(v);
    if (dv)
      (
        ws as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }
      ).dataValidations.add(rectA1(v.rect), dv);
  }
  writePageLayout(ws, sheet.pageLayout);
}

function cellValue(
  content: CellContent,
  result: () => { value: string | number | boolean; type: string },
): ExcelJS.CellValue {
  switch (content.kind) {
    case 'empty':
      return null;
    case 'value':
      return content.value;
    case 'error':
      return { error: content.error } as ExcelJS.CellErrorValue;
    case 'formula': {
      const r = result();
      const formula = stripEquals(content.formula);
      if (r.type === 'Empty') return { formula } as ExcelJS.CellFormulaValue;
      const cached = r.type === 'Error' ? ({ error: String(r.value) } as ExcelJS.CellErrorValue) : r.value;
      return { formula, result: cached } as ExcelJS.CellFormulaValue;
    }
  }
}

function linkTarget(link: HyperlinkModel): string {
  return link.address ?? (link.documentReference ? `#${link.documentReference}` : '');
}

const H_ALIGN: Record<string, ExcelJS.Alignment['horizontal'] | undefined> = {
  Left: 'left',
  Center: 'center',
  Right: 'right',
  Fill: 'fill',
  Justify: 'justify',
  CenterAcrossSelection: 'centerContinuous',
  Distributed: 'distributed',
};
const V_ALIGN: Record<string, ExcelJS.Alignment['vertical'] | undefined> = {
  Top: 'top',
  Center: 'middle',
  Bottom: 'bottom',
  Justify: 'justify',
  Distributed: 'distributed',
};

function applyFormat(cell: ExcelJS.Cell, f: CellFormat, merge = false): void {
  if (f.numberFormat && f.numberFormat !== 'General') cell.numFmt = f.numberFormat;
  const font: Partial<ExcelJS.Font> = merge ? { ...cell.font } : {};
  if (f.bold !== undefined) font.bold = f.bold;
  if (f.italic !== undefined) font.italic = f.italic;
  if (f.size !== undefined) font.size = f.size;
  if (f.color !== undefined) font.color = { argb: argb(f.color) };
  if (f.fontName !== undefined) font.name = f.fontName;
  if (Object.keys(font).length) cell.font = font;
  const alignment: Partial<ExcelJS.Alignment> = merge ? { ...cell.alignment } : {};
  if (f.horizontalAlignment && H_ALIGN[f.horizontalAlignment]) alignment.horizontal = H_ALIGN[f.horizontalAlignment];
  if (f.verticalAlignment && f.verticalAlignment !== 'Bottom' && V_ALIGN[f.verticalAlignment])
    alignment.vertical = V_ALIGN[f.verticalAlignment];
  if (f.wrapText) alignment.wrapText = true;
  if (Object.keys(alignment).length) cell.alignment = alignment;
  if (f.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(f.fill) } };
  const border: Partial<ExcelJS.Borders> = merge ? { ...cell.border } : {};
  for (const [edge, side] of [
    ['borderTop', 'top'],
    ['borderBottom', 'bottom'],
    ['borderLeft', 'left'],
    ['borderRight', 'right'],
  ] as const) {
    const b = borderOut(f[edge]);
    if (b) border[side] = b;
  }
  if (Object.keys(border).length) cell.border = border;
}

/** Office.js border (style + weight) ↔ the one OOXML border style. */
const BORDERS: [style: string, weight: string, xlsx: ExcelJS.BorderStyle][] = [
  ['Continuous', 'Hairline', 'hair'],
  ['Continuous', 'Thin', 'thin'],
  ['Continuous', 'Medium', 'medium'],
  ['Continuous', 'Thick', 'thick'],
  ['Dash', 'Thin', 'dashed'],
  ['Dash', 'Medium', 'mediumDashed'],
  ['DashDot', 'Thin', 'dashDot'],
  ['DashDot', 'Medium', 'mediumDashDot'],
  ['DashDotDot', 'Thin', 'dashDotDot'],
  ['DashDotDot', 'Medium', 'mediumDashDotDot'],
  ['Dot', 'Thin', 'dotted'],
  ['Double', 'Thick', 'double'],
  ['SlantDashDot', 'Medium', 'slantDashDot'],
];

function borderOut(edge: BorderEdge | undefined): Partial<ExcelJS.Border> | undefined {
  if (!edge || edge.style === 'None') return undefined;
  const exact = BORDERS.find(([s, w]) => s === edge.style && w === edge.weight);
  const style = exact?.[2] ?? BORDERS.find(([s]) => s === edge.style)?.[2] ?? 'thin';
  return { style, color: { argb: argb(edge.color) } };
}

function borderIn(b: Partial<ExcelJS.Border> | undefined): BorderEdge | undefined {
  if (!b?.style) return undefined;
  const [style, weight] = BORDERS.find(([, , x]) => x === b.style) ?? ['Continuous', 'Thin'];
  return { style, weight, color: colorIn(b.color) ?? '#000000' };
}

function toDataValidation(v: ValidationModel): ExcelJS.DataValidation | undefined {
  const common = {
    allowBlank: v.ignoreBlanks,
    showInputMessage: v.prompt.showPrompt,
    ...(v.prompt.title ? { promptTitle: v.prompt.title } : {}),
    ...(v.prompt.message ? { prompt: v.prompt.message } : {}),
    showErrorMessage: v.errorAlert.showAlert,
    errorStyle: v.errorAlert.style.toLowerCase(),
    ...(v.errorAlert.title ? { errorTitle: v.errorAlert.title } : {}),
    ...(v.errorAlert.message ? { error: v.errorAlert.message } : {}),
  };
  if (!v.rule) return { type: 'any', formulae: [], ...common } as unknown as ExcelJS.DataValidation;
  const [kind, body] = Object.entries(v.rule)[0] as [string, Record<string, unknown>];
  if (kind === 'list') {
    const source = String(body.source ?? '');
    return { type: 'list', formulae: [source.startsWith('=') ? source.slice(1) : `"${source}"`], ...common };
  }
  if (kind === 'custom') return { type: 'custom', formulae: [stripEquals(String(body.formula ?? ''))], ...common };
  const type = (
    { wholeNumber: 'whole', decimal: 'decimal', textLength: 'textLength', date: 'date', time: 'time' } as Record<
      string,
      string
    >
  )[kind];
  if (!type) return undefined;
  const operator = OPERATOR_OUT[String(body.operator)] ?? 'between';
  const formulae = [body.formula1, body.formula2]
    .filter((x) => x !== undefined && x !== null)
    .map((x) => (type === 'date' && typeof x === 'number' ? serialToExceljsDate(x) : x));
  return { type, operator, formulae, ...common } as ExcelJS.DataValidation;
}

const OPERATOR_OUT: Record<string, ExcelJS.DataValidationOperator> = {
  Between: 'between',
  NotBetween: 'notBetween',
  EqualTo: 'equal',
  NotEqualTo: 'notEqual',
  GreaterThan: 'greaterThan',
  LessThan: 'lessThan',
  GreaterThanOrEqualTo: 'greaterThanOrEqual',
  LessThanOrEqualTo: 'lessThanOrEqual',
};

function writePageLayout(ws: ExcelJS.Worksheet, p: PageLayoutModel): void {
  const setup: Partial<ExcelJS.PageSetup> = { orientation: p.orientation === 'Landscape' ? 'landscape' : 'portrait' };
  const code = PAPER_SIZES.indexOf(p.paperSize) + 1;
  if (code > 0) setup.paperSize = code as ExcelJS.PaperSize;
  if (p.zoom.horizontalFitToPages !== undefined || p.zoom.verticalFitToPages !== undefined) {
    setup.fitToPage = true;
    setup.fitToWidth = p.zoom.horizontalFitToPages ?? 0;
    setup.fitToHeight = p.zoom.verticalFitToPages ?? 0;
  } else if (p.zoom.scale !== undefined) setup.scale = p.zoom.scale;
  if (p.printTitleRows) setup.printTitlesRow = `${p.printTitleRows.top + 1}:${p.printTitleRows.bottom + 1}`;
  Object.assign(ws.pageSetup, setup);
}

/** The very hidden sheet: settings (each as JSON, split in chunks), the sheets' ids, the double's counters. */
function writeData(workbook: ExcelJS.Workbook, saved: SavedWorkbook): void {
  const taken = new Set(saved.sheets.map((s) => s.name.toLowerCase()));
  let name = SETTINGS_SHEET;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${SETTINGS_SHEET} (${n})`;
  const ws = workbook.addWorksheet(name, { state: 'veryHidden' });
  ws.addRow([MARKER, DATA_VERSION]);
  ws.addRow(['counters', 'nextSheetNumber', saved.nextSheetNumber]);
  ws.addRow(['counters', 'nextObjectNumber', saved.nextObjectNumber]);
  for (const s of saved.sheets) ws.addRow(['sheet', s.name, s.id]);
  for (const [key, value] of Object.entries(saved.settings)) {
    const json = JSON.stringify(value);
    const chunks: string[] = [];
    for (let i = 0; i < json.length; i += CHUNK) chunks.push(json.slice(i, i + CHUNK));
    ws.addRow(['setting', key, ...(chunks.length ? chunks : [''])]);
  }
  // Every cell is text: a setting's JSON must never be read as a number or a date.
  ws.eachRow((row) => row.eachCell((cell) => (cell.numFmt = '@')));
}

// ---------------------------------------------------------------------------------------------------------------
// .xlsx → the double

/**
 * Opens an .xlsx file as a fresh double (as Excel opens a file). A file that is not a readable .xlsx, or holds
 * more sheet data than ZiPing reads, is refused with a WorkbookError naming it, before anything is inflated.
 */
export async function openXlsx(
  data: ArrayBuffer | Uint8Array,
  options: ExcelDoubleOptions,
  fileName = 'workbook.xlsx',
): Promise<ExcelDouble> {
  await assertReadableXlsx(data instanceof Uint8Array ? data : new Uint8Array(data), fileName);
  const saved = await readXlsx(data);
  return ExcelDouble.open(JSON.stringify(saved), options);
}

/** An .xlsx file as the double's saved workbook. */
export async function readXlsx(data: ArrayBuffer | Uint8Array): Promise<SavedWorkbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs's types want a Node Buffer; its browser build takes an ArrayBuffer or a typed array as well.
  await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  return fromExcelJS(workbook);
}

function fromExcelJS(workbook: ExcelJS.Workbook): SavedWorkbook {
  const dataSheet = workbook.worksheets.find((ws) => ws.state !== 'visible' && ws.getCell('A1').value === MARKER);
  const data = dataSheet ? readData(dataSheet) : undefined;
  const sheets = workbook.worksheets.filter((ws) => ws !== dataSheet);
  let nextSheetNumber = 1;
  let nextObjectNumber = 1;
  const objectId = (prefix: string) => `${prefix}${nextObjectNumber++}`;
  const usedIds = new Set(Object.values(data?.ids ?? {}));
  const savedSheets: SavedSheet[] = sheets.map((ws) => {
    let id = data?.ids[ws.name];
    if (!id) {
      do id = `{00000000-${(nextSheetNumber++).toString(16).toUpperCase().padStart(4, '0')}-0000-0000-000000000000}`;
      while (usedIds.has(id));
      usedIds.add(id);
    }
    return toSavedSheet(ws, id, objectId);
  });
  const activeTab = workbook.views?.[0]?.activeTab ?? 0;
  const active = workbook.worksheets[activeTab];
  const activeSheet = savedSheets.find((s) => s.name === active?.name) ?? savedSheets[0];
  return {
    format: 'ziping-excel-double',
    version: 1,
    activeSheetId: activeSheet?.id ?? '',
    nextSheetNumber: Math.max(nextSheetNumber, data?.nextSheetNumber ?? 0, sheets.length + 1),
    nextObjectNumber: Math.max(nextObjectNumber, data?.nextObjectNumber ?? 0),
    settings: data?.settings ?? {},
    sheets: savedSheets,
  };
}

function readData(ws: ExcelJS.Worksheet): {
  ids: Record<string, string>;
  settings: Record<string, unknown>;
  nextSheetNumber?: number;
  nextObjectNumber?: number;
} {
  const out: ReturnType<typeof readData> = { ids: {}, settings: {} };
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const values = (row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)));
    const [kind, key, ...rest] = values;
    if (kind === 'sheet') out.ids[key] = rest[0];
    else if (kind === 'counters' && (key === 'nextSheetNumber' || key === 'nextObjectNumber'))
      out[key] = Number(rest[0]) || undefined;
    else if (kind === 'setting') {
      try {
        out.settings[key] = JSON.parse(rest.join(''));
      } catch {
        // A damaged setting is kept as text: ZiPing then says it is damaged and falls back to its defaults.
        out.settings[key] = rest.join('');
      }
    }
  });
  return out;
}

function toSavedSheet(ws: ExcelJS.Worksheet, id: string, objectId: (prefix: string) => string): SavedSheet {
  const cells: SavedSheet['cells'] = [];
  const formats: [number, number, CellFormat][] = [];
  const notes: SavedSheet['notes'] = [];
  const hyperlinks: SavedSheet['hyperlinks'] = [];
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      const r = Number(row.number) - 1;
      const c = Number(cell.col) - 1;
      const format = formatIn(cell);
      if (Object.keys(format).length) formats.push([r, c, format]);
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const content = contentIn(cell);
      if (content.kind !== 'empty') cells.push([r, c, content]);
      const link =
        cell.value && typeof cell.value === 'object' && 'hyperlink' in cell.value
          ? (cell.value as ExcelJS.CellHyperlinkValue)
          : undefined;
      if (link?.hyperlink) {
        const target = link.hyperlink;
        const model: HyperlinkModel = target.startsWith('#')
          ? { documentReference: target.slice(1) }
          : { address: target };
        if (link.tooltip) model.screenTip = link.tooltip;
        hyperlinks.push([r, c, model]);
      }
      const note = noteText(cell.note);
      if (note !== undefined)
        notes.push([r, c, { id: objectId('note'), content: note, author: '' } satisfies NoteModel]);
    });
  });
  const merges = ((ws.model as { merges?: string[] }).merges ?? [])
    .map((m) => parseRect(m))
    .filter((r): r is Rect => !!r);
  const columnWidths: [number, number][] = [];
  for (const column of ws.columns ?? []) {
    const width = column.width;
    if (width === undefined || !(width > 0) || column.number === undefined) continue;
    const points = charsToPoints(width);
    if (Math.abs(points - DEFAULT_COLUMN_WIDTH) > 1e-9) columnWidths.push([column.number - 1, points]);
  }
  return {
    id,
    name: ws.name,
    cells,
    formats: { cells: formats, layers: [] },
    merges,
    conditionalFormats: readConditionalFormats(ws, objectId),
    notes,
    validations: readValidations(ws),
    hyperlinks,
    columnWidths,
    pageLayout: readPageLayout(ws),
  };
}

function contentIn(cell: ExcelJS.Cell): CellContent {
  if (cell.type === ExcelJS.ValueType.Formula) {
    const formula = cell.formula;
    if (formula) return { kind: 'formula', formula: `=${formula}` };
  }
  const v = cell.value;
  if (v === null || v === undefined || v === '') return { kind: 'empty' };
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return { kind: 'value', value: v };
  if (v instanceof Date) return { kind: 'value', value: exceljsDateToSerial(v) };
  if (typeof v === 'object') {
    if ('error' in v) return { kind: 'error', error: String(v.error) };
    if ('richText' in v) return { kind: 'value', value: v.richText.map((run) => run.text).join('') };
    if ('formula' in v || 'sharedFormula' in v) {
      const formula = cell.formula;
      return formula ? { kind: 'formula', formula: `=${formula}` } : { kind: 'empty' };
    }
    if ('text' in v) {
      const text = v.text as unknown;
      if (typeof text === 'string') return text === '' ? { kind: 'empty' } : { kind: 'value', value: text };
      if (text && typeof text === 'object' && 'richText' in text)
        return { kind: 'value', value: (text as ExcelJS.CellRichTextValue).richText.map((run) => run.text).join('') };
    }
  }
  return { kind: 'empty' };
}

function noteText(note: ExcelJS.Cell['note']): string | undefined {
  if (note === undefined || note === null) return undefined;
  if (typeof note === 'string') return note;
  const texts = (note as ExcelJS.Comment).texts;
  return Array.isArray(texts) ? texts.map((t) => t.text).join('') : undefined;
}

const H_IN = Object.fromEntries(Object.entries(H_ALIGN).map(([k, v]) => [v, k]));
const V_IN = Object.fromEntries(Object.entries(V_ALIGN).map(([k, v]) => [v, k]));

function formatIn(cell: ExcelJS.Cell): CellFormat {
  const f: CellFormat = {};
  if (cell.numFmt && cell.numFmt !== 'General') f.numberFormat = cell.numFmt;
  const font = cell.font;
  if (font) {
    if (font.bold) f.bold = true;
    if (font.italic) f.italic = true;
    if (font.size !== undefined && font.size !== 11) f.size = font.size;
    const color = colorIn(font.color);
    if (color && color !== '#000000') f.color = color;
    if (font.name && font.name !== 'Calibri') f.fontName = font.name;
  }
  const a = cell.alignment;
  if (a) {
    if (a.horizontal && H_IN[a.horizontal]) f.horizontalAlignment = H_IN[a.horizontal];
    if (a.vertical && V_IN[a.vertical] && a.vertical !== 'bottom') f.verticalAlignment = V_IN[a.vertical];
    if (a.wrapText) f.wrapText = true;
  }
  const fill = cell.fill;
  if (fill && fill.type === 'pattern' && fill.pattern === 'solid') {
    const color = colorIn(fill.fgColor);
    if (color) f.fill = color;
  }
  const b = cell.border;
  if (b) {
    const top = borderIn(b.top);
    const bottom = borderIn(b.bottom);
    const left = borderIn(b.left);
    const right = borderIn(b.right);
    if (top) f.borderTop = top;
    if (bottom) f.borderBottom = bottom;
    if (left) f.borderLeft = left;
    if (right) f.borderRight = right;
  }
  return f;
}

function readConditionalFormats(ws: ExcelJS.Worksheet, objectId: (prefix: string) => string): ConditionalFormatModel[] {
  const all: { priority: number; model: ConditionalFormatModel }[] = [];
  const list =
    (ws as unknown as { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings ?? [];
  for (const cf of list) {
    const ranges = cf.ref
      .split(/\s+/)
      .map((r) => parseRect(r))
      .filter((r): r is Rect => !!r);
    if (!ranges.length) continue;
    for (const rule of cf.rules) {
      // The double models formula rules only: the others are dropped.
      if (rule.type !== 'expression') continue;
      const style = rule.style ?? {};
      const fill =
        style.fill && style.fill.type === 'pattern'
          ? (colorIn(style.fill.bgColor) ?? colorIn(style.fill.fgColor) ?? null)
          : null;
      const formula = (rule as ExcelJS.ExpressionRuleType).formulae?.[0];
      all.push({
        priority: rule.priority ?? Number.MAX_SAFE_INTEGER,
        model: {
          id: objectId('cf'),
          type: 'Custom',
          ranges,
          formula: formula === undefined ? null : `=${formula}`,
          fill,
          fontColor: colorIn(style.font?.color) ?? null,
          bold: style.font?.bold ?? null,
          stopIfTrue: (rule as { stopIfTrue?: boolean }).stopIfTrue === true,
        },
      });
    }
  }
  return all.sort((a, b) => a.priority - b.priority).map((x) => x.model);
}

const OPERATOR_IN = Object.fromEntries(Object.entries(OPERATOR_OUT).map(([k, v]) => [v, k]));
const KIND_IN: Record<string, string> = {
  whole: 'wholeNumber',
  decimal: 'decimal',
  textLength: 'textLength',
  date: 'date',
  time: 'time',
};

/** exceljs gives one validation per cell (the same object for the cells of one rule): they become blocks again. */
function readValidations(ws: ExcelJS.Worksheet): ValidationModel[] {
  const model =
    (ws as unknown as { dataValidations?: { model: Record<string, ExcelJS.DataValidation | undefined> } })
      .dataValidations?.model ?? {};
  const groups = new Map<ExcelJS.DataValidation, { row: number; col: number }[]>();
  for (const [address, dv] of Object.entries(model)) {
    if (!dv) continue;
    const rect = parseRect(address);
    if (!rect) continue;
    const cells = groups.get(dv) ?? [];
    for (let r = rect.top; r <= rect.bottom; r++)
      for (let c = rect.left; c <= rect.right; c++) cells.push({ row: r, col: c });
    groups.set(dv, cells);
  }
  const out: ValidationModel[] = [];
  for (const [dv, cells] of groups) {
    const base = validationIn(dv);
    if (!base) continue;
    for (const rect of blocks(cells)) out.push({ rect, ...base });
  }
  return out;
}

function validationIn(dv: ExcelJS.DataValidation): Omit<ValidationModel, 'rect'> | undefined {
  const type = dv.type as string;
  let rule: ValidationModel['rule'] = null;
  const f = dv.formulae ?? [];
  if (type === 'list') {
    const src = String(f[0] ?? '');
    rule = { list: { inCellDropDown: true, source: /^".*"$/s.test(src) ? src.slice(1, -1) : `=${src}` } };
  } else if (type === 'custom') rule = { custom: { formula: `=${String(f[0] ?? '')}` } };
  else if (KIND_IN[type]) {
    const operator = OPERATOR_IN[dv.operator ?? 'between'] ?? 'Between';
    const value = (x: unknown) => (x instanceof Date ? exceljsDateToSerial(x) : x);
    rule = { [KIND_IN[type]]: { operator, formula1: value(f[0]), ...(f.length > 1 ? { formula2: value(f[1]) } : {}) } };
  } else if (type !== 'any') return undefined;
  const style = String(dv.errorStyle ?? 'stop');
  return {
    rule,
    prompt: {
      ...DEFAULT_PROMPT,
      showPrompt: dv.showInputMessage === true,
      title: dv.promptTitle ?? '',
      message: dv.prompt ?? '',
    },
    errorAlert: {
      ...DEFAULT_ALERT,
      showAlert: dv.showErrorMessage === true,
      style: style === 'warning' ? 'Warning' : style === 'information' ? 'Information' : 'Stop',
      title: dv.errorTitle ?? '',
      message: dv.error ?? '',
    },
    ignoreBlanks: dv.allowBlank === true,
  };
}

/** Cells as few rectangles: the whole bounding block when they fill it, else runs along each row. */
function blocks(cells: { row: number; col: number }[]): Rect[] {
  const top = Math.min(...cells.map((c) => c.row));
  const bottom = Math.max(...cells.map((c) => c.row));
  const left = Math.min(...cells.map((c) => c.col));
  const right = Math.max(...cells.map((c) => c.col));
  const unique = new Set(cells.map((c) => `${c.row},${c.col}`));
  if (unique.size === (bottom - top + 1) * (right - left + 1)) return [{ top, left, bottom, right }];
  const out: Rect[] = [];
  const sorted = [...unique].map((k) => k.split(',').map(Number)).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  for (const [row, col] of sorted) {
    const last = out[out.length - 1];
    if (last && last.top === row && last.right === col - 1) last.right = col;
    else out.push({ top: row, left: col, bottom: row, right: col });
  }
  return out;
}

function readPageLayout(ws: ExcelJS.Worksheet): PageLayoutModel {
  const p = ws.pageSetup ?? {};
  const zoom: PageLayoutModel['zoom'] = p.fitToPage
    ? {
        ...(p.fitToWidth ? { horizontalFitToPages: p.fitToWidth } : {}),
        ...(p.fitToHeight ? { verticalFitToPages: p.fitToHeight } : {}),
      }
    : { scale: p.scale ?? 100 };
  const rows = p.printTitlesRow ? /^\$?(\d+):\$?(\d+)$/.exec(p.printTitlesRow) : null;
  return {
    orientation: p.orientation === 'landscape' ? 'Landscape' : 'Portrait',
    paperSize: p.paperSize ? (PAPER_SIZES[Number(p.paperSize) - 1] ?? 'Letter') : 'Letter',
    zoom,
    printTitleRows: rows ? { top: Number(rows[1]) - 1, left: 0, bottom: Number(rows[2]) - 1, right: 16383 } : null,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Units and small helpers

/**
 * Column widths: .xlsx counts characters of the default font (Calibri 11: 7 pixels each, plus 5 pixels of
 * padding), the double points (8.43 characters = 64 pixels = 48 points).
 */
export function charsToPoints(chars: number): number {
  return (chars * 7 + 5) * 0.75;
}

export function pointsToChars(points: number): number {
  return (points / 0.75 - 5) / 7;
}

function argb(color: string): string {
  return `FF${color.replace('#', '').toUpperCase()}`;
}

function colorIn(color: Partial<ExcelJS.Color> | undefined): string | undefined {
  const v = color?.argb;
  if (typeof v !== 'string' || !/^[0-9A-Fa-f]{6,8}$/.test(v)) return undefined;
  return `#${v.slice(-6).toUpperCase()}`;
}

function stripEquals(formula: string): string {
  return formula.startsWith('=') ? formula.slice(1) : formula;
}

function usedOf(sheet: SavedSheet): Rect | undefined {
  let out: Rect | undefined;
  const add = (row: number, col: number) => {
    if (!out) out = { top: row, left: col, bottom: row, right: col };
    else
      out = {
        top: Math.min(out.top, row),
        left: Math.min(out.left, col),
        bottom: Math.max(out.bottom, row),
        right: Math.max(out.right, col),
      };
  };
  for (const [r, c] of sheet.cells) add(r, c);
  for (const [r, c] of sheet.formats.cells) add(r, c);
  for (const m of sheet.merges) {
    add(m.top, m.left);
    add(m.bottom, m.right);
  }
  return out;
}
