import {
  cellCount,
  cellKey,
  containsCell,
  fullAddress,
  intersection,
  MAX_COLS,
  MAX_ROWS,
  parseRect,
  splitSheet,
  type Rect,
} from '../address';
import { fail } from '../errors';
import { ClientObject, type Located, type ProxyContext, type RangeLocator, type SheetProxy } from '../proxy';
import { formulasOf, numberFormatsOf, textsOf, usedRect, valuesOf, valueTypesOf } from '../query';
import type { HyperlinkModel, SheetModel } from '../sheet';
import { merge, setNumberFormats, shiftCells, unmerge, writeCells } from '../writes';
import { ConditionalFormatCollectionDouble } from './conditional';
import { RangeFormatDouble } from './format';
import { DataValidationDouble } from './validation';

/** The most merged areas getMergedAreasOrNullObject returns (see there). */
const MAX_MERGED_AREAS = 512;

/** Excel.Range. Found once, at the first operation applied on it; it then keeps that sheet and address. */
export class RangeDouble extends ClientObject {
  private bound: { sheetId: string; rect: Rect } | null | undefined;

  constructor(
    ctx: ProxyContext,
    path: string,
    private readonly locate: RangeLocator,
    private readonly since?: { version: string; api: string },
  ) {
    super(ctx, path);
  }

  protected override _since() {
    return this.since;
  }

  /** @internal */
  _where(): Located | undefined {
    if (this.bound === null) return undefined;
    if (this.bound) {
      const sheet = this._ctx._client.book.sheetById(this.bound.sheetId);
      if (!sheet) throw fail.itemNotFound(this._path);
      return { sheet, rect: this.bound.rect };
    }
    const found = this.locate();
    this.bound = found ? { sheetId: found.sheet.id, rect: found.rect } : null;
    return found;
  }

  /** @internal The range, which must exist. */
  _at(): Located {
    const w = this._where();
    if (!w) throw fail.itemNotFound(this._path);
    return w;
  }

  override _exists(): boolean {
    return this._where() !== undefined;
  }

  /** @internal For *OrNullObject ranges: isNullObject is known after the next sync. */
  _instantiateNow(): void {
    this._instantiate();
  }

  protected override _readers() {
    const at = () => this._at();
    const book = () => this._ctx._client.book;
    return {
      address: () => fullAddress(at().sheet.name, at().rect),
      addressLocal: () => fullAddress(at().sheet.name, at().rect),
      values: () => valuesOf(book(), at().sheet, at().rect),
      formulas: () => formulasOf(book(), at().sheet, at().rect),
      formulasLocal: () => formulasOf(book(), at().sheet, at().rect),
      numberFormat: () => numberFormatsOf(at().sheet, at().rect),
      valueTypes: () => valueTypesOf(book(), at().sheet, at().rect),
      text: () => textsOf(book(), at().sheet, at().rect),
      rowCount: () => at().rect.bottom - at().rect.top + 1,
      columnCount: () => at().rect.right - at().rect.left + 1,
      cellCount: () => cellCount(at().rect),
      rowIndex: () => at().rect.top,
      columnIndex: () => at().rect.left,
      isEntireColumn: () => at().rect.top === 0 && at().rect.bottom === MAX_ROWS - 1,
      isEntireRow: () => isEntireRow(at().rect),
      hyperlink: () => {
        const { sheet, rect } = at();
        const link = sheet.hyperlinks.get(cellKey(rect.top, rect.left));
        return link ? { ...link } : null;
      },
    };
  }

  protected override _navigation() {
    return {
      format: () => this.format,
      worksheet: () => this.worksheet,
      dataValidation: () => this.dataValidation,
      conditionalFormats: () => this.conditionalFormats,
    };
  }

