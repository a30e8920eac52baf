import type { RuleProfile } from './profile';
import { roundExcel } from './round';

/**
 * The budget-execution rule, in one place: the score ZiPing computes and the formula it writes into the 得分 cell
 * so that Excel computes the same score without the add-in. tests/core/budgetScore.libreoffice.test.ts holds the
 * two together over generated inputs, negative and zero included.
 *
 * rate = 全年执行数 ÷ 全年预算数 (none without a budget to divide by);
 * score = ROUND(MAX(0, rate, capped at 1 when the profile's capExecutionScore says so) × 分值, 2).
 */
export interface BudgetResult {
  rate: number;
  ruleScore: number;
}

export function scoreBudget(
  fullYearBudget: number,
  executed: number,
  weight: number,
  profile: Pick<RuleProfile, 'capExecutionScore'>,
): BudgetResult | undefined {
  if (!(fullYearBudget > 0)) return undefined;
  const rate = executed / fullYearBudget;
  const scored = profile.capExecutionScore ? Math.min(rate, 1) : rate;
  return { rate, ruleScore: roundExcel(Math.max(0, scored) * weight, 2) };
}

/** Cells of the 年度资金总额 row that the budget score is computed from. */
interface BudgetCells {
  fullYearBudget: string;
  executed: string;
  weight: string;
}

/** The 执行率 formula ZiPing writes (without "="): blank where there is no budget to divide by. */
export function executionRateFormula({ fullYearBudget: full, executed: exec }: BudgetCells): string {
  return `IF(N(${full})>0,${exec}/${full},"")`;
}

/** The 得分 formula ZiPing writes on the 年度资金总额 row (without "="), for the profile's capExecutionScore. */
export function budgetScoreFormula(cells: BudgetCells, cap: boolean): string {
  const { fullYearBudget: full, executed: exec, weight: w } = cells;
  const ratio = cap ? `MIN(${exec}/${full},1)` : `${exec}/${full}`;
  return `IF(N(${full})>0,ROUND(MAX(0,${ratio})*${w},2),"")`;
}

/**
 * Every wording of the budget score ZiPing has written, either cap: today's, and the one before it (which let a
 * negative 全年执行数 give a negative score). A formula in one of them is ZiPing's to reword.
 */
export function budgetScoreWordings(cells: BudgetCells): string[] {
  const { fullYearBudget: full, executed: exec, weight: w } = cells;
  const before = (ratio: string) => `IF(N(${full})>0,ROUND(${ratio}*${w},2),"")`;
  return [
    budgetScoreFormula(cells, true),
    budgetScoreFormula(cells, false),
    before(`MIN(${exec}/${full},1)`),
    before(`${exec}/${full}`),
  ];
}

/** A formula as Excel may give it back: no "=", no "$", no spaces, upper case (string literals here are empty). */
export function normalizeFormula(formula: string): string {
  return formula.replace(/^=/, '').replace(/[\s$]/g, '').toUpperCase();
}
