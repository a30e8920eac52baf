import { a1, parseA1, parseRange, rangeA1, type CellValue, type Grid } from '../../core/cells';
import type { Severity } from '../../core/findings';
import type { SheetPlan, CellStyle, ValidationRule } from '../../core/layout/sheetPlan';
import { NOTE_MARK, type Flag, type Snapshot, type SheetUpdate } from '../../app/plan';
import type {
  AfterInsert,
  Capabilities,
  CellInput,
  ChangeEvent,
  Decide,
  Decision,
  DraftRead,
  FinishRows,
  Inserted,
  ReportWrite,
  RowChange,
  RowsChanged,
  RowsFinish,
  RowsHint,
  RowsLocate,
  SheetContent,
  WorkbookPort,
} from '../../app/port';
import { applyFinish, predictRows } from '../../app/predict';
import { fitsInside, formExtent, shiftRegion, wholeRows, type Rect } from '../../app/region';
import { readForms } from '../../core/reader/readForm';
import { uniqueName } from '../../app/sheetNames';
import { isStateKey, joinSettings, sameSetting, splitSettings } from '../../app/state';
import { gridFromRange, mergesFrom } from './gridFromRange';
import { continuationSides, MAX_CONTINUATIONS } from '../../core/workbook';

/** The Office entry points ZiPing uses: Excel.run and the requirement-set test (real Excel, or the double). */
export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
  /** Office.addin.setStartupBehavior (SharedRuntime 1.1); absent where the host has no such thing. */
  setStartupBehavior?(behavior: 'load' | 'none'): Promise<void>;
}

