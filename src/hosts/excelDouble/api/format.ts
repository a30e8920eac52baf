import { cellCount, MAX_ROWS, type Rect } from '../address';
import { fail } from '../errors';
import { DEFAULT_FORMAT, uniform, type BorderEdge, type CellFormat, type Patch } from '../formats';
import { ClientObject, type ProxyContext, type RangeProxy } from '../proxy';
import { valuesOf } from '../query';
import type { SheetModel } from '../sheet';

const H_ALIGN = ['General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection', 'Distributed'];
const V_ALIGN = ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'];
const BORDER_STYLES = ['None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Double', 'SlantDashDot'];
const BORDER_WEIGHTS = ['Hairline', 'Thin', 'Medium', 'Thick'];
const EDGES = [
  'EdgeTop',
  'EdgeBottom',
  'EdgeLeft',
  'EdgeRight',
  'InsideVertical',
  'InsideHorizontal',
  'DiagonalDown',
  'DiagonalUp',
];
const NAMED: Record<string, string> = {
  black: '#000000',
  white: '#FFFFFF',
  red: '#FF0000',
  green: '#008000',
  blue: '#0000FF',
  yellow: '#FFFF00',
  orange: '#FFA500',
  purple: '#800080',
  gray: '#808080',
  grey: '#808080',
};
const DEFAULT_BORDER: BorderEdge = { style: 'None', color: '#000000', weight: 'Thin' };
/** Reading a format over more cells than this is not modelled (Excel answers for whole columns from column formats). */
const READ_LIMIT = 65536;

/** "#ffc7ce", "#FFC7CE", "red" → "#FFC7CE"; anything else is an InvalidArgument. */
export function normaliseColor(value: unknown, property: string): string {
  if (typeof value !== 'string') throw fail.invalidArgument(property);
  if (/^#[0-9A-Fa-f]{6}$/.test(value)) return value.toUpperCase();
  const named = NAMED[value.toLowerCase()];
  if (named) return named;
  throw fail.invalidArgument(`${property} ${JSON.stringify(value)}`);
}

export function oneOf(value: unknown, allowed: string[], property: string): string {
  if (typeof value !== 'string' || !allowed.includes(value))
    throw fail.invalidArgument(`${property} ${JSON.stringify(value)}`);
  return value;
}

/** Shared by the format objects of a range: where the range is, and how to read and write a cell format. */
abstract class RangePart extends ClientObject {
  constructor(
    ctx: ProxyContext,
    path: string,
    protected readonly range: RangeProxy,
  ) {
    super(ctx, path);
  }

  override _exists(): boolean {
    return this.range._exists();
  }

  protected where(): { sheet: SheetModel; rect: Rect } {
    return this.range._at();
  }

  protected read<T>(pick: (f: CellFormat) => T): T | null {
    const { sheet, rect } = this.where();
    if (cellCount(rect) > READ_LIMIT) throw fail.notImplemented('reading the format of more than 65536 cells');
    return uniform(rect, (r, c) => pick(sheet.formats.get(r, c)));
  }

  protected write(name: string, value: unknown, patch: () => Patch): void {
    this._set(name, value, () => {
      const { sheet, rect } = this.where();
      sheet.formats.patch(rect, patch());
      this._ctx._client.book.emit({ kind: 'format', sheetId: sheet.id });
    });
  }
}

/** Excel.RangeFormat. */
export class RangeFormatDouble extends RangePart {
  protected override _readers() {
    return {
      horizontalAlignment: () => this.read((f) => f.horizontalAlignment ?? DEFAULT_FORMAT.horizontalAlignment),
      verticalAlignment: () => this.read((f) => f.verticalAlignment ?? DEFAULT_FORMAT.verticalAlignment),
      wrapText: () => this.read((f) => f.wrapText ?? false),
      columnWidth: () => {
        const { sheet, rect } = this.where();
        const widths = new Set<number>();
        for (let c = rect.left; c <= rect.right; c++) widths.add(sheet.columnWidth(c));
        return widths.size === 1 ? [...widths][0] : null;
      },
      rowHeight: () => 15,
    };
  }

  protected override _navigation() {
    return { font: () => this.font, fill: () => this.fill, borders: () => this.borders };
  }

  get horizontalAlignment(): string {
    return this._get('horizontalAlignment');
  }
  set horizontalAlignment(v: string) {
    this.write('horizontalAlignment', v, () => ({ horizontalAlignment: oneOf(v, H_ALIGN, 'horizontalAlignment') }));
  }
  get verticalAlignment(): string {
    return this._get('verticalAlignment');
  }
  set verticalAlignment(v: string) {
    this.write('verticalAlignment', v, () => ({ verticalAlignment: oneOf(v, V_ALIGN, 'verticalAlignment') }));
  }
  get wrapText(): boolean {
    return this._get('wrapText');
  }
  set wrapText(v: boolean) {
    this.write('wrapText', v, () => {
      if (typeof v !== 'boolean') throw fail.invalidArgument('wrapText');
      return { wrapText: v };
    });
  }
  get rowHeight(): number {
    return this._get('rowHeight');
  }
  get columnWidth(): number {
    return this._get('columnWidth');
  }
  /** Points; sets the width of every column of the range. */
  set columnWidth(v: number) {
    this._set('columnWidth', v, () => {
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 1790) throw fail.invalidArgument('columnWidth');
      const { sheet, rect } = this.where();
      for (let c = rect.left; c <= rect.right; c++) sheet.columnWidths.set(c, v);
      this._ctx._client.book.emit({ kind: 'format', sheetId: sheet.id });
    });
  }

  /**
   * Widths to fit the longest text of each column in the range (merged cells ignored, as Excel does): about
   * 5.7 points a character, CJK characters counting twice, plus 5.25 points of padding.
   */
  autofitColumns(): void {
    this._call(() => {
      const { sheet, rect } = this.where();
      const book = this._ctx._client.book;
      const bottom =
        rect.bottom === MAX_ROWS - 1
          ? Math.max(rect.top, book.engine.bounds(sheet.engineId)?.bottom ?? 0)
          : rect.bottom;
      const values = valuesOf(book, sheet, { ...rect, bottom });
      for (let c = rect.left; c <= rect.right; c++) {
        let chars = 0;
        values.forEach((row, i) => {
          if (sheet.mergeAt(rect.top + i, c)) return;
          const text = String(row[c - rect.left] ?? '');
          for (const line of text.split('\n'))
            chars = Math.max(
              chars,
              [...line].reduce((n, ch) => n + (/[\u1100-\uFFFF]/.test(ch) ? 2 : 1), 0),
            );
        });
        if (chars > 0) sheet.columnWidths.set(c, Math.min(1790, Math.round((chars * 5.7 + 5.25) * 4) / 4));
      }
      book.emit({ kind: 'format', sheetId: sheet.id });
    });
  }

  autofitRows(): void {
    this._call(() => undefined);
  }

  get font(): RangeFontDouble {
    return this._child('font', () => new RangeFontDouble(this._ctx, `${this._path}.font`, this.range));
  }
  get fill(): RangeFillDouble {
    return this._child('fill', () => new RangeFillDouble(this._ctx, `${this._path}.fill`, this.range));
  }
  get borders(): RangeBorderCollectionDouble {
    return this._child(
      'borders',
      () => new RangeBorderCollectionDouble(this._ctx, `${this._path}.borders`, this.range),
    );
  }
}