  get address(): string {
    return this._get('address');
  }
  get addressLocal(): string {
    return this._get('addressLocal');
  }
  get values(): unknown[][] {
    return this._get('values');
  }
  set values(v: unknown[][]) {
    this._set('values', v, () => writeCells(this._ctx._client.book, this._at().sheet, this._at().rect, v, 'values'));
  }
  get formulas(): unknown[][] {
    return this._get('formulas');
  }
  set formulas(v: unknown[][]) {
    this._set('formulas', v, () =>
      writeCells(this._ctx._client.book, this._at().sheet, this._at().rect, v, 'formulas'),
    );
  }
  get formulasLocal(): unknown[][] {
    return this._get('formulasLocal');
  }
  set formulasLocal(v: unknown[][]) {
    this._set('formulasLocal', v, () =>
      writeCells(this._ctx._client.book, this._at().sheet, this._at().rect, v, 'formulasLocal'),
    );
  }
  get numberFormat(): unknown[][] {
    return this._get('numberFormat');
  }
  set numberFormat(v: unknown[][]) {
    this._set('numberFormat', v, () => setNumberFormats(this._ctx._client.book, this._at().sheet, this._at().rect, v));
  }
  get valueTypes(): string[][] {
    return this._get('valueTypes');
  }
  /** What each cell shows, in its number format. */
  get text(): string[][] {
    return this._get('text');
  }
  get rowCount(): number {
    return this._get('rowCount');
  }
  get columnCount(): number {
    return this._get('columnCount');
  }
  get cellCount(): number {
    return this._get('cellCount');
  }
  get rowIndex(): number {
    return this._get('rowIndex');
  }
  get columnIndex(): number {
    return this._get('columnIndex');
  }
  get isEntireColumn(): boolean {
    return this._get('isEntireColumn');
  }
  get isEntireRow(): boolean {
    return this._get('isEntireRow');
  }
  get hyperlink(): HyperlinkModel | null {
    return this._get('hyperlink');
  }
  /** Sets a link on every cell; its textToDisplay becomes the cells' value (an edit, which raises onChanged). */
  set hyperlink(link: HyperlinkModel | null) {
    this._set('hyperlink', link, () => {
      const { sheet, rect } = this._at();
      if (!link || typeof link !== 'object') throw fail.invalidArgument('hyperlink');
      if (link.documentReference !== undefined) {
        const { local } = splitSheet(link.documentReference);
        if (!parseRect(local)) throw fail.invalidArgument(`hyperlink.documentReference ${link.documentReference}`);
      }
      for (let r = rect.top; r <= rect.bottom; r++)
        for (let c = rect.left; c <= rect.right; c++) sheet.hyperlinks.set(cellKey(r, c), { ...link });
      const book = this._ctx._client.book;
      if (typeof link.textToDisplay === 'string') writeCells(book, sheet, rect, `'${link.textToDisplay}`, 'hyperlink');
      else book.emit({ kind: 'format', sheetId: sheet.id });
    });
  }

  get format(): RangeFormatDouble {
    return this._child('format', () => new RangeFormatDouble(this._ctx, `${this._path}.format`, this));
  }

  get conditionalFormats(): ConditionalFormatCollectionDouble {
    return this._child(
      'conditionalFormats',
      () => new ConditionalFormatCollectionDouble(this._ctx, `${this._path}.conditionalFormats`, this),
    );
  }

  get dataValidation(): DataValidationDouble {
    return this._child(
      'dataValidation',
      () => new DataValidationDouble(this._ctx, `${this._path}.dataValidation`, this),
    );
  }

  get worksheet(): SheetProxy {
    return this._child('worksheet', () => this._ctx._worksheet(`${this._path}.worksheet`, () => this._at().sheet));
  }

  /**
   * ExcelApi 1.13: the merged areas whose top-left cell lies in the range, whole; a null object when there are
   * none. Only those: a merged area that starts above or left of the range is missed, as office-js#3611 reports
   * of Excel on Windows and on the web. More than 512 fail the sync: "Note that if the merged areas count in this
   * range is more than 512, then this method will fail to return the result" (Range.getMergedAreasOrNullObject,
   * Excel JavaScript API reference). Microsoft documents no error code for it; the double uses GeneralException.
   */
  getMergedAreasOrNullObject(): RangeAreasDouble {
    const areas = new RangeAreasDouble(this._ctx, `${this._path}.getMergedAreasOrNullObject()`, () => {
      const { sheet, rect } = this._at();
      const rects = sheet.merges
        .filter((m) => containsCell(rect, m.top, m.left))
        .sort((a, b) => a.top - b.top || a.left - b.left);
      if (rects.length > MAX_MERGED_AREAS) throw fail.tooManyMergedAreas(rects.length, MAX_MERGED_AREAS);
      return rects.length ? { sheet, rects } : undefined;
    });
    return areas._instantiated();
  }

  /** Inserts cells where the range is, shifting others (ExcelApi 1.1); returns the new cells. See shiftCells. */
  insert(shift: string): RangeDouble {
    this._call(() => {
      if (shift !== 'Down' && shift !== 'Right') throw fail.invalidArgument('shift');
      const { sheet, rect } = this._at();
      shiftCells(this._ctx._client.book, sheet, rect, shift);
    }, [shift]);
    return new RangeDouble(this._ctx, `${this._path}.insert(${shift})`, () => this._at());
  }

  /** Deletes the range's cells, shifting others (ExcelApi 1.1). See shiftCells. */
  delete(shift: string): void {
    this._call(() => {
      if (shift !== 'Up' && shift !== 'Left') throw fail.invalidArgument('shift');
      const { sheet, rect } = this._at();
      shiftCells(this._ctx._client.book, sheet, rect, shift);
    }, [shift]);
  }

  merge(across = false): void {
    this._call(() => merge(this._ctx._client.book, this._at().sheet, this._at().rect, across));
  }

  unmerge(): void {
    this._call(() => unmerge(this._ctx._client.book, this._at().sheet, this._at().rect));
  }

  select(): void {
    this._call(() => this._ctx._client.select(this._at().sheet.id, this._at().rect));
  }

