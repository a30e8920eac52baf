import { layoutAnnex1 } from '../../src/core/layout/writeAnnex1';
import { sampleForm } from '../../src/core/templates';
import { parseA1 } from '../../src/core/cells';
import { checkSheet } from '../../src/core/workbook';
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
    const codes = checkSheet(grid).results[0].findings.map((f) => f.code);
    expect(codes).not.toContain('BUDGET_RATE_WRONG');
    expect(codes).not.toContain('TOTAL_WRONG');
    expect(codes).not.toContain('WEIGHTS_SUM');
  });
});
