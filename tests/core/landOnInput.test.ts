import { parseA1, type Grid } from '../../src/core/cells';
import type { Finding } from '../../src/core/findings';
import { layoutAnnex1 } from '../../src/core/layout/writeAnnex1';
import { emptyDepartmentForm, sampleForm } from '../../src/core/templates';
import { checkFormsOnSheet } from '../../src/core/workbook';
import { cellAt } from '../support/grids';

/** A finding selects the cell the user must change: the value cell, or the empty cell beside its label. */

function findings(grid: Grid): Finding[] {
  return checkFormsOnSheet(grid).results.flatMap((r) => r.findings);
}

function missing(list: Finding[], what: string): string | undefined {
  return list.find((f) => f.code === 'FIELD_MISSING' && f.expected === what)?.cell;
}

/** The sample as ZiPing writes it, with some cells changed (null empties a cell) and some merges dropped. */
function sampleGrid(changes: Record<string, string | null>, dropMergesOnRow?: number): Grid {
  const grid = layoutAnnex1(sampleForm(), 'S').grid;
  for (const [address, value] of Object.entries(changes)) {
    const at = parseA1(address)!;
    (grid.cells[at.row] ??= [])[at.col] = { value };
  }
  if (dropMergesOnRow !== undefined) grid.merges = grid.merges.filter((m) => m.top !== dropMergesOnRow);
  return grid;
}

describe('findings land on the input', () => {
  it('on an empty department form, no finding selects a label: each is on an empty cell to fill in', () => {
    const grid = layoutAnnex1(emptyDepartmentForm(2022), 'S').grid;
    const list = findings(grid);
    // Written from the form's layout (writeAnnex1): 预算部门名称 is A4:B4 with its value in C4; 全年预算数 of the
    // 年度资金总额 row is E6; the first 三级指标 is D15. A budget block with no amount at all is one BUDGET_MISSING on
    // the first amount to type (rules.md), not one finding per blank part.
    expect(missing(list, '预算部门名称')).toBe('C4');
    expect(list.filter((f) => f.code === 'BUDGET_MISSING').map((f) => f.cell)).toEqual(['E6']);
    expect(list.filter((f) => f.message.zh.includes('按收入性质分') || f.message.zh.includes('按支出性质分'))).toEqual(
      [],
    );
    expect(missing(list, '三级指标')).toBe('D15');
    const onText = list.filter((f) => {
      const cell = f.cell ? cellAt(grid, f.cell) : undefined;
      return (typeof cell?.value === 'string' && cell.value.trim() !== '') || cell?.formula !== undefined;
    });
    expect(onText.map((f) => `${f.code} ${f.cell} ${f.message.zh}`)).toEqual([]);
  });

  it('a blank unit name beside a title line 填报单位：（盖章）（2022年度） is still missing, on its value cell', () => {
    // As in a form pasted from Word: the stamp line and the year in one merged cell across the top.
    const grid = sampleGrid({ A3: '填报单位：（盖章）                 （2022年度）', F3: null, C4: null });
    grid.merges = grid.merges.filter((m) => !(m.top === 2 && m.left === 5));
    grid.merges.find((m) => m.top === 2 && m.left === 0)!.right = 8;
    const result = checkFormsOnSheet(grid).results[0];
    expect(result.form.unit?.value ?? null).toBeNull();
    expect(missing(result.findings, '预算部门名称')).toBe('C4');
  });

  it('a label alone in its cell with nothing to its right: the empty cell beside it', () => {
    const grid = sampleGrid({ C4: null }, 3);
    expect(missing(findings(grid), '预算部门名称')).toBe('B4');
  });
});
