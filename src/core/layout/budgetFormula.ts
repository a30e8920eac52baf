/** Cells of the 年度资金总额 row that the budget score is computed from. */
export interface BudgetCells {
  fullYearBudget: string;
  executed: string;
  weight: string;
}

/**
 * The 得分 formula ZiPing writes on the 年度资金总额 row (without "="): Excel computes the budget score itself, so
 * the sheet stays right without the add-in. The rule profile's capExecutionScore decides whether a rate above
 * 100% is capped.
 */
export function budgetScoreFormula(cells: BudgetCells, cap: boolean): string {
  const { fullYearBudget: full, executed: exec, weight: w } = cells;
  const ratio = cap ? `MIN(${exec}/${full},1)` : `${exec}/${full}`;
  return `IF(N(${full})>0,ROUND(${ratio}*${w},2),"")`;
}

/** A formula as Excel may give it back: no "=", no "$", no spaces, upper case (string literals here are empty). */
export function normalizeFormula(formula: string): string {
  return formula.replace(/^=/, '').replace(/[\s$]/g, '').toUpperCase();
}
