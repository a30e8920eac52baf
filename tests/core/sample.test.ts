import { checkData, codes, findingsFor, sample } from '../support/sample';
import { ruleTotal } from '../../src/core/workbook';

describe('the real 2022 form of 渌口区住房保障服务中心', () => {
  const result = checkData(sample());

  it('reports exactly the problems the form has', () => {
    const found = result.findings.map((f) => [f.code, f.indicator ?? '', f.cell ?? ''].join(' '));
    expect(found.sort()).toEqual(
      [
        ['IND_NOT_MET', '资金成本', 'indicators[5].actual'],
        ['IND_SCORE_TOO_HIGH', '资金成本', 'indicators[5].statedScore'],
        ['IND_OVERACHIEVED', '改造户数', 'indicators[1].actual'],
        ['IND_REASON_MISSING', '改造户数', 'indicators[1].deviation'],
        ['BUDGET_ADJUSTED', '', 'budget.fullYearBudget'],
        ['IND_COST_AS_CEILING', '资金成本', 'indicators[5].target'],
      ]
        .map((row) => row.join(' '))
        .sort(),
    );
  });

  it('lists errors before warnings before notes', () => {
    expect(result.findings.map((f) => f.severity)).toEqual(['error', 'warning', 'warning', 'warning', 'info', 'info']);
  });

  it('gives the cost indicator that overspent 29-fold no points, as the rule says', () => {
    const cost = result.check.indicators.find((i) => i.name === '资金成本');
    expect(cost?.assessment).toMatchObject({ ok: true, met: false, ruleScore: 0, direction: 'lower' });
  });

  it('computes the execution rate and score', () => {
    expect(result.check.budget).toEqual({ rate: 1, ruleScore: 10 });
  });

  it('adds the rule scores to a total below the stated 100', () => {
    expect(ruleTotal(result.check)).toBe(90);
  });

  it('says why the score is too high, with expected and found values', () => {
    const [tooHigh] = findingsFor(result, '资金成本').filter((f) => f.code === 'IND_SCORE_TOO_HIGH');
    expect(tooHigh).toMatchObject({ severity: 'error', expected: '0.00', found: '10.00' });
    expect(tooHigh.message.zh).toContain('资金成本');
    expect(tooHigh.message.en).toContain('rule score');
  });

  it('finds no problem in the budget breakdowns, whose blank part counts as 0', () => {
    expect(codes(result.findings).filter((c) => c.startsWith('BUDGET_') && c !== 'BUDGET_ADJUSTED')).toEqual([]);
  });
});
