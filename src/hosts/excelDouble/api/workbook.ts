import { fail } from '../errors';
import { ClientObject, CollectionObject, type ProxyContext } from '../proxy';
import { clone } from '../workbook';
import { RangeDouble } from './range';
import { WorksheetCollectionDouble } from './worksheet';

/** Excel.Workbook. */
export class WorkbookDouble extends ClientObject {
  constructor(ctx: ProxyContext) {
    super(ctx, 'Workbook');
  }

  protected override _navigation() {
    return { worksheets: () => this.worksheets, settings: () => this.settings };
  }

  get worksheets(): WorksheetCollectionDouble {
    return this._child('worksheets', () => new WorksheetCollectionDouble(this._ctx, 'Workbook.worksheets'));
  }

  get settings(): SettingCollectionDouble {
    return this._child('settings', () => new SettingCollectionDouble(this._ctx, 'Workbook.settings'));
  }

  /** The selection of the active sheet. */
  getSelectedRange(): RangeDouble {
    return new RangeDouble(this._ctx, 'Workbook.getSelectedRange()', () => {
      const client = this._ctx._client;
      const sheet = client.book.sheetById(client.activeSheetId) ?? client.book.sheets[0];
      return { sheet, rect: client.selection(sheet.id) };
    });
  }

  getActiveCell(): RangeDouble {
    return new RangeDouble(this._ctx, 'Workbook.getActiveCell()', () => {
      const client = this._ctx._client;
      const sheet = client.book.sheetById(client.activeSheetId) ?? client.book.sheets[0];
      const r = client.selection(sheet.id);
      return { sheet, rect: { top: r.top, left: r.left, bottom: r.top, right: r.left } };
    });
  }
}

/**
 * Excel.Runtime. enableEvents (ExcelApi 1.8) is the add-in's own state and outlives the batch. Where the
 * requirement set is missing the property reads undefined and setting it throws ApiNotFound at once.
 */
export class RuntimeDouble extends ClientObject {
  constructor(ctx: ProxyContext) {
    super(ctx, 'Runtime');
  }

  private get supported(): boolean {
    return this._ctx._client.supports('1.8');
  }

  protected override _readers(): Record<string, () => unknown> {
    return this.supported ? { enableEvents: () => this._ctx._client.enableEventsProperty } : {};
  }

  get enableEvents(): boolean | undefined {
    return this.supported ? this._get<boolean>('enableEvents') : undefined;
  }

  set enableEvents(v: boolean | undefined) {
    if (!this.supported) throw fail.apiNotFound('Runtime.enableEvents', '1.8');
    this._set('enableEvents', v, () => {
      if (typeof v !== 'boolean') throw fail.invalidArgument('enableEvents');
      this._ctx._client.setEnableEvents(v);
    });
  }
}

/** Excel.SettingCollection: values kept as JSON, saved with the workbook. */
export class SettingCollectionDouble extends CollectionObject<SettingDouble> {
  protected _list(): SettingDouble[] {
    return [...this._ctx._client.book.settings.keys()].map(
      (k) => new SettingDouble(this._ctx, `${this._path}[${k}]`, k, false),
    );
  }

  add(key: string, value: unknown): SettingDouble {
    const setting = new SettingDouble(this._ctx, `${this._path}.add(${key})`, key, false);
    this._call(() => {
      if (typeof key !== 'string' || key === '') throw fail.invalidArgument('settings.add key');
      if (value === undefined) throw fail.invalidArgument('settings.add value');
      this._ctx._client.book.settings.set(key, clone(value));
      this._ctx._client.book.emit({ kind: 'settings' });
    }, [key, value]);
    return setting;
  }

  getItem(key: string): SettingDouble {
    return new SettingDouble(this._ctx, `${this._path}.getItem(${key})`, key, false);
  }

  getItemOrNullObject(key: string): SettingDouble {
    return new SettingDouble(this._ctx, `${this._path}.getItemOrNullObject(${key})`, key, true)._instantiated();
  }
}

export class SettingDouble extends ClientObject {
  constructor(
    ctx: ProxyContext,
    path: string,
    private readonly settingKey: string,
    private readonly orNull: boolean,
  ) {
    super(ctx, path);
  }

  /** @internal */
  _instantiated(): this {
    this._instantiate();
    return this;
  }

  override _exists(): boolean {
    if (this._ctx._client.book.settings.has(this.settingKey)) return true;
    if (this.orNull) return false;
    throw fail.itemNotFound(`setting ${this.settingKey}`);
  }

  protected override _readers() {
    return { key: () => this.settingKey, value: () => clone(this._ctx._client.book.settings.get(this.settingKey)) };
  }

  get key(): string {
    return this._get('key');
  }
  get value(): unknown {
    return this._get('value');
  }
  set value(v: unknown) {
    this._set('value', v, () => {
      this._ctx._client.book.settings.set(this.settingKey, clone(v));
      this._ctx._client.book.emit({ kind: 'settings' });
    });
  }

  delete(): void {
    this._call(() => {
      this._ctx._client.book.settings.delete(this.settingKey);
      this._ctx._client.book.emit({ kind: 'settings' });
    });
  }
}
