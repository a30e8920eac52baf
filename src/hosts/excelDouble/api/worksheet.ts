import { MAX_COLS, MAX_ROWS, parseRect, splitSheet } from '../address';
import { fail } from '../errors';
import { ClientObject, CollectionObject, type ProxyContext, type SheetLocator } from '../proxy';
import { usedRect } from '../query';
import type { SheetModel } from '../sheet';
import { EventHandlersDouble } from './events';
import { NoteCollectionDouble } from './notes';
import { PageLayoutDouble } from './pageLayout';
import { RangeDouble } from './range';

/** Excel.WorksheetCollection. */
export class WorksheetCollectionDouble extends CollectionObject<WorksheetDouble> {
  protected _list(): WorksheetDouble[] {
    return this._ctx._client.book.sheets.map((s) => bound(this._ctx, `${this._path}[${s.name}]`, s.id));
  }

  /** By name (any case) or id. */
  getItem(key: string): WorksheetDouble {
    return new WorksheetDouble(this._ctx, `${this._path}.getItem(${key})`, () => {
      const s = this._ctx._client.book.sheetByKey(key);
      if (!s) throw fail.itemNotFound(`worksheet ${key}`);
      return s;
    });
  }

  getItemOrNullObject(key: string): WorksheetDouble {
    const ws = new WorksheetDouble(this._ctx, `${this._path}.getItemOrNullObject(${key})`, () =>
      this._ctx._client.book.sheetByKey(key),
    );
    return ws._instantiated();
  }

  getActiveWorksheet(): WorksheetDouble {
    return new WorksheetDouble(this._ctx, `${this._path}.getActiveWorksheet()`, () => {
      const book = this._ctx._client.book;
      return book.sheetById(this._ctx._client.activeSheetId) ?? book.sheets[0];
    });
  }

  /** Adds a sheet at the end, not activated (as Excel does); a missing name gives "SheetN". */
  add(name?: string): WorksheetDouble {
    let created: SheetModel | undefined;
    const ws = new WorksheetDouble(this._ctx, `${this._path}.add(${name ?? ''})`, () => {
      if (!created) throw fail.itemNotFound('the worksheet being added');
      return created;
    });
    this._call(() => {
      created = this._ctx._client.book.addSheet(name);
    });
    return ws;
  }

  get onChanged(): EventHandlersDouble {
    return this._child(
      'onChanged',
      () =>
        new EventHandlersDouble(this._ctx, `${this._path}.onChanged`, 'changed', () => undefined, {
          version: '1.9',
          api: 'WorksheetCollection.onChanged',
        }),
    );
  }

  get onAdded(): EventHandlersDouble {
    return this._child(
      'onAdded',
      () => new EventHandlersDouble(this._ctx, `${this._path}.onAdded`, 'added', () => undefined),
    );
  }
}

function bound(ctx: ProxyContext, path: string, id: string): WorksheetDouble {
  return new WorksheetDouble(ctx, path, () => {
    const s = ctx._client.book.sheetById(id);
    if (!s) throw fail.itemNotFound(path);
    return s;
  });
}

/** Excel.Worksheet. Found at its first applied operation, then bound to that sheet's id (which survives renames). */
export class WorksheetDouble extends ClientObject {
  private boundId: string | null | undefined;

  constructor(
    ctx: ProxyContext,
    path: string,
    private readonly locate: SheetLocator,
  ) {
    super(ctx, path);
  }

  /** @internal */
  _instantiated(): this {
    this._instantiate();
    return this;
  }

  /** @internal */
  _find(): SheetModel | undefined {
    if (this.boundId === null) return undefined;
    const book = this._ctx._client.book;
    if (this.boundId) {
      const s = book.sheetById(this.boundId);
      if (!s) throw fail.itemNotFound(this._path);
      return s;
    }
    const s = this.locate();
    this.boundId = s ? s.id : null;
    return s;
  }

  /** @internal */
  _sheet(): SheetModel {
    const s = this._find();
    if (!s) throw fail.itemNotFound(this._path);
    return s;
  }

  override _exists(): boolean {
    return this._find() !== undefined;
  }

  protected override _readers() {
    const book = this._ctx._client.book;
    return {
      id: () => this._sheet().id,
      name: () => this._sheet().name,
      position: () => book.sheets.indexOf(this._sheet()),
      visibility: () => 'Visible',
    };
  }

