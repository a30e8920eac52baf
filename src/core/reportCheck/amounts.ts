import type { AmountUnit } from '../model';
import { AMOUNT_PLACES } from '../report/words';
import { roundExcel } from '../round';
import type { Figure } from './figures';

/** Rounds at `digits` decimals, Excel's way; negative digits round to tens, hundreds… */
export function roundAt(value: number, digits: number): number {
  if (digits >= 0) return roundExcel(value, digits);
  const scale = 10 ** -digits;
  return roundExcel(value / scale, 0) * scale;
}

/** Equal once both are rounded at `digits`. */
export function sameAt(a: number, b: number, digits: number): boolean {
  return roundAt(a, digits) === roundAt(b, digits);
}

const FACTOR: Record<AmountUnit, number> = { 元: 1, 万元: 1e4, 亿元: 1e8 };

/** A money figure's value in `unit` (a bare number is taken to be in it already). */
export function moneyIn(fig: Figure, unit: AmountUnit): number {
  if (fig.unit === undefined) return fig.value;
  return (fig.value * fig.factor) / FACTOR[unit];
}

/**
 * The decimals in `unit` at which a figure was written: 939.93万元 → 2; 1.8亿元 → -3 in 万元 (to the thousand);
 * never finer than the form's precision (AMOUNT_PLACES: 2, or 4 in 亿元).
 */
export function decimalsIn(fig: Figure, unit: AmountUnit): number {
  const ratio = fig.unit === undefined ? 1 : fig.factor / FACTOR[unit];
  return Math.min(AMOUNT_PLACES[unit].max, fig.decimals - Math.round(Math.log10(ratio)));
}

/** Whether a figure can be an amount of money: a money unit, 万 alone, or a bare number. */
export function isMoney(fig: Figure): boolean {
  return fig.family === 'money' || (fig.unit === undefined && fig.family === undefined);
}
