import { a1, rangeA1, type Grid } from '../../src/core/cells';
import { layoutAnnex1 } from '../../src/core/layout/writeAnnex1';
import { sampleForm } from '../../src/core/templates';
import type { FormData } from '../../src/core/formData';
import { emptySheetState } from '../../src/app/state';
import type { Snapshot } from '../../src/app/plan';
import type { RowChange, RowsChanged } from '../../src/app/port';
import { finishDelete, finishInsert, indicatorTables, locateDelete, locateInsert } from '../../src/app/rows';
import { ExcelDouble, type ApiVersion } from '../../src/hosts/excelDouble';
import { benchForm } from '../support/generate';
import { session } from './support';

// Many row actions on the double, each on a fresh copy of the workbook: slow on a loaded machine.
jest.setTimeout(240_000);

/**
 * ZiPing decides a row action on the sheet as it predicts Excel leaves it (src/app/predict.ts) instead of reading it
 * back. After every 添加指标行, 删除指标行 and Excel's own insert and delete of rows, on several forms and at every
 * row of their tables (first row, last row, group boundaries, 总分, the row under the table), the sheet ZiPing
 * predicted is the sheet read back from the double, which moves cells, references and merges as Excel does.
 */

function finishRows(before: Snapshot, after: Snapshot | undefined, change: RowChange) {
  return change.kind === 'insert' ? finishInsert(after ?? before, change) : finishDelete(before, after, change);
}

/** The block's cells as address → value and formula (number formats are the cells' own), and its merged areas. */
function flat(grid: Grid, block: { top: number; bottom: number; left: number; right: number }) {
  const cells: Record<string, unknown> = {};
  for (let r = block.top; r <= block.bottom; r++)
    for (let c = block.left; c <= block.right; c++) {
      const cell = grid.cells[r]?.[c];
      if (cell) cells[a1(r, c)] = { value: cell.value, formula: cell.formula };
    }
  return { cells, merges: grid.merges.map(rangeA1).sort() };
}

/** The block as Excel holds it now (`sheetId` '': the active sheet). */
async function readBack(gateway: Session['gateway'], sheetId: string, region: string): Promise<Snapshot> {
  return gateway.update(sheetId, region, (snapshot) => ({
    update: { values: [], sheetState: emptySheetState() },
    result: snapshot,
    noop: true,
  }));
}

type Session = Awaited<ReturnType<typeof session>>;

/** A workbook holding the form, saved once; each action runs on a fresh copy of it. */
async function baseline(apiVersion: ApiVersion, data: FormData) {
  const { double, controller, settle } = await session(apiVersion);
  await controller.insertData(data, true);
  await settle();
  const positions = layoutAnnex1(data, 'x').positions;
  return { saved: double.save(), positions };
}

async function fresh(apiVersion: ApiVersion, saved: ReturnType<ExcelDouble['save']>) {
  return session(apiVersion, ExcelDouble.open(saved, { apiVersion, sharedRuntime: true }));
}

const FORMS: [string, () => FormData][] = [
  ['the sample', () => sampleForm()],
  ['5 indicators', () => benchForm(5, 3)],
  ['12 indicators', () => benchForm(12, 7)],
];

describe.each<ApiVersion>(['1.7', '1.18'])('rows predicted, not read back (ExcelApi %s)', (apiVersion) => {
  it.each(FORMS)('%s: at every row of the table, what ZiPing predicted is what Excel did', async (_name, form) => {
    const { saved } = await baseline(apiVersion, form());
    // Where the table lies, from the form as written.
    const probe = await fresh(apiVersion, saved);
    const region = `A1:P60`;
    const first = await readBack(probe.gateway, '', region);
    const [table] = indicatorTables(first.grid);
    const rows: number[] = [];
    for (let r = table.top; r <= (table.totalRow ?? table.bottom) + 1; r++) rows.push(r);
    let predictedCount = 0;
    for (const row of rows) {
      for (const action of ['add', 'delete', 'excel insert', 'excel delete'] as const) {
        const s = await fresh(apiVersion, saved);
        const id = await sheetIdOf(s);
        const before = await readBack(s.gateway, id, region);
        let outcome: RowsChanged<unknown, never>;
        if (action === 'add' || action === 'delete') {
          s.double.user.select('Sheet1', a1(row, table.nameCol));
          outcome = await s.gateway.changeRows(
            undefined,
            region,
            (snapshot, selection) => {
              const d =
                action === 'add' ? locateInsert(snapshot, selection) : locateDelete(snapshot, selection, row + 1);
              return { change: d.ok ? d.change : undefined, result: d };
            },
            finishRows,
          );
        } else {
          const change: RowChange = { kind: action === 'excel insert' ? 'insert' : 'delete', first: row + 1, count: 1 };
          if (change.kind === 'insert') s.double.user.insertRows('Sheet1', row + 1);
          else s.double.user.deleteRows('Sheet1', row + 1);
          outcome = await s.gateway.changeRows(id, region, { made: change, result: undefined }, (_b, now) =>
            change.kind === 'insert' ? finishInsert(now!, change) : finishDelete(before, now, change),
          );
        }
        const where = `${action} at row ${row + 1}`;
        if (!outcome.change) continue;
        // ZiPing's own forms are always predicted: nothing here is read back.
        expect({ where, readBack: outcome.readBack }).toEqual({ where, readBack: undefined });
        const predicted = outcome.predicted!;
        const actual = await readBack(s.gateway, id, outcome.region);
        const block = predicted.read!;
        expect({ where, ...flat(predicted.grid, block) }).toEqual({ where, ...flat(actual.grid, block) });
        predictedCount++;
      }
    }
    // Every row of the table was added under, deleted (all but 总分 and the row under it) and changed by Excel.
    expect(predictedCount).toBeGreaterThanOrEqual(4 * (table.bottom - table.top + 1));
  });
});

async function sheetIdOf(s: Session): Promise<string> {
  return (await readBack(s.gateway, '', 'A1')).sheetId;
}
