import { ExcelDouble } from '../../src/hosts/excelDouble';
import { newDouble } from './support';

async function addFlag(
  double: ExcelDouble,
  address: string,
  formula = '="ZiPing"="ZiPing"',
  color = '#FFC7CE',
): Promise<void> {
  await double.host.run(async (ctx) => {
    const cf = ctx.workbook.worksheets.getItem('Sheet1').getRange(address).conditionalFormats.add('Custom');
    cf.custom.rule.formula = formula;
    cf.custom.format.fill.color = color;
    await ctx.sync();
  });
}

describe('formulas', () => {
  it('recalculate after every edit: a SUM over cells the user changes', async () => {
    const double = newDouble();
    const sheet = double.inspect('Sheet1');
    await double.host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:A4').formulas = [[1], [2], [''], ['=SUM(A1:A3)']];
      await ctx.sync();
    });
    expect(sheet.value('A4')).toBe(3);
    double.user.type('Sheet1', 'A3', 10);
    expect(sheet.value('A4')).toBe(13);
    double.user.type('Sheet1', 'A1', '=A2*2');
    expect(sheet.value('A4')).toBe(16);
    double.user.type('Sheet1', 'A2', null);
    expect(sheet.value('A4')).toBe(10);
  });

  it('compute as Excel where HyperFormula does not by itself (ROUND, TRUE, 1E3, dates, empty cells, TEXT)', () => {
    const double = newDouble();
    const cases: [string, unknown][] = [
      ['=ROUND(1.005,2)', 1.01],
      ['=ROUND(0.285,2)', 0.29],
      ['=ROUND(-101.625,2)', -101.63],
      ['=IF(TRUE,1,2)', 1],
      ['=1E3+1', 1001],
      ['=DATE(1900,3,1)', 61],
      ['=Z99+1', 1],
      ['="a"&CHAR(10)&"b"', 'a\nb'],
      ['=N("x")+MIN(3,2)', 2],
      ['=IF(N(Z1)>0,1,"")', ''],
      ['=0.1+0.2', 0.3],
      ['=TEXT(0.1234,"0.00%")', '12.34%'],
      ['=TEXT(1/0,"0")', '#DIV/0!'],
      ['=A1/0', '#DIV/0!'],
    ];
    cases.forEach(([formula], i) => double.user.type('Sheet1', `A${i + 1}`, formula));
    expect(cases.map((_, i) => double.inspect('Sheet1').value(`A${i + 1}`))).toEqual(cases.map(([, v]) => v));
    expect(double.inspect('Sheet1').formula('A4')).toBe('=IF(TRUE,1,2)');
  });

  it('refuse a formula that does not parse', async () => {
    const double = newDouble();
    expect(double.user.type('Sheet1', 'A1', '=SUM(')).toBe(false);
    await expect(
      double.host.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').formulas = [['=SUM(']];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});

describe('rows', () => {
  async function setUp(): Promise<ExcelDouble> {
    const double = newDouble('1.18');
    await double.host.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      ws.getRange('A1:B6').formulas = [
        ['a', 1],
        ['b', 2],
        ['c', 3],
        ['d', 4],
        ['e', 5],
        ['total', '=SUM(B1:B5)'],
      ];
      ws.getRange('A4:B5').merge();
      ws.getRange('C2:C5').dataValidation.rule = { decimal: { formula1: 0, operator: 'GreaterThanOrEqualTo' } };
      ws.notes.add('B5', 'note');
      await ctx.sync();
    });
    await addFlag(double, 'B5');
    await addFlag(double, 'B2:B4', '=B2>2', '#FFEB9C');
    return double;
  }

  it('deleteRows shifts values, formulas, merges, conditional formats, validations and notes', async () => {
    const double = await setUp();
    double.user.deleteRows('Sheet1', 2, 2);
    const s = double.inspect('Sheet1');
    // The merge of A4:B5 kept only "d"; the total lost rows 2 and 3.
    expect(s.values('A1:B4')).toEqual([
      ['a', 1],
      ['d', ''],
      ['', ''],
      ['total', 1],
    ]);
    expect(s.formula('B4')).toBe('=SUM(B1:B3)');
    expect(s.merges()).toEqual(['A2:B3']);
    expect(s.conditionalFormats().map((c) => c.address)).toEqual(['B2', 'B3']);
    expect(s.validation('C2')?.range).toBe('C2:C3');
    expect(s.notes()).toEqual([{ address: 'B3', content: 'note' }]);
  });

  it('insertRows moves them down and grows the blocks they cut', async () => {
    const double = await setUp();
    double.user.insertRows('Sheet1', 3, 1);
    const s = double.inspect('Sheet1');
    expect(s.value('A4')).toBe('c');
    expect(s.formula('B7')).toBe('=SUM(B1:B6)');
    expect(s.merges()).toEqual(['A5:B6']);
    expect(s.conditionalFormats().map((c) => c.address)).toEqual(['B2:B5', 'B6']);
    expect(s.validation('C3')?.range).toBe('C2:C6');
  });
});

describe('undo', () => {
  it('reverts the user’s last actions in turn, with change events', async () => {
    const double = newDouble('1.9');
    const seen: unknown[] = [];
    await double.host.run(async (ctx) => {
      ctx.workbook.worksheets.onChanged.add(async (e) => {
        seen.push([e.changeType, e.address, e.details?.valueAfter]);
      });
      await ctx.sync();
    });
    const s = double.inspect('Sheet1');
    double.user.paste('Sheet1', 'A1', [[1], [2], [3], ['=SUM(A1:A3)']]);
    double.user.type('Sheet1', 'A1', 10);
    double.user.deleteRows('Sheet1', 2);
    expect(s.values('A1:A3')).toEqual([[10], [3], [13]]);
    expect(double.user.undo()).toBe(true);
    expect(s.values('A1:A4')).toEqual([[10], [2], [3], [15]]);
    expect(s.formula('A4')).toBe('=SUM(A1:A3)');
    expect(double.user.undo()).toBe(true);
    expect(s.value('A1')).toBe(1);
    expect(double.user.undo()).toBe(true);
    expect(s.value('A1')).toBe('');
    expect(double.user.undo()).toBe(false);
    await double.idle();
    expect(seen.slice(3)).toEqual([
      ['RowInserted', '2:2', undefined],
      ['RangeEdited', 'A1', 1],
      ['RangeEdited', 'A1:A4', undefined],
    ]);
  });

  it('has nothing to undo once an add-in has changed the workbook (Excel before ExcelApi 1.20)', async () => {
    const double = newDouble();
    double.user.type('Sheet1', 'A1', 1);
    await addFlag(double, 'A1');
    expect(double.user.undo()).toBe(false);
    expect(double.inspect('Sheet1').value('A1')).toBe(1);
  });
});

describe('cell edit mode', () => {
  it('rejects every sync with InvalidOperationInCellEditMode, applying nothing; endEdit commits and raises the event', async () => {
    const double = newDouble('1.18');
    const seen: string[] = [];
    await double.host.run(async (ctx) => {
      ctx.workbook.worksheets.onChanged.add(async (e) => {
        seen.push(e.address);
      });
      await ctx.sync();
    });
    double.user.beginEdit('Sheet1', 'B2');
    double.resetSyncCount();
    await expect(
      double.host.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['x']];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
    expect(double.syncCount).toBe(1);
    expect(double.inspect('Sheet1').value('A1')).toBe('');
    expect(double.user.endEdit('typed')).toBe(true);
    await double.idle();
    expect(seen).toEqual(['B2']);
    expect(double.inspect('Sheet1').value('B2')).toBe('typed');
    expect(double.selection()).toEqual({ sheet: 'Sheet1', address: 'B2' });
  });
});

describe('save and open', () => {
  it('keeps cells, formulas, settings, formats, merges, conditional formats, notes and validations', async () => {
    const double = newDouble('1.18', ['Sheet1', '附件1']);
    await double.host.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('附件1');
      ws.getRange('A1:C1').numberFormat = [['@', '0.00%', 'General']];
      ws.getRange('A1:C1').formulas = [['100', 0.5, "='附件1'!B1*2"]];
      ws.getRange('A2:C2').merge();
      ws.getRange('A2').format.fill.color = '#F2F2F2';
      ws.getRange('A1').getEntireColumn().format.columnWidth = 42;
      ws.notes.add('C1', 'note');
      ws.getRange('B1').dataValidation.rule = { list: { inCellDropDown: true, source: '是,否' } };
      ctx.workbook.settings.add('ziping', '{"v":1}');
      ws.activate();
      await ctx.sync();
    });
    await addFlag(double, 'A1');
    const reopened = ExcelDouble.open(double.save(), { apiVersion: '1.18' });
    const s = reopened.inspect('附件1');
    expect(reopened.sheetNames()).toEqual(['Sheet1', '附件1']);
    expect(reopened.sheetId('附件1')).toBe(double.sheetId('附件1'));
    expect(reopened.selection().sheet).toBe('附件1');
    expect(s.values('A1:C1')).toEqual([['100', 0.5, 1]]);
    expect(s.formula('C1')).toBe("='附件1'!B1*2");
    expect(s.numberFormat('B1')).toBe('0.00%');
    expect(s.fill('A2')).toBe('#F2F2F2');
    expect(s.merges()).toEqual(['A2:C2']);
    expect(s.columnWidth('A')).toBe(42);
    expect(s.notes()).toEqual([{ address: 'C1', content: 'note' }]);
    expect(s.validation('B1')?.rule).toEqual({ list: { inCellDropDown: true, source: '是,否' } });
    expect(reopened.inspect('Sheet1').conditionalFormats()).toEqual([
      { address: 'A1', formula: '="ZiPing"="ZiPing"', fill: '#FFC7CE' },
    ]);
    const text = await reopened.host.run(async (ctx) => {
      const item = ctx.workbook.settings.getItemOrNullObject('ziping');
      item.load('value');
      await ctx.sync();
      return item.value as string;
    });
    expect(text).toBe('{"v":1}');
    // The list validation still refuses a typed value; a paste is not checked.
    expect(reopened.user.type('附件1', 'B1', 2)).toBe(false);
    reopened.user.paste('附件1', 'B1', [[2]]);
    expect(s.value('C1')).toBe(4);
  });
});

