import { newDouble, thrown } from './support';

describe('Office.js proxy semantics', () => {
  it('throws PropertyNotLoaded for a property not loaded, and before the sync that loads it', async () => {
    const double = newDouble();
    double.user.type('Sheet1', 'A1', 'x');
    await double.host.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1');
      expect(thrown(() => range.values)).toMatchObject({ code: 'PropertyNotLoaded', name: 'RichApi.Error' });
      expect(thrown(() => range.values).message).toContain(
        "The property 'values' is not available. Before reading the property's value, call the load method",
      );
      range.load('values');
      const pending = ctx.sync();
      expect(thrown(() => range.values).code).toBe('PropertyNotLoaded');
      await pending;
      expect(range.values).toEqual([['x']]);
      expect(thrown(() => range.formulas).code).toBe('PropertyNotLoaded');
      expect(thrown(() => range.address).code).toBe('PropertyNotLoaded');
    });
  });

  it('loads nested paths and collection items ("items/name", "format/font/bold")', async () => {
    const double = newDouble('1.18', ['Sheet1', 'Data']);
    await double.host.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load('items/name,items/id');
      const range = sheets.getItem('Data').getRange('B2');
      range.load('format/font/bold,format/fill/color,address');
      await ctx.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(['Sheet1', 'Data']);
      expect(sheets.items[1].id).toMatch(/^\{[0-9A-F-]+\}$/);
      expect(thrown(() => sheets.items[0].position).code).toBe('PropertyNotLoaded');
      expect(range.format.font.bold).toBe(false);
      expect(range.format.fill.color).toBe('#FFFFFF');
      expect(range.address).toBe('Data!B2');
    });
  });

  it('applies property sets and method calls only at sync, in order', async () => {
    const double = newDouble();
    const sheet = double.inspect('Sheet1');
    await double.host.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B1');
      range.values = [[1, 2]];
      // Set locally at once, as Office.js does, but not yet in the workbook.
      expect(range.values).toEqual([[1, 2]]);
      expect(sheet.value('A1')).toBe('');
      range.values = [[3, 4]];
      await ctx.sync();
      expect(sheet.value('A1')).toBe(3);
      expect(sheet.value('B1')).toBe(4);
    });
  });

  it('counts round trips: syncs with something to send, including Excel.run’s closing one', async () => {
    const double = newDouble();
    await double.host.run(async (ctx) => {
      await ctx.sync(); // nothing queued: no round trip
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['a']];
      await ctx.sync();
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A2').values = [['b']];
      // left for Excel.run's own closing sync
    });
    expect(double.syncCount).toBe(2);
    expect(double.inspect('Sheet1').value('A2')).toBe('b');
    double.resetSyncCount();
    expect(double.syncCount).toBe(0);
  });

  it('gives *OrNullObject objects an isNullObject known after sync, and unloaded properties undefined', async () => {
    const double = newDouble();
    await double.host.run(async (ctx) => {
      const setting = ctx.workbook.settings.getItemOrNullObject('nope');
      const used = ctx.workbook.worksheets.getItem('Sheet1').getUsedRangeOrNullObject();
      const merged = ctx.workbook.worksheets.getItem('Sheet1').getRange().getMergedAreasOrNullObject();
      const sheet = ctx.workbook.worksheets.getItemOrNullObject('Missing');
      expect(thrown(() => setting.isNullObject).code).toBe('PropertyNotLoaded');
      setting.load('value');
      used.load('address');
      await ctx.sync();
      expect(setting.isNullObject).toBe(true);
      expect(setting.value).toBeUndefined();
      expect(used.isNullObject).toBe(true);
      expect(merged.isNullObject).toBe(true);
      expect(sheet.isNullObject).toBe(true);
    });
    double.user.type('Sheet1', 'C3', 5);
    await double.host.run(async (ctx) => {
      const used = ctx.workbook.worksheets.getItem('Sheet1').getUsedRangeOrNullObject();
      used.load('address');
      await ctx.sync();
      expect(used.isNullObject).toBe(false);
      expect(used.address).toBe('Sheet1!C3');
    });
  });

  it('refuses objects of a finished Excel.run (InvalidObjectPath) and across contexts (InvalidRequestContext)', async () => {
    const double = newDouble('1.18');
    let kept: Excel.Range | undefined;
    await double.host.run(async (ctx) => {
      kept = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1');
      kept.load('address');
      await ctx.sync();
    });
    expect(kept!.address).toBe('Sheet1!A1'); // loaded values stay readable
    await double.host.run(async () => {
      expect(thrown(() => (kept!.values = [[1]])).code).toBe('InvalidObjectPath');
      expect(thrown(() => kept!.load('values')).code).toBe('InvalidObjectPath');
    });
    await double.host.run(async (ctx) => {
      expect(thrown(() => ctx.workbook.worksheets.getItem('Sheet1').notes.add(kept!, 'x')).code).toBe(
        'InvalidRequestContext',
      );
    });
  });

  it('rejects a sync with the failing operation’s code; those before it are applied, those after are not', async () => {
    const double = newDouble();
    const sheet = double.inspect('Sheet1');
    await expect(
      double.host.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem('Sheet1');
        ws.getRange('A1').values = [['before']];
        ws.getRange('A2:B2').values = [['only one']];
        ws.getRange('A3').values = [['after']];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument', name: 'RichApi.Error' });
    expect(sheet.value('A1')).toBe('before');
    expect(sheet.value('A2')).toBe('');
    expect(sheet.value('A3')).toBe('');
  });

  it('reports ItemNotFound, InvalidArgument and ApiNotFound as Excel does', async () => {
    const double = newDouble('1.7');
    await expect(
      double.host.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Nope').load('name');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
    await expect(
      double.host.run(async (ctx) => {
        // A single value in a 2-D array does not fill a block.
        ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B2').values = [['x']];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    for (const batch of [
      (ctx: Excel.RequestContext) => ctx.workbook.worksheets.getItem('Sheet1').notes.load('items/content'),
      (ctx: Excel.RequestContext) => (ctx.workbook.worksheets.getItem('Sheet1').pageLayout.orientation = 'Landscape'),
      (ctx: Excel.RequestContext) => ctx.workbook.worksheets.getItem('Sheet1').getRange().getMergedAreasOrNullObject(),
      (ctx: Excel.RequestContext) =>
        (ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').dataValidation.prompt = {
          showPrompt: true,
          title: 't',
          message: 'm',
        }),
      (ctx: Excel.RequestContext) => ctx.workbook.worksheets.onChanged.add(async () => undefined),
    ]) {
      await expect(
        double.host.run(async (ctx) => {
          batch(ctx);
          await ctx.sync();
        }),
      ).rejects.toMatchObject({ code: 'ApiNotFound' });
    }
    await double.host.run(async (ctx) => {
      expect(ctx.runtime.enableEvents).toBeUndefined();
      expect(thrown(() => (ctx.runtime.enableEvents = false)).code).toBe('ApiNotFound');
    });
  });

  it('requires the batch to return a promise', async () => {
    const double = newDouble();
    await expect(
      double.host.run((() => undefined) as unknown as (c: Excel.RequestContext) => Promise<void>),
    ).rejects.toMatchObject({ code: 'RunMustReturnPromise' });
  });

  it('answers isSetSupported up to the configured version, and SharedRuntime as configured', () => {
    const double = newDouble('1.9');
    const { isSetSupported } = double.host;
    expect(['1.1', '1.7', '1.8', '1.9', '1.10', '1.13'].map((v) => isSetSupported('ExcelApi', v))).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
    expect(isSetSupported('SharedRuntime', '1.1')).toBe(false);
    expect(
      new (double.constructor as typeof import('../../src/hosts/excelDouble').ExcelDouble)({
        apiVersion: '1.7',
        sharedRuntime: true,
      }).host.isSetSupported('SharedRuntime', '1.1'),
    ).toBe(true);
  });
});