/** Office's own entry points, for the add-in running in Excel (the double stands in for them elsewhere). */
export function officeHost(): ExcelHost {
  return {
    run: (batch) => Excel.run(batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    setStartupBehavior: (behavior) =>
      Office.addin.setStartupBehavior(behavior === 'load' ? Office.StartupBehavior.load : Office.StartupBehavior.none),
  };
}

/** ZiPing's flags are conditional formats with this rule, so that they can be told from the user's own. */
export const FLAG_FORMULA = '="ZiPing"="ZiPing"';
export const FLAG_FILL: Record<Severity, string> = { error: '#FFC7CE', warning: '#FFEB9C', info: '#DDEBF7' };

const CELL_EDIT_MODE = 'InvalidOperationInCellEditMode';
/** Cells read in one round trip when a whole sheet is read: about 1 MB of values, formats and formulas. */
const CHUNK_CELLS = 20_000;

/** What is read of a sheet other than the one recomputed (drafting's, a 续表's): never the whole sheet. */
const SHEET_BLOCK = 'A1:Z500';

/** What queueRecomputeRead loads; read once the sync that carries it is over. */
interface RecomputeRead {
  merged: Excel.RangeAreas | undefined;
  used: Excel.Range;
  notes: Excel.NoteCollection | undefined;
  stored: { text(): string | null; write(next: string): void };
  all: Excel.WorksheetCollection;
  edges: Edges;
  early: Side[];
  ourFlags: () => Excel.ConditionalFormat[];
  ourNotes: () => Excel.Note[];
}
/** Points per character of the default font, for column widths given in characters. */
const POINTS_PER_CHAR = 7;

/**
 * The only code that talks to Excel: every Excel.run, load and sync of ZiPing is here. Each public method is one
 * user action and costs one or two round trips whatever the size of the form.
 */
export class ExcelGateway implements WorkbookPort {
  /** The one copy of what this Excel can do; `refuse` is the only place that changes it. */
  private readonly capabilities: Capabilities;

  constructor(
    private readonly host: ExcelHost,
    caps: Capabilities,
    private readonly wait: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {
    this.capabilities = { ...caps };
  }

  get caps(): Readonly<Capabilities> {
    return this.capabilities;
  }

  /**
   * Has Excel load ZiPing, hidden, whenever this workbook opens ("Run code in your Office Add-in when the document
   * opens": Office.addin.setStartupBehavior, SharedRuntime 1.1; the setting travels with the document). Without the
   * shared runtime (Excel 2019) ZiPing runs only while its pane is open.
   */
  async loadOnOpen(): Promise<boolean> {
    if (!this.host.setStartupBehavior || !this.host.isSetSupported('SharedRuntime', '1.1')) return false;
    await this.host.setStartupBehavior('load');
    return true;
  }

  /** Excel refused something it claims to support: ZiPing stops asking for it, everywhere at once. */
  private refuse(capability: keyof Capabilities): void {
    this.capabilities[capability] = false;
  }

  /**
   * Whether `e` is Excel refusing one of ZiPing's notes: a cell that already holds the user's own note refuses
   * another. If so ZiPing carries on without notes (the pane has them), and from now on plans are made without them
   * too (they read caps.notes), so nothing is rewritten in vain.
   */
  private notesRefused(e: unknown): boolean {
    if (!this.caps.notes || errorCode(e) !== 'InvalidArgument') return false;
    this.refuse('notes');
    return true;
  }

  /** Told once when a batch has to wait for the user to finish typing in a cell. */
  onWaitForEdit?: () => void;

  /**
   * Runs a batch; while the user is typing in a cell (an IME composition included) Excel refuses API calls, so
   * the batch waits for the edit to end and runs again from its first read. A rerun is safe because the port's
   * callbacks are pure (WorkbookPort): what a failed attempt decided is dropped with it.
   */
  private async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.host.run(batch);
      } catch (e) {
        if (!isCellEditMode(e) || attempt >= 600) throw e;
        if (attempt === 0) this.onWaitForEdit?.();
        await this.wait(Math.min(100 * (attempt + 1), 500));
      }
    }
  }

  /** The stored workbook settings text (one round trip). */
  async readSettings(): Promise<string | null> {
    return this.run(async (context) => {
      const stored = loadStored(context);
      await context.sync();
      return stored.text();
    });
  }

  /** Reads the stored settings and writes what `transform` makes of them, in one batch (two round trips). */
  async updateSettings(transform: (current: string | null) => string): Promise<string> {
    return this.run(async (context) => {
      const stored = loadStored(context);
      await context.sync();
      const next = transform(stored.text());
      stored.write(next);
      await context.sync();
      return next;
    });
  }

  /** Stores a state text as it is, without reading what is there (one round trip). */
  async writeSettings(text: string): Promise<void> {
    await this.run(async (context) => {
      for (const [key, value] of splitSettings(text)) context.workbook.settings.add(key, value);
      await context.sync();
    });
  }

  /**
   * Recomputes one sheet: reads it (first round trip), lets `plan` decide, writes what changed (second round
   * trip, skipped when nothing did). `sheetId` undefined means the active sheet. The sheets its forms go on over
   * (续表) are read with it: those `expected` in the first round trip, any other one round trip later.
   */
  async update<R>(
    sheetId: string | undefined,
    region: string,
    plan: Decide<R>,
    expected: { id: string; region: string }[] = [],
  ): Promise<R> {
    try {
      return await this.updateOnce(sheetId, region, plan, false, expected);
    } catch (e) {
      if (!this.notesRefused(e)) throw e;
      // The notes written before the refusal (and any left from before) are ZiPing's: they go too.
      return this.updateOnce(sheetId, region, plan, true, expected);
    }
  }

  /**
   * Reads `region` of the sheet (values, formats, types, formulas and the merged areas inside it: never the whole
   * sheet, whose merged areas may pass the 512 that getMergedAreasOrNullObject returns), the used range's address,
   * ZiPing's flags and notes and the settings, in one round trip; writes the decision in a second. A sheet expected
   * next to it that is gone (deleted since: Worksheet.getItem fails the read with ItemNotFound) costs the read
   * again without it.
   */
  private async updateOnce<R>(
    sheetId: string | undefined,
    region: string,
    plan: Decide<R>,
    removeNotes: boolean,
    expected: { id: string; region: string }[],
  ): Promise<R> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const sheet = sheetId ? sheets.getItem(sheetId) : sheets.getActiveWorksheet();
      try {
        return await this.recomputeIn(context, sheet, region, plan, removeNotes, expected);
      } catch (e) {
        if (expected.length === 0 || errorCode(e) !== 'ItemNotFound') throw e;
        return this.recomputeIn(context, sheet, region, plan, removeNotes);
      }
    });
  }

  /**
   * updateOnce's read and write, in a batch that may have queued writes of its own before (sent with the read).
   * The sheets before and after that the sheet's forms go on over (续表), or whose forms go on over it, are read
   * with it: `expected` ones in the first round trip (by id: Worksheet.getItem, ExcelApi 1.1), any other as the
   * chain shows it, one round trip for each step away from the sheet (both ways at once), MAX_CONTINUATIONS at most.
   */
  private async recomputeIn<R>(
    context: Excel.RequestContext,
    sheet: Excel.Worksheet,
    region: string,
    plan: Decide<R>,
    removeNotes = false,
    expected: { id: string; region: string }[] = [],
    afterRead?: () => void,
  ): Promise<R> {
    const withNotes = this.caps.notes || removeNotes;
    const { cells, rest } = await readBlock(
      context,
      sheet,
      region,
      this.queueRecomputeRead(context, sheet, region, withNotes, expected),
    );
    afterRead?.();
    const snapshot = this.recomputeSnapshot(sheet, region, cells, rest);
    const others = await this.readSides(context, snapshot, rest, withNotes);
    const decided = plan(snapshot, rest.stored.text());
    const notesLeft = removeNotes && (rest.ourNotes().length > 0 || others.some((o) => o.ourNotes.length > 0));
    if (decided.noop && !notesLeft) return decided.result;
    this.queueDecision(sheet, decided, rest, others, removeNotes);
    await context.sync();
    return decided.result;
  }

  /**
   * What a recomputation reads besides the block's cells (sent with them), as a function readBlock may call again
   * when the response was too large: the sheet's id and name, the merged areas inside the block, the used range's
   * address, ZiPing's flags and notes, the settings, every sheet's id, the sheets next to it and those `expected`
   * there (the first try only).
   */
  private queueRecomputeRead(
    context: Excel.RequestContext,
    sheet: Excel.Worksheet,
    region: string,
    withNotes: boolean,
    expected: { id: string; region: string }[] = [],
  ): () => RecomputeRead {
    let tries = 0;
    return () => {
      sheet.load('id,name');
      const merged = this.caps.mergedAreas ? sheet.getRange(region).getMergedAreasOrNullObject() : undefined;
      merged?.load('address');
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load('address');
      const flags = loadFlags(sheet);
      const notes = withNotes ? loadNotes(sheet) : undefined;
      const stored = loadStored(context);
      const all = context.workbook.worksheets;
      all.load('items/id');
      // Which sheets are next to it (ExcelApi 1.5): a form may go on over one of them (续表).
      const edges = loadEdges(sheet);
      // What is expected next to it comes with the first try only: a response too large is read again without.
      const early = tries++ === 0 ? expected.map((e) => this.loadSide(all.getItem(e.id), e.region, withNotes)) : [];
      return {
        merged,
        used,
        notes,
        stored,
        all,
        edges,
        early,
        ourFlags: () => ours(flags),
        ourNotes: () => (notes ? ours(notes) : []),
      };
    };
  }

  private recomputeSnapshot(sheet: Excel.Worksheet, region: string, cells: Grid, rest: RecomputeRead): Snapshot {
    const { merged, used } = rest;
    return {
      sheetId: sheet.id,
      sheetName: sheet.name,
      grid: {
        name: sheet.name,
        cells: cells.cells,
        merges: merged && !merged.isNullObject ? mergesFrom(merged.address) : [],
      },
      read: parseRange(region),
      ...(this.caps.mergedAreas ? {} : { mergesUnknown: true }),
      used: used.isNullObject ? undefined : parseRange(used.address),
      flagsPresent: rest.ourFlags().length,
      notesPresent: this.caps.notes ? rest.ourNotes().length : undefined,
      sheetIds: rest.all.items.map((s) => s.id),
    };
  }

  /** The sheets the snapshot's forms go on over (续表), read as readChain reads them, into the snapshot. */
  private async readSides(
    context: Excel.RequestContext,
    snapshot: Snapshot,
    rest: RecomputeRead,
    withNotes: boolean,
  ): Promise<Side[]> {
    const sides = await this.readChain(context, snapshot.grid, rest.edges, rest.early, withNotes);
    if (sides.before.length > 0) snapshot.before = sides.before.map((side) => side.snapshot);
    if (sides.after.length > 0) snapshot.after = sides.after.map((side) => side.snapshot);
    return [...sides.before, ...sides.after];
  }

  /**
   * Queues a decision's writes: on the sheet and the sheets it goes on over, scores and reworded formulas, flags
   * and notes in place of ZiPing's own (unless `removedAlready`), the settings.
   */
  private queueDecision<R>(
    sheet: Excel.Worksheet,
    decided: Decision<R>,
    rest: RecomputeRead,
    others: Side[],
    removeNotes = false,
    removedAlready = false,
  ): void {
    this.writeUpdate(
      sheet,
      decided.update,
      removedAlready ? [] : rest.ourFlags(),
      removedAlready ? [] : rest.ourNotes(),
      removeNotes,
    );
    for (const { sheetId, update } of decided.neighbours ?? []) {
      const side = others.find((o) => o.snapshot.sheetId === sheetId);
      if (side) this.writeUpdate(side.sheet, update, side.ourFlags, side.ourNotes, removeNotes);
    }
    if (decided.settings !== undefined) rest.stored.write(decided.settings);
  }

  /** Writes a sheet's update: scores, then flags and notes in place of ZiPing's own (loaded with the read). */
  private writeUpdate(
    sheet: Excel.Worksheet,
    update: SheetUpdate,
    ourFlags: Excel.ConditionalFormat[],
    ourNotes: Excel.Note[],
    removeNotes: boolean,
  ): void {
    writeScores(sheet, update);
    if (update.flags) {
      for (const cf of ourFlags) cf.delete();
      writeFlags(sheet, update.flags);
    }
    if (update.notes || removeNotes) {
      for (const n of ourNotes) n.delete();
      if (this.caps.notes) writeNotes(sheet, update.notes ?? []);
    }
  }

  /**
   * The sheets before and after one, as far as its forms go on over them or theirs over it (续表): a sheet before
   * is taken when the sheet's first form is only an indicator table and that sheet's last form has no 总分; a sheet
   * after, the other way round; each taken sheet leads on to the next the same way. Sheets read already (`early`)
   * cost nothing; others a round trip for each step, both ways at once.
   */
  private async readChain(
    context: Excel.RequestContext,
    grid: Grid,
    edges: Edges,
    early: Side[],
    withNotes: boolean,
  ): Promise<{ before: Side[]; after: Side[] }> {
    const before: Side[] = [];
    const after: Side[] = [];
    for (const side of early) side.settle();
    const sides = continuationSides(grid);
    let back = sides.previous ? edges : undefined;
    let ahead = sides.next ? edges : undefined;
    for (let step = 0; step < MAX_CONTINUATIONS && (back || ahead); step++) {
      const fetch = (edge: Worksheetish | undefined) => {
        if (!edge || edge.isNullObject) return undefined;
        const id = edge.id;
        // A sheet read early within its remembered block whose forms now reach that block's edge is read again.
        const known = early.find((e) => e.snapshot.sheetId === id);
        return known && readsWhole(known.snapshot)
          ? known
          : this.loadSide(context.workbook.worksheets.getItem(id), SHEET_BLOCK, withNotes);
      };
      let previous = fetch(back?.previous);
      let next = fetch(ahead?.next);
      if (!previous && !next) break;
      // One round trip a step, only for sheets not read already: a chain ZiPing has not seen before.
      if ([previous, next].some((side) => side && !side.read)) {
        try {
          // eslint-disable-next-line office-addins/no-context-sync-in-loop
          await context.sync();
        } catch (e) {
          // Sheets of long texts, over the 5 MB a response may carry on the web: each read again in parts.
          if (!isPayloadTooLarge(e)) throw e;
          const again = async (side: Side | undefined) =>
            side && !side.read ? this.readSideInParts(context, side.sheet, SHEET_BLOCK, withNotes) : side;
          previous = await again(previous);
          next = await again(next);
        }
      }
      back = undefined;
      ahead = undefined;
      for (const side of [previous, next]) side?.settle();
      if (previous && continuationSides(previous.snapshot.grid).next) {
        before.unshift(previous);
        if (continuationSides(previous.snapshot.grid).previous) back = previous.edges;
      }
      if (next && continuationSides(next.snapshot.grid).previous) {
        after.push(next);
        if (continuationSides(next.snapshot.grid).next) ahead = next.edges;
      }
    }
    return { before, after };
  }

  /**
   * A sheet next to the one recomputed, read as loadSide reads it but its block in parts (readRows): its used
   * range's address and what else loadSide loads first, then blocks of rows, each its own round trip.
   */
  private async readSideInParts(
    context: Excel.RequestContext,
    sheet: Excel.Worksheet,
    block: string,
    withNotes: boolean,
  ): Promise<Side> {
    sheet.load('id,name');
    const used = sheet.getRange(block).getUsedRangeOrNullObject(true);
    used.load('address');
    const merged = this.caps.mergedAreas ? sheet.getRange(block).getMergedAreasOrNullObject() : undefined;
    merged?.load('address');
    const flags = loadFlags(sheet);
    const notes = withNotes ? loadNotes(sheet) : undefined;
    const edges = loadEdges(sheet);
    await context.sync();
    const filled = used.isNullObject ? undefined : parseRange(used.address);
    const cells = filled ? await readRows(context, sheet, filled, CHUNK_CELLS) : undefined;
    const ourFlags = ours(flags);
    const ourNotes = notes ? ours(notes) : [];
    const snapshot: Snapshot = {
      sheetId: sheet.id,
      sheetName: sheet.name,
      grid: {
        name: sheet.name,
        cells: cells?.cells ?? [],
        merges: merged && !merged.isNullObject ? mergesFrom(merged.address) : [],
      },
      read: parseRange(block),
      ...(this.caps.mergedAreas ? {} : { mergesUnknown: true }),
      flagsPresent: ourFlags.length,
      notesPresent: this.caps.notes ? ourNotes.length : undefined,
    };
    return { sheet, edges, read: true, snapshot, ourFlags, ourNotes, settle: () => undefined };
  }

  /**
   * Queues the reads of a sheet next to the one recomputed: its id and name, `block` of its content, ZiPing's flags
   * and notes on it, and which sheets are next to it. `settle()` makes it readable after the next sync.
   */
  private loadSide(sheet: Excel.Worksheet, block: string, withNotes: boolean): Side {
    sheet.load('id,name');
    const content = this.loadContent(sheet, block);
    const flags = loadFlags(sheet);
    const notes = withNotes ? loadNotes(sheet) : undefined;
    const edges = loadEdges(sheet);
    const side: Side = {
      sheet,
      edges,
      read: false,
      ourFlags: [],
      ourNotes: [],
      snapshot: { sheetId: '', sheetName: '', grid: { name: '', cells: [], merges: [] }, flagsPresent: 0 },
      settle: () => {
        if (side.read) return;
        const { id, name, grid } = content();
        side.read = true;
        side.ourFlags = ours(flags);
        side.ourNotes = notes ? ours(notes) : [];
        side.snapshot = {
          sheetId: id,
          sheetName: name,
          grid,
          read: parseRange(block),
          ...(this.caps.mergedAreas ? {} : { mergesUnknown: true }),
          flagsPresent: side.ourFlags.length,
          notesPresent: this.caps.notes ? side.ourNotes.length : undefined,
        };
      },
    };
    return side;
  }

  /**
   * Writes a form: into the active sheet when it is empty, else into a new sheet named after the form. Never
   * overwrites. The first round trip looks, the second writes everything.
   */
  async insert(plan: SheetPlan, newSheetName: string, after?: AfterInsert): Promise<Inserted> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const active = sheets.getActiveWorksheet();
      active.load('name,id');
      const used = active.getUsedRangeOrNullObject();
      used.load('address');
      sheets.load('items/name');
      const stored = loadStored(context);
      await context.sync();

      const empty = used.isNullObject;
      const name = empty
        ? active.name
        : uniqueName(
            newSheetName,
            sheets.items.map((s) => s.name),
          );
      const sheet = empty ? active : sheets.add(name);
      const writtenRange = this.writePlan(sheet, plan);
      sheet.load('id');
      // A sheet added here has no id until this batch is sent: the caller keys its state by name meanwhile.
      const extra = after?.(name, empty ? active.id : undefined, stored.text());
      if (extra) {
        writeScores(sheet, extra.update);
        writeFlags(sheet, extra.update.flags ?? []);
        if (extra.update.notes && this.caps.notes) writeNotes(sheet, extra.update.notes);
        if (extra.settings !== undefined) stored.write(extra.settings);
      }
      sheet.activate();
      sheet.getRange('A1').select();
      await context.sync();
      return { sheetName: name, sheetId: sheet.id, writtenRange, createdSheet: !empty };
    });
  }

  /** Writes a plan; returns the address of the block of values and formulas it wrote. */
  private writePlan(sheet: Excel.Worksheet, plan: SheetPlan): string {
    const { grid } = plan;
    const rows = grid.cells.length;
    const cols = Math.max(1, ...grid.cells.map((r) => r?.length ?? 0));
    const formulas: (string | number | boolean)[][] = [];
    const formats: string[][] = [];
    for (let r = 0; r < rows; r++) {
      formulas.push([]);
      formats.push([]);
      for (let c = 0; c < cols; c++) {
        const cell = grid.cells[r]?.[c];
        formulas[r].push(cell?.formula ? `=${cell.formula}` : plainValue(cell?.value ?? null));
        formats[r].push(cell?.numFmt ?? 'General');
      }
    }
    const block = `A1:${a1(rows - 1, cols - 1)}`;
    const whole = sheet.getRange(block);
    // Formats first: a text format ("@") must be in place before a target such as 100% is written.
    whole.numberFormat = formats;
    whole.formulas = formulas;
    for (const m of grid.merges) sheet.getRange(`${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`).merge(false);
    for (const { range, style } of plan.styles) applyStyle(sheet.getRange(range), style);
    plan.columnWidths.forEach((chars, c) => {
      sheet.getRange(`${a1(0, c)}`).getEntireColumn().format.columnWidth = chars * POINTS_PER_CHAR;
    });
    if (this.caps.dataValidation) {
      for (const v of plan.validations) {
        const dv = sheet.getRange(v.range).dataValidation;
        dv.rule = validationRule(v.rule);
        dv.prompt = { showPrompt: true, title: v.prompt.title, message: v.prompt.message };
        if (v.rule.kind === 'list') dv.errorAlert = { showAlert: false, style: 'Information', title: '', message: '' };
      }
    }
    if (this.caps.pageLayout) {
      sheet.pageLayout.orientation = plan.print.landscape ? 'Landscape' : 'Portrait';
      sheet.pageLayout.paperSize = 'A4';
      sheet.pageLayout.zoom = { horizontalFitToPages: plan.print.fitToPagesWide };
      if (plan.print.titleRows) sheet.pageLayout.setPrintTitleRows(plan.print.titleRows);
    }
    return block;
  }

  /**
   * Removes ZiPing's flags and notes from a sheet, and from the sheets `also` (by id: a form's 续表); the cells' own
   * formats were never touched.
   */
  async clearFlags(
    sheetId: string | undefined,
    settings: (current: string | null, sheetIds: string[]) => string | undefined,
    also: string[] = [],
  ): Promise<number> {
    try {
      return await this.clearOnce(sheetId, settings, also);
    } catch (e) {
      // A sheet of `also` deleted since (Worksheet.getItem: ItemNotFound) costs the batch again without them.
      if (also.length === 0 || errorCode(e) !== 'ItemNotFound') throw e;
      return this.clearOnce(sheetId, settings, []);
    }
  }

  private async clearOnce(
    sheetId: string | undefined,
    settings: (current: string | null, sheetIds: string[]) => string | undefined,
    also: string[],
  ): Promise<number> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const sheet = sheetId ? sheets.getItem(sheetId) : sheets.getActiveWorksheet();
      const all = [sheet, ...also.filter((id) => id !== sheetId).map((id) => sheets.getItem(id))].map((ws) => {
        ws.load('id');
        return { ws, flags: loadFlags(ws), notes: this.caps.notes ? loadNotes(ws) : undefined };
      });
      const stored = loadStored(context);
      await context.sync();
      let count = 0;
      for (const { flags, notes } of all) {
        const ourFlags = ours(flags);
        count += ourFlags.length;
        for (const cf of ourFlags) cf.delete();
        for (const n of notes ? ours(notes) : []) n.delete();
      }
      const next = settings(
        stored.text(),
        all.map(({ ws }) => ws.id),
      );
      if (next !== undefined) stored.write(next);
      await context.sync();
      return count;
    });
  }

  /**
   * Drafts the report: reads `block` of the active sheet and of the sheets in `prefetch`, and the sheet list
   * (first round trip),
   * then the form or report sheet it is linked to if that was not among them (second), and writes the draft
   * (last). A first draft costs two round trips, a redraft two when its report was prefetched, else three.
   */
  async draftReport<R>(
    locate: (read: DraftRead) => { others: string[] },
    decide: (read: DraftRead, others: SheetContent[]) => { write?: ReportWrite; settings?: string; result: R },
    prefetch: string[] = [],
    block = SHEET_BLOCK,
  ): Promise<{ result: R; written?: { sheetId: string; range: string } }> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const active = sheets.getActiveWorksheet();
      active.load('id,name');
      const activeRead = this.loadContent(active, block);
      sheets.load('items/id,items/name');
      const stored = loadStored(context);
      // Sheets the caller expects to need (the reports it knows of) come in the first round trip too.
      const load = (key: string) => {
        const sheet = sheets.getItemOrNullObject(key);
        sheet.load('id,name');
        return { sheet, content: this.loadContent(sheet, block) };
      };
      const early = prefetch.map(load);
      await context.sync();
      const read: DraftRead = {
        active: activeRead(),
        sheets: sheets.items.map((s) => ({ id: s.id, name: s.name })),
        settings: stored.text(),
      };
      const have = early.filter((l) => !l.sheet.isNullObject);
      const has = (key: string) => have.some((l) => l.sheet.id === key || l.sheet.name === key);
      const wanted = locate(read).others.filter(
        (key) => key !== read.active.id && key !== read.active.name && !has(key),
      );
      const loaders = wanted.map(load);
      if (loaders.length > 0) await context.sync();
      const others = [...have, ...loaders.filter((l) => !l.sheet.isNullObject)].map((l) => l.content());
      const decided = decide(read, others);
      if (!decided.write && decided.settings === undefined) return { result: decided.result };
      const write = decided.write;
      let written: { sheet: Excel.Worksheet; range: string } | undefined;
      if (write?.kind === 'create') {
        const sheet = sheets.add(write.name);
        written = { sheet, range: this.writePlan(sheet, write.plan) };
        sheet.load('id');
        sheet.activate();
      } else if (write?.kind === 'update') {
        const sheet = sheets.getItem(write.sheet);
        written = { sheet, range: writeCells(sheet, write.at, write.cells) };
        sheet.load('id');
        for (const { range, on } of write.bold) sheet.getRange(range).format.font.bold = on;
        for (const range of write.wrap) sheet.getRange(range).format.wrapText = true;
        for (const { range, color } of write.fills ?? []) {
          if (color) sheet.getRange(range).format.fill.color = color;
          else sheet.getRange(range).format.fill.clear();
        }
        for (const { address, value, numFmt } of write.values ?? []) {
          const cell = sheet.getRange(address);
          cell.numberFormat = [[numFmt]];
          if (value.startsWith('=')) cell.formulas = [[value]];
          else cell.values = [[value]];
        }
        sheet.activate();
      }
      if (decided.settings !== undefined) stored.write(decided.settings);
      await context.sync();
      return { result: decided.result, written: written && { sheetId: written.sheet.id, range: written.range } };
    });
  }

  /**
   * Queues the loads that make a sheet's content readable after the next sync: what of its used range lies in
   * `block`, with the merged areas there (never the whole sheet's, which may pass 512).
   */
  private loadContent(sheet: Excel.Worksheet, block: string): () => SheetContent {
    // The block's own used cells (Range.getUsedRangeOrNullObject, ExcelApi 1.4): no method is called on a null
    // object, whose methods Microsoft does not document (a blank sheet has no used range).
    const used = sheet.getRange(block).getUsedRangeOrNullObject(true);
    used.load('address,values,numberFormat,valueTypes,formulas');
    const merged = this.caps.mergedAreas ? sheet.getRange(block).getMergedAreasOrNullObject() : undefined;
    merged?.load('address');
    // The caller reads this after the context.sync() that follows: the load-before-read rules cannot see that.
    /* eslint-disable office-addins/call-sync-before-read */
    return () => ({
      id: sheet.id,
      name: sheet.name,
      grid: used.isNullObject
        ? { name: sheet.name, cells: [], merges: [] }
        : gridFromRange(sheet.name, used, merged && !merged.isNullObject ? merged.address : undefined),
    });
    /* eslint-enable office-addins/call-sync-before-read */
  }

  /**
   * Values, formats and formulas of one sheet's used range, by id or name, without merged areas: first the used
   * range's address, then blocks of at most CHUNK_CELLS cells, each its own round trip, so that no response nears
   * the 5 MB Excel on the web allows ("Resource limits and performance optimization for Office Add-ins"). A block
   * Excel still refuses as too large is read again in halves.
   */
  async readSheetContent(key: string): Promise<SheetContent | undefined> {
    return this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(key);
      sheet.load('id,name');
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load('address');
      await context.sync();
      if (sheet.isNullObject) return undefined;
      const whole = used.isNullObject ? undefined : parseRange(used.address);
      const grid: Grid = whole
        ? { ...(await readRows(context, sheet, whole, CHUNK_CELLS)), name: sheet.name }
        : { name: sheet.name, cells: [], merges: [] };
      return { id: sheet.id, name: sheet.name, grid };
    });
  }

  /** Selects a cell and shows its sheet (one round trip). */
  async select(sheetName: string, address: string): Promise<void> {
    await this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      sheet.activate();
      sheet.getRange(address).select();
      await context.sync();
    });
  }

  /** Writes rows into a new sheet named like `name`, with links in `linkColumn` to cells of other sheets. */
  async writeTableSheet(
    name: string,
    header: string[],
    rows: (string | number)[][],
    links: { row: number; sheet: string; cell: string }[],
    linkColumn: number,
  ): Promise<string> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await context.sync();
      const sheetName = uniqueName(
        name,
        sheets.items.map((s) => s.name),
      );
      const sheet = sheets.add(sheetName);
      const all = [header, ...rows.map((r) => header.map((_, i) => r[i] ?? ''))];
      const range = sheet.getRange(`A1:${a1(all.length - 1, header.length - 1)}`);
      range.numberFormat = all.map((r) => r.map(() => '@'));
      range.values = all;
      applyStyle(sheet.getRange(`A1:${a1(0, header.length - 1)}`), { bold: true, fill: '#F2F2F2' });
      for (const link of links) {
        sheet.getRange(a1(link.row, linkColumn)).hyperlink = {
          documentReference: `'${link.sheet.replace(/'/g, "''")}'!${link.cell}`,
          textToDisplay: link.cell,
        };
      }
      range.format.autofitColumns();
      sheet.activate();
      await context.sync();
      return sheetName;
    });
  }

  /**
   * Listens for edits on every sheet, present and future, local and remote. Excel before 1.9 has no workbook-wide change event:
   * each sheet gets its own handler, and sheets added later get one when they appear.
   */
  async onChange(handler: (event: ChangeEvent) => void): Promise<void> {
    const forward = async (args: Excel.WorksheetChangedEventArgs) => {
      // ZiPing's own writes (ExcelApi 1.14 tells them apart) are not news. Below 1.14 the controller recognises
      // them by address. ZiPing never switches events off: runtime.enableEvents takes effect only after a sync
      // (Excel.Runtime reference; office-js#1786), so switching it off and on round one batch's writes does not
      // hold them back, and doing it right would cost two more round trips per write.
      if (this.caps.triggerSource && String(args.triggerSource) === 'ThisLocalAddin') return;
      handler({
        worksheetId: args.worksheetId,
        address: args.address,
        source: String(args.source),
        changeType: args.changeType === undefined ? undefined : String(args.changeType),
        triggerSource: this.caps.triggerSource ? String(args.triggerSource) : undefined,
      });
    };
    await this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      if (this.caps.changeDetails) {
        sheets.onChanged.add(forward);
      } else {
        sheets.load('items/id');
        await context.sync();
        for (const ws of sheets.items) ws.onChanged.add(forward);
        sheets.onAdded.add(async (added) => {
          await this.run(async (ctx) => {
            ctx.workbook.worksheets.getItem(added.worksheetId).onChanged.add(forward);
            await ctx.sync();
          });
        });
      }
      await context.sync();
    });
  }
  /**
   * Inserts or deletes whole rows (Range.insert('Down') / delete('Up'), ExcelApi 1.1), or finishes rows Excel has
   * changed already, in two round trips: the first reads the block, the selection, what a recomputation reads, and
   * the data validations of the row new rows go under; the second sends the insert or delete, what `finish` decides
   * and the recomputation's writes. What Excel does to the sheet in between (cells, references, merged areas
   * moved; formulas recalculated) is predicted from the first read (src/app/predict.ts) rather than read back.
   * Where it cannot be predicted, Excel's work is read back as before: the rows are changed in the second round trip
   * with that read (and, for a delete, its finish), and the rest follows from what was read (two more).
   *
   * Once the round trip that changes the rows is over, a later one that Excel refuses (the user typing in a cell)
   * is not run again from the start, which would change the rows twice: rows inserted are finished afresh from a
   * new read, and the recomputation is left to the controller (`recomputed` undefined).
   */
  async changeRows<R, D = never>(
    sheetId: string | undefined,
    region: string,
    locate: RowsLocate<R>,
    finish: FinishRows,
    recompute?: Decide<D>,
    hint?: RowsHint,
  ): Promise<RowsChanged<R, D>> {
    const outcome = await this.run((context) =>
      this.changeRowsOnce(context, sheetId, region, locate, finish, recompute, hint),
    );
    if (!outcome.unfinished || !outcome.change) return outcome;
    // Rows inserted whose finish Excel refused: finished as rows Excel had inserted, from what is there now.
    const change = outcome.change;
    const again = await this.changeRows(
      outcome.sheetId,
      outcome.region,
      { made: change, result: outcome.result },
      finish,
      recompute,
    );
    return { ...again, change, unfinished: undefined };
  }

  private async changeRowsOnce<R, D>(
    context: Excel.RequestContext,
    sheetId: string | undefined,
    region: string,
    locate: RowsLocate<R>,
    finish: FinishRows,
    recompute?: Decide<D>,
    hint?: RowsHint,
  ): Promise<RowsChanged<R, D>> {
    const sheets = context.workbook.worksheets;
    const sheet = sheetId ? sheets.getItem(sheetId) : sheets.getActiveWorksheet();
    const made = typeof locate === 'function' ? undefined : locate.made;
    const bounds = parseRange(region);
    const { first, read, selection, above } = await this.readBeforeRowChange(context, sheet, region, made, hint);
    const { change, result } =
      typeof locate === 'function' ? locate(first, selection) : { change: locate.made, result: locate.result };
    if (!change) return { result, sheetId: first.sheetId, region };
    const own = !made;
    const moved = own ? rangeA1(shiftRegion(bounds!, rowEvent(change), changedRows(change)) ?? bounds!) : region;
    const at: RowChangeAt<R> = { sheet, first, read, change, result, own, moved };
    const predicted = predictRowChange(first, change, own, finish);
    const validations = await this.validationsAbove(context, at, bounds, above, !!predicted.finished?.validations);
    if ('refused' in predicted)
      return this.changeRowsReadBack(context, at, validations, predicted.refused, finish, recompute);
    return this.changeRowsPredicted(context, at, predicted, validations, recompute);
  }

  /**
   * The first read of a row change: the block as a recomputation reads it, the selection (rows ZiPing changes go
   * under or are its rows), and the data validations of the rows that rows may go under.
   */
  private async readBeforeRowChange(
    context: Excel.RequestContext,
    sheet: Excel.Worksheet,
    region: string,
    made: RowChange | undefined,
    hint: RowsHint | undefined,
  ): Promise<{ first: Snapshot; read: RecomputeRead; selection: string | undefined; above: RowValidations[] }> {
    const bounds = parseRange(region);
    const { cells, rest } = await readBlock(context, sheet, region, () => {
      const read = this.queueRecomputeRead(context, sheet, region, this.caps.notes)();
      const selected = made ? undefined : context.workbook.getSelectedRange();
      selected?.load('address');
      // The validations of the row that rows go under: the one Excel inserted under, or for rows ZiPing inserts the
      // selection's last row (it inserts under that row when the row is in the table) and the rows `hint` names.
      const above: RowValidations[] = [];
      if (this.caps.dataValidation && bounds) {
        if (made?.kind === 'insert' && made.first > 1)
          above.push(loadRowValidations(sheet.getRange(`${made.first - 1}:${made.first - 1}`), bounds));
        else if (!made && selected) {
          above.push(loadRowValidations(selected.getLastRow().getEntireRow(), bounds));
          for (const r of hint?.validationRows ?? [])
            above.push(loadRowValidations(sheet.getRange(`${r + 1}:${r + 1}`), bounds));
        }
      }
      return { read, selected, above };
    });
    const first = this.recomputeSnapshot(sheet, region, cells, rest.read);
    return { first, read: rest.read, selection: rest.selected?.address, above: rest.above };
  }

  /**
   * The data validations of the row new rows go under, where their finish copies them: those read with the first
   * read, or else read now (a read: safe to run again).
   */
  private async validationsAbove(
    context: Excel.RequestContext,
    { sheet, change }: RowChangeAt<unknown>,
    bounds: Rect | undefined,
    read: RowValidations[],
    wanted: boolean,
  ): Promise<Map<number, Excel.DataValidation> | undefined> {
    const guessed = read.find((v) => v.row() === change.first - 2);
    if (guessed || !wanted || !this.caps.dataValidation || !bounds || change.first <= 1) return guessed?.validations;
    const row = loadRowValidations(sheet.getRange(`${change.first - 1}:${change.first - 1}`), bounds);
    await context.sync();
    return row.validations;
  }

  /**
   * Rows changed as predicted, in one round trip (one more where a form goes on over other sheets): the insert or
   * delete (rows ZiPing changes), their finish and the recomputation's writes, decided from the sheet predicted.
   */
  private async changeRowsPredicted<R, D>(
    context: Excel.RequestContext,
    { sheet, first, read, change, result, own, moved }: RowChangeAt<R>,
    { finished, after }: { finished: RowsFinish; after: Snapshot },
    validations: Map<number, Excel.DataValidation> | undefined,
    recompute?: Decide<D>,
  ): Promise<RowsChanged<R, D>> {
    const deleted = own && change.kind === 'delete';
    const predicted: Snapshot = {
      ...after,
      // Rows ZiPing deletes take their flags and notes with them: how many stay is not known, so all are written.
      flagsPresent: deleted ? -1 : first.flagsPresent,
      notesPresent: deleted && first.notesPresent !== undefined ? -1 : first.notesPresent,
    };
    // A form going on over other sheets (续表): their blocks, one more round trip (a read: safe to rerun).
    const others = await this.readSides(context, predicted, read, this.caps.notes);
    const decided = recompute?.(predicted, read.stored.text());
    const writes = decided && !decided.noop ? decided : undefined;
    // ZiPing's flags and notes go before the rows move: a flag on a deleted row goes with it, and could not be
    // deleted after.
    if (own && writes?.update.flags) for (const cf of read.ourFlags()) cf.delete();
    if (own && writes?.update.notes && read.notes) for (const n of read.ourNotes()) n.delete();
    if (own) {
      const range = sheet.getRange(changedRows(change));
      if (change.kind === 'insert') range.insert('Down');
      else range.delete('Up');
    }
    queueFinish(sheet, finished, validations);
    if (writes) this.queueDecision(sheet, writes, read, others, false, own);
    const base = { result, sheetId: first.sheetId, change, region: moved, predicted };
    try {
      await context.sync();
    } catch (e) {
      // What came before the refused note is written (the rows have changed): the recomputation is made again from
      // a new read, removing ZiPing's notes.
      if (!writes?.update.notes || !this.notesRefused(e)) throw e;
      try {
        return { ...base, recomputed: await this.recomputeIn(context, sheet, moved, recompute!, true) };
      } catch (again) {
        if (!isCellEditMode(again)) throw again;
        return base;
      }
    }
    return { ...base, recomputed: decided?.result };
  }

  /**
   * Rows changed as Excel's work is read back, where it could not be predicted (`why`). Rows ZiPing inserts: the
   * insert with a read of the rows moved, then the finish with the recomputation's read, then its writes (four round
   * trips). Rows ZiPing deletes: the delete with its finish (decided from the first read) and the recomputation's
   * read, then its writes (three). Rows Excel has changed: the finish with the recomputation's read, then its writes.
   */
  private async changeRowsReadBack<R, D>(
    context: Excel.RequestContext,
    { sheet, first, change, result, own, moved }: RowChangeAt<R>,
    above: Map<number, Excel.DataValidation> | undefined,
    why: string,
    finish: FinishRows,
    recompute?: Decide<D>,
  ): Promise<RowsChanged<R, D>> {
    const base = { result, sheetId: first.sheetId, change, region: moved, readBack: why };
    const rows = sheet.getRange(changedRows(change));
    let committed = !own;
    const finishAndRecompute = async (finished: RowsFinish, validations?: Map<number, Excel.DataValidation>) => {
      queueFinish(sheet, finished, validations);
      if (recompute)
        return this.recomputeAfter(context, sheet, moved, recompute, () => {
          committed = true;
        });
      await context.sync();
      committed = true;
      return undefined;
    };
    try {
      if (own && change.kind === 'insert') {
        rows.insert('Down');
        const after = await this.readSnapshot(context, sheet, moved, change, () => undefined);
        committed = true;
        try {
          return { ...base, recomputed: await finishAndRecompute(finish(first, after.snapshot, change), after.above) };
        } catch (e) {
          // The rows are in but not finished: finished afresh from a new read.
          if (isCellEditMode(e)) return { ...base, unfinished: true };
          throw e;
        }
      }
      if (own) rows.delete('Up');
      const finished = own ? finish(first, undefined, change) : finish(first, first, change);
      return { ...base, recomputed: await finishAndRecompute(finished, above) };
    } catch (e) {
      // Once the rows have changed, a refusal leaves the recomputation to the controller (never a second change).
      if (own && committed && isCellEditMode(e)) return base;
      throw e;
    }
  }

  /** recomputeIn, dropping notes as `update` does when Excel refuses one (a cell holding the user's own). */
  private async recomputeAfter<D>(
    context: Excel.RequestContext,
    sheet: Excel.Worksheet,
    region: string,
    recompute: Decide<D>,
    afterRead?: () => void,
  ): Promise<D> {
    try {
      return await this.recomputeIn(context, sheet, region, recompute, false, [], afterRead);
    } catch (e) {
      if (!this.notesRefused(e)) throw e;
      return this.recomputeIn(context, sheet, region, recompute, true);
    }
  }

  /**
   * Reads a block of a sheet as a Snapshot (values, formats, types, formulas, merged areas inside it) with what
   * `queueMore` loads, in one round trip (more when the block passes Excel on the web's payload limit: readBlock);
   * for rows inserted, the data validations of the row above them too (ExcelApi 1.8).
   */
  private async readSnapshot<T>(
    context: Excel.RequestContext,
    sheet: Excel.Worksheet,
    region: string,
    change: RowChange | undefined,
    queueMore: () => T,
  ): Promise<{ snapshot: Snapshot; rest: T; above: Map<number, Excel.DataValidation> }> {
    const bounds = parseRange(region);
    const above = change?.kind === 'insert' && change.first > 1 && this.caps.dataValidation ? change.first - 2 : -1;
    const { cells, rest } = await readBlock(context, sheet, region, () => {
      sheet.load('id,name');
      const merged = this.caps.mergedAreas ? sheet.getRange(region).getMergedAreasOrNullObject() : undefined;
      merged?.load('address');
      const validations = new Map<number, Excel.DataValidation>();
      for (let c = bounds?.left ?? 0; above >= 0 && bounds && c <= bounds.right; c++) {
        const dv = sheet.getRange(a1(above, c)).dataValidation;
        dv.load('type,rule,prompt,errorAlert,ignoreBlanks');
        validations.set(c, dv);
      }
      return { merged, validations, more: queueMore() };
    });
    const { merged, validations, more } = rest;
    const snapshot: Snapshot = {
      sheetId: sheet.id,
      sheetName: sheet.name,
      grid: {
        name: sheet.name,
        cells: cells.cells,
        merges: merged && !merged.isNullObject ? mergesFrom(merged.address) : [],
      },
      read: bounds,
      flagsPresent: 0,
      ...(this.caps.mergedAreas ? {} : { mergesUnknown: true }),
    };
    return { snapshot, rest: more, above: validations };
  }
}

