import { ExcelDouble } from '../../src/hosts/excelDouble';
import { cellContent } from '../../src/preview/grid/cellContent';
import { fitView, ROW_HEAD, stickyLefts, tableWidth } from '../../src/preview/grid/fit';
import { barKeyAction, cellKeyAction, type Key } from '../../src/preview/grid/keys';
import { blankBlock, reachOf, readRowSelection, rowSelection, stepFrom } from '../../src/preview/grid/navigation';
import { editorWidth } from '../../src/preview/grid/useEditorPlacement';
import type { CellView, SheetView } from '../../src/preview/sheetView';

const rect = (top: number, left: number, bottom = top, right = left) => ({ top, left, bottom, right });
const key = (name: string, mods: Partial<Key> = {}): Key => ({ key: name, shift: false, ctrl: false, ...mods });

describe('moving the selection as Excel does', () => {
  // B2:C3 is merged; so is E1:E4.
  const merges = [rect(1, 1, 2, 2), rect(0, 4, 3, 4)];

  it('steps one cell, but never above row 1 or left of column A', () => {
    expect(stepFrom(merges, rect(5, 0), [1, 0])).toBe('A7');
    expect(stepFrom(merges, rect(5, 0), [0, -1])).toBe('A6');
    expect(stepFrom(merges, rect(0, 0), [-1, 0])).toBe('A1');
  });

  it('leaves a merged area from its edge and lands on the top-left cell of one', () => {
    expect(stepFrom(merges, rect(1, 1), [1, 0])).toBe('B4');
    expect(stepFrom(merges, rect(1, 1), [0, 1])).toBe('D2');
    expect(stepFrom(merges, rect(3, 1), [-1, 0])).toBe('B2');
    expect(stepFrom(merges, rect(2, 3), [0, 1])).toBe('E1');
  });

  it('steps out of a selected block past its edge, in line with its top-left cell', () => {
    expect(stepFrom([], rect(4, 2, 9, 5), [0, 1])).toBe('G5');
    expect(stepFrom([], rect(4, 2, 9, 5), [1, 0])).toBe('C11');
    expect(stepFrom([], rect(4, 2, 9, 5), [-1, 0])).toBe('C4');
  });

  it('reaches past the selection in steps of 10 rows and 5 columns', () => {
    expect(reachOf(rect(0, 0))).toEqual({ row: 10, col: 5 });
    expect(reachOf(rect(0, 0, 9, 4))).toEqual({ row: 10, col: 5 });
    expect(reachOf(rect(0, 0, 10, 5))).toEqual({ row: 20, col: 10 });
  });

  it("gives each row its part of the selection; the active cell's column only on the top row", () => {
    const selected = rect(3, 1, 5, 4);
    expect(readRowSelection(rowSelection(selected, 3))).toEqual({ left: 1, right: 4, active: 1 });
    expect(readRowSelection(rowSelection(selected, 5))).toEqual({ left: 1, right: 4, active: -1 });
    expect(rowSelection(selected, 2)).toBe('');
    expect(rowSelection(selected, 6)).toBe('');
    const none = readRowSelection('');
    expect([0, 1, 100].some((c) => c === none.active || (c >= none.left && c <= none.right))).toBe(false);
  });

  it('clears a block with one empty text per cell', () => {
    expect(blankBlock(rect(2, 1, 3, 3))).toEqual([
      ['', '', ''],
      ['', '', ''],
    ]);
  });
});

describe("the grid's keys", () => {
  it('moves with the arrows and Tab (Shift+Tab back), and goes home with Home and Ctrl+Home', () => {
    expect(cellKeyAction(key('ArrowDown'), undefined)).toEqual({ do: 'move', step: [1, 0] });
    expect(cellKeyAction(key('ArrowLeft', { ctrl: true }), undefined)).toEqual({ do: 'move', step: [0, -1] });
    expect(cellKeyAction(key('Tab', { shift: true }), undefined)).toEqual({ do: 'move', step: [0, -1] });
    expect(cellKeyAction(key('Home'), undefined)).toEqual({ do: 'home', toA1: false });
    expect(cellKeyAction(key('Home', { ctrl: true }), undefined)).toEqual({ do: 'home', toA1: true });
  });

  it('edits with F2 and Enter, replaces with Backspace, clears with Delete, undoes with Ctrl+Z', () => {
    expect(cellKeyAction(key('F2'), undefined)).toEqual({ do: 'edit' });
    expect(cellKeyAction(key('Enter'), undefined)).toEqual({ do: 'edit' });
    expect(cellKeyAction(key('Backspace'), undefined)).toEqual({ do: 'replace' });
    expect(cellKeyAction(key('Delete'), undefined)).toEqual({ do: 'clear' });
    expect(cellKeyAction(key('z', { ctrl: true }), undefined)).toEqual({ do: 'undo' });
    expect(cellKeyAction(key('Z', { ctrl: true }), undefined)).toEqual({ do: 'undo' });
    expect(cellKeyAction(key('z'), undefined)).toBeUndefined();
    expect(cellKeyAction(key('a'), undefined)).toBeUndefined();
  });

  it('commits an edit with Enter (Shift+Enter up) and Tab, and in Enter mode with the arrows too', () => {
    for (const mode of ['enter', 'edit'] as const) {
      expect(cellKeyAction(key('Enter'), mode)).toEqual({ do: 'commit', step: [1, 0] });
      expect(cellKeyAction(key('Enter', { shift: true }), mode)).toEqual({ do: 'commit', step: [-1, 0] });
      expect(cellKeyAction(key('Tab'), mode)).toEqual({ do: 'commit', step: [0, 1] });
      expect(cellKeyAction(key('Escape'), mode)).toEqual({ do: 'cancel' });
      expect(cellKeyAction(key('Delete'), mode)).toBeUndefined();
      expect(cellKeyAction(key('Home'), mode)).toBeUndefined();
    }
    expect(cellKeyAction(key('ArrowUp'), 'enter')).toEqual({ do: 'commit', step: [-1, 0] });
    // In Edit mode (F2) the arrows move the caret in the draft.
    expect(cellKeyAction(key('ArrowUp'), 'edit')).toBeUndefined();
  });

  it('commits from the formula bar with Enter (then down) or Tab (in place), and cancels with Escape', () => {
    expect(barKeyAction(key('Enter'))).toEqual({ do: 'commit', step: [1, 0] });
    expect(barKeyAction(key('Enter', { shift: true }))).toEqual({ do: 'commit', step: [1, 0] });
    expect(barKeyAction(key('Tab'))).toEqual({ do: 'commit' });
    expect(barKeyAction(key('Escape'))).toEqual({ do: 'cancel' });
    expect(barKeyAction(key('ArrowDown'))).toBeUndefined();
  });
});

