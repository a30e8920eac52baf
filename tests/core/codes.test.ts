import { FINDING_CODES, type FindingCode } from '../../src/core/findings';
import { checkFormsOnSheet } from '../../src/core/workbook';
import { checkData, indicator, sample, type SampleForm } from '../support/sample';

type Scenario = (d: SampleForm) => void;
const ind = (d: SampleForm, name: string) => indicator(d, name);

/** One way to produce each finding code of rules.md from the real sample. */
const SCENARIOS: Partial<Record<FindingCode, Scenario>> = {
  FIELD_MISSING: (d) => (d.unit = ''),
  BUDGET_MISSING: (d) => Object.assign(d.budget, { fullYearBudget: 0, byIncome: {}, byExpenditure: {} }),
  BUDGET_TOTAL_EMPTY: (d) => Object.assign(d.budget, { fullYearBudget: null, executed: null }),
  BUDGET_OVERSPENT: (d) => (d.budget.executed = 18100),
  BUDGET_INCOME_SUM: (d) => (d.budget.byIncome.other = 100),
  BUDGET_SPENDING_SUM: (d) => (d.budget.byExpenditure.basic = 900),
  BUDGET_RATE_WRONG: (d) => (d.budget.statedExecutionRate = '98%'),
  BUDGET_SCORE_TOO_HIGH: (d) => Object.assign(d.budget, { executed: 9000, statedExecutionRate: '49.96%' }),
  BUDGET_SCORE_LOW: (d) => (d.budget.statedScore = 8),
  BUDGET_LOW_EXECUTION: (d) => Object.assign(d.budget, { executed: 9000 }),
  BUDGET_ADJUSTED: () => undefined,
  IND_TARGET_MISSING: (d) => (ind(d, '改造户数').target = ''),
  IND_ACTUAL_MISSING: (d) => (ind(d, '改造户数').actual = '—'),
  IND_WEIGHT_MISSING: (d) => (ind(d, '改造户数').weight = null),
  IND_UNREADABLE: (d) => (ind(d, '改造户数').actual = '995户，另有30户待验收'),
  IND_UNIT_MISMATCH: (d) => (ind(d, '改造户数').actual = '995人'),
  IND_NOT_MET: (d) => (ind(d, '改造户数').actual = '700户'),
  IND_OVERACHIEVED: () => undefined,
  IND_SCORE_ABOVE_WEIGHT: (d) => (ind(d, '改造户数').statedScore = 6),
  IND_SCORE_TOO_HIGH: () => undefined,
  IND_SCORE_UNEXPLAINED: (d) => (ind(d, '验收合格率').statedScore = 9),
  IND_REASON_MISSING: () => undefined,
  IND_COST_AS_CEILING: () => undefined,
  IND_PLACEHOLDER: (d) => (ind(d, '验收合格率').deviation = '**'),
  WEIGHTS_LEVEL1: (d) => d.indicators.filter((i) => i.level1 === '满意度指标').forEach((i) => (i.level1Weight = 15)),
  WEIGHTS_SUM: (d) => (ind(d, '居民满意度').weight = 12),
  TOTAL_WRONG: (d) => (d.statedTotal = 99),
  // The sample's total is 100: 优, not 良.
  GRADE_WRONG: (d) => Object.assign(d, { statedGrade: '良' }),
  GOAL_MISSING: (d) => (d.overallGoal.planned = ''),
  ROUNDING_DIFFERENCE: (d) => (d.budget.statedScore = 9.99),
};

/** Codes only reading a sheet or file can produce: tested in tests/reader and tests/hosts/formulas.test.ts. */
const SHEET_ONLY: FindingCode[] = ['BUDGET_SINGLE_COLUMN', 'FORMULA_NOT_CALCULATED'];

describe('every finding code of the contract', () => {
  const formCodes = (Object.keys(FINDING_CODES) as FindingCode[]).filter(
    (c) => !c.startsWith('REPORT_') && c !== 'FORM_NOT_FOUND' && !SHEET_ONLY.includes(c),
  );

  it.each(formCodes)('%s is produced, with its contract severity', (code) => {
    const scenario = SCENARIOS[code];
    expect(scenario).toBeDefined();
    const data = sample();
    scenario!(data);
    const found = checkData(data).findings.filter((f) => f.code === code);
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) {
      expect(f.severity).toBe(FINDING_CODES[code].severity);
      expect(f.sheet).toBe('sample');
      expect(f.message.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(f.message.en).toMatch(/[a-z]/);
    }
  });

  it('FORM_NOT_FOUND is produced for a sheet without a form', () => {
    expect(checkFormsOnSheet({ name: 'x', cells: [], merges: [] }).notFound?.code).toBe('FORM_NOT_FOUND');
  });
});
