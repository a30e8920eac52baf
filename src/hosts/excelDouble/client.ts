import { rectA1, type Rect } from './address';
import type { Change, ChangeSink, DataChangeType, Origin } from './changes';
import type { ValueType } from './engine';
import { WEB_PAYLOAD_LIMIT_BYTES, type PayloadCount } from './payload';
import { atLeast, type ApiVersion } from './version';
import type { SavedWorkbook, Workbook } from './workbook';

export interface ClientOptions {
  /** The highest ExcelApi requirement set this Excel supports. */
  apiVersion: ApiVersion;
  /** isSetSupported('SharedRuntime', '1.1'). */
  sharedRuntime?: boolean;
  /** Milliseconds each sync takes; 0 (the default) resolves it in a microtask. */
  latencyMs?: number;
  /**
   * The most a sync may send, and get back, in bytes of JSON: WEB_PAYLOAD_LIMIT_BYTES is Excel on the web's 5 MB
   * (see payload.ts), and the default: a test passes only if ZiPing stays under it. null: no limit, as Excel on
   * Windows and Mac document none (they stall instead); for a test about something else that must read more.
   */
  payloadLimitBytes?: number | null;
  /**
   * true: a change of Runtime.enableEvents takes effect once the sync that sends it is over, so events off and
   * on again within one sync suppress nothing (see Client.setEnableEvents); the default. false: at once,
   * operation by operation, more forgiving than Excel (for a test that models an add-in relying on it).
   */
  enableEventsAfterSync?: boolean;
}

/** Excel.WorksheetChangedEventArgs as the double gives it. */
export interface WorksheetChangedArgs {
  type: 'WorksheetChanged';
  worksheetId: string;
  address: string;
  source: 'Local' | 'Remote';
  changeType: DataChangeType;
  triggerSource?: 'ThisLocalAddin' | 'Unknown';
  details?: { valueBefore: unknown; valueAfter: unknown; valueTypeBefore: ValueType; valueTypeAfter: ValueType };
  getRange(ctx: RangeSource): unknown;
  getRangeOrNullObject(ctx: RangeSource): unknown;
}

export interface WorksheetAddedArgs {
  type: 'WorksheetAdded';
  worksheetId: string;
  source: 'Local' | 'Remote';
}

/** Any request context of the double (kept structural to avoid a cycle with the API objects). */
interface RangeSource {
  workbook: {
    worksheets: {
      getItem(key: string): { getRange(address: string): unknown };
      getItemOrNullObject(key: string): { getRange(address: string): unknown };
    };
  };
}

export type Handler = (args: never) => unknown;

export interface Registration {
  kind: 'changed' | 'added';
  /** undefined: every sheet (WorksheetCollection events). */
  sheetId?: string;
  handler: Handler;
}

/** What undoing a structure change is. */
const UNDONE: Record<
  Extract<Change, { kind: 'structure' }>['changeType'],
  Extract<Change, { kind: 'structure' }>['changeType']
> = {
  RowInserted: 'RowDeleted',
  RowDeleted: 'RowInserted',
  ColumnInserted: 'ColumnDeleted',
  ColumnDeleted: 'ColumnInserted',
  CellInserted: 'CellDeleted',
  CellDeleted: 'CellInserted',
};

interface UndoEntry {
  before: SavedWorkbook;
  revisionAfter: number;
  /** The changes the action made, turned round for the events of its undo. */
  changes: Change[];
}

/**
 * One Excel client connected to the workbook (this user's Excel, with ZiPing running in it): its active sheet
 * and selection, its add-in's runtime state (enableEvents) and event handlers, its user's undo stack and edit
 * mode, and its count of round trips.
 */
export class Client implements ChangeSink {
  /** Whether events reach this add-in now. */
  enableEvents = true;
  syncCount = 0;
  /** Bytes sent and received by this client's syncs. */
  readonly payload: PayloadCount = { request: 0, response: 0 };
  /** A Runtime.enableEvents set by the sync being applied, in effect once it is over. */
  private requestedEnableEvents: boolean | undefined;
  activeSheetId: string;
  /** The selection of each sheet (Excel remembers one per sheet). */
  readonly selections = new Map<string, Rect>();
  editing: { sheetId: string; rect: Rect } | undefined;
  registrations: Registration[] = [];
  /** Errors thrown by event handlers (Office.js only logs them). */
  readonly handlerErrors: unknown[] = [];
  private undoStack: UndoEntry[] = [];
  private readonly listeners = new Set<(changes: Change[], origin: Origin) => void>();
  private outbox: { handler: Handler; args: WorksheetChangedArgs | WorksheetAddedArgs }[] = [];
  private busy = 0;

