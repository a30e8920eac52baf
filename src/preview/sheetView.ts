import { cellA1, columnLetters, parseRect, type Rect } from '../hosts/excelDouble/address';
import type { ExcelDouble } from '../hosts/excelDouble';
import type { BorderEdge } from '../hosts/excelDouble/formats';
import type { SheetInspector } from '../hosts/excelDouble/inspect';

/** One cell as the grid draws it. */
export interface CellView {
  a1: string;
  text: string;
  /** Style properties for React's style prop (applied through the CSSOM: allowed by the page's CSP). */
  style: Record<string, string | number>;
  rowSpan?: number;
  colSpan?: number;
  note?: string;
}

/** One row: its cells (null where a merged area covers the cell) and a signature to skip unchanged rows. */
export interface RowView {
  index: number;
  cells: (CellView | null)[];
  signature: string;
}

export interface SheetView {
  name: string;
  rows: RowView[];
  /** Column widths in pixels, from column A. */
  widths: number[];
  merges: Rect[];
}

/** Rows and columns shown beyond the used range, as Excel shows empty cells past the data. */
const EXTRA_ROWS = 20;
const EXTRA_COLS = 3;
const MIN_ROWS = 40;
const MIN_COLS = 10;
const GRIDLINE = '1px solid #d4d4d4';

/** 1 point = 4/3 pixels. */
const ptToPx = (pt: number) => (pt * 4) / 3;

type Edge = 'borderTop' | 'borderBottom' | 'borderLeft' | 'borderRight';

/**
 * Reads what the grid shows of a sheet (up to `reach`, the farthest cell selected, at least): texts in their
 * number formats, fills with ZiPing's flags, merges, borders.
 */
export function readSheetView(
  double: ExcelDouble,
  name: string,
  previous?: SheetView,
  reach: { row: number; col: number } = { row: 0, col: 0 },
): SheetView {
  const sheet = double.inspect(name);
  const used = sheet.usedRange();
  const usedRect = used ? parseRect(used) : undefined;
  // Past the used range and past the selection (arrow keys can go beyond the data), as Excel shows empty cells.
  const rowCount = Math.max(MIN_ROWS, (usedRect?.bottom ?? 0) + 1 + EXTRA_ROWS, reach.row + 1 + EXTRA_ROWS);
  const colCount = Math.max(MIN_COLS, (usedRect?.right ?? 0) + 1 + EXTRA_COLS, reach.col + 1 + EXTRA_COLS);
  const merges = sheet
    .merges()
    .map((m) => parseRect(m)!)
    .filter(Boolean);
  const { mergeAt, covered } = mergeLayout(merges);
  const notes = new Map(sheet.notes().map((n) => [n.address, n.content]));
  const widths = Array.from({ length: colCount }, (_, c) => Math.round(ptToPx(sheet.columnWidth(c))));
  // Inside the used range every cell is read; beyond it cells are blank (formats there are not drawn).
  const inUsed = (r: number, c: number) =>
    !!usedRect && r >= usedRect.top && r <= usedRect.bottom && c >= usedRect.left && c <= usedRect.right;
  const border = (r: number, c: number, edge: Edge): BorderEdge | undefined =>
    inUsed(r, c) ? sheet.format(cellA1(r, c))[edge] : undefined;
  const rows: RowView[] = [];
  for (let r = 0; r < rowCount; r++) {
    const cells: (CellView | null)[] = [];
    for (let c = 0; c < colCount; c++) {
      if (covered.has(`${r},${c}`)) {
        cells.push(null);
        continue;
      }
      const a1 = cellA1(r, c);
      const m = mergeAt.get(`${r},${c}`);
      const view: CellView = { a1, text: '', style: {} };
      if (m) {
        if (m.bottom > m.top) view.rowSpan = m.bottom - m.top + 1;
        if (m.right > m.left) view.colSpan = Math.min(m.right, colCount - 1) - m.left + 1;
      }
      const note = notes.get(a1);
      if (note) view.note = note;
      const style = lines(r, c, m, border);
      if (inUsed(r, c)) {
        view.text = sheet.text(a1);
        Object.assign(style, textStyle(sheet, a1));
      }
      view.style = style;
      cells.push(view);
    }
    const signature = JSON.stringify(cells);
    const before = previous?.rows[r];
    // An unchanged row keeps its object, so that React skips it.
    rows.push(before && before.signature === signature ? before : { index: r, cells, signature });
  }
  return { name, rows, widths, merges };
}

