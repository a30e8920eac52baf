import { newDouble } from './support';

describe('ranges, cells and sheet objects', () => {
  it('reads values, formulas, number formats and value types as Excel gives them', async () => {
    const double = newDouble();
    await double.host.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      const r = ws.getRange('A1:F1');
      r.numberFormat = [['General', 'General', '@', 'General', 'General', '0.00']];
      r.formulas = [['=1/0', '50%', '100%', 'TRUE', '', 7]];
      ws.getRange('A2').formulas = [['=B1*2']];
      r.load('values,formulas,numberFormat,valueTypes');
      const a2 = ws.getRange('A2');
      a2.load('values,formulas,valueTypes');
      await ctx.sync();
      expect(r.values).toEqual([['#DIV/0!', 0.5, '100%', true, '', 7]]);
      expect(r.valueTypes).toEqual([['Error', 'Double', 'String', 'Boolean', 'Empty', 'Double']]);
      expect(r.formulas).toEqual([['=1/0', 0.5, '100%', true, '', 7]]);
      // Typing 50% into a General cell gives it a percent format; a text cell keeps "100%" as text.
      expect(r.numberFormat).toEqual([['General', '0%', '@', 'General', 'General', '0.00']]);
      expect(a2.values).toEqual([[1]]);
      expect(a2.formulas).toEqual([['=B1*2']]);
    });
  });

  it('writes addresses with the sheet name, quoted when Excel quotes it', async () => {
    const double = newDouble('1.18', ['Sheet1', 'My sheet', '附件1', '2022']);
    await double.host.run(async (ctx) => {
      const ranges = [
        ctx.workbook.worksheets.getItem('Sheet1').getRange('$b$2:c3'),
        ctx.workbook.worksheets.getItem('My sheet').getRange('A1'),
        ctx.workbook.worksheets.getItem('附件1').getRange('A:A'),
        ctx.workbook.worksheets.getItem('2022').getRange('3:5'),
        ctx.workbook.worksheets.getItem('Sheet1').getRange(),
        ctx.workbook.worksheets.getItem('Sheet1').getRange('C4').getEntireColumn(),
      ];
      ranges.forEach((r) => r.load('address'));
      await ctx.sync();
      expect(ranges.map((r) => r.address)).toEqual([
        'Sheet1!B2:C3',
        "'My sheet'!A1",
        '附件1!A:A',
        "'2022'!3:5",
        'Sheet1!1:1048576',
        'Sheet1!C:C',
      ]);
    });
  });

  it('lists the merged areas that start in a range, whole (ExcelApi 1.13; office-js#3611)', async () => {
    const double = newDouble('1.13');
    await double.host.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      ws.getRange('A1:B2').values = [
        ['kept', 'lost'],
        ['lost', ''],
      ];
      ws.getRange('A1:B2').merge(false);
      ws.getRange('C3:C9').merge();
      ws.getRange('D1:E2').merge(true);
      const all = ws.getRange().getMergedAreasOrNullObject();
      const some = ws.getRange('C3:C5').getMergedAreasOrNullObject();
      const startsAbove = ws.getRange('C5:D5').getMergedAreasOrNullObject();
      all.load('address');
      some.load('address,areaCount');
      startsAbove.load('address');
      await ctx.sync();
      expect(all.address).toBe('Sheet1!A1:B2,Sheet1!D1:E1,Sheet1!D2:E2,Sheet1!C3:C9');
      expect(some.address).toBe('Sheet1!C3:C9');
      expect(some.areaCount).toBe(1);
      expect(startsAbove.isNullObject).toBe(true);
    });
    // Merging keeps the top-left value only.
    expect(double.inspect('Sheet1').values('A1:B2')).toEqual([
      ['kept', ''],
      ['', ''],
    ]);
  });

  it('keeps conditional formats on the sheet: a range lists those that intersect it; delete removes one', async () => {
    const double = newDouble();
    await double.host.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      for (const [address, color] of [
        ['B2', '#FFC7CE'],
        ['D4:D6', '#ffeb9c'],
      ]) {
        const cf = ws.getRange(address).conditionalFormats.add('Custom');
        cf.custom.rule.formula = '="ZiPing"="ZiPing"';
        cf.custom.format.fill.color = color;
      }
      await ctx.sync();
      const near = ws.getRange('D5').conditionalFormats;
      const all = ws.getRange().conditionalFormats;
      near.load('items/type,items/customOrNullObject/rule/formula');
      all.load('items/type,items/custom/format/fill/color');
      await ctx.sync();
      expect(near.items).toHaveLength(1);
      expect(near.items[0].customOrNullObject.isNullObject).toBe(false);
      expect(near.items[0].customOrNullObject.rule.formula).toBe('="ZiPing"="ZiPing"');
      expect(all.items.map((c) => c.custom.format.fill.color)).toEqual(['#FFEB9C', '#FFC7CE']);
      near.items[0].delete();
      await ctx.sync();
    });
    expect(double.inspect('Sheet1').conditionalFormats()).toEqual([
      { address: 'B2', formula: '="ZiPing"="ZiPing"', fill: '#FFC7CE' },
    ]);
    await expect(
      double.host.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').conditionalFormats.add('Custom').custom.rule.formula =
          '=SUM(';
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('adds notes one per cell (ExcelApi 1.18): a second note on a cell is an InvalidArgument; delete then add works', async () => {
    const double = newDouble('1.18');
    await double.host.run(async (ctx) => {
      const notes = ctx.workbook.worksheets.getItem('Sheet1').notes;
      notes.add('H12', '【ZiPing】one');
      notes.add('B2', 'user note');
      await ctx.sync();
      notes.load('items/content');
      await ctx.sync();
      expect(notes.items.map((n) => n.content)).toEqual(['user note', '【ZiPing】one']);
      notes.items[1].delete();
      notes.add('H12', '【ZiPing】two');
      await ctx.sync();
    });
    expect(double.inspect('Sheet1').notes()).toEqual([
      { address: 'B2', content: 'user note' },
      { address: 'H12', content: '【ZiPing】two' },
    ]);
    await expect(
      double.host.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').notes.add('B2', 'again');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('finds a note it loaded after rows move it, and not once its row is deleted (ItemNotFound)', async () => {
    const double = newDouble('1.18');
    await double.host.run(async (ctx) => {
      const notes = ctx.workbook.worksheets.getItem('Sheet1').notes;
      notes.add('B2', 'first');
      notes.add('B4', 'second');
      await ctx.sync();
      notes.load('items');
      await ctx.sync();
      const [first, second] = notes.items;
      double.user.insertRows('Sheet1', 3, 2);
      const moved = second.getLocation();
      moved.load('address');
      second.load('content');
      await ctx.sync();
      expect([moved.address, second.content]).toEqual(['Sheet1!B6', 'second']);
      double.user.deleteRows('Sheet1', 2);
      first.load('content');
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    });
    expect(double.inspect('Sheet1').notes()).toEqual([{ address: 'B5', content: 'second' }]);
  });

  it('stores data validation per range and checks it as Excel does', async () => {
    const double = newDouble('1.8');
    await double.host.run(async (ctx) => {
      const dv = ctx.workbook.worksheets.getItem('Sheet1').getRange('G12:G20').dataValidation;
      dv.rule = { decimal: { formula1: 0, formula2: 100, operator: 'Between' } };
      dv.prompt = { showPrompt: true, title: '分值', message: '0–100' };
      const list = ctx.workbook.worksheets.getItem('Sheet1').getRange('F12:F20').dataValidation;
      list.rule = { list: { inCellDropDown: true, source: '是,否' } };
      list.errorAlert = { showAlert: false, style: 'Information', title: '', message: '' };
      await ctx.sync();
    });
    const sheet = double.inspect('Sheet1');
    expect(sheet.validation('G15')).toMatchObject({
      range: 'G12:G20',
      rule: { decimal: { operator: 'Between', formula1: 0, formula2: 100 } },
      prompt: { title: '分值' },
    });
    expect(sheet.validation('G21')).toBeNull();
    // A Stop alert refuses what breaks the rule; a list without alert takes anything.
    expect(double.user.type('Sheet1', 'G15', 120)).toBe(false);
    expect(double.user.type('Sheet1', 'G15', '50')).toBe(true);
    expect(double.user.type('Sheet1', 'F15', '其他')).toBe(true);
    expect(sheet.value('G15')).toBe(50);
    await expect(
      double.host.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').dataValidation.rule = {
          decimal: { formula1: 0, operator: 'Between' },
        };
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('reads a block of cells with different validations as Inconsistent or MixedCriteria, with no rule', async () => {
    const double = newDouble('1.8');
    const read = (address: string) =>
      double.host.run(async (ctx) => {
        const dv = ctx.workbook.worksheets.getItem('Sheet1').getRange(address).dataValidation;
        dv.load('type,rule');
        await ctx.sync();
        return { type: dv.type, rule: dv.rule };
      });
    await double.host.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      ws.getRange('G12:G20').dataValidation.rule = { decimal: { formula1: 0, formula2: 100, operator: 'Between' } };
      ws.getRange('F12:F20').dataValidation.rule = { list: { inCellDropDown: true, source: '是,否' } };
      await ctx.sync();
    });
    expect(await read('G12:G20')).toEqual({
      type: 'Decimal',
      rule: { decimal: { formula1: 0, formula2: 100, operator: 'Between' } },
    });
    expect(await read('F12:G12')).toEqual({ type: 'Inconsistent', rule: {} });
    expect(await read('G20:G21')).toEqual({ type: 'MixedCriteria', rule: {} });
    expect((await read('G21')).type).toBe('None');
    // Rows inserted inside a validated block take its validation; rows inserted under its last row do not.
    double.user.insertRows('Sheet1', 15);
    double.user.insertRows('Sheet1', 22);
    expect((await read('G15')).type).toBe('Decimal');
    expect((await read('G22')).type).toBe('None');
  });

  it('sets formats, column widths, page layout and hyperlinks', async () => {
    const double = newDouble('1.9', ['Sheet1', 'Out']);
    await double.host.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      const r = ws.getRange('A1:C2');
      r.format.font.bold = true;
      r.format.font.size = 16;
      r.format.horizontalAlignment = 'Center';
      r.format.fill.color = '#f2f2f2';
      r.format.borders.getItem('InsideHorizontal').style = 'Continuous';
      ws.getRange('B1').getEntireColumn().format.columnWidth = 84;
      ws.pageLayout.orientation = 'Landscape';
      ws.pageLayout.paperSize = 'A4';
      ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      ws.pageLayout.setPrintTitleRows('$3:$3');
      ws.getRange('D1').hyperlink = { documentReference: "'Out'!H12", textToDisplay: 'H12' };
      await ctx.sync();
    });
    const s = double.inspect('Sheet1');
    expect(s.format('B2')).toMatchObject({
      bold: true,
      size: 16,
      horizontalAlignment: 'Center',
      fill: '#F2F2F2',
      borderTop: { style: 'Continuous' },
    });
    expect(s.format('B1').borderTop).toBeUndefined();
    expect(s.format('B1').borderBottom).toMatchObject({ style: 'Continuous' });
    expect(s.columnWidth('B')).toBe(84);
    expect(s.columnWidth('C')).toBe(48);
    expect(s.pageLayout).toEqual({
      orientation: 'Landscape',
      paperSize: 'A4',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: '3:3',
    });
    expect(s.hyperlink('D1')).toEqual({ documentReference: "'Out'!H12", textToDisplay: 'H12' });
    expect(s.value('D1')).toBe('H12');
    // Formats count in the used range unless valuesOnly.
    expect(s.usedRange()).toBe('A1:D2');
    expect(s.usedRange(true)).toBe('D1');
  });

  it('adds sheets at the end without activating them; ids survive a rename; names are checked', async () => {
    const double = newDouble();
    const id = await double.host.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.add('附件1');
      ws.load('id,name,position');
      await ctx.sync();
      expect([ws.name, ws.position]).toEqual(['附件1', 1]);
      return ws.id;
    });
    expect(double.selection().sheet).toBe('Sheet1');
    double.renameSheet('附件1', 'Renamed');
    await double.host.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(id);
      ws.load('name');
      await ctx.sync();
      expect(ws.name).toBe('Renamed');
    });
    for (const [name, code] of [
      ['renamed', 'ItemAlreadyExists'],
      ['a/b', 'InvalidArgument'],
      ['x'.repeat(32), 'InvalidArgument'],
    ]) {
      await expect(
        double.host.run(async (ctx) => {
          ctx.workbook.worksheets.add(name);
          await ctx.sync();
        }),
      ).rejects.toMatchObject({ code });
    }
  });

  it('keeps settings as JSON values in the workbook', async () => {
    const double = newDouble();
    await double.host.run(async (ctx) => {
      ctx.workbook.settings.add('ziping', '{"version":1}');
      ctx.workbook.settings.add('n', { a: [1, 2] });
      await ctx.sync();
      const s = ctx.workbook.settings.getItemOrNullObject('ziping');
      const n = ctx.workbook.settings.getItem('n');
      s.load('value');
      n.load('key,value');
      await ctx.sync();
      expect(s.value).toBe('{"version":1}');
      expect(n.value).toEqual({ a: [1, 2] });
    });
  });
});

