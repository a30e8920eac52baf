import { cellKey, keyCol, keyRow, parseCell, splitSheet } from '../address';
import { fail } from '../errors';
import { ClientObject, CollectionObject, type ProxyContext, type SheetProxy } from '../proxy';
import type { NoteModel, SheetModel } from '../sheet';
import { RangeDouble } from './range';

/** Excel.NoteCollection of a worksheet (ExcelApi 1.18), in cell order. */
export class NoteCollectionDouble extends CollectionObject<NoteDouble> {
  constructor(
    ctx: ProxyContext,
    path: string,
    private readonly sheet: SheetProxy,
  ) {
    super(ctx, path);
  }

  protected override _since() {
    return { version: '1.18', api: 'Worksheet.notes' };
  }

  override _exists(): boolean {
    return this.sheet._exists();
  }

  protected _list(): NoteDouble[] {
    const sheet = this.sheet._sheet();
    return [...sheet.notes]
      .sort(([a], [b]) => keyRow(a) - keyRow(b) || keyCol(a) - keyCol(b))
      .map(([key, n]) => new NoteDouble(this._ctx, `${this._path}[${n.id}]`, sheet.id, n.id, key));
  }

  /** A note on one cell ("A1" or a one-cell Range); a cell that already has a note refuses another (InvalidArgument). */
  add(cellAddress: string | RangeDouble, content: unknown): NoteDouble {
    this._sameContext(cellAddress);
    const note = new NoteDouble(this._ctx, `${this._path}.add()`, undefined, undefined);
    this._call(() => {
      const sheet = this.sheet._sheet();
      const cell = this.cell(sheet, cellAddress);
      const key = cellKey(cell.row, cell.col);
      if (sheet.notes.has(key)) throw fail.invalidArgument(`notes.add: the cell already has a note`);
      const model: NoteModel = {
        id: this._ctx._client.book.newObjectId('note'),
        content: String(content),
        author: 'ZiPing',
      };
      sheet.notes.set(key, model);
      note._bind(sheet.id, model.id, key);
      this._ctx._client.book.emit({ kind: 'notes', sheetId: sheet.id });
    }, [typeof cellAddress === 'string' ? cellAddress : cellAddress._path, content]);
    return note;
  }

  private cell(sheet: SheetModel, address: string | RangeDouble): { row: number; col: number } {
    if (address instanceof RangeDouble) {
      const { sheet: s, rect } = address._at();
      if (s !== sheet || rect.top !== rect.bottom || rect.left !== rect.right)
        throw fail.invalidCellAddress('notes.add');
      return { row: rect.top, col: rect.left };
    }
    const { sheet: named, local } = splitSheet(String(address));
    const cell = parseCell(local);
    if (!cell || (named !== undefined && named.toLowerCase() !== sheet.name.toLowerCase()))
      throw fail.invalidCellAddress(`notes.add ${address}`);
    return cell;
  }
}

export class NoteDouble extends ClientObject {
  constructor(
    ctx: ProxyContext,
    path: string,
    private sheetId: string | undefined,
    private noteId: string | undefined,
    /** The cell the note was on when last found: looked at first, the sheet's notes searched only if it moved. */
    private key?: number,
  ) {
    super(ctx, path);
  }

  /** @internal */
  _bind(sheetId: string, noteId: string, key: number): void {
    this.sheetId = sheetId;
    this.noteId = noteId;
    this.key = key;
  }

  /**
   * The note by its id, wherever it now is (rows inserted or deleted move it). Reading every note of a sheet
   * costs one look each, not a search of the sheet's notes each (which made it quadratic in the notes).
   */
  private model(): { sheet: SheetModel; key: number; note: NoteModel } {
    const sheet = this.sheetId ? this._ctx._client.book.sheetById(this.sheetId) : undefined;
    if (!sheet) throw fail.itemNotFound(this._path);
    const there = this.key === undefined ? undefined : sheet.notes.get(this.key);
    if (there && there.id === this.noteId) return { sheet, key: this.key!, note: there };
    for (const [key, note] of sheet.notes) {
      if (note.id !== this.noteId) continue;
      this.key = key;
      return { sheet, key, note };
    }
    throw fail.itemNotFound(this._path);
  }

  override _exists(): boolean {
    this.model();
    return true;
  }

  protected override _readers() {
    return { content: () => this.model().note.content, authorName: () => this.model().note.author };
  }

  get content(): string {
    return this._get('content');
  }
  set content(v: string) {
    this._set('content', v, () => {
      const { sheet, note } = this.model();
      note.content = String(v);
      this._ctx._client.book.emit({ kind: 'notes', sheetId: sheet.id });
    });
  }
  get authorName(): string {
    return this._get('authorName');
  }

  delete(): void {
    this._call(() => {
      const { sheet, key } = this.model();
      sheet.notes.delete(key);
      this._ctx._client.book.emit({ kind: 'notes', sheetId: sheet.id });
    });
  }

  getLocation(): RangeDouble {
    return new RangeDouble(this._ctx, `${this._path}.getLocation()`, () => {
      const { sheet, key } = this.model();
      return { sheet, rect: { top: keyRow(key), left: keyCol(key), bottom: keyRow(key), right: keyCol(key) } };
    });
  }
}
