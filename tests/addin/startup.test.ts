import { registerCommands, MANIFEST_FUNCTIONS } from '../../src/addin/commands/register';
import type { Controller } from '../../src/app/controller';
import { ExcelDouble, type ApiVersion } from '../../src/hosts/excelDouble';
import { session } from './support';

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
    // Reading the settings, then listening for edits: no sheet is read.
    expect(reopened.double.syncCount).toBe(2);
  });
});