  constructor(
    readonly book: Workbook,
    readonly options: ClientOptions,
  ) {
    this.activeSheetId = book.activeSheetId;
    book.connect(this);
  }

  get apiVersion(): ApiVersion {
    return this.options.apiVersion;
  }

  get payloadLimitBytes(): number | null {
    const limit = this.options.payloadLimitBytes;
    return limit === undefined ? WEB_PAYLOAD_LIMIT_BYTES : limit;
  }

  /**
   * Runtime.enableEvents set by an add-in. The Runtime reference says only "Toggle JavaScript events in the
   * current task pane or content add-in"; Microsoft's sample ("Enable and disable events", Work with events using
   * the Excel JavaScript API) syncs after setting it, and office-js#1786 reports handlers still called after
   * turning events off. The double applies it when the sync is over: the events of that sync's own writes are
   * decided by the state before it.
   */
  setEnableEvents(value: boolean): void {
    if (this.options.enableEventsAfterSync !== false) this.requestedEnableEvents = value;
    else this.enableEvents = value;
  }

  /** The add-in's Runtime.enableEvents as it reads it: what it last set, even before that sync is over. */
  get enableEventsProperty(): boolean {
    return this.requestedEnableEvents ?? this.enableEvents;
  }

  /** A sync is over: an enableEvents it set takes effect. */
  commitEnableEvents(): void {
    if (this.requestedEnableEvents === undefined) return;
    this.enableEvents = this.requestedEnableEvents;
    this.requestedEnableEvents = undefined;
  }

  supports(version: string): boolean {
    return atLeast(this.options.apiVersion, version);
  }

  selection(sheetId: string): Rect {
    return this.selections.get(sheetId) ?? { top: 0, left: 0, bottom: 0, right: 0 };
  }

  select(sheetId: string, rect: Rect): void {
    this.activeSheetId = sheetId;
    this.selections.set(sheetId, rect);
    this.notify([], { actor: 'user', client: this });
  }

  activate(sheetId: string): void {
    this.activeSheetId = sheetId;
    this.notify([], { actor: 'user', client: this });
  }

  /** A sync's round trip: a microtask, or `latencyMs`. */
  roundTrip(): Promise<void> {
    const ms = this.options.latencyMs ?? 0;
    return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
  }

  capture(change: Change, origin: Origin): void {
    // Events raised while this add-in has events off are never delivered to it.
    if (!this.enableEvents) return;
    if (change.kind === 'sheetAdded') {
      const args: WorksheetAddedArgs = {
        type: 'WorksheetAdded',
        worksheetId: change.sheetId,
        source: origin.client === this ? 'Local' : 'Remote',
      };
      for (const reg of this.registrations) if (reg.kind === 'added') this.outbox.push({ handler: reg.handler, args });
      return;
    }
    if (change.kind !== 'cells' && change.kind !== 'structure') return;
    const args = this.changedArgs(change, origin);
    for (const reg of this.registrations) {
      if (reg.kind === 'changed' && (reg.sheetId === undefined || reg.sheetId === change.sheetId))
        this.outbox.push({ handler: reg.handler, args });
    }
  }

  private changedArgs(change: Extract<Change, { kind: 'cells' | 'structure' }>, origin: Origin): WorksheetChangedArgs {
    const { sheetId } = change;
    const address = rectA1(change.rect);
    const args: WorksheetChangedArgs = {
      type: 'WorksheetChanged',
      worksheetId: sheetId,
      address,
      source: origin.client === this ? 'Local' : 'Remote',
      changeType: change.changeType ?? 'RangeEdited',
      getRange: (ctx) => ctx.workbook.worksheets.getItem(sheetId).getRange(address),
      getRangeOrNullObject: (ctx) => ctx.workbook.worksheets.getItemOrNullObject(sheetId).getRange(address),
    };
    if (this.supports('1.14'))
      args.triggerSource = origin.actor === 'addin' && origin.client === this ? 'ThisLocalAddin' : 'Unknown';
    if (this.supports('1.9') && change.kind === 'cells' && change.details) {
      const { before, after } = change.details;
      args.details = {
        valueBefore: before.value,
        valueAfter: after.value,
        valueTypeBefore: before.type,
        valueTypeAfter: after.type,
      };
    }
    return args;
  }

