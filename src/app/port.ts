import type { Grid } from '../core/cells';
import type { SheetPlan } from '../core/layout/sheetPlan';
import type { NeighbourUpdate, Snapshot, SheetUpdate } from './plan';

/**
 * What ZiPing may do in the Excel it runs in, beyond ExcelApi 1.7: detected once at start-up, held by the port
 * in one object. The port alone changes it (notes switched off when Excel refuses one); everything that decides
 * what to write reads it from the port at the moment it decides.
 */
export interface Capabilities {
  /** Range.dataValidation (ExcelApi 1.8). */
  dataValidation: boolean;
  /** Change details, Worksheet.pageLayout, worksheets.onChanged (ExcelApi 1.9). */
  changeDetails: boolean;
  pageLayout: boolean;
  /** Range.getMergedAreasOrNullObject (ExcelApi 1.13). */
  mergedAreas: boolean;
  /** WorksheetChangedEventArgs.triggerSource (ExcelApi 1.14). */
  triggerSource: boolean;
  /** Worksheet.notes (ExcelApi 1.18). */
  notes: boolean;
}

/** A sheet's id, name and content, as the reader sees it. */
export interface SheetContent {
  id: string;
  name: string;
  grid: Grid;
}

/** What drafting reads first: the active sheet, every sheet's id and name, the stored settings. */
export interface DraftRead {
  active: SheetContent;
  sheets: { id: string; name: string }[];
  settings: string | null;
}

/** One cell as written: a formula (with "=") or a plain value that Excel must keep as it is (text stays text). */
export type CellInput = { formula: string } | { value: string | number | boolean | null };

/**
 * What drafting writes: a new report sheet, or a block of an existing one with the styles it takes. Addresses
 * are decided by the app (the report sheet's layout is core/report/columns.ts); the port only writes them.
 */
export type ReportWrite =
  | { kind: 'create'; name: string; plan: SheetPlan }
  | {
      kind: 'update';
      sheet: string;
      /** Top-left cell of `cells`. */
      at: string;
      cells: CellInput[][];
      bold: { range: string; on: boolean }[];
      wrap: string[];
      /**
       * Single cells beside the block (the outline the report follows, the hidden test cells), with their number
       * format; a value "=…" is a formula, as Range.values reads it.
       */
      values?: { address: string; value: string; numFmt: string }[];
      /** Fills of the text column: a colour, or null to take the fill away. */
      fills?: { range: string; color: string | null }[];
    };

/** What a change event tells ZiPing. */
export interface ChangeEvent {
  worksheetId: string;
  address: string;
  /** "Remote": another co-author's edit, which that author's own client handles. */
  source: string;
  /** "RangeEdited", "RowInserted", "RowDeleted", "ColumnInserted", … (ExcelApi 1.7). */
  changeType?: string;
  /** "Unknown" for anything but ZiPing's own writes, which the port does not pass on (ExcelApi 1.14). */
  triggerSource?: string;
}

/** What a recomputation decided, as data: the port writes `update`, `neighbours` and `settings` unless `noop`. */
export interface Decision<R> {
  update: SheetUpdate;
  /** What is written on the sheets read with it (its forms' 续表, or the form a 续表 sheet goes on from). */
  neighbours?: NeighbourUpdate[];
  result: R;
  /** The new settings text; undefined leaves the stored one as it is. */
  settings?: string;
  noop: boolean;
}

/** Decides a recomputation from the sheet read and the stored settings text (pure: a batch may run it again). */
export type Decide<R> = (snapshot: Snapshot, settings: string | null) => Decision<R>;

/** What the port wrote for a form it inserted. */
export interface Inserted {
  sheetName: string;
  sheetId: string;
  /** The block of values and formulas written. */
  writtenRange: string;
  createdSheet: boolean;
}

/** Whole rows inserted before row `first` (1-based: the new rows are first … first + count − 1), or deleted from it. */
export interface RowChange {
  kind: 'insert' | 'delete';
  first: number;
  count: number;
}

/** What finishes a row change that Excel's own moving of cells leaves undone: merges widened, cells written. */
export interface RowsFinish {
  /** Blocks to merge (A1), each taking in what it overlaps. */
  merges: string[];
  cells: { address: string; input: CellInput }[];
  /**
   * Rows inserted (A1 block) whose cells take the data validation of the cell above them, column by column: Excel
   * widens a validation over rows inserted inside it, not over rows inserted under its last row.
   */
  validations?: string;
}

/**
 * Decides what finishes a row change. `after`: the rows read again once moved; undefined for rows ZiPing deletes
 * itself, whose finish is decided from `before` and sent with the delete.
 */
export type FinishRows = (before: Snapshot, after: Snapshot | undefined, change: RowChange) => RowsFinish;

/** What is written after a form is inserted, where it landed: its scores, flags and notes, and the new settings. */
export type AfterInsert = (
  sheetName: string,
  sheetId: string | undefined,
  settings: string | null,
) => { update: SheetUpdate; settings?: string };

/**
 * Which rows a row change concerns: decided from the block read and the selection (none: nothing is written), or
 * `made` by Excel already (the user's own insert or delete), then only finished.
 */
