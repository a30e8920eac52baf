import type { Snapshot } from '../../src/app/plan';
import type { RowChange } from '../../src/app/port';
import { applyFinish, moveFormula, predictRows } from '../../src/app/predict';

const insert = (first: number, count = 1): RowChange => ({ kind: 'insert', first, count });
const remove = (first: number, count = 1): RowChange => ({ kind: 'delete', first, count });

function moved(formula: string, change: RowChange, sheet = 'S'): string {
  const m = moveFormula(formula, sheet, change);
  return 'refused' in m ? `refused: ${m.refused}` : m.formula;
}

describe('references as Excel rewrites them when rows move', () => {
  it('rows inserted: references at and below move down; a range across the new rows grows, one ending above stays', () => {
    expect(moved('SUM(B2:B4)', insert(3))).toBe('SUM(B2:B5)');
    expect(moved('SUM(B3:B4)', insert(3))).toBe('SUM(B4:B5)');
    expect(moved('SUM(B1:B2)', insert(3))).toBe('SUM(B1:B2)');
    expect(moved('B3+$B$7+B$2', insert(3, 2))).toBe('B5+$B$9+B$2');
    // Another sheet's cells do not move with this sheet's rows; this sheet named is this sheet.
    expect(moved('T!B3+S!B3', insert(3))).toBe('T!B3+S!B4');
    expect(moved("'My S'!B3", insert(3), 'My S')).toBe("'My S'!B4");
    // Text that looks like a reference is text.
    expect(moved('"B3"&B3', insert(3))).toBe('"B3"&B4');
  });

  it('rows deleted: a reference to a deleted cell is #REF!, a range shrinks, one wholly deleted is #REF!', () => {
    expect(moved('SUM(B2:B4)', remove(3))).toBe('SUM(B2:B3)');
    expect(moved('B3', remove(3))).toBe('#REF!');
    expect(moved('SUM(B3:B4)', remove(3))).toBe('SUM(B3:B3)');
    expect(moved('SUM(B3:B4)', remove(3, 2))).toBe('SUM(#REF!)');
    expect(moved('IF(B3>0,B5,B1)', remove(3))).toBe('IF(#REF!>0,B4,B1)');
    expect(moved('SUM($B$2:$B$4)', remove(3))).toBe('SUM($B$2:$B$3)');
  });

  it('what ZiPing does not predict: whole rows, a deleted reference that names its sheet, an unreadable formula', () => {
    expect(moved('SUM(2:3)', insert(3))).toMatch(/^refused/);
    expect(moved('S!B3', remove(3))).toMatch(/^refused/);
    expect(moved('SUM(A:A)', insert(3))).toMatch(/^refused/);
  });
});

function snapshot(cells: Snapshot['grid']['cells'], merges: Snapshot['grid']['merges'] = []): Snapshot {
  return {
    sheetId: 'id',
    sheetName: 'S',
    grid: { name: 'S', cells, merges },
    read: { top: 0, left: 0, bottom: 9, right: 3 },
    flagsPresent: 0,
  };
}

describe('the sheet predicted once rows move', () => {
  it('a deleted row: cells move up, the sum over it loses its value, a label joining it follows', () => {
    const before = snapshot(
      [
        [{ value: 1 }, { value: 'x（6分）', formula: '"x（"&SUM(A1:A3)&"分）"' }],
        [{ value: 2 }],
        [{ value: 3 }],
        [
          { value: 6, formula: 'SUM(A1:A3)' },
          { value: 12, formula: 'A4*2' },
        ],
      ],
      [{ top: 0, left: 2, bottom: 2, right: 2 }],
    );
    const p = predictRows(before, remove(2));
    if ('refused' in p) throw new Error(p.refused);
    expect(p.snapshot.grid.cells[0]![1]).toEqual({ value: 'x（4分）', formula: '"x（"&SUM(A1:A2)&"分）"' });
    expect(p.snapshot.grid.cells[1]![0]).toEqual({ value: 3 });
    expect(p.snapshot.grid.cells[2]).toEqual([
      { value: 4, formula: 'SUM(A1:A2)' },
      { value: 8, formula: 'A3*2' },
    ]);
    expect(p.snapshot.grid.merges).toEqual([{ top: 0, left: 2, bottom: 1, right: 2 }]);
    expect(p.snapshot.read).toEqual({ top: 0, left: 0, bottom: 8, right: 3 });
  });

  it('a formula ZiPing cannot compute whose cells change is not guessed: the rows are read back', () => {
    const before = snapshot([[{ value: 1 }], [{ value: 2 }], [{ value: 1, formula: 'COUNTBLANK(A1:A2)' }]]);
    expect(predictRows(before, remove(1))).toMatchObject({ refused: expect.stringContaining('COUNTBLANK') });
    // Unchanged by the rows (they are below it): kept as it is.
    expect(predictRows(before, insert(5))).toHaveProperty('snapshot');
  });

  it('a sum over one cell of text is 0, as over any range holding text (not #VALUE!)', () => {
    const now = snapshot([[{ value: '项' }], [{ value: 2 }], [{ value: 0, formula: 'SUM(A1:A1)' }]]);
    const p = applyFinish(now, { merges: [], cells: [{ address: 'A1', input: { value: '指标' } }] });
    if ('refused' in p) throw new Error(p.refused);
    expect(p.snapshot.grid.cells[2]![0]).toEqual({ value: 0, formula: 'SUM(A1:A1)' });
  });

  it('what finishes rows: a merge keeps its top-left value, a formula written is computed with what reads it', () => {
    const now = snapshot([
      [{ value: 'a' }, { value: 1 }],
      [{ value: 'b' }, { value: 2 }],
      [{ value: 3, formula: 'SUM(B1:B2)' }],
    ]);
    const p = applyFinish(now, {
      merges: ['A1:A2'],
      cells: [{ address: 'B2', input: { formula: '=B1*5' } }],
    });
    if ('refused' in p) throw new Error(p.refused);
    expect(p.snapshot.grid.cells[1]![0]).toBeUndefined();
    expect(p.snapshot.grid.cells[1]![1]).toEqual({ value: 5, formula: 'B1*5' });
    expect(p.snapshot.grid.cells[2]![0]).toEqual({ value: 6, formula: 'SUM(B1:B2)' });
    expect(p.snapshot.grid.merges).toEqual([{ top: 0, left: 0, bottom: 1, right: 0 }]);
  });
});
