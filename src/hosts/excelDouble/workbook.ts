import { cellKey, keyCol, keyRow, type Rect } from './address';
import type { Change, ChangeSink, Origin } from './changes';
import { FormulaEngine, type CellContent } from './engine';
import { fail } from './errors';
import type { CellFormat, Patch } from './formats';
import { FormatStore } from './formats';
import {
  SheetModel,
  type ConditionalFormatModel,
  type HyperlinkModel,
  type NoteModel,
  type PageLayoutModel,
  type ValidationModel,
} from './sheet';

/** The workbook as saved: every sheet's cells, formats, merges, conditional formats, notes, validations; settings. */
export interface SavedWorkbook {
  format: 'ziping-excel-double';
  version: 1;
  activeSheetId: string;
  nextSheetNumber: number;
  nextObjectNumber: number;
  settings: Record<string, unknown>;
  sheets: SavedSheet[];
}

export interface SavedSheet {
  id: string;
  name: string;
  cells: [number, number, CellContent][];
  formats: { cells: [number, number, CellFormat][]; layers: { rect: Rect; patch: Patch }[] };
  merges: Rect[];
  conditionalFormats: ConditionalFormatModel[];
  notes: [number, number, NoteModel][];
  validations: ValidationModel[];
  hyperlinks: [number, number, HyperlinkModel][];
  columnWidths: [number, number][];
  pageLayout: PageLayoutModel;
}

const FORBIDDEN = /[:\\/?*[\]]/;

/**
 * The workbook document, shared by every client connected to it. Its changes are made inside `transact`, which
 * tells each client of each change as it happens and once more when the action is over.
 */
export class Workbook {
  engine = new FormulaEngine();
  sheets: SheetModel[] = [];
  settings = new Map<string, unknown>();
  /** Counts the changes of the document, for the undo stack's validity. */
  revision = 0;
  /** The sheet a newly opened client shows. */
  activeSheetId = '';
  private nextSheetNumber = 1;
  private nextObjectNumber = 1;
  /** The changes of the last transaction that made any. */
  lastChanges: Change[] = [];
  private readonly sinks = new Set<ChangeSink>();
  private tx: { origin: Origin; changes: Change[] } | undefined;

  connect(sink: ChangeSink): void {
    this.sinks.add(sink);
  }

  /** The clients connected to the workbook. */
  connected(): ChangeSink[] {
    return [...this.sinks];
  }

  sheetById(id: string): SheetModel | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  sheetByName(name: string): SheetModel | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  /** A sheet by id or name (Worksheets.getItem). */
  sheetByKey(key: string): SheetModel | undefined {
    return this.sheetById(key) ?? this.sheetByName(key);
  }

  requireSheet(name: string): SheetModel {
    const s = this.sheetByName(name);
    if (!s) throw fail.itemNotFound(`worksheet ${name}`);
    return s;
  }

  newObjectId(prefix: string): string {
    return `${prefix}${this.nextObjectNumber++}`;
  }

  checkSheetName(name: string, except?: SheetModel): void {
    if (
      typeof name !== 'string' ||
      name.trim() === '' ||
      name.length > 31 ||
      FORBIDDEN.test(name) ||
      name.startsWith("'") ||
      name.endsWith("'") ||
      name.toLowerCase() === 'history'
    ) {
      throw fail.invalidArgument(`worksheet name ${JSON.stringify(name)}`);
    }
    const other = this.sheetByName(name);
    if (other && other !== except) throw fail.itemAlreadyExists(`worksheet ${name}`);
  }

  addSheet(name?: string): SheetModel {
    if (name === undefined) {
      let n = 1;
      while (this.sheetByName(`Sheet${n}`)) n++;
      name = `Sheet${n}`;
    }
    this.checkSheetName(name);
    const number = this.nextSheetNumber++;
    const id = `{00000000-${number.toString(16).toUpperCase().padStart(4, '0')}-0000-0000-000000000000}`;
    const sheet = new SheetModel(id, name, this.engine.addSheet(name));
    this.sheets.push(sheet);
    if (!this.activeSheetId) this.activeSheetId = id;
    this.emit({ kind: 'sheetAdded', sheetId: id });
    return sheet;
  }

