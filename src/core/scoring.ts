import type { Band, Comparison, DateValue, Quantity, ReadValue } from './values/types';
import { inBase, unitsConvertible } from './values';
import type { RuleProfile } from './profile';
import { roundExcel } from './round';

/** Share of the weight each qualitative band spans (财预〔2020〕10号), and the score suggested within it. */
const BANDS: Record<Band, { min: number; max: number; suggested: number }> = {
  met: { min: 0.8, max: 1, suggested: 1 },
  partial: { min: 0.6, max: 0.8, suggested: 0.7 },
  notMet: { min: 0, max: 0.6, suggested: 0.3 },
};

type Direction = 'higher' | 'lower';

export type Assessment =
  | {
      ok: true;
      /** quantity: compared as numbers; date: as deadlines; qualitative: by band. */
      basis: 'quantity' | 'date' | 'qualitative';
      direction?: Direction;
      met: boolean;
      overachieved: boolean;
      /** The score the rule gives, rounded to 0.01. */
      ruleScore: number;
      /** Set for qualitative actuals and late dates: a stated score must sit inside it (in points). */
      band?: { band: Band; min: number; max: number };
      /** A 成本指标 target with no comparison, read as a ceiling. */
      costAsCeiling: boolean;
    }
  | { ok: false; problem: 'unitMismatch' | 'kindMismatch' | 'noBand'; detail: string };

interface IndicatorInput {
  level1: string;
  level2: string;
  target: ReadValue;
  actual: ReadValue;
  weight: number;
  /** The form's year, for deadlines written without one (12月底前). */
  year?: number;
}

export function isCostIndicator(level1: string, level2: string): boolean {
  return /成本/.test(level1) || /成本/.test(level2);
}

/** Scores one indicator by the table in rules.md. Target and actual must both have been read as values. */
export function assessIndicator(input: IndicatorInput, profile: RuleProfile): Assessment {
  const { target, actual, weight } = input;
  if (actual.kind === 'label') return assessQualitative(input);
  if (target.kind === 'quantity' && actual.kind === 'quantity') return assessQuantity(input, target, actual, profile);
  if (target.kind === 'date' && actual.kind === 'date') return assessDate(target, actual, weight, input.year);
  if (target.kind === 'label') {
    return { ok: false, problem: 'kindMismatch', detail: actual.text };
  }
  return { ok: false, problem: 'unitMismatch', detail: `${target.text} / ${actual.text}` };
}

function direction(comparison: Comparison | undefined, cost: boolean): Direction {
  if (comparison === 'ge' || comparison === 'gt') return 'higher';
  if (comparison === 'le' || comparison === 'lt') return 'lower';
  return cost ? 'lower' : 'higher';
}

function assessQuantity(input: IndicatorInput, target: Quantity, actual: Quantity, profile: RuleProfile): Assessment {
  const targetUnit = target.unit ?? actual.unit;
  const actualUnit = actual.unit ?? target.unit;
  if (targetUnit && actualUnit && !unitsConvertible(targetUnit, actualUnit)) {
    return { ok: false, problem: 'unitMismatch', detail: `${targetUnit.text} / ${actualUnit.text}` };
  }
  const a = target.unit === targetUnit ? inBase(target) : inBase({ ...target, unit: targetUnit });
  const b = actual.unit === actualUnit ? inBase(actual) : inBase({ ...actual, unit: actualUnit });
  const cost = isCostIndicator(input.level1, input.level2);
  const dir = direction(target.comparison, cost);
  const w = input.weight;
  const costAsCeiling = cost && target.comparison === undefined;
  if (dir === 'higher') {
    const met = b >= a;
    let score: number;
    if (met) score = w;
    else if (a > 0) score = (Math.max(0, b) / a) * w;
    else score = 0;
    // "= 0" or a bare 0 target: nothing above zero is allowed (e.g. 安全事故 0 起).
    if (a === 0 && (target.comparison === undefined || target.comparison === 'eq')) {
      const zeroMet = b <= 0;
      return {
        ok: true,
        basis: 'quantity',
        direction: dir,
        met: zeroMet,
        overachieved: false,
        ruleScore: zeroMet ? w : 0,
        costAsCeiling,
      };
    }
    const overachieved = a > 0 && b >= profile.overachievement * a;
    return {
      ok: true,
      basis: 'quantity',
      direction: dir,
      met,
      overachieved,
      ruleScore: roundExcel(score, 2),
      costAsCeiling,
    };
  }
  const met = b <= a;
  let score: number;
  if (met) score = w;
  else if (a <= 0) score = 0;
  else if (profile.reverseFormula === 'ratio') score = (a / b) * w;
  else score = Math.max(0, 1 - (b - a) / a) * w;
  return {
    ok: true,
    basis: 'quantity',
    direction: dir,
    met,
    overachieved: false,
    ruleScore: roundExcel(score, 2),
    costAsCeiling,
  };
}

function dayNumber(d: DateValue, fallbackYear: number): number {
  const year = d.year ?? fallbackYear;
  const lastDay = new Date(Date.UTC(year, d.month, 0)).getUTCDate();
  return Date.UTC(year, d.month - 1, d.day ?? lastDay) / 86400000;
}

function assessDate(target: DateValue, actual: DateValue, weight: number, year?: number): Assessment {
  const fallback = year ?? target.year ?? actual.year ?? 2000;
  const met = dayNumber(actual, target.year ?? fallback) <= dayNumber(target, fallback);
  if (met) return { ok: true, basis: 'date', met, overachieved: false, ruleScore: weight, costAsCeiling: false };
  return {
    ok: true,
    basis: 'date',
    met,
    overachieved: false,
    ruleScore: bandScore('partial', weight),
    band: bandRange('partial', weight),
    costAsCeiling: false,
  };
}

function assessQualitative(input: IndicatorInput): Assessment {
  const { target, actual, weight } = input;
  if (actual.kind !== 'label') return { ok: false, problem: 'noBand', detail: actual.text };
  const band: Band | undefined = target.kind === 'label' && target.label === actual.label ? 'met' : actual.band;
  if (!band) return { ok: false, problem: 'noBand', detail: actual.text };
  return {
    ok: true,
    basis: 'qualitative',
    met: band === 'met',
    overachieved: false,
    ruleScore: bandScore(band, weight),
    band: bandRange(band, weight),
    costAsCeiling: false,
  };
}

function bandScore(band: Band, weight: number): number {
  return roundExcel(BANDS[band].suggested * weight, 2);
}

function bandRange(band: Band, weight: number): { band: Band; min: number; max: number } {
  return { band, min: roundExcel(BANDS[band].min * weight, 2), max: roundExcel(BANDS[band].max * weight, 2) };
}