  flush(changes: Change[], origin: Origin): void {
    const batch = this.outbox;
    this.outbox = [];
    if (batch.length) {
      // Delivered in a later macrotask, after the sync or user action that raised them has resolved.
      this.busy++;
      setTimeout(() => {
        this.busy--;
        for (const { handler, args } of batch) this.call(handler, args);
      }, 0);
    }
    this.notify(changes, origin);
  }

  private call(handler: Handler, args: unknown): void {
    try {
      const result = (handler as (a: unknown) => unknown)(args);
      if (result && typeof (result as Promise<unknown>).then === 'function') {
        this.busy++;
        (result as Promise<unknown>).then(
          () => this.busy--,
          (e: unknown) => {
            this.busy--;
            this.handlerErrors.push(e);
          },
        );
      }
    } catch (e) {
      this.handlerErrors.push(e);
    }
  }

  notify(changes: Change[], origin: Origin): void {
    for (const l of this.listeners) l(changes, origin);
  }

  subscribe(listener: (changes: Change[], origin: Origin) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Work in flight: an Excel.run, an event not yet delivered, a handler's promise. */
  begin(): void {
    this.busy++;
  }

  end(): void {
    this.busy--;
  }

  get idle(): boolean {
    return this.busy === 0;
  }

  /** Runs a user action of this client as one undoable step. */
  userAction(fn: () => void): void {
    const before = this.book.save();
    const start = this.book.revision;
    this.book.transact({ actor: 'user', client: this }, fn);
    if (this.book.revision !== start)
      this.undoStack.push({ before, revisionAfter: this.book.revision, changes: this.book.lastChanges });
  }

  /**
   * A sync of this client's add-in. From ExcelApi 1.20 its changes go on the user's undo stack as one step
   * ("Excel add-ins support undo behavior. This preserves both actions performed by Excel JavaScript APIs and
   * actions performed by the user": Undo support with the Excel JavaScript API, learn.microsoft.com). Settings
   * are the add-in's storage, not the grid's: a sync that changes them empties the stack, as before 1.20 (an
   * unverified assumption the double keeps), and an undo leaves them as they are. Before 1.20 any change by an
   * add-in empties the stack ("If a particular API doesn't support undo, the application's undo stack is
   * cleared": Application-specific API model, "Undo support").
   */
  addinSync(fn: () => void, writes: boolean): void {
    if (!writes || !this.supports('1.20')) {
      this.book.transact({ actor: 'addin', client: this }, fn);
      return;
    }
    const before = this.book.save();
    const start = this.book.revision;
    this.book.transact({ actor: 'addin', client: this }, fn);
    if (this.book.revision === start) return;
    const changes = this.book.lastChanges;
    if (changes.some((c) => c.kind === 'settings')) this.undoStack = [];
    if (changes.some((c) => c.kind !== 'settings'))
      this.undoStack.push({ before, revisionAfter: this.book.revision, changes });
  }

  /**
   * Undoes the user's last step (from ExcelApi 1.20 it may be a step of this add-in). Any other change made
   * since (before 1.20 any add-in's, and in the double anyone else's) empties the undo stack: then nothing
   * happens and false is returned. The undo is the user's action: its events are Local with triggerSource
   * "Unknown" (EventTriggerSource has only "ThisLocalAddin", for this add-in's own API calls, and "Unknown").
   */
  undo(): boolean {
    const top = this.undoStack.pop();
    if (!top || top.revisionAfter !== this.book.revision) {
      this.undoStack = [];
      return false;
    }
    const settings = this.book.settings;
    this.book.transact({ actor: 'user', client: this }, () => {
      const current = top.changes.map((c) =>
        c.kind === 'cells' && c.details
          ? this.book.engine.result(this.book.sheetById(c.sheetId)!.engineId, c.rect.top, c.rect.left)
          : undefined,
      );
      this.book.load(top.before);
      this.book.settings = settings;
      this.book.emit({ kind: 'restore' });
      top.changes.forEach((c, i) => {
        if (c.kind === 'cells') {
          const sheet = this.book.sheetById(c.sheetId);
          const now = current[i];
          const after = sheet && now ? this.book.engine.result(sheet.engineId, c.rect.top, c.rect.left) : undefined;
          this.book.emit({
            kind: 'cells',
            sheetId: c.sheetId,
            rect: c.rect,
            ...(now && after ? { details: { before: now, after } } : {}),
          });
        } else if (c.kind === 'structure') {
          this.book.emit({ ...c, changeType: UNDONE[c.changeType] });
        }
      });
    });
    const next = this.undoStack[this.undoStack.length - 1];
    if (next) next.revisionAfter = this.book.revision;
    return true;
  }
}
