import { formatValue } from '../../src/hosts/excelDouble/numberFormat';
import { newDouble } from './support';

describe('number formats (Range.text, TEXT)', () => {
  it.each<[string | number | boolean, string, string]>([
    [0.1234, '0.00%', '12.34%'],
    [0.5, '0%', '50%'],
    [1234.5, '#,##0.00', '1,234.50'],
    [-1234.5, '#,##0.00', '-1,234.50'],
    [1.005, '0.00', '1.01'],
    [1500, '#,##0,"k"', '2k'],
    [12345.678, '0.00E+00', '1.23E+04'],
    [1 / 3, 'General', '0.3333333333'],
    [-5, '0.00;(0.00)', '(5.00)'],
    [0, '0.00;-0.00;"zero"', 'zero'],
    [7, '"第"0"名"', '第7名'],
    [5, '[Red]0.00', '5.00'],
    ['abc', '0.00', 'abc'],
    [true, '0', 'TRUE'],
    [44926, 'yyyy-mm-dd', '2022-12-31'],
    [44926, 'yyyy"年"m"月"d"日"', '2022年12月31日'],
    [44926.75, 'h:mm AM/PM', '6:00 PM'],
    [60, 'yyyy-mm-dd', '1900-02-29'],
  ])('%p in %s shows %s', (value, format, shown) => {
    expect(formatValue(value, format)).toBe(shown);
  });

  it('gives Range.text and the TEXT function as Excel shows them (HyperFormula’s own TEXT does not)', async () => {
    const double = newDouble();
    await double.host.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:D1');
      r.numberFormat = [['0.00%', '#,##0.00', 'yyyy/m/d', 'General']];
      r.formulas = [
        [0.98765, 18015.27, '2022-12-31', '=TEXT(A1,"0.00%")&" / "&TEXT(B1,"#,##0.00")&" / "&TEXT("a","0")'],
      ];
      r.load('text');
      await ctx.sync();
      expect(r.text).toEqual([['98.77%', '18,015.27', '2022/12/31', '98.77% / 18,015.27 / a']]);
    });
    expect(double.inspect('Sheet1').value('C1')).toBe(44926);
    expect(double.inspect('Sheet1').text('C1')).toBe('2022/12/31');
  });
});
