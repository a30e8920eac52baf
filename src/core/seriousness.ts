import { parseA1 } from './cells';
import { SEVERITY_ORDER, type Finding, type FindingCode } from './findings';

/**
 * What a finding is about, most serious first: the figures that decide the grade (scores, weights, the total, the
 * grade), the money (amounts, sums, the execution rate), a value missing or unreadable, and the form's structure
 * (a label or column not found, template residue, the template's own weights).
 */
export const CONCERN_ORDER = ['points', 'money', 'value', 'structure'] as const;
export type Concern = (typeof CONCERN_ORDER)[number];

/**
 * Each finding code's concern: the policy behind "the most serious findings" (the reviewer's summary, and whatever
 * else ranks findings). docs/spec/rules.md lists the same groups; tests/core/seriousness.test.ts holds the two together
 * and fails on a code without a concern.
 */
export const FINDING_CONCERN: Record<FindingCode, Concern> = {
  TOTAL_WRONG: 'points',
  GRADE_WRONG: 'points',
  IND_SCORE_ABOVE_WEIGHT: 'points',
  IND_SCORE_TOO_HIGH: 'points',
  BUDGET_SCORE_TOO_HIGH: 'points',
  BUDGET_SCORE_LOW: 'points',
  WEIGHTS_SUM: 'points',
  IND_SCORE_UNEXPLAINED: 'points',
  ROUNDING_DIFFERENCE: 'points',
  IND_NOT_MET: 'points',
  IND_OVERACHIEVED: 'points',

  BUDGET_OVERSPENT: 'money',
  BUDGET_RATE_WRONG: 'money',
  BUDGET_INCOME_SUM: 'money',
  BUDGET_SPENDING_SUM: 'money',
  BUDGET_LOW_EXECUTION: 'money',
  BUDGET_ADJUSTED: 'money',
  REPORT_FIGURE_MISMATCH: 'money',
  REPORT_PERCENT_WRONG: 'money',
  REPORT_PARTS_SUM: 'money',

  BUDGET_MISSING: 'value',
  BUDGET_TOTAL_EMPTY: 'value',
  IND_TARGET_MISSING: 'value',
  IND_ACTUAL_MISSING: 'value',
  IND_WEIGHT_MISSING: 'value',
  IND_UNREADABLE: 'value',
  IND_UNIT_MISMATCH: 'value',
  IND_COST_AS_CEILING: 'value',
  IND_REASON_MISSING: 'value',
  GOAL_MISSING: 'value',
  REPORT_UNIT_MISSING: 'value',

  FORM_NOT_FOUND: 'structure',
  FIELD_MISSING: 'structure',
  IND_PLACEHOLDER: 'structure',
  WEIGHTS_LEVEL1: 'structure',
  BUDGET_SINGLE_COLUMN: 'structure',
  FORMULA_NOT_CALCULATED: 'structure',
};

/** A value written as a bare number (77.60, 2, -1.5): a score or a weight, not 100% or ≥90%. */
function bareNumber(v: string | number | undefined): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v.trim())) return Number(v);
  return undefined;
}

/**
 * Findings about points whose expected and found are no points: an indicator's target and actual (100 against 80
 * 人 is no 20 points off, and would rank a missed target of 3000 above every score wrong by a few points).
 */
const TARGET_AND_ACTUAL: ReadonlySet<FindingCode> = new Set(['IND_NOT_MET', 'IND_OVERACHIEVED']);

/** How many points a finding about points is off (its expected against its found); -1 where it does not say. */
function pointsOff(f: Finding): number {
  if (FINDING_CONCERN[f.code] !== 'points' || TARGET_AND_ACTUAL.has(f.code)) return -1;
  const [expected, found] = [bareNumber(f.expected), bareNumber(f.found)];
  return expected === undefined || found === undefined ? -1 : Math.abs(expected - found);
}

/** Row, then column, of the finding's cell; a finding without a cell reads after every cell. */
function readingPlace(f: Finding): [number, number] {
  const at = f.cell ? parseA1(f.cell) : undefined;
  return at ? [at.row, at.col] : [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER];
}

/**
 * Most serious first: by severity; within a severity by concern (points, money, value, structure); among equals the
 * more points off first, where the finding says how many; then the sheet's reading order (row, then column).
 * Ties keep their order (Array.prototype.sort is stable).
 */
function mostSeriousFirst(a: Finding, b: Finding): number {
  const [pa, pb] = [readingPlace(a), readingPlace(b)];
  return (
    SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) ||
    CONCERN_ORDER.indexOf(FINDING_CONCERN[a.code]) - CONCERN_ORDER.indexOf(FINDING_CONCERN[b.code]) ||
    pointsOff(b) - pointsOff(a) ||
    pa[0] - pb[0] ||
    pa[1] - pb[1]
  );
}

/** The `count` most serious of a list of findings, in that order. */
export function mostSerious(findings: readonly Finding[], count: number): Finding[] {
  return [...findings].sort(mostSeriousFirst).slice(0, count);
}
