import { layoutAnnex1 } from '../../src/core/layout/writeAnnex1';
import { sampleForm } from '../../src/core/templates';
import { ExcelDouble } from '../../src/hosts/excelDouble';
import { detectCapabilities } from '../../src/addin/excel/capabilities';
import { ExcelGateway } from '../../src/addin/excel/gateway';
import { Controller } from '../../src/app/controller';

// Whole sessions on the double: slow on a loaded machine, never waiting on the clock.
jest.setTimeout(60_000);

const positions = layoutAnnex1(sampleForm(), 'x').positions;
const first = positions.indicators[0];
const firstRow = Number(first.name.replace(/^[A-Z]+/, ''));

/**
 * An Excel whose user starts typing in a cell just before the `n`-th round trip of ZiPing's next row action (and
 * cancels a moment later): Excel refuses that round trip (InvalidOperationInCellEditMode) and ZiPing waits.
 */
async function typingAt(n: number) {
  const double = new ExcelDouble({ apiVersion: '1.18', sharedRuntime: true });
  let armed = false;
  const host = {
    ...double.host,
    run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) =>
      double.host.run((context: Excel.RequestContext) => {
        const sync = context.sync.bind(context);
        let count = 0;
        context.sync = async () => {
          if (armed && ++count === n) {
            armed = false;
            // In the selected cell: typing elsewhere would select that cell instead.
            const { address } = double.selection();
            double.user.beginEdit('Sheet1', address.split(':')[0]);
            setTimeout(() => double.user.endEdit(), 20);
          }
          return sync();
        };
        return batch(context);
      }),
  };
  const gateway = new ExcelGateway(
    host,
    detectCapabilities(double.host.isSetSupported),
    (ms) => new Promise((r) => setTimeout(r, Math.min(ms, 5))),
  );
  const controller = new Controller(gateway, { debounceMs: 5, year: 2022, lang: 'zh' });
  await controller.start();
  const settle = async () => {
    for (let i = 0; i < 5; i++) {
      await double.idle();
      await controller.idle();
    }
  };
  return { double, controller, settle, arm: () => (armed = true) };
}

/**
 * A formula beside the table that ZiPing cannot compute (COUNTBLANK is not among src/core/formula.ts's functions)
 * and whose range the row change moves: the action reads Excel's work back (four round trips to add, three to
 * delete) instead of predicting it.
 */
const UNPREDICTABLE = `=COUNTBLANK(G${firstRow}:G${firstRow + 5})`;

describe.each([
  ['predicted', false, 2, 2],
  ['read back', true, 4, 3],
] as const)(
  'a row action (%s) that Excel refuses while the user types in a cell runs once',
  (_name, readBack, adds, deletes) => {
    it(`costs ${adds} round trips to add a row and ${deletes} to delete one`, async () => {
      const { double, controller, settle } = await typingAt(0);
      await controller.insert('sample');
      await settle();
      if (readBack) double.user.type('Sheet1', 'K20', UNPREDICTABLE);
      await settle();
      double.user.select('Sheet1', first.name);
      double.resetSyncCount();
      await controller.addIndicatorRow();
      await settle();
      expect(double.syncCount).toBe(adds);
      double.user.select('Sheet1', positions.indicators[1].name);
      double.resetSyncCount();
      await controller.deleteIndicatorRow();
      await settle();
      expect(double.syncCount).toBe(deletes);
    });

    it.each(Array.from({ length: adds }, (_, i) => i + 1))(
      '添加指标行 refused at its round trip %i: one row is added, finished as usual',
      async (n) => {
        const { double, controller, settle, arm } = await typingAt(n);
        await controller.insert('sample');
        await settle();
        if (readBack) double.user.type('Sheet1', 'K20', UNPREDICTABLE);
        await settle();
        const sheet = double.inspect('Sheet1');
        const total = positions.total.score;
        const totalRow = Number(total.replace(/^[A-Z]+/, ''));
        double.user.select('Sheet1', first.name);
        arm();
        double.resetSyncCount();
        await controller.addIndicatorRow();
        await settle();
        // One row in: 总分 moved down by one, its sum reaching the new row, the new row blank.
        const moved = total.replace(/\d+$/, String(totalRow + 1));
        expect(sheet.value(`A${totalRow + 1}`)).toBe('总分');
        expect(sheet.value(`A${totalRow + 2}`)).not.toBe('总分');
        expect(sheet.formula(moved)).toContain(`H${firstRow}:H${totalRow}`);
        expect(sheet.value(first.name.replace(/\d+$/, String(firstRow + 1)))).toBe('');
        if (readBack) expect(sheet.formula('K21')).toBe(`=COUNTBLANK(G${firstRow}:G${firstRow + 6})`);
      },
    );

    it.each(Array.from({ length: deletes }, (_, i) => i + 1))(
      '删除指标行 refused at its round trip %i: one row is deleted',
      async (n) => {
        const { double, controller, settle, arm } = await typingAt(n);
        await controller.insert('sample');
        await settle();
        if (readBack) double.user.type('Sheet1', 'K20', UNPREDICTABLE);
        await settle();
        const sheet = double.inspect('Sheet1');
        const second = positions.indicators[1];
        const third = positions.indicators[2];
        const thirdName = sheet.value(third.name);
        double.user.select('Sheet1', second.name);
        arm();
        await controller.deleteIndicatorRow(firstRow + 1);
        await settle();
        // The second indicator is gone; the third stands where it stood, not one row higher.
        expect(sheet.value(second.name)).toBe(thirdName);
        expect(sheet.value(first.name)).toBe(sampleForm().indicators[0].name);
        if (readBack) expect(sheet.formula('K19')).toBe(`=COUNTBLANK(G${firstRow}:G${firstRow + 4})`);
      },
    );
  },
);
