import { isCellError, type CellValue, type GridCell } from '../cells';
import { readComparison } from './comparison';
import { reasons } from './messages';
import { normaliseText } from './normalise';
import { placeholderOf } from './placeholder';
import { SIGNS } from './signs';
import { readValue } from './read';
import type { ReadValue, Unit } from './types';
import { parseUnit } from './units';

type Input = GridCell | CellValue | undefined;

const KIND_WORDS = new Set(['定性', '定量']);

function cellText(input: Input): string {
  const value = typeof input === 'object' && input !== null && !isCellError(input) ? input.value : input;
  if (typeof value === 'string') return value.length > 200 ? value.slice(0, 200) : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

/**
 * Reads a value the newer templates split over three cells: comparison (≥, ≤, =, 定性…), number or label,
 * and unit ("≤ | 9.9 | 万元", "定性 | 保障 |"). The middle cell is read as readValue reads it; the other two
 * add their comparison and unit, and must not contradict what the middle cell says itself.
 */
export function readSplitValue(comparisonCell: Input, valueCell: Input, unitCell: Input): ReadValue {
  const value = readValue(valueCell);
  const comparisonText = normaliseText(cellText(comparisonCell));
  const unitText = normaliseText(cellText(unitCell));
  if (value.kind !== 'quantity' && value.kind !== 'date') return value;

  let comparison = value.comparison;
  if (!KIND_WORDS.has(comparisonText) && !placeholderOf(comparisonText, true)) {
    const written = readComparison(comparisonText);
    if (!written) return { kind: 'unreadable', text: value.text, reason: reasons.splitComparison(comparisonText) };
    if (comparison && comparison !== written) {
      return { kind: 'unreadable', text: value.text, reason: reasons.conflict(`${comparisonText}${value.text}`) };
    }
    comparison = written;
  }
  if (value.kind === 'date') return comparison ? { ...value, comparison } : value;

  let unit: Unit | undefined = value.unit;
  if (unitText && !placeholderOf(unitText, true)) {
    const written = parseUnit(unitText) ?? { text: unitText, base: unitText, factor: 1 };
    if (unit && (unit.base !== written.base || unit.factor !== written.factor)) {
      return { kind: 'unreadable', text: value.text, reason: reasons.splitUnit(value.text, unitText) };
    }
    unit ??= written;
  }
  const text = `${comparison ? SIGNS[comparison] : ''}${value.text}${value.unit ? '' : (unit?.text ?? '')}`;
  const result: ReadValue = { kind: 'quantity', number: value.number, decimals: value.decimals, text };
  if (comparison) result.comparison = comparison;
  if (unit) result.unit = unit;
  return result;
}
