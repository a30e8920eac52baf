/** The finding codes of rules.md and annex2.md. They are a contract: tests, the pane, the CLI's JSON all use them. */
export const SEVERITY = {
  FORM_NOT_FOUND: 'error',
  FIELD_MISSING: 'error',
  BUDGET_MISSING: 'error',
  BUDGET_TOTAL_EMPTY: 'error',
  BUDGET_OVERSPENT: 'error',
  BUDGET_INCOME_SUM: 'error',
  BUDGET_SPENDING_SUM: 'error',
  BUDGET_RATE_WRONG: 'error',
  BUDGET_SCORE_TOO_HIGH: 'error',
  BUDGET_SCORE_LOW: 'warning',
  BUDGET_LOW_EXECUTION: 'warning',
  BUDGET_ADJUSTED: 'info',
  BUDGET_SINGLE_COLUMN: 'info',
  IND_TARGET_MISSING: 'error',
  IND_ACTUAL_MISSING: 'error',
  IND_WEIGHT_MISSING: 'error',
  IND_UNREADABLE: 'warning',
  IND_UNIT_MISMATCH: 'warning',
  IND_NOT_MET: 'warning',
  IND_OVERACHIEVED: 'warning',
  IND_SCORE_ABOVE_WEIGHT: 'error',
  IND_SCORE_TOO_HIGH: 'error',
  IND_SCORE_UNEXPLAINED: 'warning',
  IND_REASON_MISSING: 'warning',
  IND_COST_AS_CEILING: 'info',
  IND_PLACEHOLDER: 'warning',
  WEIGHTS_LEVEL1: 'warning',
  WEIGHTS_SUM: 'error',
  TOTAL_WRONG: 'error',
  GOAL_MISSING: 'warning',
  ROUNDING_DIFFERENCE: 'warning',
  FORMULA_NOT_CALCULATED: 'info',
  REPORT_FIGURE_MISMATCH: 'error',
  REPORT_PERCENT_WRONG: 'error',
  REPORT_PARTS_SUM: 'warning',
  REPORT_UNIT_MISSING: 'warning',
} as const;

export type FindingCode = keyof typeof SEVERITY;
export type Severity = 'error' | 'warning' | 'info';

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

export interface Bilingual {
  zh: string;
  en: string;
}

export interface Finding {
  code: FindingCode;
  severity: Severity;
  sheet: string;
  /** A1 address on the sheet (a field path for a form read from JSON). */
  cell?: string;
  /** The 三级指标 the finding concerns. */
  indicator?: string;
  message: Bilingual;
  expected?: string | number;
  found?: string | number;
}

export type Lang = keyof Bilingual;

export function compareFindings(a: Finding, b: Finding): number {
  return SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity);
}

/** A finding as the CLI's JSON and the pane's list show it: one language, keys without a value left out. */
export function findingRecord(f: Finding, lang: Lang): Record<string, string | number> {
  const out: Record<string, string | number> = { code: f.code, severity: f.severity, sheet: f.sheet };
  if (f.cell !== undefined) out.cell = f.cell;
  if (f.indicator !== undefined) out.indicator = f.indicator;
  out.message = f.message[lang];
  if (f.expected !== undefined) out.expected = f.expected;
  if (f.found !== undefined) out.found = f.found;
  return out;
}