  /**
   * The cells this range shares with `anotherRange` (an address on its sheet), or a null object when they share none
   * or this range is a null object (Range.getIntersectionOrNullObject, ExcelApi 1.4).
   */
  getIntersectionOrNullObject(anotherRange: string): RangeDouble {
    const range = new RangeDouble(this._ctx, `${this._path}.getIntersectionOrNullObject(${anotherRange})`, () => {
      const here = this._where();
      const other = parseRect(splitSheet(anotherRange).local);
      if (!other) throw fail.invalidArgument('anotherRange');
      const shared = here && intersection(here.rect, other);
      return here && shared ? { sheet: here.sheet, rect: shared } : undefined;
    });
    range._instantiateNow();
    return range;
  }

  /**
   * The used cells of this range, or a null object when it holds none (Range.getUsedRangeOrNullObject, ExcelApi 1.4:
   * "If there are no used cells within the range, then this function will return a null object"). The double takes
   * this range's part of the sheet's used range, which may keep blank rows or columns at its edges that Excel's would
   * trim; a reader of its address and values sees the same cells either way.
   */
  getUsedRangeOrNullObject(valuesOnly = false): RangeDouble {
    const range = new RangeDouble(this._ctx, `${this._path}.getUsedRangeOrNullObject()`, () => {
      const here = this._where();
      const used = here && usedRect(this._ctx._client.book, here.sheet, valuesOnly);
      const shared = here && used && intersection(here.rect, used);
      return here && shared ? { sheet: here.sheet, rect: shared } : undefined;
    });
    range._instantiateNow();
    return range;
  }

  getEntireColumn(): RangeDouble {
    return new RangeDouble(this._ctx, `${this._path}.getEntireColumn()`, () => {
      const { sheet, rect } = this._at();
      return { sheet, rect: { top: 0, left: rect.left, bottom: MAX_ROWS - 1, right: rect.right } };
    });
  }

  getEntireRow(): RangeDouble {
    return new RangeDouble(this._ctx, `${this._path}.getEntireRow()`, () => {
      const { sheet, rect } = this._at();
      return { sheet, rect: { top: rect.top, left: 0, bottom: rect.bottom, right: MAX_COLS - 1 } };
    });
  }

  /** The range's last row (Range.getLastRow, ExcelApi 1.1). */
  getLastRow(): RangeDouble {
    return new RangeDouble(this._ctx, `${this._path}.getLastRow()`, () => {
      const { sheet, rect } = this._at();
      return { sheet, rect: { ...rect, top: rect.bottom } };
    });
  }

  /** The cell at (row, column), 0-based from the range's top-left. */
  getCell(row: number, column: number): RangeDouble {
    return new RangeDouble(this._ctx, `${this._path}.getCell(${row},${column})`, () => {
      const { sheet, rect } = this._at();
      const r = rect.top + row;
      const c = rect.left + column;
      if (!Number.isInteger(row) || !Number.isInteger(column) || r < 0 || c < 0 || r >= MAX_ROWS || c >= MAX_COLS)
        throw fail.invalidArgument('getCell');
      return { sheet, rect: { top: r, left: c, bottom: r, right: c } };
    });
  }

  /** @internal Whether a cell (sheet coordinates) lies in the range. */
  _contains(row: number, col: number): boolean {
    return containsCell(this._at().rect, row, col);
  }
}

function isEntireRow(rect: Rect): boolean {
  return rect.left === 0 && rect.right === MAX_COLS - 1;
}

/** Excel.RangeAreas, as getMergedAreasOrNullObject gives it. */
export class RangeAreasDouble extends ClientObject {
  private found: { sheet: SheetModel; rects: Rect[] } | null | undefined;

  constructor(
    ctx: ProxyContext,
    path: string,
    private readonly locate: () => { sheet: SheetModel; rects: Rect[] } | undefined,
  ) {
    super(ctx, path);
  }

  protected override _since() {
    return { version: '1.13', api: 'Range.getMergedAreasOrNullObject' };
  }

  /** @internal */
  _instantiated(): this {
    this._instantiate();
    return this;
  }

  private where() {
    if (this.found === undefined) this.found = this.locate() ?? null;
    return this.found;
  }

  override _exists(): boolean {
    return this.where() !== null;
  }

  protected override _readers() {
    const w = () => this.where()!;
    return {
      address: () =>
        w()
          .rects.map((r) => fullAddress(w().sheet.name, r))
          .join(','),
      addressLocal: () =>
        w()
          .rects.map((r) => fullAddress(w().sheet.name, r))
          .join(','),
      areaCount: () => w().rects.length,
      cellCount: () => w().rects.reduce((n, r) => n + cellCount(r), 0),
    };
  }

  get address(): string {
    return this._get('address');
  }
  get addressLocal(): string {
    return this._get('addressLocal');
  }
  get areaCount(): number {
    return this._get('areaCount');
  }
  get cellCount(): number {
    return this._get('cellCount');
  }
}
