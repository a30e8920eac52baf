import type { WorksheetChangedArgs } from '../../src/hosts/excelDouble';
import { newDouble } from './support';

describe('copy and paste of a block by the user', () => {
  it('copies values, formulas (relative references moved), formats, merges and conditional formats; one event without details', async () => {
    const double = newDouble('1.18');
    await double.host.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      ws.getRange('B2:C3').formulas = [
        [5, '=B2*2'],
        [0, '=$B$2+B3'],
      ];
      ws.getRange('B2').format.font.bold = true;
      ws.getRange('C3').numberFormat = [['0.00']];
      ws.getRange('B4:C4').merge();
      const cf = ws.getRange('B2:B3').conditionalFormats.add('Custom');
      cf.custom.rule.formula = '=B2>1';
      cf.custom.format.fill.color = '#FFC7CE';
      ws.onChanged.add(async (args) => {
        seen.push(args as unknown as WorksheetChangedArgs);
      });
      await ctx.sync();
    });
    const seen: WorksheetChangedArgs[] = [];

    double.user.copyPaste('Sheet1', 'B2:C4', 'E5');
    await double.idle();

    const s = double.inspect('Sheet1');
    expect(s.values('E5:F6')).toEqual([
      [5, 10],
      [0, 5],
    ]);
    expect(s.formula('F5')).toBe('=E5*2');
    expect(s.formula('F6')).toBe('=$B$2+E6');
    expect(s.format('E5').bold).toBe(true);
    expect(s.numberFormat('F6')).toBe('0.00');
    expect(s.merges()).toEqual(['B4:C4', 'E7:F7']);
    expect(s.conditionalFormats().map((c) => [c.address, c.formula, c.fill])).toEqual([
      ['E5:E6', '=E5>1', '#FFC7CE'],
      ['B2:B3', '=B2>1', '#FFC7CE'],
    ]);
    expect(double.effectiveFill('Sheet1', 'E5')).toBe('#FFC7CE');
    expect(double.effectiveFill('Sheet1', 'E6')).toBe(null);
    expect(seen.map((e) => [e.address, e.changeType, e.source, e.triggerSource, e.details])).toEqual([
      ['E5:F7', 'RangeEdited', 'Local', 'Unknown', undefined],
    ]);
  });

  it('a one-cell paste carries no details either, and the user can undo it', async () => {
    const double = newDouble('1.18');
    double.user.type('Sheet1', 'A1', 7);
    const seen: WorksheetChangedArgs[] = [];
    await double.host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').onChanged.add(async (args) => {
        seen.push(args as unknown as WorksheetChangedArgs);
      });
      await ctx.sync();
    });
    double.user.copyPaste('Sheet1', 'A1', 'B1');
    await double.idle();
    expect(seen.map((e) => [e.address, e.details])).toEqual([['B1', undefined]]);
    expect(double.user.undo()).toBe(true);
    expect(double.inspect('Sheet1').value('B1')).toBe('');
  });
});