/** The row event Excel raises for a change. */
function rowEvent(change: RowChange): 'RowInserted' | 'RowDeleted' {
  return change.kind === 'insert' ? 'RowInserted' : 'RowDeleted';
}

/** The rows a change inserts or deletes, as whole rows ("5:7"). */
function changedRows(change: RowChange): string {
  return `${change.first}:${change.first + change.count - 1}`;
}

/** A row change as its first read found it, for the steps that make it. */
interface RowChangeAt<R> {
  sheet: Excel.Worksheet;
  /** The sheet before the change (for rows Excel changed: after it). */
  first: Snapshot;
  read: RecomputeRead;
  change: RowChange;
  result: R;
  /** Rows ZiPing changes itself (not rows Excel has changed already). */
  own: boolean;
  /** The block read, moved with the rows. */
  moved: string;
}

/**
 * Excel's work on rows predicted from the sheet before (src/app/predict.ts): the sheet once the rows ZiPing changes
 * have moved, what finishes them, and the sheet once finished; or why it cannot be predicted.
 */
function predictRowChange(
  first: Snapshot,
  change: RowChange,
  own: boolean,
  finish: FinishRows,
): { finished: RowsFinish; after: Snapshot } | { finished?: RowsFinish; refused: string } {
  const now = own ? predictRows(first, change) : { snapshot: first };
  if ('refused' in now) return now;
  const finished = finish(first, own && change.kind === 'delete' ? undefined : now.snapshot, change);
  const after = applyFinish(now.snapshot, finished);
  return 'refused' in after ? { finished, refused: after.refused } : { finished, after: after.snapshot };
}

