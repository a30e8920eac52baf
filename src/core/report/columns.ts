import { a1 } from '../cells';

/**
 * Columns of the report sheet: A each paragraph's id, B its text, C the mark of what ZiPing wrote there; D and E the
 * input block; F, from F1 down, the hidden tests of a paragraph whose formula could not hold them (Annex2Sheet's checks).
 */
export const REPORT_COLUMNS = { id: 0, text: 1, hash: 2, label: 3, value: 4, check: 5 } as const;
/** A1 of a report sheet ZiPing drafted: how it is recognised. */
export const REPORT_MARK = 'ZiPing·附件2';
/**
 * Where a report drafted to an outline other than the built-in one keeps that outline (as JSON, hidden by its
 * number format): a redraft, the CLI and a colleague's Excel follow it.
 */
export const OUTLINE_CELL = a1(0, REPORT_COLUMNS.hash);
/** The fill of a paragraph that holds a gap mark (【请填写：…】): light amber, as Excel's "neutral" style. */
export const GAP_FILL = '#FFEB9C';
/** Paragraphs start on row 2: A1 holds the mark. */
export const FIRST_ROW = 1;

/** Where the input block's values go: E3, E4, … in INPUT_FIELDS order. */
export function inputAddress(index: number): string {
  return a1(index + 2, REPORT_COLUMNS.value);
}
