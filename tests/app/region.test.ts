import { shiftRegion, wholeColumns, wholeRows } from '../../src/app/region';

/**
 * Microsoft's reference says a change event's `address` is "the range address that represents the changed area" and
 * does not fix how whole rows or columns are written: ZiPing takes both forms, so a row Excel's own Insert or Delete
 * made is followed whichever Excel sends.
 */
describe('the rows and columns a change event names', () => {
  it('reads whole rows written as rows or as cells across every column', () => {
    expect(wholeRows('5:7')).toEqual({ top: 4, bottom: 6 });
    expect(wholeRows('Sheet1!$5:$7')).toEqual({ top: 4, bottom: 6 });
    expect(wholeRows('A5:XFD7')).toEqual({ top: 4, bottom: 6 });
    expect(wholeRows("'附件1'!$A$15:$XFD$15")).toEqual({ top: 14, bottom: 14 });
  });

  it('does not take a block of cells for whole rows or columns', () => {
    expect(wholeRows('A5:J7')).toBeUndefined();
    expect(wholeRows('B5:XFD7')).toBeUndefined();
    expect(wholeColumns('C1:D40')).toBeUndefined();
    expect(wholeRows('C:D')).toBeUndefined();
    expect(wholeColumns('5:7')).toBeUndefined();
  });

  it('reads whole columns written as columns or as cells down every row', () => {
    expect(wholeColumns('C:D')).toEqual({ left: 2, right: 3 });
    expect(wholeColumns('C1:D1048576')).toEqual({ left: 2, right: 3 });
  });

  it('moves the form the same way for either form of the address', () => {
    const region = { top: 2, left: 0, bottom: 30, right: 9 };
    for (const [rows, cols] of [
      ['10:11', 'B:B'],
      ['A10:XFD11', 'B1:B1048576'],
    ]) {
      expect(shiftRegion(region, 'RowInserted', rows)).toEqual({ ...region, bottom: 32 });
      expect(shiftRegion(region, 'RowDeleted', rows)).toEqual({ ...region, bottom: 28 });
      expect(shiftRegion(region, 'ColumnInserted', cols)).toEqual({ ...region, right: 10 });
      expect(shiftRegion(region, 'ColumnDeleted', cols)).toEqual({ ...region, right: 8 });
    }
    expect(shiftRegion(region, 'RowInserted', '40:41')).toEqual(region);
    expect(shiftRegion(region, 'RowInserted', 'A10:J11')).toBeUndefined();
  });
});
