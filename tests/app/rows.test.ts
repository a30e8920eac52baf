import type { Grid } from '../../src/core/cells';
import { layoutAnnex1 } from '../../src/core/layout/writeAnnex1';
import { sampleForm } from '../../src/core/templates';
import type { Snapshot } from '../../src/app/plan';
import { finishInsert } from '../../src/app/rows';

/**
 * Rows added where Excel cannot tell merged areas (below ExcelApi 1.13): ZiPing merges a label down over the new
 * rows only where every cell it would take in is blank, so that no merge loses what was typed. The sample's table:
 * header on row 14 (绩效指标 in A14, spanning the table), 满意度指标 alone on row 25, 总分 on row 26.
 */
function afterInsert(edit?: (cells: Grid['cells']) => void): Snapshot {
  const { grid } = layoutAnnex1(sampleForm(), 'Sheet1');
  const cells = grid.cells.map((row) => (row ? [...row] : row));
  // Row 26 inserted under row 25: what was on 26 and below moves down one row.
  cells.splice(25, 0, []);
  edit?.(cells);
  return {
    sheetId: 'S',
    sheetName: 'Sheet1',
    grid: { ...grid, cells, merges: [] },
    mergesUnknown: true,
    flagsPresent: 0,
  };
}

describe('finishInsert without merged areas to read', () => {
  it('merges 绩效指标 (A14, blank all down the table) and the one-row groups over the new row', () => {
    const finish = finishInsert(afterInsert(), { kind: 'insert', first: 26, count: 1 });
    expect(finish.merges).toEqual(expect.arrayContaining(['A14:A26', 'B25:B26', 'C25:C26']));
  });

  it('merges no label over a new row where the user typed in its column already', () => {
    const typed = afterInsert((cells) => {
      cells[25] = [{ value: '备注' }];
    });
    const finish = finishInsert(typed, { kind: 'insert', first: 26, count: 1 });
    expect(finish.merges.filter((m) => m.startsWith('A'))).toEqual([]);
    expect(finish.merges).toEqual(expect.arrayContaining(['B25:B26', 'C25:C26']));
    // A one-row group's label is not merged over a new row that holds something in its column either.
    const named = afterInsert((cells) => {
      cells[25] = [undefined, undefined, { value: '投诉指标' }];
    });
    expect(finishInsert(named, { kind: 'insert', first: 26, count: 1 }).merges).not.toContain('C25:C26');
  });

  it('merges nothing where Excel tells the merged areas and none ends on the row above', () => {
    const known = { ...afterInsert(), mergesUnknown: undefined };
    expect(finishInsert(known, { kind: 'insert', first: 26, count: 1 }).merges).not.toContain('A14:A26');
  });
});
