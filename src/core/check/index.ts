import { compareFindings, type Finding } from '../findings';
import type { Form } from '../model';
import { DEFAULT_PROFILE, type RuleProfile } from '../profile';
import type { BudgetResult } from '../budgetScore';
import { checkBudget } from './budget';
import { Collector } from './collector';
import { checkIndicators, type IndicatorResult } from './indicators';
import { checkGoal, checkGrade, checkHeader, checkTotal, checkWeights } from './structure';

export interface FormCheck {
  findings: Finding[];
  /** The rule's execution rate and score, when the budget row allows them. */
  budget?: BudgetResult;
  /** Per indicator, in form order: its weight, stated score and the rule's assessment. */
  indicators: IndicatorResult[];
}

/** Runs every check of rules.md on one form. Pure and total: any form, however broken, yields findings. */
export function checkForm(form: Form, profile: RuleProfile = DEFAULT_PROFILE): FormCheck {
  const out = new Collector(form.sheet);
  checkHeader(form, out);
  const budget = checkBudget(form, profile, out);
  checkGoal(form, out);
  const indicators = checkIndicators(form, profile, out);
  checkWeights(form, profile, indicators, out);
  checkTotal(form, indicators, out);
  checkGrade(form, out);
  return { findings: [...out.findings].sort(compareFindings), budget, indicators };
}

export { Collector } from './collector';
export type { IndicatorResult } from './indicators';
