import { Controller } from '../src/app/controller';
import { detectCapabilities } from '../src/addin/excel/capabilities';
import { ExcelGateway } from '../src/addin/excel/gateway';
import { layoutAnnex1 } from '../src/core/layout/writeAnnex1';
import { ExcelDouble, type ApiVersion } from '../src/hosts/excelDouble';
import { benchForm } from '../tests/support/generate';
import { row } from './measure';

async function settle(double: ExcelDouble, controller: Controller): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await double.idle();
    await controller.idle();
  }
}

/** Round trips (context.sync calls that reach Excel) per user action, for forms of 10, 100 and 1,000 indicators. */
export async function benchRoundTrips(): Promise<void> {
  console.log(
    '\nAdd-in — round trips per user action, on the Excel double (goal: at most 2, constant in the form size)',
  );
  for (const api of ['1.7', '1.18'] as ApiVersion[]) {
    console.log(`  ExcelApi ${api}`);
    console.log(
      row(
        'indicators',
        'insert',
        'edit 1 cell',
        'paste 50',
        'validate',
        'clear flags',
        'add row',
        'delete row',
        'Excel insert',
        'Excel delete',
        'read back',
        'draft',
        'redraft',
        'edit ms',
        'draft ms',
      ),
    );
    for (const n of [10, 100, 1000]) {
      const double = new ExcelDouble({ apiVersion: api, sharedRuntime: true });
      const gateway = new ExcelGateway(double.host, detectCapabilities(double.host.isSetSupported));
      const readBacks = countReadBacks(gateway);
      const controller = new Controller(gateway, { debounceMs: 1, year: 2022, lang: 'zh' });
      await controller.start();
      const data = benchForm(n);
      const positions = layoutAnnex1(data, 'x').positions;
      const count = async (action: () => Promise<unknown> | void) => {
        await settle(double, controller);
        double.resetSyncCount();
        const started = process.hrtime.bigint();
        await action();
        await settle(double, controller);
        return { syncs: double.syncCount, ms: Number(process.hrtime.bigint() - started) / 1e6 };
      };
      const insert = await count(() => controller.insertData(data, true));
      const edit = await count(() => void double.user.type('Sheet1', positions.indicators[0].actual, '3个'));
      const rows = Math.min(25, n);
      const block = positions.indicators.slice(0, rows).map((_, i) => [`≥${10 + i}个`, `${9 + i}个`]);
      const paste = await count(() => double.user.paste('Sheet1', positions.indicators[0].target, block));
      const validate = await count(() => controller.validate());
      const clear = await count(() => controller.clearFlags());
      // 添加指标行 under the first indicator, 删除指标行 of the row it added (blank: no question); then Excel's own
      // insert there, and Excel's own delete of the first indicator row, which holds the group labels.
      const first = positions.indicators[0].name;
      const firstRow = Number(first.replace(/^[A-Z]+/, ''));
      double.user.select('Sheet1', first);
      readBacks.count = 0;
      const addRow = await count(() => controller.addIndicatorRow());
      double.user.select('Sheet1', first.replace(/\d+$/, String(firstRow + 1)));
      const deleteRow = await count(() => controller.deleteIndicatorRow());
      const excelInsert = await count(() => double.user.insertRows('Sheet1', firstRow + 1));
      const excelDelete = await count(() => double.user.deleteRows('Sheet1', firstRow));
      const readBack = readBacks.count;
      const draft = await count(() => controller.draftReport('zh'));
      double.activate('Sheet1');
      const redraft = await count(() => controller.draftReport('zh'));
      console.log(
        row(
          String(n),
          insert.syncs,
          edit.syncs,
          paste.syncs,
          validate.syncs,
          clear.syncs,
          addRow.syncs,
          deleteRow.syncs,
          excelInsert.syncs,
          excelDelete.syncs,
          readBack,
          draft.syncs,
          redraft.syncs,
          edit.ms,
          draft.ms,
        ),
      );
    }
    console.log(await benchReadBack(api));
  }
}

/**
 * Counts the row actions whose result Excel had to be asked for (src/app/predict.ts could not predict it), as
 * the gateway reports them.
 */
function countReadBacks(gateway: ExcelGateway): { count: number } {
  const counter = { count: 0 };
  const changeRows = gateway.changeRows.bind(gateway);
  gateway.changeRows = (async (...args: Parameters<typeof changeRows>) => {
    const outcome = await changeRows(...args);
    if (outcome.readBack) counter.count++;
    return outcome;
  }) as typeof gateway.changeRows;
  return counter;
}

/**
 * The same row actions on a form beside which the user wrote a formula ZiPing cannot compute over the table's rows
 * (COUNTBLANK): ZiPing reads Excel's work back instead of predicting it.
 */
async function benchReadBack(api: ApiVersion): Promise<string> {
  const double = new ExcelDouble({ apiVersion: api, sharedRuntime: true });
  const gateway = new ExcelGateway(double.host, detectCapabilities(double.host.isSetSupported));
  const readBacks = countReadBacks(gateway);
  const controller = new Controller(gateway, { debounceMs: 1, year: 2022, lang: 'zh' });
  await controller.start();
  const data = benchForm(10);
  const positions = layoutAnnex1(data, 'x').positions;
  await controller.insertData(data, true);
  const first = positions.indicators[0].name;
  const firstRow = Number(first.replace(/^[A-Z]+/, ''));
  double.user.type('Sheet1', `K${firstRow}`, `=COUNTBLANK(G${firstRow}:G${firstRow + 5})`);
  const count = async (action: () => Promise<unknown> | void) => {
    await settle(double, controller);
    double.resetSyncCount();
    await action();
    await settle(double, controller);
    return double.syncCount;
  };
  double.user.select('Sheet1', first);
  readBacks.count = 0;
  const addRow = await count(() => controller.addIndicatorRow());
  double.user.select('Sheet1', first.replace(/\d+$/, String(firstRow + 1)));
  const deleteRow = await count(() => controller.deleteIndicatorRow());
  const excelInsert = await count(() => double.user.insertRows('Sheet1', firstRow + 1));
  const excelDelete = await count(() => double.user.deleteRows('Sheet1', firstRow));
  return `    read back (COUNTBLANK over the rows, 10 indicators): add row ${addRow}, delete row ${deleteRow}, Excel insert ${excelInsert}, Excel delete ${excelDelete}; ${readBacks.count} of 4 read back`;
}
