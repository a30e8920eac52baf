/**
 * Excel's limits on a formula: "Length of formula contents: 8,192 characters" and "Arguments in a function: 255"
 * (Excel specifications and limits; MS-OI29500 2.1.1085 counts the characters without the "="). A formula past either
 * is refused: Office.js fails the write. Used by the report's layout and by the Excel double, which counts on its own.
 */
export const EXCEL_FORMULA_CHARS = 8192;
export const EXCEL_FUNCTION_ARGS = 255;