/** The data validations of one row's cells over a block's columns (ExcelApi 1.8), and which row that is. */
interface RowValidations {
  row(): number | undefined;
  validations: Map<number, Excel.DataValidation>;
}

function loadRowValidations(row: Excel.Range, bounds: Rect): RowValidations {
  row.load('address');
  const validations = new Map<number, Excel.DataValidation>();
  for (let c = bounds.left; c <= bounds.right; c++) {
    const dv = row.getCell(0, c).dataValidation;
    dv.load('type,rule,prompt,errorAlert,ignoreBlanks');
    validations.set(c, dv);
  }
  return { row: () => wholeRows(row.address)?.top, validations };
}

/** What finishes rows: validations copied from the row above, cells written, blocks merged. */
function queueFinish(
  sheet: Excel.Worksheet,
  finished: RowsFinish,
  above: Map<number, Excel.DataValidation> | undefined,
): void {
  if (finished.validations && above) copyValidations(sheet, finished.validations, above);
  for (const { address, input } of finished.cells)
    sheet.getRange(address).formulas = [['formula' in input ? input.formula : plainValue(input.value)]];
  for (const m of finished.merges) sheet.getRange(m).merge(false);
}

/**
 * Writes onto `block`'s columns the data validations read of the row above it (none where that cell has none);
 * returns how many columns take one.
 */
