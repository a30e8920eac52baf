import fc from 'fast-check';
import { a1, type GridCell } from '../../src/core/cells';
import { budgetScoreFormula, scoreBudget } from '../../src/core/budgetScore';
import { layoutAnnex1 } from '../../src/core/layout/writeAnnex1';
import { parseA1 } from '../../src/core/cells';
import { sampleForm } from '../../src/core/templates';
import { checkFormsOnSheet } from '../../src/core/workbook';
import { readWorkbook, writeGridsToXlsx } from '../../src/hosts/xlsx';
import { recalculate } from '../support/libreoffice';

jest.setTimeout(120_000);

const valueAt = (cells: (GridCell | undefined)[][], address: string) => {
  const p = parseA1(address)!;
  return cells[p.row]?.[p.col]?.value;
};

describe('the budget score of a negative 全年执行数', () => {
  it('is 0 in the form ZiPing writes, and ZiPing does not flag its own cell, before and after a spreadsheet computes it', async () => {
    const data = sampleForm();
    data.budget.executed = -100;
    const written = layoutAnnex1(data, '附件1');
    const { statedScore } = written.positions.budget;
    const recomputed = await readWorkbook(await recalculate(await writeGridsToXlsx([written.grid])), 'negative.xlsx');
    for (const grid of [written.grid, recomputed[0]]) {
      expect(valueAt(grid.cells, statedScore)).toBe(0);
      const [result] = checkFormsOnSheet(grid).results;
      expect(result.check.budget?.ruleScore).toBe(0);
      expect(result.findings.filter((f) => f.cell === statedScore).map((f) => f.code)).toEqual([]);
    }
  });
});

describe('the budget score formula ZiPing writes, computed by a spreadsheet', () => {
  it('gives the score the engine computes, capped or not, over generated budgets (negative and zero included)', async () => {
    const amount = fc.oneof(
      fc.constantFrom(0, -100, 100, 0.01, -0.01, 12345.67),
      fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((x) => Math.round(x * 100) / 100),
    );
    const weight = fc.oneof(fc.constantFrom(0, 10, 7.5), fc.integer({ min: 0, max: 100 }));
    const inputs = fc.sample(fc.tuple(amount, amount, weight, fc.boolean()), { numRuns: 200, seed: 20261202 });
    // Each row: 全年预算数, 全年执行数, 分值, and the formula for that row's cap.
    const cells = inputs.map(([full, executed, w, cap], r) => [
      { value: full },
      { value: executed },
      { value: w },
      {
        value: null,
        formula: budgetScoreFormula({ fullYearBudget: a1(r, 0), executed: a1(r, 1), weight: a1(r, 2) }, cap),
      },
    ]);
    const [grid] = await readWorkbook(
      await recalculate(await writeGridsToXlsx([{ name: 'scores', cells, merges: [] }])),
      'scores.xlsx',
    );
    const spreadsheet = inputs.map((_, r) => grid.cells[r]?.[3]?.value ?? '');
    const engine = inputs.map(
      ([full, executed, w, cap]) => scoreBudget(full, executed, w, { capExecutionScore: cap })?.ruleScore ?? '',
    );
    expect(spreadsheet).toEqual(engine);
    // The generated inputs reach every branch: no budget, a negative rate, a rate above 1.
    expect(inputs.some(([full]) => full <= 0)).toBe(true);
    expect(inputs.some(([full, executed]) => full > 0 && executed < 0)).toBe(true);
    expect(inputs.some(([full, executed, , cap]) => full > 0 && executed > full && cap)).toBe(true);
  });
});