  protected override _navigation() {
    return { pageLayout: () => this.pageLayout, notes: () => this.notes };
  }

  get id(): string {
    return this._get('id');
  }
  get name(): string {
    return this._get('name');
  }
  set name(v: string) {
    this._set('name', v, () => this._ctx._client.book.renameSheet(this._sheet(), v));
  }
  get position(): number {
    return this._get('position');
  }
  get visibility(): string {
    return this._get('visibility');
  }

  /**
   * The sheet after this one by position, or a null object when this is the last (Worksheet.getNextOrNullObject,
   * ExcelApi 1.5). The double's sheets are all visible, so `visibleOnly` changes nothing.
   */
  getNextOrNullObject(visibleOnly = false): WorksheetDouble {
    return this.neighbour('getNextOrNullObject', 1, visibleOnly);
  }

  /** The sheet before this one, or a null object when this is the first (Worksheet.getPreviousOrNullObject, 1.5). */
  getPreviousOrNullObject(visibleOnly = false): WorksheetDouble {
    return this.neighbour('getPreviousOrNullObject', -1, visibleOnly);
  }

  private neighbour(method: string, step: number, visibleOnly: boolean): WorksheetDouble {
    const ws = new WorksheetDouble(this._ctx, `${this._path}.${method}(${visibleOnly})`, () => {
      const sheets = this._ctx._client.book.sheets;
      return sheets[sheets.indexOf(this._sheet()) + step];
    });
    return ws._instantiated();
  }

  activate(): void {
    this._call(() => this._ctx._client.activate(this._sheet().id));
  }

  /** A1 addresses ("A1", "A1:I30", "$A$1", "A:A", "3:5"); no address = the whole sheet. */
  getRange(address?: string): RangeDouble {
    return new RangeDouble(this._ctx, `${this._path}.getRange(${address ?? ''})`, () => {
      const sheet = this._sheet();
      if (address === undefined || address === '')
        return { sheet, rect: { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 } };
      const { sheet: named, local } = splitSheet(address);
      if (named !== undefined && named.toLowerCase() !== sheet.name.toLowerCase())
        throw fail.invalidArgument(`address ${address}`);
      const rect = parseRect(local);
      if (!rect) throw fail.invalidArgument(`address ${address}`);
      return { sheet, rect };
    });
  }

  getCell(row: number, column: number): RangeDouble {
    return new RangeDouble(this._ctx, `${this._path}.getCell(${row},${column})`, () => {
      if (
        !Number.isInteger(row) ||
        !Number.isInteger(column) ||
        row < 0 ||
        column < 0 ||
        row >= MAX_ROWS ||
        column >= MAX_COLS
      )
        throw fail.invalidArgument('getCell');
      return { sheet: this._sheet(), rect: { top: row, left: column, bottom: row, right: column } };
    });
  }

  /** The used range; A1 when the sheet is blank. */
  getUsedRange(valuesOnly = false): RangeDouble {
    return new RangeDouble(this._ctx, `${this._path}.getUsedRange()`, () => {
      const sheet = this._sheet();
      return {
        sheet,
        rect: usedRect(this._ctx._client.book, sheet, valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 },
      };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeDouble {
    const range = new RangeDouble(this._ctx, `${this._path}.getUsedRangeOrNullObject()`, () => {
      const sheet = this._sheet();
      const rect = usedRect(this._ctx._client.book, sheet, valuesOnly);
      return rect ? { sheet, rect } : undefined;
    });
    range._instantiateNow();
    return range;
  }

  get onChanged(): EventHandlersDouble {
    return this._child(
      'onChanged',
      () => new EventHandlersDouble(this._ctx, `${this._path}.onChanged`, 'changed', () => this._sheet().id),
    );
  }

  /** ExcelApi 1.18. */
  get notes(): NoteCollectionDouble {
    return this._child('notes', () => new NoteCollectionDouble(this._ctx, `${this._path}.notes`, this));
  }

  /** ExcelApi 1.9. */
  get pageLayout(): PageLayoutDouble {
    return this._child('pageLayout', () => new PageLayoutDouble(this._ctx, `${this._path}.pageLayout`, this));
  }
}
