import type { ExcelDouble } from '../../hosts/excelDouble';

/** What the formula bar shows and an edit starts from: the formula, else the value as one would type it. */
export function cellContent(double: ExcelDouble, sheet: string, a1: string): string {
  const inspector = double.inspect(sheet);
  const formula = inspector.formula(a1);
  if (formula) return formula;
  const value = inspector.value(a1);
  if (typeof value !== 'number') return typeof value === 'boolean' ? (value ? 'TRUE' : 'FALSE') : String(value);
  const format = inspector.numberFormat(a1);
  // Percentages and dates are shown as typed (50%, 2022/12/31); other numbers in full.
  if (/%/.test(format) || /[yd]/i.test(format.replace(/"[^"]*"/g, ''))) return inspector.text(a1);
  return String(value);
}
