import type { AmountUnit, FormKind } from './model';

/** What a user types into a form, as plain data: the shape of fixtures/lukou-2022.json. Amounts in the form's unit. */
export type Typed = string | number | null;

export interface IndicatorData {
  level1: string;
  level1Weight?: number;
  level2: string;
  name: string;
  target: Typed;
  actual: Typed;
  weight: Typed;
  statedScore?: Typed;
  deviation?: Typed;
}

export interface FormData {
  form?: string;
  kind?: FormKind;
  year?: number;
  unit?: string;
  projectName?: string;
  department?: string;
  implementer?: string;
  amountUnit?: AmountUnit;
  budget: {
    initialBudget?: Typed;
    fullYearBudget: Typed;
    executed: Typed;
    weight: Typed;
    statedExecutionRate?: Typed;
    statedScore?: Typed;
    byIncome?: Partial<Record<'generalPublicBudget' | 'governmentFund' | 'specialAccountNonTax' | 'other', Typed>>;
    byExpenditure?: Partial<Record<'basic' | 'project' | 'currentYearAppropriation' | 'carryOver' | 'other', Typed>>;
  };
  overallGoal: { planned: Typed; achieved: Typed };
  indicators: IndicatorData[];
  statedTotal?: Typed;
  /** The 自评等级 (优 / 良 / 中 / 差) where the form states one. */
  statedGrade?: Typed;
}

export function formKindOf(data: FormData): FormKind {
  return data.kind ?? (typeof data.form === 'string' && /project/i.test(data.form) ? 'project' : 'department');
}
