import { newDouble } from './support';

// Excel writes a quote inside a string literal doubled ("a""b"); HyperFormula, behind the double, cannot parse that.
// A user's text with a quote in it reaches ZiPing's report formulas this way (a random data-loss run found it).
// Not modelled: comparing a cell's quote with a quote inside a literal (A1="""" is FALSE in the double).
describe('quotes inside string literals', () => {
  it('are taken as Excel takes them, and the formula is given back unchanged', async () => {
    const double = newDouble();
    await double.host.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      ws.getRange('A1').values = [['"']];
      const r = ws.getRange('B1:C1');
      r.formulas = [['="say ""hi"""', '=A1&"x"""']];
      r.load('values,formulas');
      await ctx.sync();
      expect(r.values).toEqual([['say "hi"', '"x"']]);
      expect(r.formulas).toEqual([['="say ""hi"""', '=A1&"x"""']]);
    });
  });
});