export type RowsLocate<R> =
  | ((snapshot: Snapshot, selection: string | undefined) => { change?: RowChange; result: R })
  | { made: RowChange; result: R };

/** What ZiPing expects of a sheet before reading it, so that a row change needs no read of its own. */
export interface RowsHint {
  /** Rows (0-based) whose data validations to read with the first read: where new rows may go under. */
  validationRows: number[];
}

/** What a row change did. */
export interface RowsChanged<R, D> {
  result: R;
  sheetId: string;
  /** The rows changed (made by ZiPing, or named as made by Excel); undefined when nothing was changed. */
  change?: RowChange;
  /** The block read, moved with the rows. */
  region: string;
  /** The recomputation's result; undefined when it is left to a recomputation of its own. */
  recomputed?: D;
  /** The sheet as ZiPing predicted it once the rows were changed and finished (what it decided on). */
  predicted?: Snapshot;
  /** Why Excel's work was read back instead of predicted (src/app/predict.ts). */
  readBack?: string;
  /** Rows ZiPing inserted but could not finish (Excel refused while the user typed): finished from a new read. */
  unfinished?: boolean;
}

/**
 * The workbook as ZiPing's decisions need it. `src/addin/excel` implements it on Office.js (and so on the Excel
 * double, which implements Office's API). Each method is one user action in one Excel.run.
 *
 * Callbacks (`decide`, `after`, `locate`) are pure: they compute from what was read and return data. A batch may
 * run them more than once (it reruns while the user is typing in a cell); only what the method returns counts.
 */
export interface WorkbookPort {
  readonly caps: Readonly<Capabilities>;
  /** Told once when a batch has to wait for the user to finish typing in a cell. */
  onWaitForEdit?: () => void;
  readSettings(): Promise<string | null>;
  /** Reads the stored settings and writes what `transform` makes of them, in one batch. */
  updateSettings(transform: (current: string | null) => string): Promise<string>;
  /**
   * Recomputes one sheet (the active one when `sheetId` is undefined): reads `region` of it (A1, e.g. "A1:M43"),
   * decides, writes the decision. One round trip to read, one to write (none when the decision is a no-op). The
   * sheets before and after it that its forms go on over (续表), or whose forms go on over it, are read too (the
   * snapshot's `before` and `after`): in the first round trip those of `expected` (sheets by id, each with the block
   * to read of it); any other, one round trip each step away from the sheet.
   */
  update<R>(
    sheetId: string | undefined,
    region: string,
    decide: Decide<R>,
    expected?: { id: string; region: string }[],
  ): Promise<R>;
  /** Writes a form into the active sheet when empty, else into a new sheet; `after` adds its scores, flags and state. */
  insert(plan: SheetPlan, newSheetName: string, after?: AfterInsert): Promise<Inserted>;
  /**
   * Removes ZiPing's flags and notes from a sheet and from the sheets `also` (ids: the 续表 read with it); returns
   * how many flags there were. `settings` is given the ids of the sheets cleared, the sheet's first.
   */
  clearFlags(
    sheetId: string | undefined,
    settings: (current: string | null, sheetIds: string[]) => string | undefined,
    also?: string[],
  ): Promise<number>;
  draftReport<R>(
    locate: (read: DraftRead) => { others: string[] },
    decide: (read: DraftRead, others: SheetContent[]) => { write?: ReportWrite; settings?: string; result: R },
    prefetch?: string[],
    /** The block read of each sheet (A1, e.g. "A1:Z500"): drafting never reads a whole sheet. */
    block?: string,
  ): Promise<{ result: R; written?: { sheetId: string; range: string } }>;
  /** A whole sheet's values and formulas (no merged areas), read in blocks well under Excel's payload limit. */
  readSheetContent(key: string): Promise<SheetContent | undefined>;
  select(sheetName: string, address: string): Promise<void>;
  writeTableSheet(
    name: string,
    header: string[],
    rows: (string | number)[][],
    links: { row: number; sheet: string; cell: string }[],
    linkColumn: number,
  ): Promise<string>;
  onChange(handler: (event: ChangeEvent) => void): Promise<void>;
  /**
   * Inserts or deletes whole rows of a sheet (the active one when `sheetId` is undefined): reads `region` and the
   * selection, `locate` decides the change (or names the one Excel has made); Excel moves cells, formulas, merges
   * and formats; `finish` decides what completes the change: for rows inserted, from the sheet once they are in;
   * for rows ZiPing deletes, from the first read; for rows Excel has changed already, from the one read. The sheet
   * once the rows are in or out is predicted from the first read (src/app/predict.ts), so that the change, its
   * finish and the recomputation are sent together: two round trips; where it cannot be predicted, read back.
   */
  changeRows<R, D = never>(
    sheetId: string | undefined,
    region: string,
    locate: RowsLocate<R>,
    finish: FinishRows,
    /** The sheet recomputed in the same batch, from a read sent with the finishing writes (as `update` decides). */
    recompute?: Decide<D>,
    /** Rows ZiPing expects to need (from the sheet as last read). */
    hint?: RowsHint,
  ): Promise<RowsChanged<R, D>>;
  /** Has Excel start ZiPing whenever this workbook opens; false where this Excel cannot. */
  loadOnOpen(): Promise<boolean>;
}