describe('the formula bar', () => {
  it('shows the formula, else the value as one would type it', () => {
    const double = new ExcelDouble({ apiVersion: '1.18', sheets: ['Sheet1'] });
    const typed: [string, string | number | boolean][] = [
      ['A1', '=1+2'],
      ['B1', '50%'],
      ['C1', 1234.5678],
      ['D1', true],
      ['E1', '2022/12/31'],
      ['F1', '资金成本'],
    ];
    for (const [a1, value] of typed) expect(double.user.type('Sheet1', a1, value)).toBe(true);
    expect(['A1', 'B1', 'C1', 'D1', 'E1', 'F1', 'G1'].map((a1) => cellContent(double, 'Sheet1', a1))).toEqual([
      '=1+2',
      '50%',
      '1234.5678',
      'TRUE',
      '2022/12/31',
      '资金成本',
      '',
    ]);
  });

  it('widens the editor over a cell while a longer draft is typed, up to 480 px', () => {
    expect(editorWidth(80, undefined)).toBe(80);
    expect(editorWidth(80, '')).toBe(80);
    expect(editorWidth(80, '一二三四五')).toBe(94);
    expect(editorWidth(80, 'x'.repeat(100))).toBe(480);
    expect(editorWidth(600, 'x'.repeat(100))).toBe(600);
  });
});

/** A sheet of six 100-px columns whose text runs through column F, with 三级指标 in `nameCol` (-1: none). */
function sheet(nameCol: number): SheetView {
  const cell = (a1: string, text: string, colSpan?: number): CellView => ({ a1, text, style: {}, colSpan });
  const head = ['一级指标', '二级指标', '三级指标', '指标值', '实际完成值', '得分'].map((t, c) =>
    cell(`${'ABCDEF'[c]}1`, c === nameCol ? '三级 指标' : t === '三级指标' ? '指标' : t),
  );
  const title = [cell('A2', '部门整体支出绩效自评表', 6), null, null, null, null, null];
  return {
    name: 'Sheet1',
    rows: [
      { index: 0, cells: head, signature: '' },
      { index: 1, cells: title, signature: '' },
    ],
    widths: [100, 100, 100, 100, 100, 100, 100, 100],
    merges: [],
  };
}

describe('fitting the sheet beside the pane', () => {
  // The form is the row headers and six columns wide: 644 px.
  it('shows the form at full size when it fits, its columns through 三级指标 frozen', () => {
    expect(fitView(sheet(2), 1000)).toEqual({ zoom: 1, frozen: 3 });
  });

  it('scales the form down to fit, and freezes fewer columns when they would take more than 45% of the room', () => {
    // 500 / 644 → 0.77; the three columns through 三级指标 are (44 + 300) × 0.77 ≈ 265 px, over 225.
    expect(fitView(sheet(2), 500)).toEqual({ zoom: 0.77, frozen: 2 });
  });

  it('never scales below 60%', () => {
    expect(fitView(sheet(2), 200)).toEqual({ zoom: 0.6, frozen: 1 });
  });

  it('freezes nothing on a sheet without the indicator table, or before the grid has a width', () => {
    expect(fitView(sheet(-1), 500)).toEqual({ zoom: 0.77, frozen: 0 });
    expect(fitView(sheet(2), 0)).toEqual({ zoom: 1, frozen: 0 });
  });

  it('sticks each frozen column past the row headers and the columns before it', () => {
    expect(stickyLefts([100, 80, 120])).toEqual([ROW_HEAD, ROW_HEAD + 100, ROW_HEAD + 180]);
    expect(stickyLefts([])).toEqual([]);
    expect(tableWidth([100, 80, 120])).toBe(ROW_HEAD + 300);
  });
});