describe('effective fill', () => {
  it('is the cell’s own fill, overridden by a conditional format whose formula holds for that cell', async () => {
    const double = newDouble();
    await double.host.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      ws.getRange('A1:A3').format.fill.color = '#F2F2F2';
      ws.getRange('B1:B3').values = [[1], [5], [9]];
      await ctx.sync();
    });
    expect(double.effectiveFill('Sheet1', 'A1')).toBe('#F2F2F2');
    expect(double.effectiveFill('Sheet1', 'C1')).toBeNull();
    await addFlag(double, 'A1');
    // Relative to the top-left cell of its range: A2 looks at B2, A3 at B3.
    await addFlag(double, 'A2:A3', '=B2>6', '#FFEB9C');
    const s = double.inspect('Sheet1');
    expect(['A1', 'A2', 'A3'].map((a) => s.effectiveFill(a))).toEqual(['#FFC7CE', '#F2F2F2', '#FFEB9C']);
    expect(s.fill('A1')).toBe('#F2F2F2');
    double.user.type('Sheet1', 'B2', 7);
    expect(s.effectiveFill('A2')).toBe('#FFEB9C');
  });
});

describe('the sheets next to one (Worksheet.getNextOrNullObject / getPreviousOrNullObject, ExcelApi 1.5)', () => {
  it('are the sheets after and before it by position, and null objects past either end', async () => {
    const double = new ExcelDouble({ apiVersion: '1.7', sheets: ['甲', '乙', '丙'] });
    const seen = await double.host.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      const pairs = ['甲', '乙', '丙'].map((name) => {
        const sheet = sheets.getItem(name);
        const previous = sheet.getPreviousOrNullObject();
        const next = sheet.getNextOrNullObject();
        previous.load('name');
        next.load('name');
        return { previous, next };
      });
      await ctx.sync();
      return pairs.map(({ previous, next }) => [
        previous.isNullObject ? null : previous.name,
        next.isNullObject ? null : next.name,
      ]);
    });
    expect(seen).toEqual([
      [null, '乙'],
      ['甲', '丙'],
      ['乙', null],
    ]);
  });

  // Microsoft's page on *OrNullObject methods says what isNullObject tells, not what a null object's own methods do:
  // the double fails, so that ZiPing never reads through a sheet that may not be there.
  it('a null object is no sheet: reading its cells fails, as a missing item does', async () => {
    const double = new ExcelDouble({ apiVersion: '1.7', sheets: ['甲'] });
    await expect(
      double.host.run(async (ctx) => {
        const range = ctx.workbook.worksheets.getItem('甲').getNextOrNullObject().getRange('A1');
        range.load('values');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
  });
});
