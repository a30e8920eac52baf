import type { Grid } from '../../src/core/cells';
import { checkWorkbook } from '../../src/core/workbook';
import { readWorkbook, writeGridsToXlsx } from '../../src/hosts/xlsx';
import { computeMissingResults } from '../../src/hosts/xlsx/formulas';
import { handProject } from '../reader/handForms';

/** The hand-made form with its rate, budget score and totals as formulas, saved (by exceljs) with no results. */
function withFormulas(score = 'ROUND(MIN(G5,1)*F5,2)'): Grid {
  const grid = handProject();
  grid.cells[4][6] = { value: null, formula: 'E5/D5', numFmt: '0.00%' };
  grid.cells[4][7] = { value: null, formula: score };
  grid.cells[16][5] = { value: null, formula: 'SUM(F12:F16)+F5' };
  grid.cells[16][6] = { value: null, formula: 'SUM(G12:G16)+H5' };
  return grid;
}

async function roundTrip(grid: Grid) {
  return readWorkbook(await writeGridsToXlsx([grid]), 'uncalculated.xlsx');
}

describe('formulas saved without a result (never recalculated)', () => {
  it('are computed, and one note says the file was never recalculated', async () => {
    const grids = await roundTrip(withFormulas());
    expect(grids[0].cells[4][6]).toMatchObject({ value: 0.95, formula: 'E5/D5' });
    expect(grids[0].cells[16][6]?.value).toBe(99.5);
    const [result] = checkWorkbook(grids);
    expect(result.findings.map((f) => [f.code, f.severity, f.cell, f.found])).toEqual([
      ['FORMULA_NOT_CALCULATED', 'info', 'G5', 4],
    ]);
    expect(result.check.budget?.ruleScore).toBe(9.5);
  });

  it('a wrong figure computed from the file is still a finding', async () => {
    const [result] = checkWorkbook(await roundTrip(withFormulas('F5')));
    // A full 10 for a 95% rate; the total, computed from it, adds up.
    expect(result.findings.map((f) => f.code).sort()).toEqual(['BUDGET_SCORE_TOO_HIGH', 'FORMULA_NOT_CALCULATED']);
  });

  it('a formula ZiPing cannot compute is never reported missing', async () => {
    const [result] = checkWorkbook(await roundTrip(withFormulas('NOSUCHFUNCTION(F5)')));
    expect(result.findings.map((f) => f.code)).toEqual(['FORMULA_NOT_CALCULATED']);
    // The budget score cannot be computed, nor the total that adds it in: both stay blank, neither is 'missing'.
    expect(result.findings[0].message.zh).toContain(
      '4 个公式没有计算结果（G5、H5、F17、G17），ZiPing 已自行计算其中 2 个',
    );
  });
});

describe('formulas a hostile file chains or spreads', () => {
  it('a chain deeper than ZiPing follows is left uncomputed where too deep, and the reading ends', () => {
    // A1 = A2+1, A2 = A3+1, …, A3000 = 1: each cell needs every cell below it.
    const cells = Array.from({ length: 3000 }, (_, r) => [
      r === 2999 ? { value: null, formula: '1' } : { value: null, formula: `A${r + 2}+1` },
    ]);
    const grid: Grid = { name: 'chain', cells, merges: [] };
    const listed = computeMissingResults([grid]).get(grid)!;
    expect(listed).toHaveLength(3000);
    expect(grid.cells[2999][0]?.value).toBe(1);
    expect(grid.cells[2900][0]?.value).toBe(100);
    expect(listed[0].computed).toBe(false);
  });
});
