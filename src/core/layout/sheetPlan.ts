import type { Grid } from '../cells';

/** How a block of cells looks. Colours are #RRGGBB. */
export interface CellStyle {
  bold?: boolean;
  fontSize?: number;
  /** Font colour, #RRGGBB. */
  color?: string;
  horizontal?: 'Left' | 'Center' | 'Right';
  vertical?: 'Top' | 'Center';
  wrap?: boolean;
  fill?: string;
  /** Thin borders on every edge of every cell in the range. */
  grid?: boolean;
}

export type ValidationRule =
  | { kind: 'decimal'; min: number; max?: number }
  /** A drop-down that still accepts any other value (qualitative actuals may also be numbers). */
  | { kind: 'list'; items: string[] };

export interface CellValidation {
  range: string;
  rule: ValidationRule;
  prompt: { title: string; message: string };
}

/**
 * A sheet as ZiPing writes it: values and formulas (en-US syntax, in `grid`), formats, merges, styles,
 * column widths, input validation and print setup. Hosts apply it; nothing here knows about Office.
 */
export interface SheetPlan {
  grid: Grid;
  styles: { range: string; style: CellStyle }[];
  /** Widths in characters of the default font, from column A. */
  columnWidths: number[];
  validations: CellValidation[];
  print: { landscape: boolean; fitToPagesWide: number; titleRows?: string };
}