export class RangeFontDouble extends RangePart {
  protected override _readers() {
    return {
      bold: () => this.read((f) => f.bold ?? false),
      italic: () => this.read((f) => f.italic ?? false),
      size: () => this.read((f) => f.size ?? DEFAULT_FORMAT.size),
      color: () => this.read((f) => f.color ?? DEFAULT_FORMAT.color),
      name: () => this.read((f) => f.fontName ?? DEFAULT_FORMAT.fontName),
    };
  }
  get bold(): boolean {
    return this._get('bold');
  }
  set bold(v: boolean) {
    this.write('bold', v, () => ({ bold: bool(v, 'font.bold') }));
  }
  get italic(): boolean {
    return this._get('italic');
  }
  set italic(v: boolean) {
    this.write('italic', v, () => ({ italic: bool(v, 'font.italic') }));
  }
  get size(): number {
    return this._get('size');
  }
  set size(v: number) {
    this.write('size', v, () => {
      if (typeof v !== 'number' || !(v >= 1 && v <= 409)) throw fail.invalidArgument('font.size');
      return { size: v };
    });
  }
  get color(): string {
    return this._get('color');
  }
  set color(v: string) {
    this.write('color', v, () => ({ color: normaliseColor(v, 'font.color') }));
  }
  get name(): string {
    return this._get('name');
  }
  set name(v: string) {
    this.write('name', v, () => {
      if (typeof v !== 'string' || v === '') throw fail.invalidArgument('font.name');
      return { fontName: v };
    });
  }
}

function bool(v: unknown, property: string): boolean {
  if (typeof v !== 'boolean') throw fail.invalidArgument(property);
  return v;
}

