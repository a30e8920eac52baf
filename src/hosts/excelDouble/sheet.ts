import {
  cellKey,
  intersection,
  intersects,
  keyCol,
  keyRow,
  shiftCell,
  shiftRect,
  subtract,
  type Rect,
  type Shift,
} from './address';
import { FormatStore } from './formats';

/** A conditional format; only "Custom" (a formula rule) is modelled. */
export interface ConditionalFormatModel {
  id: string;
  type: 'Custom';
  /** The cells it applies to; its formula is relative to the top-left cell of the first. */
  ranges: Rect[];
  formula: string | null;
  fill: string | null;
  fontColor: string | null;
  bold: boolean | null;
  stopIfTrue: boolean;
}

export interface NoteModel {
  id: string;
  content: string;
  author: string;
}

export interface ValidationPrompt {
  showPrompt: boolean;
  title: string;
  message: string;
}

export interface ValidationAlert {
  showAlert: boolean;
  style: 'Stop' | 'Warning' | 'Information';
  title: string;
  message: string;
}

/** Excel.DataValidationRule as given (decimal, wholeNumber, list, …); null = any value. */
export type ValidationRuleModel = Record<string, unknown> | null;

export interface ValidationModel {
  rect: Rect;
  rule: ValidationRuleModel;
  prompt: ValidationPrompt;
  errorAlert: ValidationAlert;
  ignoreBlanks: boolean;
}

export interface HyperlinkModel {
  address?: string;
  documentReference?: string;
  screenTip?: string;
  textToDisplay?: string;
}

export interface PageLayoutModel {
  orientation: string;
  paperSize: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  printTitleRows: Rect | null;
}

export const DEFAULT_PROMPT: ValidationPrompt = { showPrompt: true, title: '', message: '' };
export const DEFAULT_ALERT: ValidationAlert = { showAlert: true, style: 'Stop', title: '', message: '' };
/** Excel's default column width: 8.43 characters of Calibri 11, 64 pixels, 48 points. */
export const DEFAULT_COLUMN_WIDTH = 48;

/** Everything of a worksheet but its cells' contents, which live in the formula engine. */
export class SheetModel {
  formats = new FormatStore();
  merges: Rect[] = [];
  /** In priority order: index 0 is applied first and wins. */
  conditionalFormats: ConditionalFormatModel[] = [];
  notes = new Map<number, NoteModel>();
  validations: ValidationModel[] = [];
  hyperlinks = new Map<number, HyperlinkModel>();
  columnWidths = new Map<number, number>();
  pageLayout: PageLayoutModel = {
    orientation: 'Portrait',
    paperSize: 'Letter',
    zoom: { scale: 100 },
    printTitleRows: null,
  };

  constructor(
    readonly id: string,
    public name: string,
    public engineId: number,
  ) {}

  columnWidth(col: number): number {
    return this.columnWidths.get(col) ?? DEFAULT_COLUMN_WIDTH;
  }

  mergesIn(rect: Rect): Rect[] {
    return this.merges.filter((m) => intersects(m, rect));
  }

  /** The merged area a cell is part of. */
  mergeAt(row: number, col: number): Rect | undefined {
    return this.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
  }

  /** Validations split so that each lies wholly inside or wholly outside `rect`. */
  splitValidations(rect: Rect): void {
    this.validations = this.validations.flatMap((v) => {
      const inside = intersection(v.rect, rect);
      if (!inside) return [v];
      return [{ ...v, rect: inside }, ...subtract(v.rect, rect).map((r) => ({ ...v, rect: r }))];
    });
  }

  validationAt(row: number, col: number): ValidationModel | undefined {
    return this.validations.find(
      (v) => row >= v.rect.top && row <= v.rect.bottom && col >= v.rect.left && col <= v.rect.right,
    );
  }

  noteAt(row: number, col: number): NoteModel | undefined {
    return this.notes.get(cellKey(row, col));
  }

  /** Moves everything but the cells' contents when cells are inserted or deleted (see Shift). */
  shift(s: Shift): void {
    this.formats.shift(s);
    const move = (r: Rect) => shiftRect(r, s);
    this.merges = this.merges.flatMap((m) => {
      const r = move(m);
      return r && (r.bottom > r.top || r.right > r.left) ? [r] : [];
    });
    this.conditionalFormats = this.conditionalFormats.flatMap((cf) => {
      const ranges = cf.ranges.flatMap((r) => move(r) ?? []);
      return ranges.length ? [{ ...cf, ranges }] : [];
    });
    this.validations = this.validations.flatMap((v) => {
      const r = move(v.rect);
      return r ? [{ ...v, rect: r }] : [];
    });
    this.notes = shiftKeys(this.notes, s);
    this.hyperlinks = shiftKeys(this.hyperlinks, s);
    if (this.pageLayout.printTitleRows && s.axis === 'rows' && !s.band)
      this.pageLayout.printTitleRows = move(this.pageLayout.printTitleRows) ?? null;
  }
}

function shiftKeys<T>(map: Map<number, T>, s: Shift): Map<number, T> {
  const next = new Map<number, T>();
  for (const [key, v] of map) {
    const at = shiftCell(keyRow(key), keyCol(key), s);
    if (at) next.set(cellKey(at.row, at.col), v);
  }
  return next;
}
