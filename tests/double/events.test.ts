import type { WorksheetChangedArgs } from '../../src/hosts/excelDouble';
import { newDouble, tick } from './support';
import type { ExcelDouble } from '../../src/hosts/excelDouble';

/** Registers a workbook-wide (≥ 1.9) or Sheet1 change handler and collects what it receives. */
async function listen(double: ExcelDouble, scope: 'workbook' | 'Sheet1' = 'workbook'): Promise<WorksheetChangedArgs[]> {
  const seen: WorksheetChangedArgs[] = [];
  await double.host.run(async (ctx) => {
    const target = scope === 'workbook' ? ctx.workbook.worksheets : ctx.workbook.worksheets.getItem(scope);
    target.onChanged.add(async (args) => {
      seen.push(args as unknown as WorksheetChangedArgs);
    });
    await ctx.sync();
  });
  return seen;
}

/** Writes values; with `eventsOff`, as Microsoft's sample does: events off, a sync, the write, a sync, on again. */
async function write(double: ExcelDouble, address: string, values: unknown[][], eventsOff = false): Promise<void> {
  await double.host.run(async (ctx) => {
    if (eventsOff) {
      ctx.runtime.enableEvents = false;
      await ctx.sync();
    }
    ctx.workbook.worksheets.getItem('Sheet1').getRange(address).values = values;
    await ctx.sync();
    if (eventsOff) {
      ctx.runtime.enableEvents = true;
      await ctx.sync();
    }
  });
}

