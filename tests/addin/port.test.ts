import { Controller } from '../../src/app/controller';
import { detectCapabilities } from '../../src/addin/excel/capabilities';
import { ExcelGateway, type ExcelHost } from '../../src/addin/excel/gateway';
import { layoutAnnex1 } from '../../src/core/layout/writeAnnex1';
import { sampleForm } from '../../src/core/templates';
import { ExcelDouble, type ApiVersion } from '../../src/hosts/excelDouble';
import { session } from './support';

// Whole sessions on the double: slow on a loaded machine, never waiting on the clock.
jest.setTimeout(60_000);

const positions = layoutAnnex1(sampleForm(), 'x').positions;
const first = positions.indicators[0];

/** The settings text stored in the double's workbook. */
const storedSettings = (double: ExcelDouble): unknown => JSON.parse(double.save()).settings;

describe('the port: one set of capabilities, read where the plan is made', () => {
  it('after Excel refuses a note (the user’s own note on a flagged cell), an edit that changes nothing costs one round trip and writes nothing', async () => {
    const { double, controller, settle } = await session('1.18');
    await controller.insert('sample');
    await settle();
    const flagged = controller.current.evaluation!.findings.find((f) => f.cell)!.cell!;
    await controller.clearFlags();
    await settle();
    // The user's own note goes where ZiPing's flag and note were.
    await double.host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').notes.add(flagged, '我的批注');
      await ctx.sync();
    });
    const actual = double.inspect('Sheet1').value(first.actual);
    double.user.type('Sheet1', first.actual, actual as string);
    await settle();
    // The flags came back; the user's note stayed, and ZiPing's notes were given up (the pane lists the findings).
    expect(
      double
        .inspect('Sheet1')
        .conditionalFormats()
        .map((c) => c.address),
    ).toContain(flagged);
    expect(double.inspect('Sheet1').notes()).toEqual([{ address: flagged, content: '我的批注' }]);

    const settings = storedSettings(double);
    double.resetSyncCount();
    double.user.type('Sheet1', first.actual, actual as string);
    await settle();
    expect(double.syncCount).toBe(1);
    expect(storedSettings(double)).toEqual(settings);
  });
});

describe('rows changed where Excel refuses a note', () => {
  it('添加指标行 inserts one row and gives up ZiPing’s notes when a flagged cell holds the user’s own note', async () => {
    const { double, controller, settle } = await session('1.18');
    await controller.insert('sample');
    await settle();
    const flagged = controller.current.evaluation!.findings.find((f) => f.code === 'IND_SCORE_TOO_HIGH')!.cell!;
    await controller.clearFlags();
    await settle();
    await double.host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').notes.add(flagged, '我的批注');
      await ctx.sync();
    });
    const total = Number(positions.total.score.replace(/^[A-Z]+/, ''));
    double.user.select('Sheet1', first.name);
    const added = await controller.addIndicatorRow();
    await settle();
    expect(added).toMatchObject({ ok: true });
    expect(controller.current.notices.map((n) => n.kind)).toEqual(['success']);
    // One row, not two: the batch that inserted it was not run again when the note was refused.
    const sheet = double.inspect('Sheet1');
    expect(sheet.value(`A${total + 1}`)).toBe('总分');
    const moved = flagged.replace(/\d+$/, (r) => String(Number(r) + 1));
    expect(sheet.notes()).toEqual([{ address: moved, content: '我的批注' }]);
    expect(sheet.conditionalFormats().map((c) => c.address)).toContain(moved);
  });
});

/**
 * A host whose next batch meets the user starting to type into `cell` right after its first read, as when the
 * user clicks into a cell while ZiPing is deciding: the batch's write is refused and the gateway runs it again.
 */
function interruptedHost(double: ExcelDouble): { host: ExcelHost; arm(cell: string): void } {
  let armed: string | undefined;
  return {
    arm: (cell) => (armed = cell),
    host: {
      isSetSupported: (name, version) => double.host.isSetSupported(name, version),
      run: (batch) =>
        double.host.run((context) => {
          const cell = armed;
          armed = undefined;
          if (!cell) return batch(context);
          let syncs = 0;
          const sync = async () => {
            await context.sync();
            if (++syncs === 1) double.user.beginEdit('Sheet1', cell);
          };
          return batch(
            new Proxy(context, {
              get: (target, key) => (key === 'sync' ? sync : Reflect.get(target, key, target)),
            }),
          );
        }),
    },
  };
}

describe.each<ApiVersion>(['1.7', '1.18'])('decide, then apply (ExcelApi %s)', (apiVersion) => {
  it('a batch run again after the user’s cell edit leaves the controller as one run would: the user’s next score is heard', async () => {
    const double = new ExcelDouble({ apiVersion, sharedRuntime: true });
    const { host, arm } = interruptedHost(double);
    const original = { value: undefined as unknown };
    const gateway = new ExcelGateway(host, detectCapabilities(double.host.isSetSupported), async () => {
      // The user finishes the edit by typing back what was there: the rerun finds nothing to write.
      if (double.selection().sheet === 'Sheet1') double.user.endEdit(String(original.value));
    });
    const controller = new Controller(gateway, { debounceMs: 5, year: 2022, lang: 'zh' });
    await controller.start();
    const settle = async () => {
      for (let i = 0; i < 5; i++) {
        await double.idle();
        await controller.idle();
      }
    };
    await controller.insert('sample');
    await settle();
    double.user.type('Sheet1', first.statedScore, null);
    await settle();
    expect(double.inspect('Sheet1').value(first.statedScore)).toBe(5);
    original.value = double.inspect('Sheet1').value(first.actual);

    // The first attempt decides to write 2.5 into the score; the rerun, after the user put the old value back, nothing.
    arm(first.actual);
    double.user.type('Sheet1', first.actual, '9个');
    await settle();
    expect(double.inspect('Sheet1').value(first.actual)).toBe(original.value);
    expect(double.inspect('Sheet1').value(first.statedScore)).toBe(5);

    // The user types a score of their own into the cell the dropped attempt would have written: ZiPing hears it.
    double.user.type('Sheet1', first.statedScore, 1);
    await settle();
    expect(controller.current.evaluation?.userScores.map((u) => [u.cell, u.stated])).toContainEqual([
      first.statedScore,
      1,
    ]);
    expect(double.inspect('Sheet1').value(first.statedScore)).toBe(1);
  });
});
