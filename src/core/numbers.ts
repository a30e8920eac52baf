import type { AmountUnit, Entry, Indicator } from './model';
import { isCostIndicator } from './scoring';
import { readValue, placeholderKind, type ReadContext } from './values';
import type { ReadValue } from './values/types';
import { roundExcel } from './round';

export function readEntry(entry: Entry | undefined, context?: ReadContext): ReadValue {
  return readValue(entry ? { value: entry.value, numFmt: entry.numFmt } : undefined, context);
}

/**
 * An indicator's target or actual as the checker and the report checker read it: where the indicator counts money
 * (a 成本指标, or either side written in 元, 万元 or 亿元), "150万" is 150万元 and "1.5亿" 1.5亿元, so that it meets "1500000元" and a
 * report's "150万".
 */
export function readIndicatorEntry(ind: Indicator, which: 'target' | 'actual'): ReadValue {
  return readEntry(ind[which], { money: countsMoney(ind) });
}

function countsMoney(ind: Indicator): boolean {
  if (isCostIndicator(ind.level1, ind.level2)) return true;
  return [ind.target, ind.actual].some((e) => {
    const v = readEntry(e);
    return v.kind === 'quantity' && v.unit?.base === '元';
  });
}

export type NumberRead =
  { ok: true; value: number; decimals: number; percent: boolean } | { ok: false; empty: boolean; text: string };

/** Money units an amount may be typed with ("150万", "1.2亿元"); 万 and 亿 alone mean 万元 and 亿元 in an amount cell. */
const MONEY_FACTOR: Record<string, number> = { 元: 1, 千元: 1e3, 万元: 1e4, 万: 1e4, 亿元: 1e8, 亿: 1e8 };

/**
 * Reads an amount, weight or score: a plain number, optionally with 分, % or a money unit (converted into the
 * form's `moneyUnit` when given). A comparison or any other unit is not a plain number.
 */
export function readNumber(entry: Entry | undefined, moneyUnit?: AmountUnit): NumberRead {
  return numberFrom(readEntry(entry), moneyUnit);
}

/** The same, for a value already read. */
function numberFrom(v: ReadValue, moneyUnit?: AmountUnit): NumberRead {
  if (v.kind === 'empty') return { ok: false, empty: true, text: v.text };
  if (v.kind !== 'quantity' || (v.comparison !== undefined && v.comparison !== 'eq')) {
    return { ok: false, empty: false, text: v.text };
  }
  const unit = v.unit?.text;
  if (unit === undefined || unit === '分') return { ok: true, value: v.number, decimals: v.decimals, percent: false };
  if (v.unit?.base === '%') return { ok: true, value: v.number, decimals: v.decimals, percent: true };
  if (moneyUnit && unit in MONEY_FACTOR) {
    return {
      ok: true,
      value: (v.number * MONEY_FACTOR[unit]) / MONEY_FACTOR[moneyUnit],
      decimals: v.decimals,
      percent: false,
    };
  }
  return { ok: false, empty: false, text: v.text };
}

/** The text a cell shows, for messages: strings as typed (trimmed), numbers as numbers. */
export function shown(entry: Entry | undefined): string {
  if (!entry || entry.value === null || entry.value === undefined) return '';
  const value = entry.value;
  if (typeof value === 'object') return value.error;
  if (typeof value === 'number' && entry.numFmt?.includes('%')) return `${roundForDisplay(value * 100)}%`;
  const text = String(value);
  return isSpace(text.charCodeAt(0)) || isSpace(text.charCodeAt(text.length - 1))
    ? text.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '')
    : text;
}

function isSpace(code: number): boolean {
  return code <= 32 || code === 0x3000 || code === 0xa0;
}

function roundForDisplay(n: number): string {
  return String(Number(n.toPrecision(12)));
}

/** A free-text cell (偏差原因, goals, names) that says nothing: blank or a stand-in like 无, /, 0. */
export function isBlankText(entry: Entry | undefined): boolean {
  const text = shown(entry);
  return text === '' || placeholderKind(text) !== undefined;
}

/** Template residue left in a free-text cell: **, ★, 指标1, …… */
export function isResidue(entry: Entry | undefined): boolean {
  return placeholderKind(shown(entry)) === 'residue';
}

/** Formats a number with fixed decimals, for expected/found values and messages. */
export function fixed(n: number, decimals = 2): string {
  const d = Math.min(Math.max(0, Math.trunc(decimals)), 15);
  return Number.isFinite(n) ? roundExcel(n, d).toFixed(d) : String(n);
}
