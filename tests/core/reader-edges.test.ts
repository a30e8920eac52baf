import type { Grid, GridCell } from '../../src/core/cells';
import type { FormData } from '../../src/core/formData';
import { layoutAnnex1 } from '../../src/core/layout/writeAnnex1';
import { readForms } from '../../src/core/reader/readForm';
import { checkFormsOnSheet } from '../../src/core/workbook';
import { sample } from '../support/sample';

const lukou = () => sample() as unknown as FormData;

/** Shifts a grid down and right, as a form laid out below a title block or beside notes. */
function shifted(grid: Grid, rows: number, cols: number, name = grid.name): Grid {
  const cells: (GridCell | undefined)[][] = [];
  grid.cells.forEach((row, r) => {
    cells[r + rows] = [];
    row?.forEach((c, k) => (cells[r + rows][k + cols] = c));
  });
  return {
    name,
    cells,
    merges: grid.merges.map((m) => ({
      top: m.top + rows,
      bottom: m.bottom + rows,
      left: m.left + cols,
      right: m.right + cols,
    })),
  };
}

function stack(a: Grid, b: Grid, gap: number): Grid {
  const lower = shifted(b, a.cells.length + gap, 0);
  const cells = [...a.cells];
  lower.cells.forEach((row, r) => (cells[r] = row));
  return { name: a.name, cells, merges: [...a.merges, ...lower.merges] };
}

function set(grid: Grid, address: string, value: GridCell['value']): void {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  const col = m[1].charCodeAt(0) - 65;
  const row = Number(m[2]) - 1;
  (grid.cells[row] ??= [])[col] = { value };
}

describe('the sheet reader', () => {
  it('finds a form that starts anywhere on the sheet', () => {
    const { grid, positions } = layoutAnnex1(lukou(), 'S');
    const moved = shifted(grid, 40, 5);
    const { forms } = readForms(moved);
    expect(forms).toHaveLength(1);
    expect(forms[0].indicators).toHaveLength(11);
    expect(forms[0].budget.executed?.cell).not.toBe(positions.budget.executed);
    expect(forms[0].budget.executed?.value).toBe(18015.27);
  });

  it('reads two forms on one sheet, each with its own figures', () => {
    const first = lukou();
    const second = lukou();
    second.unit = '另一单位';
    second.indicators = second.indicators.slice(0, 3);
    second.indicators[0].level1Weight = undefined;
    const sheet = stack(layoutAnnex1(first, 'S').grid, layoutAnnex1(second, 'S').grid, 3);
    const { forms } = readForms(sheet);
    expect(forms.map((f) => [f.unit?.value, f.indicators.length])).toEqual([
      ['株洲市渌口区住房保障服务中心', 11],
      ['另一单位', 3],
    ]);
    const results = checkFormsOnSheet(sheet).results;
    expect(results[1].findings.some((f) => f.code === 'WEIGHTS_SUM')).toBe(true);
    expect(results[0].findings.some((f) => f.code === 'WEIGHTS_SUM')).toBe(false);
  });

  it('skips empty rows and "/" rows of the indicator table', () => {
    const data = lukou();
    data.indicators.splice(2, 0, {
      level1: '产出指标',
      level1Weight: 50,
      level2: '数量指标',
      name: '/',
      target: '/',
      actual: '/',
      weight: null,
      statedScore: null,
    });
    data.indicators.splice(4, 0, {
      level1: '产出指标',
      level1Weight: 50,
      level2: '质量指标',
      name: '',
      target: null,
      actual: null,
      weight: null,
      statedScore: null,
    });
    const { forms, findings } = readForms(layoutAnnex1(data, 'S').grid);
    expect(forms[0].indicators.map((i) => i.name)).toEqual(sample().indicators.map((i) => i.name));
    expect(findings[0]).toEqual([]);
  });

  it('flags template residue in an otherwise empty indicator row, and skips the row', () => {
    const data = lukou();
    data.indicators.push({
      level1: '满意度指标',
      level1Weight: 10,
      level2: '服务对象满意度指标',
      name: '指标1：',
      target: null,
      actual: null,
      weight: null,
      statedScore: null,
    });
    const sheet = layoutAnnex1(data, 'S');
    const result = checkFormsOnSheet(sheet.grid).results[0];
    expect(result.form.indicators).toHaveLength(11);
    const residue = result.findings.find((f) => f.code === 'IND_PLACEHOLDER');
    expect(residue?.cell).toBe(sheet.positions.indicators[11].name);
  });

  it('reports a missing column by the label it looked for', () => {
    const { grid, positions } = layoutAnnex1(lukou(), 'S');
    const header = positions.indicators[0].statedScore.replace(/\d+$/, (n) => String(Number(n) - 1));
    set(grid, header, '备注');
    const { findings } = readForms(grid);
    expect(findings[0].map((f) => [f.code, f.expected])).toEqual([['FIELD_MISSING', '得分']]);
  });

  it('reports a form with no indicator rows as missing its indicators, not as a crash', () => {
    const data = lukou();
    data.indicators = [];
    const result = checkFormsOnSheet(layoutAnnex1(data, 'S').grid).results[0];
    expect(result.form.indicators).toEqual([]);
    expect(result.findings.find((f) => f.code === 'FIELD_MISSING')).toMatchObject({
      expected: '三级指标',
      message: { zh: expect.stringContaining('没有任何三级指标') },
    });
  });

  it('stops the table at its 总分 row: rows below are not indicators', () => {
    const { grid } = layoutAnnex1(lukou(), 'S');
    const below = grid.cells.length + 2;
    for (let r = below; r < below + 200; r++)
      grid.cells[r] = [{ value: `附注${r}` }, { value: r }, { value: '≥1个' }, { value: '1个' }];
    expect(readForms(grid).forms[0].indicators).toHaveLength(11);
  });

  it('reads a value merged down several rows as belonging to each of them', () => {
    const { grid, positions } = layoutAnnex1(lukou(), 'S');
    const first = positions.indicators[0].deviation;
    const row = Number(first.slice(1)) - 1;
    grid.merges.push({ top: row, bottom: row + 2, left: 8, right: 8 });
    const { forms } = readForms(grid);
    expect(forms[0].indicators.slice(0, 3).map((i) => i.deviation?.cell)).toEqual([first, first, first]);
    expect(forms[0].indicators[3].deviation?.cell).not.toBe(first);
  });
});
