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

  it('references as Excel moves them with whole rows (what src/app/predict.ts predicts)', () => {
    const double = newDouble('1.18', ['S', 'T']);
    const formulas: [string, string][] = [
      ['D1', '=SUM(B2:B4)'],
      ['D2', '=SUM(B3:B4)'],
      ['D3', '=SUM(B1:B2)'],
      ['D4', '=B3+$B$5'],
      ['D5', '=T!B3'],
      ['D6', '="x"&SUM(B2:B3)'],
    ];
    for (const [at, f] of formulas) double.user.type('S', at, f);
    for (let r = 1; r <= 6; r++) double.user.type('S', `B${r}`, String(r));
    double.user.type('T', 'A1', '=S!B3');
    const s = double.inspect('S');
    // Inserted at row 3: ranges across it grow, ranges and cells at or below it move down, ranges above stay;
    // another sheet's cells stay, another sheet's references to this one follow.
    double.user.insertRows('S', 3);
    expect(['D1', 'D2', 'D3', 'D5', 'D6', 'D7'].map((a) => s.formula(a))).toEqual([
      '=SUM(B2:B5)',
      '=SUM(B4:B5)',
      undefined,
      '=B4+$B$6',
      '=T!B3',
      '="x"&SUM(B2:B4)',
    ]);
    expect(double.inspect('T').formula('A1')).toBe('=S!B4');
    double.user.undo();
    // Deleted row 3: a range shrinks (its value with it), a range starting there starts on the row that moves up,
    // a reference to the deleted cell is #REF! (value too), from another sheet as well.
    double.user.deleteRows('S', 3);
    expect(['D1', 'D2', 'D3', 'D5'].map((a) => s.formula(a))).toEqual([
      '=SUM(B2:B3)',
      '=SUM(B3:B3)',
      '=#REF!+$B$4',
      '="x"&SUM(B2:B2)',
    ]);
    expect([s.value('D1'), s.value('D2'), s.valueType('D3'), s.value('D5')]).toEqual([6, 4, 'Error', 'x2']);
    expect(double.inspect('T').formula('A1')).toBe('=#REF!');
  });

  it('merged areas move with whole rows: across the inserted rows they grow, over deleted ones they shrink', async () => {
    const double = newDouble('1.18');
    const s = double.inspect('Sheet1');
    double.user.type('Sheet1', 'A2', '产出指标');
    await double.host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A2:A4').merge(false);
      ctx.workbook.worksheets.getItem('Sheet1').getRange('B6:C6').merge(false);
      await ctx.sync();
    });
    double.user.insertRows('Sheet1', 3);
    expect(s.merges()).toEqual(['A2:A5', 'B7:C7']);
    double.user.deleteRows('Sheet1', 2, 2);
    // The label's row went: the merged area left holds what moved up into its first row (blank).
    expect(s.merges()).toEqual(['A2:A3', 'B5:C5']);
    expect(s.value('A2')).toBe('');
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