describe('change events', () => {
  it('are delivered in a macrotask after the sync resolves, so that handlers can run new batches', async () => {
    const double = newDouble('1.18');
    const order: string[] = [];
    await double.host.run(async (ctx) => {
      ctx.workbook.worksheets.onChanged.add(async (args) => {
        order.push(`event ${args.address}`);
        await double.host.run(async (inner) => {
          const r = inner.workbook.worksheets.getItem(args.worksheetId).getRange(args.address);
          r.load('values');
          await inner.sync();
          order.push(`handler read ${JSON.stringify(r.values)}`);
        });
      });
      await ctx.sync();
    });
    await double.host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('B2').values = [[42]];
      await ctx.sync();
      order.push('sync resolved');
    });
    order.push('run resolved');
    await double.idle();
    expect(order).toEqual(['sync resolved', 'run resolved', 'event B2', 'handler read [[42]]']);
  });

  it('mark the add-in’s own writes Local with triggerSource ThisLocalAddin (≥ 1.14); not at all before 1.14', async () => {
    const d14 = newDouble('1.14');
    const seen14 = await listen(d14);
    await write(d14, 'A1', [[1]]);
    d14.user.type('Sheet1', 'A2', 2);
    await d14.idle();
    expect(seen14.map((e) => [e.address, e.source, e.triggerSource, e.changeType])).toEqual([
      ['A1', 'Local', 'ThisLocalAddin', 'RangeEdited'],
      ['A2', 'Local', 'Unknown', 'RangeEdited'],
    ]);
    expect(seen14[0].worksheetId).toBe(d14.sheetId('Sheet1'));

    const d9 = newDouble('1.9');
    const seen9 = await listen(d9);
    await write(d9, 'A1', [[1]]);
    await d9.idle();
    expect(seen9).toHaveLength(1);
    expect('triggerSource' in seen9[0]).toBe(false);
  });

  it('are not delivered for writes applied while runtime.enableEvents is false', async () => {
    const double = newDouble('1.18');
    const seen = await listen(double);
    await write(double, 'A1', [[1]], true);
    await double.idle();
    expect(seen).toEqual([]);
    expect(double.eventsEnabled).toBe(true);
    await write(double, 'A2', [[2]]);
    await double.idle();
    expect(seen.map((e) => e.address)).toEqual(['A2']);
  });

  it('carry details only for one cell (≥ 1.9), never for a paste or a block', async () => {
    const double = newDouble('1.9');
    const seen = await listen(double);
    double.user.type('Sheet1', 'A1', 5);
    double.user.type('Sheet1', 'A1', '=A2+1');
    double.user.paste('Sheet1', 'B1', [
      [1, 2],
      [3, 4],
    ]);
    double.user.paste('Sheet1', 'D1', [['x']]);
    await write(double, 'E1:E2', [[1], [2]]);
    await double.idle();
    expect(seen.map((e) => [e.address, e.details])).toEqual([
      ['A1', { valueBefore: '', valueAfter: 5, valueTypeBefore: 'Empty', valueTypeAfter: 'Double' }],
      ['A1', { valueBefore: 5, valueAfter: 1, valueTypeBefore: 'Double', valueTypeAfter: 'Double' }],
      ['B1:C2', undefined],
      ['D1', undefined],
      ['E1:E2', undefined],
    ]);
    const d7 = newDouble('1.7');
    const seen7 = await listen(d7, 'Sheet1');
    d7.user.type('Sheet1', 'A1', 5);
    await d7.idle();
    expect(seen7[0].details).toBeUndefined();
  });

  it('are not raised by formats, conditional formats, notes or settings', async () => {
    const double = newDouble('1.18');
    const seen = await listen(double);
    await double.host.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      ws.getRange('A1').numberFormat = [['0.00']];
      ws.getRange('A1').format.fill.color = '#FFC7CE';
      ws.getRange('A1').merge();
      const cf = ws.getRange('A1').conditionalFormats.add('Custom');
      cf.custom.rule.formula = '=TRUE';
      ws.notes.add('A1', 'n');
      ctx.workbook.settings.add('k', 'v');
      await ctx.sync();
    });
    await double.idle();
    expect(seen).toEqual([]);
  });

  it('reach sheet handlers for their own sheet only, and tell remote edits apart', async () => {
    const double = newDouble('1.9', ['Sheet1', 'Other']);
    const seen = await listen(double, 'Sheet1');
    double.user.type('Other', 'A1', 1);
    double.remote.type('Sheet1', 'C3', 'x');
    await double.idle();
    expect(seen.map((e) => [e.address, e.source])).toEqual([['C3', 'Remote']]);
  });

  it('tell of added sheets (onAdded) and of row insertions and deletions', async () => {
    const double = newDouble('1.9');
    const added: unknown[] = [];
    const seen = await listen(double);
    await double.host.run(async (ctx) => {
      ctx.workbook.worksheets.onAdded.add(async (args) => {
        added.push(args);
      });
      await ctx.sync();
    });
    const id = double.addSheet('New');
    double.user.insertRows('Sheet1', 3, 2);
    double.user.deleteRows('Sheet1', 10);
    await double.idle();
    expect(added).toEqual([{ type: 'WorksheetAdded', worksheetId: id, source: 'Local' }]);
    expect(seen.map((e) => [e.changeType, e.address])).toEqual([
      ['RowInserted', '3:4'],
      ['RowDeleted', '10:10'],
    ]);
  });

  it('cross between two clients of one workbook as Remote, each add-in with its own enableEvents', async () => {
    const a = newDouble('1.18');
    const b = a.connect();
    const seenA = await listen(a);
    const seenB = await listen(b);
    b.user.type('Sheet1', 'A1', 'from B');
    await write(b, 'A2', [['B add-in, events off']], true);
    await write(a, 'A3', [['A add-in']]);
    await a.idle();
    expect(seenA.map((e) => [e.address, e.source, e.triggerSource])).toEqual([
      ['A1', 'Remote', 'Unknown'],
      ['A2', 'Remote', 'Unknown'],
      ['A3', 'Local', 'ThisLocalAddin'],
    ]);
    expect(seenB.map((e) => [e.address, e.source, e.triggerSource])).toEqual([
      ['A1', 'Local', 'Unknown'],
      ['A3', 'Remote', 'Unknown'],
    ]);
    expect(a.inspect('Sheet1').value('A2')).toBe('B add-in, events off');
  });

  it('notify subscribers after every change, and keep handler errors for tests', async () => {
    const double = newDouble('1.18');
    const heard: string[] = [];
    const off = double.subscribe((changes, origin) =>
      heard.push(`${origin.actor}:${changes.map((c) => c.kind).join(',')}`),
    );
    await double.host.run(async (ctx) => {
      ctx.workbook.worksheets.onChanged.add(async () => {
        throw new Error('handler failed');
      });
      await ctx.sync();
    });
    double.user.type('Sheet1', 'A1', 1);
    await write(double, 'A2', [[2]]);
    double.user.select('Sheet1', 'B2');
    off();
    double.user.type('Sheet1', 'A3', 3);
    await double.idle();
    expect(heard).toEqual(['user:cells', 'addin:cells', 'user:']);
    expect(double.handlerErrors).toHaveLength(3);
    await tick();
  });
});
