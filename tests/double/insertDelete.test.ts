import type { WorksheetChangedArgs } from '../../src/hosts/excelDouble';
import type { ExcelDouble } from '../../src/hosts/excelDouble';
import { newDouble } from './support';

async function listen(double: ExcelDouble): Promise<WorksheetChangedArgs[]> {
  const seen: WorksheetChangedArgs[] = [];
  await double.host.run(async (ctx) => {
    ctx.workbook.worksheets.onChanged.add(async (args) => {
      seen.push(args as unknown as WorksheetChangedArgs);
    });
    await ctx.sync();
  });
  return seen;
}

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

  it('insert whole columns (shift Right) and delete them (shift Left): cells, references and merges move; ColumnInserted / ColumnDeleted "B:C"', async () => {
    const double = newDouble('1.18');
    const seen = await listen(double);
    await double.host.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      ws.getRange('A1:C1').formulas = [[1, 2, '=A1+B1']];
      ws.getRange('B3:C3').merge();
      await ctx.sync();
      ws.getRange('B:C').insert('Right');
      await ctx.sync();
    });
    const s = double.inspect('Sheet1');
    expect(s.values('A1:E1')).toEqual([[1, '', '', 2, 3]]);
    expect(s.formula('E1')).toBe('=A1+D1');
    expect(s.merges()).toEqual(['D3:E3']);
    await double.host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('B:C').delete('Left');
      await ctx.sync();
    });
    await double.idle();
    expect(s.formula('C1')).toBe('=A1+B1');
    expect(s.merges()).toEqual(['B3:C3']);
    expect(seen.map((e) => [e.changeType, e.address])).toEqual([
      ['RangeEdited', 'A1:C1'],
      ['ColumnInserted', 'B:C'],
      ['ColumnDeleted', 'B:C'],
    ]);
  });

  it('insert a block shifting Down and Right moves only the cells of its columns or rows: CellInserted with its address', async () => {
    const double = newDouble('1.18');
    double.user.paste('Sheet1', 'A1', [
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
    ]);
    const seen = await listen(double);
    double.user.insertCells('Sheet1', 'B2', 'Down');
    const s = double.inspect('Sheet1');
    expect(s.values('A1:C4')).toEqual([
      [1, 2, 3],
      [4, '', 6],
      [7, 5, 9],
      ['', 8, ''],
    ]);
    double.user.insertCells('Sheet1', 'A1:A2', 'Right');
    expect(s.values('A1:D2')).toEqual([
      ['', 1, 2, 3],
      ['', 4, '', 6],
    ]);
    expect(s.values('A3:C3')).toEqual([[7, 5, 9]]);
    await double.idle();
    expect(seen.map((e) => [e.changeType, e.address, e.source, e.triggerSource])).toEqual([
      ['CellInserted', 'B2', 'Local', 'Unknown'],
      ['CellInserted', 'A1:A2', 'Local', 'Unknown'],
    ]);
  });

  it('delete a block shifting Up and Left pulls the cells after it in; a formula on a moved cell follows it: CellDeleted', async () => {
    const double = newDouble('1.18');
    double.user.paste('Sheet1', 'A1', [
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, '=B3*2'],
    ]);
    const seen = await listen(double);
    double.user.deleteCells('Sheet1', 'B1', 'Up');
    const s = double.inspect('Sheet1');
    expect(s.values('A1:C3')).toEqual([
      [1, 5, 3],
      [4, 8, 6],
      [7, '', 16],
    ]);
    expect(s.formula('C3')).toBe('=B2*2');
    double.user.deleteCells('Sheet1', 'A2', 'Left');
    expect(s.values('A2:C2')).toEqual([[8, 6, '']]);
    await double.idle();
    expect(seen.map((e) => [e.changeType, e.address])).toEqual([
      ['CellDeleted', 'B1'],
      ['CellDeleted', 'A2'],
    ]);
  });

  it('moving part of a merged area is refused (InvalidOperation), nothing changed; whole rows cannot shift Right', async () => {
    const double = newDouble('1.18');
    double.user.type('Sheet1', 'B2', 1);
    await double.host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A5:C5').merge();
      await ctx.sync();
    });
    for (const [address, shift] of [
      ['B2', 'Down'],
      ['2:2', 'Right'],
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
      expect(code).toBe('InvalidOperation');
    }
    expect(double.inspect('Sheet1').value('B2')).toBe(1);
    expect(double.inspect('Sheet1').merges()).toEqual(['A5:C5']);
  });

  it('undo of a column insert raises ColumnDeleted; a change Excel calls Unknown arrives as changeType Unknown', async () => {
    const double = newDouble('1.18');
    double.user.type('Sheet1', 'B1', 2);
    const seen = await listen(double);
    double.user.insertColumns('Sheet1', 'A');
    expect(double.inspect('Sheet1').value('C1')).toBe(2);
    expect(double.user.undo()).toBe(true);
    expect(double.inspect('Sheet1').value('B1')).toBe(2);
    double.user.unknownChange('Sheet1', 'D4', [[7]]);
    await double.idle();
    expect(double.inspect('Sheet1').value('D4')).toBe(7);
    expect(seen.map((e) => [e.changeType, e.address])).toEqual([
      ['ColumnInserted', 'A:A'],
      ['ColumnDeleted', 'A:A'],
      ['Unknown', 'D4'],
    ]);
  });
});
