import { checkData, codes, sample } from '../support/sample';
import { DEFAULT_PROFILE } from '../../src/core/profile';

const budgetCodes = (data: ReturnType<typeof sample>, profile = DEFAULT_PROFILE) =>
  codes(checkData(data, profile).findings).filter((c) => c.startsWith('BUDGET_') || c === 'FIELD_MISSING');

function withBudget(patch: Record<string, unknown>) {
  const data = sample();
  Object.assign(data.budget, patch);
  return data;
}

describe('budget execution (年度资金总额)', () => {
  it('flags a blank or zero full-year budget and computes no rate', () => {
    for (const value of [null, 0, '']) {
      const data = withBudget({ fullYearBudget: value, executed: 0, byIncome: {}, byExpenditure: {} });
      const result = checkData(data);
      expect(codes(result.findings)).toContain('BUDGET_MISSING');
      expect(result.check.budget).toBeUndefined();
      expect(codes(result.findings)).not.toContain('BUDGET_RATE_WRONG');
    }
  });

  it('flags an empty total whose breakdown rows hold money', () => {
    const data = withBudget({ fullYearBudget: null, executed: null });
    const found = budgetCodes(data);
    expect(found).toContain('BUDGET_TOTAL_EMPTY');
    expect(found).not.toContain('BUDGET_MISSING');
  });

  it('flags spending above the budget and caps the score at the weight', () => {
    const data = withBudget({ executed: 19000, statedExecutionRate: '105.47%', statedScore: 10 });
    data.budget.byIncome = { generalPublicBudget: 19000 };
    data.budget.byExpenditure = { basic: 939.93, project: 18060.07 };
    const result = checkData(data);
    expect(budgetCodes(data)).toEqual(['BUDGET_ADJUSTED', 'BUDGET_OVERSPENT']);
    expect(result.check.budget?.ruleScore).toBe(10);
  });

  it('lets a profile lift the cap', () => {
    const data = withBudget({ executed: 19000, statedExecutionRate: '105.47%', statedScore: 10 });
    data.budget.byIncome = { generalPublicBudget: 19000 };
    data.budget.byExpenditure = { basic: 939.93, project: 18060.07 };
    const result = checkData(data, { ...DEFAULT_PROFILE, capExecutionScore: false });
    expect(result.check.budget?.ruleScore).toBe(10.55);
    expect(codes(result.findings)).toContain('BUDGET_SCORE_LOW');
  });

  it('computes a low execution rate, its score, and asks for an explanation', () => {
    const data = withBudget({ executed: 14412.22, statedExecutionRate: '80%', statedScore: 8 });
    data.budget.byExpenditure = { basic: 939.93, project: 13472.29 };
    const result = checkData(data);
    expect(result.check.budget?.ruleScore).toBe(8);
    expect(budgetCodes(data)).toEqual(['BUDGET_ADJUSTED', 'BUDGET_LOW_EXECUTION']);
    const low = result.findings.find((f) => f.code === 'BUDGET_LOW_EXECUTION');
    expect(low).toMatchObject({ severity: 'warning', found: '80.00%', expected: '≥90%' });
  });

  it('respects the profile threshold for low execution', () => {
    const data = withBudget({ executed: 16213.75, statedExecutionRate: '90%', statedScore: 9 });
    data.budget.byExpenditure = { basic: 939.93, project: 15273.82 };
    expect(budgetCodes(data)).not.toContain('BUDGET_LOW_EXECUTION');
    expect(budgetCodes(data, { ...DEFAULT_PROFILE, lowExecutionRate: 0.95 })).toContain('BUDGET_LOW_EXECUTION');
  });

  it('compares a stated rate at the precision it was written with', () => {
    // 15527.4 / 18015.27 = 86.1902…%
    const base = { executed: 15527.4, statedScore: 8.62 };
    const fix = (d: ReturnType<typeof sample>) => {
      d.budget.byExpenditure = { basic: 939.93, project: 14587.47 };
      return d;
    };
    expect(budgetCodes(fix(withBudget({ ...base, statedExecutionRate: '86%' })))).not.toContain('BUDGET_RATE_WRONG');
    expect(budgetCodes(fix(withBudget({ ...base, statedExecutionRate: '86.19%' })))).not.toContain('BUDGET_RATE_WRONG');
    expect(budgetCodes(fix(withBudget({ ...base, statedExecutionRate: '86.16%' })))).toContain('BUDGET_RATE_WRONG');
    expect(budgetCodes(fix(withBudget({ ...base, statedExecutionRate: '88%' })))).toContain('BUDGET_RATE_WRONG');
    expect(budgetCodes(fix(withBudget({ ...base, statedExecutionRate: 0.86 })))).not.toContain('BUDGET_RATE_WRONG');
    expect(budgetCodes(fix(withBudget({ ...base, statedExecutionRate: 86.19 })))).not.toContain('BUDGET_RATE_WRONG');
  });

  it('calls a stated rate one unit of its last digit off a rounding difference (尾差), not an error', () => {
    // 15527.4 / 18015.27 = 86.1902…%: 86.18% and 87% are one unit of their last digit away.
    const data = (rate: string) => {
      const d = withBudget({ executed: 15527.4, statedScore: 8.62, statedExecutionRate: rate });
      d.budget.byExpenditure = { basic: 939.93, project: 14587.47 };
      return checkData(d).findings;
    };
    for (const rate of ['86.18%', '86.20%', '87%', '85%']) {
      const found = data(rate);
      expect(codes(found)).not.toContain('BUDGET_RATE_WRONG');
      expect(found.find((f) => f.code === 'ROUNDING_DIFFERENCE')).toMatchObject({
        severity: 'warning',
        cell: 'budget.statedExecutionRate',
        found: rate,
      });
    }
  });

  it('accepts any stated rate inside the range rounded amounts allow', () => {
    // From 275.60 and 15998.28 (万元, rounded to the 元 they stand for), 5804.78%–5805.00% are all right.
    const at = (rate: string) => {
      const d = withBudget({
        fullYearBudget: 275.6,
        initialBudget: 275.6,
        executed: 15998.28,
        statedExecutionRate: rate,
      });
      d.budget.byIncome = {};
      d.budget.byExpenditure = {};
      return codes(checkData(d).findings);
    };
    for (const rate of ['5804.78%', '5804.89%', '5805.00%', '5804.8%', '5805%']) {
      expect(at(rate)).not.toContain('BUDGET_RATE_WRONG');
      expect(at(rate)).not.toContain('ROUNDING_DIFFERENCE');
    }
    expect(at('5804.77%')).toContain('ROUNDING_DIFFERENCE');
    expect(at('5804.76%')).toContain('BUDGET_RATE_WRONG');
    expect(at('5803.00%')).toContain('BUDGET_RATE_WRONG');
  });

  it('calls a stated score 0.01 off the rule score a rounding difference, and more than that wrong', () => {
    const tail = withBudget({ statedScore: 9.99 });
    expect(budgetCodes(tail)).not.toContain('BUDGET_SCORE_LOW');
    expect(codes(checkData(tail).findings)).toContain('ROUNDING_DIFFERENCE');
    expect(budgetCodes(withBudget({ statedScore: 9.98 }))).toContain('BUDGET_SCORE_LOW');
  });

  it('flags a stated score above or below the rule score', () => {
    const high = withBudget({ executed: 14412.22, statedExecutionRate: '80%', statedScore: 10 });
    high.budget.byExpenditure = { basic: 939.93, project: 13472.29 };
    expect(budgetCodes(high)).toContain('BUDGET_SCORE_TOO_HIGH');
    const low = withBudget({ statedScore: 9 });
    expect(budgetCodes(low)).toContain('BUDGET_SCORE_LOW');
  });

  it('flags a mid-year change above the share, and not below it', () => {
    expect(budgetCodes(withBudget({ initialBudget: 16000 }))).toEqual(['BUDGET_ADJUSTED']);
    expect(budgetCodes(withBudget({ initialBudget: 17000 }))).toEqual([]);
    expect(
      budgetCodes(withBudget({ initialBudget: 17000 }), { ...DEFAULT_PROFILE, budgetAdjustmentShare: 0.05 }),
    ).toEqual(['BUDGET_ADJUSTED']);
  });

  it('checks that the income parts add up to the total', () => {
    const data = sample();
    data.budget.byIncome.generalPublicBudget = 2967.67;
    const result = checkData(data);
    const f = result.findings.find((x) => x.code === 'BUDGET_INCOME_SUM');
    expect(f).toMatchObject({
      severity: 'error',
      expected: '18015.27',
      found: '18015.18',
      cell: 'budget.byIncome.generalPublicBudget',
    });
  });

  it('accepts parts that add up to the executed amount rather than the budget', () => {
    const data = withBudget({ executed: 18000, statedExecutionRate: '99.92%', statedScore: 9.99 });
    data.budget.byExpenditure = { basic: 939.93, project: 17060.07 };
    expect(budgetCodes(data)).toEqual(['BUDGET_ADJUSTED']);
  });

  it('checks that the spending parts add up to the total', () => {
    const data = sample();
    data.budget.byExpenditure.project = 17075.35;
    expect(budgetCodes(data)).toContain('BUDGET_SPENDING_SUM');
  });

  it('asks for a breakdown left wholly blank', () => {
    const data = sample();
    data.budget.byExpenditure = { basic: null, project: '' };
    const found = checkData(data).findings.filter((f) => f.code === 'FIELD_MISSING');
    expect(found.map((f) => f.expected)).toEqual(['按支出性质分']);
  });

  it('names a budget amount that is not a number', () => {
    const data = withBudget({ executed: '约一万八千' });
    const f = checkData(data).findings.find((x) => x.cell === 'budget.executed');
    expect(f?.code).toBe('FIELD_MISSING');
    expect(f?.message.zh).toContain('约一万八千');
  });
});
