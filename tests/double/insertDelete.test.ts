import type { WorksheetChangedArgs } from '../../src/hosts/excelDouble';
import { newDouble } from './support';

describe('Range.insert and Range.delete through the API', () => {
  it('insert whole rows (shift Down) and delete them (shift Up): cells and references move, RowInserted / RowDeleted', async () => {
    const double = newDouble('1.18');
    const seen: WorksheetChangedArgs[] = [];
    await double.host.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      ws.getRange('A1:A3').formulas = [[1], [2], ['=A1+A2']];
      ws.onChanged.add(async (args) => {
        seen.push(args as unknown as WorksheetChangedArgs);
      });
      await ctx.sync();
      ws.getRange('2:3').insert('Down');
      await ctx.sync();
    });
    const s = double.inspect('Sheet1');
    expect(s.values('A1:A5')).toEqual([[1], [''], [''], [2], [3]]);
    expect(s.formula('A5')).toBe('=A1+A4');
    await double.host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('2:3').delete('Up');
      await ctx.sync();
    });
    await double.idle();
    expect(s.formula('A3')).toBe('=A1+A2');
    expect(seen.map((e) => [e.changeType, e.address, e.triggerSource])).toEqual([
      ['RowInserted', '2:3', 'ThisLocalAddin'],
      ['RowDeleted', '2:3', 'ThisLocalAddin'],
    ]);
  });

  it('columns and blocks of cells are not modelled: NotImplemented, nothing changed', async () => {
    const double = newDouble('1.18');
    double.user.type('Sheet1', 'B2', 1);
    for (const [address, shift] of [
      ['B:B', 'Right'],
      ['B2', 'Down'],
    ]) {
      const code = await double.host
        .run(async (ctx) => {
          ctx.workbook.worksheets
            .getItem('Sheet1')
            .getRange(address)
            .insert(shift as Excel.InsertShiftDirection);
          await ctx.sync();
        })
        .then(
          () => 'ok',
          (e: { code: string }) => e.code,
        );
      expect(code).toBe('NotImplemented');
    }
    expect(double.inspect('Sheet1').value('B2')).toBe(1);
  });
});