  /**
   * Deletes a sheet with everything on it (cells, formats, conditional formats, notes). A workbook keeps one sheet
   * at least: deleting the last one is an InvalidOperation (Excel's own message: "A workbook must contain at least
   * one visible worksheet"). Returns the sheet shown in its place: the one after it, else the one before.
   */
  deleteSheet(sheet: SheetModel): SheetModel {
    const at = this.sheets.indexOf(sheet);
    if (at < 0) throw fail.itemNotFound(`worksheet ${sheet.name}`);
    if (this.sheets.length === 1) throw fail.invalidOperation(`deleting the only sheet ${sheet.name}`);
    this.engine.removeSheet(sheet.engineId);
    this.sheets.splice(at, 1);
    const shown = this.sheets[Math.min(at, this.sheets.length - 1)];
    if (this.activeSheetId === sheet.id) this.activeSheetId = shown.id;
    this.emit({ kind: 'sheet', sheetId: sheet.id });
    return shown;
  }

  renameSheet(sheet: SheetModel, name: string): void {
    if (name === sheet.name) return;
    this.checkSheetName(name, sheet);
    this.engine.renameSheet(sheet.engineId, name);
    sheet.name = name;
    this.emit({ kind: 'sheet', sheetId: sheet.id });
  }

  /** Runs an action; changes made in it reach every client, and the revision moves on if anything changed. */
  transact<T>(origin: Origin, fn: () => T): T {
    if (this.tx) return fn();
    const tx = { origin, changes: [] as Change[] };
    this.tx = tx;
    try {
      return fn();
    } finally {
      this.tx = undefined;
      if (tx.changes.length) {
        this.revision++;
        this.lastChanges = tx.changes;
        for (const sink of this.sinks) sink.flush(tx.changes, origin);
      }
    }
  }

  emit(change: Change): void {
    if (!this.tx) throw new Error('Excel double: a change outside a transaction');
    this.tx.changes.push(change);
    for (const sink of this.sinks) sink.capture(change, this.tx.origin);
  }

  save(): SavedWorkbook {
    return {
      format: 'ziping-excel-double',
      version: 1,
      activeSheetId: this.activeSheetId,
      nextSheetNumber: this.nextSheetNumber,
      nextObjectNumber: this.nextObjectNumber,
      settings: Object.fromEntries([...this.settings].map(([k, v]) => [k, clone(v)])),
      sheets: this.sheets.map((s) => ({
        id: s.id,
        name: s.name,
        cells: this.engine.cells(s.engineId).map(({ row, col, content }) => [row, col, content]),
        formats: clone(s.formats.toJSON()),
        merges: clone(s.merges),
        conditionalFormats: clone(s.conditionalFormats),
        notes: [...s.notes].map(([k, n]) => [keyRow(k), keyCol(k), { ...n }]),
        validations: clone(s.validations),
        hyperlinks: [...s.hyperlinks].map(([k, h]) => [keyRow(k), keyCol(k), { ...h }]),
        columnWidths: [...s.columnWidths],
        pageLayout: clone(s.pageLayout),
      })),
    };
  }

  /** Replaces the whole document by a saved one (opening a file, or undoing to a snapshot). */
  load(saved: SavedWorkbook): void {
    if (saved.format !== 'ziping-excel-double' || saved.version !== 1) throw fail.invalidArgument('saved workbook');
    const { engine, ids } = FormulaEngine.build(
      saved.sheets.map((s) => ({ name: s.name, cells: s.cells.map(([row, col, content]) => ({ row, col, content })) })),
    );
    this.engine = engine;
    this.sheets = saved.sheets.map((s, i) => {
      const sheet = new SheetModel(s.id, s.name, ids[i]);
      sheet.formats = FormatStore.fromJSON(clone(s.formats));
      sheet.merges = clone(s.merges);
      sheet.conditionalFormats = clone(s.conditionalFormats);
      sheet.notes = new Map(s.notes.map(([r, c, n]) => [cellKey(r, c), { ...n }]));
      sheet.validations = clone(s.validations);
      sheet.hyperlinks = new Map(s.hyperlinks.map(([r, c, h]) => [cellKey(r, c), { ...h }]));
      sheet.columnWidths = new Map(s.columnWidths);
      sheet.pageLayout = clone(s.pageLayout);
      return sheet;
    });
    this.settings = new Map(Object.entries(clone(saved.settings)));
    this.activeSheetId = saved.activeSheetId;
    this.nextSheetNumber = saved.nextSheetNumber;
    this.nextObjectNumber = saved.nextObjectNumber;
  }
}

export function clone<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}
