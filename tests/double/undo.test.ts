import type { ExcelDouble, WorksheetChangedArgs } from '../../src/hosts/excelDouble';
import { newDouble } from './support';

async function listen(double: ExcelDouble): Promise<WorksheetChangedArgs[]> {
  const seen: WorksheetChangedArgs[] = [];
  await double.host.run(async (ctx) => {
    ctx.workbook.worksheets.getItem('Sheet1').onChanged.add(async (args) => {
      seen.push(args as unknown as WorksheetChangedArgs);
    });
    await ctx.sync();
  });
  return seen;
}

async function addinWrites(double: ExcelDouble, address: string, value: unknown): Promise<void> {
  await double.host.run(async (ctx) => {
    ctx.workbook.worksheets.getItem('Sheet1').getRange(address).values = [[value]];
    await ctx.sync();
  });
}

describe('undo and the add-in’s writes', () => {
  it('from ExcelApi 1.20 an add-in’s write is on the user’s undo stack; Ctrl+Z undoes it and raises onChanged (Local, triggerSource Unknown)', async () => {
    const double = newDouble('1.20');
    const seen = await listen(double);
    double.user.type('Sheet1', 'A1', 10);
    await addinWrites(double, 'B1', 'ZiPing');
    await double.idle();
    seen.length = 0;

    expect(double.user.undo()).toBe(true);
    await double.idle();
    expect(double.inspect('Sheet1').value('B1')).toBe('');
    expect(double.inspect('Sheet1').value('A1')).toBe(10);
    expect(seen.map((e) => [e.address, e.changeType, e.source, e.triggerSource, e.details?.valueBefore])).toEqual([
      ['B1', 'RangeEdited', 'Local', 'Unknown', 'ZiPing'],
    ]);

    // The user's own typing is still on the stack below it.
    expect(double.user.undo()).toBe(true);
    expect(double.inspect('Sheet1').value('A1')).toBe('');
  });

  it('before ExcelApi 1.20 an add-in’s write empties the user’s undo stack', async () => {
    for (const version of ['1.7', '1.14', '1.18'] as const) {
      const double = newDouble(version);
      double.user.type('Sheet1', 'A1', 10);
      await addinWrites(double, 'B1', 'ZiPing');
      expect(double.user.undo()).toBe(false);
      expect(double.inspect('Sheet1').value('A1')).toBe(10);
      expect(double.inspect('Sheet1').value('B1')).toBe('ZiPing');
    }
  });

  it('an add-in’s read-only sync leaves the stack alone at any version', async () => {
    const double = newDouble('1.18');
    double.user.type('Sheet1', 'A1', 10);
    await double.host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').load('values');
      await ctx.sync();
    });
    expect(double.user.undo()).toBe(true);
    expect(double.inspect('Sheet1').value('A1')).toBe('');
  });

  it('at 1.20 an undo leaves the add-in’s settings as they are; a settings write empties the stack', async () => {
    const double = newDouble('1.20');
    double.user.type('Sheet1', 'A1', 10);
    await double.host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('B1').values = [['ZiPing']];
      await ctx.sync();
      ctx.workbook.settings.add('state', { v: 1 });
      await ctx.sync();
    });
    expect(double.user.undo()).toBe(false);

    await addinWrites(double, 'C1', 'again');
    expect(double.user.undo()).toBe(true);
    expect(double.inspect('Sheet1').value('C1')).toBe('');
    await double.host.run(async (ctx) => {
      const s = ctx.workbook.settings.getItem('state');
      s.load('value');
      await ctx.sync();
      expect(s.value).toEqual({ v: 1 });
    });
  });
});
