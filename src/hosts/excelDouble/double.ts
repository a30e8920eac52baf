import { parseCell, rectA1 } from './address';
import type { Change, Origin } from './changes';
import { Client, type ClientOptions } from './client';
import { RequestContextDouble } from './context';
import { Driver, UserDriver } from './driver';
import { fail } from './errors';
import { SheetInspector } from './inspect';
import type { PayloadCount } from './payload';
import { atLeast } from './version';
import { Workbook, type SavedWorkbook } from './workbook';
import { effectiveFill } from './writes';

export interface ExcelDoubleOptions extends ClientOptions {
  /** The sheets of a new workbook (default: one, "Sheet1"). */
  sheets?: string[];
}

/** Office's entry points as the gateway takes them (ExcelHost): Excel.run and the requirement-set test. */
export interface ExcelHostDouble {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version?: string): boolean;
}

/** What a subscriber hears after each change: the changes (none for a selection) and who made them. */
export type ChangeListener = (changes: Change[], origin: Origin) => void;

/**
 * An in-memory Excel for tests and the preview: one client (this user's Excel with ZiPing in it) of a workbook.
 * `host` is what the gateway talks to; `user`, `remote` and the other methods drive and inspect the workbook.
 */
export class ExcelDouble {
  readonly host: ExcelHostDouble;
  /** The person at this Excel. */
  readonly user: UserDriver;
  /** A co-author elsewhere (no client of its own here): every client sees their edits as "Remote". */
  readonly remote: Driver;
  private readonly book: Workbook;
  private readonly client: Client;

  constructor(options: ExcelDoubleOptions, shared?: Workbook) {
    if (shared) this.book = shared;
    else {
      this.book = new Workbook();
      this.book.transact({ actor: 'user' }, () => {
        for (const name of options.sheets ?? ['Sheet1']) this.book.addSheet(name);
      });
    }
    this.client = new Client(this.book, options);
    this.user = new UserDriver(this.book, this.client);
    this.remote = new Driver(this.book, this.client, 'remote');
    const client = this.client;
    this.host = {
      run: async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
        const ctx = new RequestContextDouble(client);
        client.begin();
        try {
          // The one place the double stands in for Office's types.
          const pending: unknown = batch(ctx as unknown as Excel.RequestContext);
          if (!pending || typeof (pending as Promise<T>).then !== 'function') throw fail.runMustReturnPromise();
          const result = await (pending as Promise<T>);
          await ctx.sync();
          return result;
        } finally {
          ctx._end();
          client.end();
        }
      },
      isSetSupported: (name: string, version = '1.1') => {
        if (name === 'ExcelApi') return atLeast(options.apiVersion, version);
        if (name === 'SharedRuntime') return options.sharedRuntime === true && atLeast('1.1', version);
        return false;
      },
    };
  }

  /** A workbook as saved by save(), opened afresh (as after closing and reopening the file). */
  static open(saved: string, options: ExcelDoubleOptions): ExcelDouble {
    const book = new Workbook();
    book.load(JSON.parse(saved) as SavedWorkbook);
    return new ExcelDouble(options, book);
  }

  /** Another Excel on the same workbook (co-authoring): each sees the other's user and add-in edits as "Remote". */
  connect(options: Partial<ClientOptions> = {}): ExcelDouble {
    return new ExcelDouble({ ...this.client.options, ...options }, this.book);
  }

  /** Round trips so far: syncs that had something to send (Excel.run's closing sync only when it does). */
  get syncCount(): number {
    return this.client.syncCount;
  }

  /** Also resets payloadBytes. */
  resetSyncCount(): void {
    this.client.syncCount = 0;
    this.resetPayload();
  }

  /** Bytes of JSON sent (request) and received (response) by this Excel's syncs, failed ones included. */
  get payloadBytes(): Readonly<PayloadCount> {
    return { ...this.client.payload };
  }

  resetPayload(): void {
    this.client.payload.request = 0;
    this.client.payload.response = 0;
  }

  /** The add-in's Runtime.enableEvents, as it stands now. */
  get eventsEnabled(): boolean {
    return this.client.enableEvents;
  }

  /** Errors thrown by event handlers (Office.js swallows them). */
  get handlerErrors(): readonly unknown[] {
    return this.client.handlerErrors;
  }

  /** The user adds a sheet (at the end, not activated); onAdded fires. Returns its id. */
  addSheet(name?: string): string {
    let id = '';
    this.book.transact({ actor: 'user', client: this.client }, () => {
      id = this.book.addSheet(name).id;
    });
    return id;
  }

  /**
   * The user deletes a sheet (right-click its tab, Delete); when it was shown, the sheet after it (else before) is
   * shown. No event reaches the add-in (WorksheetCollection.onDeleted is not modelled).
   */
  deleteSheet(name: string): void {
    const sheet = this.book.requireSheet(name);
    this.book.transact({ actor: 'user', client: this.client }, () => {
      const shown = this.book.deleteSheet(sheet);
      if (this.client.activeSheetId === sheet.id) this.client.activate(shown.id);
    });
  }

  renameSheet(name: string, to: string): void {
    const sheet = this.book.requireSheet(name);
    this.book.transact({ actor: 'user', client: this.client }, () => this.book.renameSheet(sheet, to));
  }

  /** The user clicks a sheet's tab. */
  activate(name: string): void {
    this.client.activate(this.book.requireSheet(name).id);
  }

  sheetId(name: string): string {
    return this.book.requireSheet(name).id;
  }

  sheetNames(): string[] {
    return this.book.sheets.map((s) => s.name);
  }

  inspect(sheetName: string): SheetInspector {
    return new SheetInspector(this.book, this.book.requireSheet(sheetName).id);
  }

  /** The active sheet and its selection ("A1" or "A1:B2"). */
  selection(): { sheet: string; address: string } {
    const sheet = this.book.sheetById(this.client.activeSheetId) ?? this.book.sheets[0];
    return { sheet: sheet.name, address: rectA1(this.client.selection(sheet.id)) };
  }

  /** The fill a cell shows, conditional formats applied. */
  effectiveFill(sheetName: string, address: string): string | null {
    const sheet = this.book.requireSheet(sheetName);
    const cell = parseCell(address);
    if (!cell) throw new Error(`Excel double: ${address} is not one cell`);
    return effectiveFill(this.book, sheet, cell.row, cell.col);
  }

  /** The whole workbook as JSON: cells, formats, merges, conditional formats, notes, validations, settings. */
  save(): string {
    return JSON.stringify({ ...this.book.save(), activeSheetId: this.client.activeSheetId });
  }

  /** Called after every change of the workbook, and after this client's selection or edit mode changes. */
  subscribe(listener: ChangeListener): () => void {
    return this.client.subscribe(listener);
  }

  /**
   * Resolves once nothing is in flight on any client of the workbook: no Excel.run, no undelivered event, no
   * handler's promise pending. (A gateway waiting between retries is not in flight.)
   */
  async idle(maxTicks = 10000): Promise<void> {
    for (let i = 0; i < maxTicks; i++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (this.book.connected().every((c) => !(c instanceof Client) || c.idle)) return;
    }
    throw new Error('Excel double: still busy');
  }
}
