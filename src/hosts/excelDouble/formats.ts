import {
  cellCount,
  cellKey,
  containsCell,
  intersects,
  keyCol,
  keyRow,
  shiftCell,
  shiftRect,
  type Rect,
  type Shift,
} from './address';

export interface BorderEdge {
  style: string;
  color: string;
  weight: string;
}

/** A cell's own look. Absent properties are Excel's defaults (DEFAULT_FORMAT). */
export interface CellFormat {
  numberFormat?: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
  fontName?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  /** "#RRGGBB"; null = no fill. */
  fill?: string | null;
  borderTop?: BorderEdge;
  borderBottom?: BorderEdge;
  borderLeft?: BorderEdge;
  borderRight?: BorderEdge;
}

export const DEFAULT_FORMAT = {
  numberFormat: 'General',
  bold: false,
  italic: false,
  size: 11,
  color: '#000000',
  fontName: 'Calibri',
  horizontalAlignment: 'General',
  verticalAlignment: 'Bottom',
  wrapText: false,
  fill: null as string | null,
};

export type Patch = Partial<CellFormat>;

/** Blocks larger than this are kept as one layer instead of cell by cell (whole columns, rows, the sheet). */
const LAYER_THRESHOLD = 65536;

/**
 * The formats of one sheet: per cell for ordinary blocks, as layers for huge ones. A cell's format is its layers
 * in order, then its own entry; a layer written later clears the same properties from the cells it covers.
 */
export class FormatStore {
  private cells = new Map<number, CellFormat>();
  private layers: { rect: Rect; patch: Patch }[] = [];

  get(row: number, col: number): CellFormat {
    let out: CellFormat = {};
    for (const l of this.layers) if (containsCell(l.rect, row, col)) out = { ...out, ...l.patch };
    const own = this.cells.get(cellKey(row, col));
    return own ? { ...out, ...own } : out;
  }

  /** Applies a patch to every cell of a block; `perCell` gives a patch for each cell instead. */
  patch(rect: Rect, patch: Patch | ((row: number, col: number) => Patch | undefined)): void {
    if (typeof patch !== 'function' && cellCount(rect) > LAYER_THRESHOLD) {
      const keys = Object.keys(patch) as (keyof CellFormat)[];
      for (const [key, fmt] of this.cells) {
        if (!containsCell(rect, keyRow(key), keyCol(key))) continue;
        for (const k of keys) delete fmt[k];
      }
      this.layers.push({ rect, patch: { ...patch } });
      return;
    }
    for (let r = rect.top; r <= rect.bottom; r++) {
      for (let c = rect.left; c <= rect.right; c++) {
        const p = typeof patch === 'function' ? patch(r, c) : patch;
        if (!p) continue;
        const key = cellKey(r, c);
        this.cells.set(key, { ...(this.cells.get(key) ?? {}), ...p });
      }
    }
  }

  /** The block of cells that have a format of their own (Excel counts them in the used range). */
  bounds(): Rect | undefined {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [key, fmt] of this.cells) {
      if (!isDifferent(fmt)) continue;
      const r = keyRow(key);
      const c = keyCol(key);
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    }
    return bottom < 0 ? undefined : { top, left, bottom, right };
  }

  /**
   * Cells inserted or deleted (see Shift). Inserted cells take the format of the cells before them: the row above,
   * or the column to the left (Excel's default "Format Same As Above / Left").
   */
  shift(s: Shift): void {
    const next = new Map<number, CellFormat>();
    for (const [key, fmt] of this.cells) {
      const at = shiftCell(keyRow(key), keyCol(key), s);
      if (at) next.set(cellKey(at.row, at.col), fmt);
    }
    if (s.count > 0 && s.at > 0) {
      for (const [key, fmt] of this.cells) {
        const [along, across] = s.axis === 'rows' ? [keyRow(key), keyCol(key)] : [keyCol(key), keyRow(key)];
        if (along !== s.at - 1 || (s.band && (across < s.band.from || across > s.band.to))) continue;
        for (let i = 0; i < s.count; i++)
          next.set(s.axis === 'rows' ? cellKey(s.at + i, across) : cellKey(across, s.at + i), { ...fmt });
      }
    }
    this.cells = next;
    this.layers = this.layers.flatMap((l) => {
      const rect = shiftRect(l.rect, s);
      return rect ? [{ rect, patch: l.patch }] : [];
    });
  }

  /** Whether any format is set on a cell of the block (for tests of what a write touched). */
  touches(rect: Rect): boolean {
    for (const key of this.cells.keys()) if (containsCell(rect, keyRow(key), keyCol(key))) return true;
    return this.layers.some((l) => intersects(l.rect, rect));
  }

  toJSON(): { cells: [number, number, CellFormat][]; layers: { rect: Rect; patch: Patch }[] } {
    return {
      cells: [...this.cells].filter(([, f]) => Object.keys(f).length > 0).map(([k, f]) => [keyRow(k), keyCol(k), f]),
      layers: this.layers,
    };
  }

  static fromJSON(data: {
    cells: [number, number, CellFormat][];
    layers: { rect: Rect; patch: Patch }[];
  }): FormatStore {
    const store = new FormatStore();
    for (const [r, c, f] of data.cells) store.cells.set(cellKey(r, c), { ...f });
    store.layers = data.layers.map((l) => ({ rect: { ...l.rect }, patch: { ...l.patch } }));
    return store;
  }
}

function isDifferent(fmt: CellFormat): boolean {
  return Object.entries(fmt).some(([k, v]) => v !== undefined && (DEFAULT_FORMAT as Record<string, unknown>)[k] !== v);
}

/** The value of one property over a block: the common value, or null when cells differ (as Excel reports it). */
export function uniform<T>(rect: Rect, read: (row: number, col: number) => T): T | null {
  let first: T | undefined;
  let set = false;
  for (let r = rect.top; r <= rect.bottom; r++) {
    for (let c = rect.left; c <= rect.right; c++) {
      const v = read(r, c);
      if (!set) {
        first = v;
        set = true;
      } else if (JSON.stringify(v) !== JSON.stringify(first)) return null;
    }
  }
  return first ?? null;
}