describe('Range.getIntersectionOrNullObject (ExcelApi 1.4)', () => {
  it('gives the cells two ranges share, or a null object when they share none or the range is one', async () => {
    const double = newDouble('1.7');
    double.user.paste('Sheet1', 'B2', [
      [1, 2],
      [3, 4],
    ]);
    await double.host.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      const shared = ws.getUsedRangeOrNullObject(true).getIntersectionOrNullObject('A1:B9');
      shared.load('address,values');
      const none = ws.getUsedRangeOrNullObject(true).getIntersectionOrNullObject('E5:F6');
      const blank = ctx.workbook.worksheets
        .add('空')
        .getUsedRangeOrNullObject(true)
        .getIntersectionOrNullObject('A1:B2');
      await ctx.sync();
      expect([shared.address, shared.values]).toEqual(['Sheet1!B2:B3', [[1], [3]]]);
      expect(none.isNullObject).toBe(true);
      expect(blank.isNullObject).toBe(true);
    });
  });
});

describe('Range.getUsedRangeOrNullObject (ExcelApi 1.4)', () => {
  it("gives a block's used cells, or a null object for a block with none, a blank sheet's included", async () => {
    const double = newDouble('1.7');
    double.user.paste('Sheet1', 'B2', [
      [1, 2],
      [3, 4],
    ]);
    await double.host.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      const used = ws.getRange('A1:B9').getUsedRangeOrNullObject(true);
      used.load('address,values');
      const none = ws.getRange('E5:F6').getUsedRangeOrNullObject(true);
      const blank = ctx.workbook.worksheets.add('空').getRange('A1:Z500').getUsedRangeOrNullObject(true);
      await ctx.sync();
      expect([used.address, used.values]).toEqual(['Sheet1!B2:B3', [[1], [3]]]);
      expect(none.isNullObject).toBe(true);
      expect(blank.isNullObject).toBe(true);
    });
  });
});
