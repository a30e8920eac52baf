import { roundExcel } from '../../src/core/round';
import { layoutAnnex1 } from '../../src/core/layout/writeAnnex1';
import { sampleForm } from '../../src/core/templates';
import { parseA1 } from '../../src/core/cells';
import { checkFormsOnSheet } from '../../src/core/workbook';
import { readWorkbook, writeGridsToXlsx } from '../../src/hosts/xlsx';
import { recalculate } from '../support/libreoffice';

jest.setTimeout(120_000);

describe('the form ZiPing writes, opened without ZiPing (LibreOffice computes it)', () => {
  it('shows the execution rate, budget score, level-1 weights and totals by its own formulas', async () => {
    const data = sampleForm();
    data.budget.executed = 16213.74;
    for (const ind of data.indicators) ind.statedScore = ind.weight as number;
    const written = layoutAnnex1(data, '附件1');
    const [grid] = await readWorkbook(await recalculate(await writeGridsToXlsx([written.grid])), 'form.xlsx');
    const at = (a: string) => {
      const p = parseA1(a)!;
      return grid.cells[p.row]?.[p.col]?.value;
    };
    const { budget, total } = written.positions;
    expect(at(budget.statedRate)).toBeCloseTo(0.9, 6);
    expect(at(budget.statedScore)).toBe(9);
    expect(at(total.weight)).toBe(100);
    expect(at(total.score)).toBe(99);
    expect(at('B15')).toBe('产出指标\n（50分）');
    // And ZiPing reads back what LibreOffice computed: the form is consistent.
    const codes = checkFormsOnSheet(grid).results[0].findings.map((f) => f.code);
    expect(codes).not.toContain('BUDGET_RATE_WRONG');
    expect(codes).not.toContain('TOTAL_WRONG');
    expect(codes).not.toContain('WEIGHTS_SUM');
  });
});

describe('a form whose formulas computed 0', () => {
  it('is read with its zeros: nothing reported blank that the spreadsheet shows as 0', async () => {
    const data = sampleForm();
    data.budget.executed = 0;
    const written = layoutAnnex1(data, '附件1');
    const [grid] = await readWorkbook(await recalculate(await writeGridsToXlsx([written.grid])), 'zero.xlsx');
    const { budget } = written.positions;
    const [result] = checkFormsOnSheet(grid).results;
    expect(result.form.budget.statedRate?.value).toBe(0);
    expect(result.form.budget.statedScore?.value).toBe(0);
    const onBudget = result.findings
      .filter((f) => f.cell === budget.statedRate || f.cell === budget.statedScore)
      .map((f) => f.code);
    expect(onBudget).not.toContain('FIELD_MISSING');
    expect(result.findings.map((f) => f.code)).toContain('BUDGET_LOW_EXECUTION');
  });
});

describe("ZiPing's rounding, against a spreadsheet's ROUND", () => {
  it('gives what ROUND gives on halves, binary-noise decimals, negatives, large amounts and negative digits', async () => {
    const cases: [number, number][] = [
      [1.005, 2],
      [2.675, 2],
      [1.0049999, 2],
      [-1.005, 2],
      [0.125, 2],
      [0.135, 2],
      [8.345, 2],
      [1234.5678, 2],
      [18015.265, 2],
      [5.5, 0],
      [-2.5, 0],
      [0.285, 2],
      [1.455, 2],
      [99.995, 2],
      [(2 / 3) * 5, 2],
      [10.075, 2],
      [17075.345, 2],
      [0.1 + 0.2, 1],
      [123456789.125, 2],
      [4.35, 1],
      [1e-10, 2],
      [0.045, 2],
      [58.0489, 4],
      [1250, -2],
      [-1250, -2],
      [1234.5678, -1],
      [18015.265, -3],
    ];
    const cells = cases.map(([x, d]) => [{ value: x }, { value: d }, { value: null, formula: `ROUND(A${0}, B${0})` }]);
    cells.forEach((row, i) => (row[2].formula = `ROUND(A${i + 1},B${i + 1})`));
    const [grid] = await readWorkbook(
      await recalculate(await writeGridsToXlsx([{ name: 'r', cells, merges: [] }])),
      'round.xlsx',
    );
    const spreadsheet = cases.map((_, i) => grid.cells[i][2]?.value);
    expect(cases.map(([x, d]) => roundExcel(x, d))).toEqual(spreadsheet);
  });
});