function copyValidations(sheet: Excel.Worksheet, block: string, above: Map<number, Excel.DataValidation>): number {
  const rect = parseRange(block);
  if (!rect) return 0;
  let copied = 0;
  for (let c = rect.left; c <= rect.right; c++) {
    const source = above.get(c);
    if (!source || NO_RULE.has(source.type)) continue;
    const target = sheet.getRange(rangeA1({ ...rect, left: c, right: c })).dataValidation;
    target.rule = ruleOnly(source.rule);
    target.prompt = source.prompt;
    target.errorAlert = source.errorAlert;
    target.ignoreBlanks = source.ignoreBlanks;
    copied++;
  }
  return copied;
}

/** DataValidationType values that name no one rule ("None", "Inconsistent", "MixedCriteria"; ExcelApi 1.8). */
const NO_RULE = new Set<string>(['None', 'Inconsistent', 'MixedCriteria']);

/** A rule as read, with only the kind it has: a rule written must name exactly one. */
function ruleOnly(rule: Excel.DataValidationRule): Excel.DataValidationRule {
  return Object.fromEntries(
    Object.entries(rule).filter(([, v]) => v !== null && v !== undefined),
  ) as Excel.DataValidationRule;
}

/**
 * Reads a block's values, formats, types and formulas (no merged areas) with what `queueRest` loads, in one round
 * trip. A block of long texts (values and formulas, three bytes a Chinese character) can pass the 5 MB a response
 * may carry on the web: then the rest alone, then the block's used part in blocks of rows (half of it at most),
 * each its own round trip. Writes queued before the call go with the first try: Excel has made them when it
 * refuses the response (the double's model), so they are not queued again.
 */