export class RangeFillDouble extends RangePart {
  protected override _readers() {
    // Excel reports no fill as white.
    return { color: () => this.read((f) => f.fill ?? '#FFFFFF') };
  }
  get color(): string {
    return this._get('color');
  }
  set color(v: string) {
    this.write('color', v, () => ({ fill: normaliseColor(v, 'fill.color') }));
  }
  clear(): void {
    this._call(() => {
      const { sheet, rect } = this.where();
      sheet.formats.patch(rect, { fill: null });
      this._ctx._client.book.emit({ kind: 'format', sheetId: sheet.id });
    });
  }
}

export class RangeBorderCollectionDouble extends RangePart {
  getItem(index: string): RangeBorderDouble {
    return new RangeBorderDouble(this._ctx, `${this._path}.getItem(${index})`, this.range, index);
  }
}

type Side = 'borderTop' | 'borderBottom' | 'borderLeft' | 'borderRight';

/** Excel.RangeBorder: one edge of a range. Inside edges set both neighbouring cells' sides. */
export class RangeBorderDouble extends RangePart {
  constructor(
    ctx: ProxyContext,
    path: string,
    range: RangeProxy,
    private readonly edge: string,
  ) {
    super(ctx, path, range);
  }

  /** The cells and sides an edge stands for. */
  private sides(): { rect: Rect; side: Side }[] {
    oneOf(this.edge, EDGES, 'borders.getItem');
    const { rect: r } = this.where();
    const rows = (top: number, bottom: number): Rect | undefined => (top <= bottom ? { ...r, top, bottom } : undefined);
    const cols = (left: number, right: number): Rect | undefined => (left <= right ? { ...r, left, right } : undefined);
    const out: { rect: Rect | undefined; side: Side }[] = [];
    switch (this.edge) {
      case 'EdgeTop':
        out.push({ rect: rows(r.top, r.top), side: 'borderTop' });
        break;
      case 'EdgeBottom':
        out.push({ rect: rows(r.bottom, r.bottom), side: 'borderBottom' });
        break;
      case 'EdgeLeft':
        out.push({ rect: cols(r.left, r.left), side: 'borderLeft' });
        break;
      case 'EdgeRight':
        out.push({ rect: cols(r.right, r.right), side: 'borderRight' });
        break;
      case 'InsideHorizontal':
        out.push(
          { rect: rows(r.top, r.bottom - 1), side: 'borderBottom' },
          { rect: rows(r.top + 1, r.bottom), side: 'borderTop' },
        );
        break;
      case 'InsideVertical':
        out.push(
          { rect: cols(r.left, r.right - 1), side: 'borderRight' },
          { rect: cols(r.left + 1, r.right), side: 'borderLeft' },
        );
        break;
    }
    return out.filter((s): s is { rect: Rect; side: Side } => s.rect !== undefined);
  }

  private readSide<K extends keyof BorderEdge>(key: K): BorderEdge[K] | null {
    const sides = this.sides();
    if (!sides.length) return DEFAULT_BORDER[key];
    const { sheet } = this.where();
    const { rect, side } = sides[0];
    return uniform(rect, (row, col) => ({ ...DEFAULT_BORDER, ...sheet.formats.get(row, col)[side] })[key]);
  }

  private writeSide(name: string, value: unknown, patch: () => Partial<BorderEdge>): void {
    this._set(name, value, () => {
      const p = patch();
      const { sheet } = this.where();
      for (const { rect, side } of this.sides()) {
        sheet.formats.patch(rect, (row, col) => ({
          [side]: { ...DEFAULT_BORDER, ...sheet.formats.get(row, col)[side], ...p },
        }));
      }
      this._ctx._client.book.emit({ kind: 'format', sheetId: sheet.id });
    });
  }

  protected override _readers() {
    return {
      style: () => this.readSide('style'),
      color: () => this.readSide('color'),
      weight: () => this.readSide('weight'),
      sideIndex: () => this.edge,
    };
  }

  get style(): string {
    return this._get('style');
  }
  set style(v: string) {
    this.writeSide('style', v, () => ({ style: oneOf(v, BORDER_STYLES, 'border.style') }));
  }
  get color(): string {
    return this._get('color');
  }
  set color(v: string) {
    this.writeSide('color', v, () => ({ color: normaliseColor(v, 'border.color') }));
  }
  get weight(): string {
    return this._get('weight');
  }
  set weight(v: string) {
    this.writeSide('weight', v, () => ({ weight: oneOf(v, BORDER_WEIGHTS, 'border.weight') }));
  }
}
