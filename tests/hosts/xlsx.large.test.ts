import { readWorkbook } from '../../src/hosts/xlsx';
import { cellAt } from '../support/grids';
import { lukou, placeStandardForm, SheetBuilder, toBuffer } from '../support/layouts';

const ROWS = 50_000;
const FORM_ROW = 25_001;

/** Filler rows as an export from a ledger might leave them: a date-free code, a text, an amount. */
function fillRows(s: SheetBuilder, from: number, to: number): void {
  for (let r = from; r <= to; r++) s.row(`A${r}`, [`ZB${r}`, '支出明细', (r % 997) * 1.25]);
}

test(`a sheet of ${ROWS} rows with the form in the middle reads`, async () => {
  const s = new SheetBuilder('明细及自评表');
  fillRows(s, 1, FORM_ROW - 2);
  const form = placeStandardForm(s, FORM_ROW, 5);
  const formEnd = Math.max(...form.indicatorRows) + 1;
  fillRows(s, formEnd + 2, ROWS);
  const buffer = await toBuffer([s]);

  const [grid] = await readWorkbook(buffer, 'large.xlsx');

  expect(grid.cells).toHaveLength(ROWS);
  expect(cellAt(grid, 'A1')).toEqual({ value: 'ZB1' });
  expect(cellAt(grid, `C${ROWS}`)).toEqual({ value: (ROWS % 997) * 1.25 });
  expect(form.origin).toBe(`E${FORM_ROW}`);
  expect(cellAt(grid, form.origin)?.value).toBe('预算部门名称：');
  expect(cellAt(grid, form.cells.executed ?? '')?.value).toBe(lukou.budget.executed);
  expect(form.indicators.map((x) => cellAt(grid, x.cells.name ?? '')?.value)).toEqual(
    lukou.indicators.map((x) => x.name),
  );
  expect(grid.merges.length).toBe(s.merges.length);
}, 180_000);