async function readBlock<T>(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  region: string,
  queueRest: () => T,
): Promise<{ cells: Grid; rest: T }> {
  const block = sheet.getRange(region);
  block.load('address,values,numberFormat,valueTypes,formulas');
  let rest = queueRest();
  try {
    await context.sync();
    return { cells: gridFromRange('', block), rest };
  } catch (e) {
    if (!isPayloadTooLarge(e)) throw e;
    rest = queueRest();
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load('address');
    await context.sync();
    const filled = overlap(parseRange(region)!, used.isNullObject ? undefined : parseRange(used.address));
    const cells = filled
      ? await readRows(context, sheet, filled, Math.ceil(cellCount(filled) / 2))
      : { name: '', cells: [], merges: [] };
    return { cells, rest };
  }
}

/**
 * Values, formats, types and formulas of a block (no merged areas), in blocks of at most `cells` cells, each its
 * own round trip, so that no response nears the 5 MB Excel on the web allows ("Resource limits and performance
 * optimization for Office Add-ins"). A block Excel still refuses as too large is read again in halves.
 */
async function readRows(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  whole: Rect,
  cells: number,
): Promise<Grid> {
  const grid: Grid = { name: '', cells: [], merges: [] };
  const width = whole.right - whole.left + 1;
  let rows = Math.max(1, Math.floor(cells / width));
  for (let top = whole.top; top <= whole.bottom;) {
    const bottom = Math.min(whole.bottom, top + rows - 1);
    const block = sheet.getRange(rangeA1({ top, left: whole.left, bottom, right: whole.right }));
    block.load('address,values,numberFormat,valueTypes,formulas');
    try {
      // One sync per block on purpose: a large sheet is read in blocks under Excel's payload limit.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (e) {
      if (!isPayloadTooLarge(e) || rows === 1) throw e;
      rows = Math.ceil(rows / 2);
      continue;
    }
    const part = gridFromRange('', block);
    part.cells.forEach((row, r) => (grid.cells[r] = row));
    top = bottom + 1;
  }
  return grid;
}