/** Each merged area by its top-left cell ("r,c"), and the cells it covers besides. */
function mergeLayout(merges: Rect[]): { mergeAt: Map<string, Rect>; covered: Set<string> } {
  const mergeAt = new Map<string, Rect>();
  const covered = new Set<string>();
  for (const m of merges) {
    mergeAt.set(`${m.top},${m.left}`, m);
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r},${c}`);
  }
  return { mergeAt, covered };
}

/**
 * The lines a cell (or merged area) draws. The right and bottom lines are its own border, else its neighbour's, else
 * a gridline; the first row and column draw their own top and left lines (the headers have none).
 */
function lines(
  r: number,
  c: number,
  m: Rect | undefined,
  border: (r: number, c: number, edge: Edge) => BorderEdge | undefined,
): Record<string, string | number> {
  const right = m ? m.right : c;
  const bottom = m ? m.bottom : r;
  const rightLine = border(r, right, 'borderRight') ?? border(r, right + 1, 'borderLeft');
  const bottomLine = border(bottom, c, 'borderBottom') ?? border(bottom + 1, c, 'borderTop');
  const style: Record<string, string | number> = { borderRight: line(rightLine), borderBottom: line(bottomLine) };
  if (r === 0) style.borderTop = line(border(0, c, 'borderTop'));
  if (c === 0) style.borderLeft = line(border(r, 0, 'borderLeft'));
  return style;
}

/** A filled cell's fill (ZiPing's flags included), font and alignment. */
function textStyle(sheet: SheetInspector, a1: string): Record<string, string | number> {
  const value = sheet.value(a1);
  const f = sheet.format(a1);
  const style: Record<string, string | number> = {};
  const fill = sheet.effectiveFill(a1);
  if (fill) style.backgroundColor = fill;
  if (f.bold) style.fontWeight = 700;
  if (f.italic) style.fontStyle = 'italic';
  if (f.color && f.color !== '#000000') style.color = f.color;
  if (f.size && f.size !== 11) style.fontSize = `${f.size}pt`;
  style.textAlign = textAlign(f.horizontalAlignment ?? 'General', value);
  const v = f.verticalAlignment ?? 'Bottom';
  style.verticalAlign = v === 'Top' ? 'top' : v === 'Center' ? 'middle' : 'bottom';
  if (f.wrapText) style.whiteSpace = 'pre-wrap';
  return style;
}

/** Excel's horizontal alignment; General puts numbers right, booleans in the centre and text left. */
function textAlign(h: string, value: unknown): string {
  if (h === 'Left') return 'left';
  if (h === 'Center' || h === 'CenterAcrossSelection') return 'center';
  if (h === 'Right') return 'right';
  if (h === 'Justify' || h === 'Distributed') return 'justify';
  return typeof value === 'number' ? 'right' : typeof value === 'boolean' ? 'center' : 'left';
}

function line(edge: BorderEdge | undefined): string {
  if (!edge || edge.style === 'None') return GRIDLINE;
  const width = edge.weight === 'Thick' ? 3 : edge.weight === 'Medium' ? 2 : 1;
  const style =
    edge.style === 'Double'
      ? 'double'
      : edge.style === 'Dot'
        ? 'dotted'
        : edge.style.startsWith('Dash') || edge.style === 'SlantDashDot'
          ? 'dashed'
          : 'solid';
  return `${edge.style === 'Double' ? 3 : width}px ${style} ${edge.color}`;
}

export { columnLetters };
