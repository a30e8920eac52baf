import { registerCommands, MANIFEST_FUNCTIONS } from '../../src/addin/commands/register';
import type { Controller } from '../../src/app/controller';
import { ExcelDouble, type ApiVersion } from '../../src/hosts/excelDouble';
import { layoutAnnex1 } from '../../src/core/layout/writeAnnex1';
import { sampleForm } from '../../src/core/templates';
import { session } from './support';

const indicator = layoutAnnex1(sampleForm(), 'x').positions.indicators[0];

// Whole sessions on the double: slow on a loaded machine, never waiting on the clock.
jest.setTimeout(60_000);

describe('the ribbon before the engine has loaded', () => {
  afterEach(() => delete (globalThis as Record<string, unknown>).Office);

  it('associates every command at once; the click that loaded the page runs when the engine is ready', async () => {
    const associated = new Map<string, (event?: { completed(): void }) => Promise<void>>();
    (globalThis as Record<string, unknown>).Office = {
      actions: { associate: (name: string, fn: () => Promise<void>) => associated.set(name, fn) },
    };
    const calls: string[] = [];
    let engineReady!: (c: Controller) => void;
    const engine = new Promise<Controller>((resolve) => (engineReady = resolve));
    registerCommands(() => engine);
    expect([...associated.keys()].sort()).toEqual([...MANIFEST_FUNCTIONS].sort());

    let completed = 0;
    const click = associated.get('validateActiveSheet')!({ completed: () => void completed++ });
    await new Promise((r) => setTimeout(r, 0));
    expect(completed).toBe(0);
    engineReady({ validate: async () => void calls.push('validate') } as unknown as Controller);
    await click;
    expect(calls).toEqual(['validate']);
    expect(completed).toBe(1);
  });
});

describe('starting with the workbook', () => {
  it('once the workbook holds a form, asks Excel to load ZiPing whenever it opens (shared runtime)', async () => {
    const { controller, startup, settle } = await session('1.18');
    expect(startup).toEqual([]);
    await controller.insert('sample');
    await settle();
    expect(startup).toEqual(['load']);
    expect(controller.current.standing).toEqual([]);
  });

  it.each<ApiVersion>(['1.7'])(
    'in Excel without the shared runtime (ExcelApi %s, Excel 2019) the pane says ZiPing runs only while it is open',
    async (apiVersion) => {
      const { controller, startup, settle } = await session(
        apiVersion,
        new ExcelDouble({ apiVersion, sharedRuntime: false }),
      );
      await controller.insert('sample');
      await settle();
      expect(startup).toEqual([]);
      expect(controller.current.standing.map((n) => [n.key, n.kind])).toEqual([['startup', 'info']]);
      expect(controller.current.standing[0].text.zh).toContain('任务窗格');
    },
  );

  it('a workbook reopened with a form asks at once, before any edit', async () => {
    const first = await session('1.18');
    await first.controller.insert('sample');
    await first.settle();
    const reopened = await session(
      '1.18',
      ExcelDouble.open(first.double.save(), { apiVersion: '1.18', sharedRuntime: true }),
    );
    await reopened.settle();
    expect(reopened.startup).toEqual(['load']);
    // Reading the settings, listening for edits, reading the form's region once: nothing to write.
    expect(reopened.double.syncCount).toBe(3);
  });

  it('a workbook edited where ZiPing was not running is recomputed when it opens, before any edit: scores and flags follow', async () => {
    const first = await session('1.18');
    await first.controller.insert('sample');
    await first.settle();
    first.double.user.type('Sheet1', indicator.statedScore, null);
    await first.settle();
    expect(first.double.inspect('Sheet1').value(indicator.statedScore)).toBe(5);
    // A colleague's Excel without ZiPing changes the actual value and saves.
    const elsewhere = ExcelDouble.open(first.double.save(), { apiVersion: '1.18' });
    elsewhere.user.type('Sheet1', indicator.actual, '9个');
    const reopened = await session(
      '1.18',
      ExcelDouble.open(elsewhere.save(), { apiVersion: '1.18', sharedRuntime: true }),
    );
    await reopened.settle();
    expect(reopened.double.inspect('Sheet1').value(indicator.statedScore)).toBe(2.5);
    expect(reopened.double.effectiveFill('Sheet1', indicator.actual)).not.toBeNull();
    expect(reopened.controller.current.notices.filter((n) => n.kind === 'error')).toEqual([]);
  });

  it('a form sheet deleted while ZiPing was not running is passed over when the workbook opens, without an error', async () => {
    const first = await session('1.18');
    await first.controller.insert('sample');
    await first.controller.insert('sample');
    await first.settle();
    const [, second] = first.double.sheetNames();
    const saved = JSON.parse(first.double.save()) as { sheets: { name: string }[] };
    saved.sheets = saved.sheets.filter((s) => s.name !== second);
    const reopened = await session(
      '1.18',
      ExcelDouble.open(JSON.stringify(saved), { apiVersion: '1.18', sharedRuntime: true }),
    );
    await reopened.settle();
    expect(reopened.controller.current.notices.filter((n) => n.kind === 'error')).toEqual([]);
    expect(reopened.controller.current.ready).toBe(true);
  });
});