function cellCount(b: Rect): number {
  return (b.bottom - b.top + 1) * (b.right - b.left + 1);
}

/** The cells two blocks share; undefined when they share none. */
function overlap(a: Rect, b: Rect | undefined): Rect | undefined {
  if (!b) return undefined;
  const o = {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
  return o.top <= o.bottom && o.left <= o.right ? o : undefined;
}

/**
 * ZiPing's stored state, loaded with the next sync: `text()` is the state as one text (joinSettings), `write(next)`
 * stores only the settings that differ from what was read (a sheet's own, the workbook's), and removes a sheet's
 * that `next` no longer holds. What a co-author stored meanwhile under another key is left as it is.
 */
function loadStored(context: Excel.RequestContext): { text(): string | null; write(next: string): void } {
  const settings = context.workbook.settings;
  settings.load('items/key,items/value');
  let read: Map<string, string> | undefined;
  const stored = () =>
    (read ??= new Map(settings.items.filter((i) => isStateKey(i.key)).map((i) => [i.key, String(i.value)])));
  return {
    text: () => joinSettings(stored()),
    write: (next) => {
      const wanted = splitSettings(next);
      for (const [key, value] of wanted) if (!sameSetting(stored().get(key), value)) settings.add(key, value);
      for (const key of stored().keys()) if (!wanted.has(key)) settings.getItem(key).delete();
    },
  };
}

function errorCode(e: unknown): unknown {
  return typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
}

/** Excel on the web refuses a request or a response over 5 MB with these codes (Excel JavaScript API error codes). */
function isPayloadTooLarge(e: unknown): boolean {
  const code = errorCode(e);
  return code === 'ResponsePayloadSizeLimitExceeded' || code === 'RequestPayloadSizeLimitExceeded';
}

function isCellEditMode(e: unknown): boolean {
  return errorCode(e) === CELL_EDIT_MODE;
}

/** A value to write through Range.formulas; text gets Excel's ' prefix so that "2022-12-31" or "=x" stays text. */
function plainValue(value: CellValue): string | number | boolean {
  if (value === null) return '';
  if (typeof value === 'object') return value.error;
  if (typeof value === 'string' && value !== '') return `'${value}`;
  return value;
}

function applyStyle(range: Excel.Range, style: CellStyle): void {
  const f = range.format;
  if (style.bold !== undefined) f.font.bold = style.bold;
  if (style.fontSize !== undefined) f.font.size = style.fontSize;
  if (style.color) f.font.color = style.color;
  if (style.horizontal) f.horizontalAlignment = style.horizontal;
  if (style.vertical) f.verticalAlignment = style.vertical;
  if (style.wrap !== undefined) f.wrapText = style.wrap;
  if (style.fill) f.fill.color = style.fill;
  if (style.grid) {
    for (const edge of [
      'EdgeTop',
      'EdgeBottom',
      'EdgeLeft',
      'EdgeRight',
      'InsideHorizontal',
      'InsideVertical',
    ] as const) {
      const border = f.borders.getItem(edge);
      border.style = 'Continuous';
      border.color = '#000000';
    }
  }
}

function validationRule(rule: ValidationRule): Excel.DataValidationRule {
  if (rule.kind === 'list') return { list: { inCellDropDown: true, source: rule.items.join(',') } };
  if (rule.max !== undefined) return { decimal: { formula1: rule.min, formula2: rule.max, operator: 'Between' } };
  return { decimal: { formula1: rule.min, operator: 'GreaterThanOrEqualTo' } };
}

/** The scores a plan writes, and the formulas it words anew. */
function writeScores(sheet: Excel.Worksheet, update: SheetUpdate): void {
  for (const { address, value } of update.values) sheet.getRange(address).values = [[value ?? '']];
  for (const { address, formula } of update.formulas ?? []) sheet.getRange(address).formulas = [[formula]];
}

/** ZiPing's flags among a sheet's conditional formats, loaded by `loadFlags`. */
function loadFlags(sheet: Excel.Worksheet): Excel.ConditionalFormatCollection {
  const flags = sheet.getRange().conditionalFormats;
  flags.load('items/type,items/customOrNullObject/rule/formula');
  return flags;
}

function loadNotes(sheet: Excel.Worksheet): Excel.NoteCollection {
  const notes = sheet.notes;
  notes.load('items/content');
  return notes;
}

/** The flags and notes that are ZiPing's own (its rule formula, its note mark); the user's stay untouched. */
function ours(collection: Excel.ConditionalFormatCollection): Excel.ConditionalFormat[];
function ours(collection: Excel.NoteCollection): Excel.Note[];
function ours(
  collection: Excel.ConditionalFormatCollection | Excel.NoteCollection,
): (Excel.ConditionalFormat | Excel.Note)[] {
  return (collection.items as (Excel.ConditionalFormat | Excel.Note)[]).filter((item) =>
    'content' in item
      ? typeof item.content === 'string' && item.content.startsWith(NOTE_MARK)
      : item.type === 'Custom' &&
        !item.customOrNullObject.isNullObject &&
        item.customOrNullObject.rule.formula === FLAG_FORMULA,
  );
}

function writeFlags(sheet: Excel.Worksheet, flags: Flag[]): void {
  for (const flag of flags) {
    const cf = sheet.getRange(flag.address).conditionalFormats.add('Custom');
    cf.custom.rule.formula = FLAG_FORMULA;
    cf.custom.format.fill.color = FLAG_FILL[flag.severity];
  }
}

function writeNotes(sheet: Excel.Worksheet, notes: { address: string; text: string }[]): void {
  for (const n of notes) sheet.notes.add(n.address, n.text);
}

/** Writes a block of cells from `at`; returns the block's address. */
function writeCells(sheet: Excel.Worksheet, at: string, cells: CellInput[][]): string {
  const corner = parseA1(at)!;
  const cols = Math.max(1, ...cells.map((r) => r.length));
  const range = `${at}:${a1(corner.row + cells.length - 1, corner.col + cols - 1)}`;
  sheet.getRange(range).formulas = cells.map((row) =>
    Array.from({ length: cols }, (_, c) => {
      const cell = row[c];
      if (!cell) return '';
      return 'formula' in cell ? cell.formula : plainValue(cell.value);
    }),
  );
  return range;
}

/** The sheets before and after a sheet, loaded with it (null objects at either end of the workbook). */
interface Edges {
  previous: Excel.Worksheet;
  next: Excel.Worksheet;
}

type Worksheetish = Pick<Excel.Worksheet, 'id' | 'isNullObject'>;

/** Whether the forms read on a sheet end short of the edge of the block read (margin to spare): read whole. */
function readsWhole(snapshot: Snapshot): boolean {
  const read = snapshot.read;
  return (
    !read ||
    fitsInside(
      readForms(snapshot.grid).forms.map((f) => formExtent(f)),
      read,
    )
  );
}

function loadEdges(sheet: Excel.Worksheet): Edges {
  const previous = sheet.getPreviousOrNullObject();
  previous.load('id');
  const next = sheet.getNextOrNullObject();
  next.load('id');
  return { previous, next };
}

/** A sheet read beside the one recomputed (a 续表, or the form one goes on from), once its read is settled. */
interface Side {
  sheet: Excel.Worksheet;
  edges: Edges;
  read: boolean;
  snapshot: Snapshot;
  ourFlags: Excel.ConditionalFormat[];
  ourNotes: Excel.Note[];
  settle(): void;
}
