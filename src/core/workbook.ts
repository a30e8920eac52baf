import type { Grid } from './cells';
import { checkForm, type FormCheck } from './check';
import { Collector } from './check/collector';
import { compareFindings, type Finding } from './findings';
import type { Form } from './model';
import { DEFAULT_PROFILE, type RuleProfile } from './profile';
import { readSheet } from './reader/readForm';
import { roundExcel } from './round';

export interface FormResult {
  sheet: string;
  form: Form;
  check: FormCheck;
  /** What the reader could not place, then every check's finding, errors first. */
  findings: Finding[];
}

/** Reads and checks every form on one sheet; a sheet with none gets FORM_NOT_FOUND. */
export function checkSheet(
  grid: Grid,
  profile: RuleProfile = DEFAULT_PROFILE,
): { results: FormResult[]; notFound?: Finding } {
  const { forms, findings } = readSheet(grid);
  if (forms.length === 0) return { results: [], notFound: formNotFound(grid.name) };
  return { results: forms.map((form, i) => resultFor(form, findings[i], profile)) };
}

/** Checks every form in a workbook; sheets with no form are skipped. An empty list means the workbook has none. */
export function checkWorkbook(grids: Grid[], profile: RuleProfile = DEFAULT_PROFILE): FormResult[] {
  return grids.flatMap((grid) => checkSheet(grid, profile).results);
}

export function resultFor(form: Form, readerFindings: Finding[], profile: RuleProfile): FormResult {
  const check = checkForm(form, profile);
  return { sheet: form.sheet, form, check, findings: [...readerFindings, ...check.findings].sort(compareFindings) };
}

export function formNotFound(sheet: string): Finding {
  const out = new Collector(sheet);
  out.add(
    'FORM_NOT_FOUND',
    {},
    {
      zh: `工作表“${sheet}”中找不到自评表：应有“年度资金总额”行和含“三级指标”的指标表头`,
      en: `no self-evaluation form found on sheet “${sheet}”: expected a 年度资金总额 row and an indicator header with 三级指标`,
    },
  );
  return out.findings[0];
}

/** The rule's total: budget score plus every indicator's rule score; undefined while any cannot be computed. */
export function ruleTotal(check: FormCheck): number | undefined {
  if (!check.budget) return undefined;
  let total = check.budget.ruleScore;
  for (const ind of check.indicators) {
    if (!ind.assessment?.ok) return undefined;
    total += ind.assessment.ruleScore;
  }
  return roundExcel(total, 2);
}
