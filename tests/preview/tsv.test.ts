import { parseTsv } from '../../src/preview/tsv';

describe('clipboard text as Excel pastes it', () => {
  it('splits rows and cells; a trailing line break ends the last row', () => {
    expect(parseTsv('≥20个\t19个\r\n≥800户\t995户\r\n')).toEqual([
      ['≥20个', '19个'],
      ['≥800户', '995户'],
    ]);
    expect(parseTsv('a')).toEqual([['a']]);
    expect(parseTsv('')).toEqual([]);
  });

  it('keeps empty cells and pads ragged rows', () => {
    expect(parseTsv('a\t\tc\nd\n')).toEqual([
      ['a', '', 'c'],
      ['d', '', ''],
    ]);
    expect(parseTsv('\n')).toEqual([['']]);
  });

  it('reads quoted cells with line breaks, tabs and doubled quotes, as Excel copies them', () => {
    expect(parseTsv('"根据建筑面积\n进行调整"\tx\n"say ""hi"""\t"a\tb"')).toEqual([
      ['根据建筑面积\n进行调整', 'x'],
      ['say "hi"', 'a\tb'],
    ]);
  });

  it('leaves a quote that does not open a quoted cell as text', () => {
    expect(parseTsv('5" pipe\t"open')).toEqual([['5" pipe', '"open']]);
  });
});
