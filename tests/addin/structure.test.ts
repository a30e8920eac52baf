import { a1, parseA1 } from '../../src/core/cells';
import { layoutAnnex1 } from '../../src/core/layout/writeAnnex1';
import { sampleForm } from '../../src/core/templates';
import type { ApiVersion } from '../../src/hosts/excelDouble';
import { session } from './support';

// Whole sessions on the double: slow on a loaded machine, never waiting on the clock.
jest.setTimeout(60_000);

const { positions } = layoutAnnex1(sampleForm(), 'x');
const [first, second, third] = positions.indicators;

/** `address` moved by `rows` down and `cols` right. */
const moved = (address: string, rows: number, cols: number) => {
  const at = parseA1(address)!;
  return a1(at.row + rows, at.col + cols);
};

/**
 * Columns and blocks of cells inserted or deleted by the user, and changes Excel calls Unknown: ZiPing reads the
 * form again where it now is, writes its scores into the 得分 cells that are its own there, and never into a cell
 * the user filled.
 */
describe.each<ApiVersion>(['1.7', '1.14', '1.18'])('cells moved by the user (ExcelApi %s)', (apiVersion) => {
  async function sampleWithOneScoreOfZiPing() {
    const s = await session(apiVersion);
    await s.controller.insert('sample');
    await s.settle();
    // The sample's scores are typed; the first indicator's is made ZiPing's by clearing it.
    s.double.user.type('Sheet1', first.statedScore, null);
    s.double.user.type('Sheet1', second.statedScore, 4);
    await s.settle();
    expect(s.double.inspect('Sheet1').value(first.statedScore)).toBe(5);
    return s;
  }

  it('a column inserted inside the form: the next edit is scored in the moved 得分 column; the new column and the user’s score stay as they are', async () => {
    const { double, controller, settle } = await sampleWithOneScoreOfZiPing();
    double.user.insertColumns('Sheet1', 'F');
    await settle();
    double.user.type('Sheet1', moved(first.actual, 0, 1), '9个');
    await settle();
    const sheet = double.inspect('Sheet1');
    expect(sheet.value(moved(first.statedScore, 0, 1))).toBe(2.5);
    expect(sheet.value(moved(second.statedScore, 0, 1))).toBe(4);
    expect(sheet.value(first.actual)).toBe('');
    expect(sheet.value(moved(first.actual, 0, 1))).toBe('9个');
    expect(sheet.value(moved(first.weight, 0, 1))).toBe(5);
    expect(controller.current.notices.filter((n) => n.kind === 'error')).toEqual([]);
    expect(
      controller.current.evaluation?.findings.filter((f) => f.cell === moved(first.actual, 0, 1)).map((f) => f.code),
    ).toEqual(['IND_NOT_MET']);
  });

  it('a column inserted before the form and deleted again: scores and flags follow the form both times', async () => {
    const { double, controller, settle } = await sampleWithOneScoreOfZiPing();
    double.user.insertColumns('Sheet1', 'A', 2);
    await settle();
    double.user.type('Sheet1', moved(first.actual, 0, 2), '9个');
    await settle();
    expect(double.inspect('Sheet1').value(moved(first.statedScore, 0, 2))).toBe(2.5);
    expect(double.effectiveFill('Sheet1', moved(first.actual, 0, 2))).not.toBeNull();
    double.user.deleteColumns('Sheet1', 'A', 2);
    await settle();
    double.user.type('Sheet1', first.actual, '18个');
    await settle();
    const sheet = double.inspect('Sheet1');
    expect(sheet.value(first.statedScore)).toBe(5);
    expect(sheet.value(second.statedScore)).toBe(4);
    expect(double.effectiveFill('Sheet1', first.actual)).toBeNull();
    expect(controller.current.notices.filter((n) => n.kind === 'error')).toEqual([]);
  });

  it('a cell inserted in the 得分 column (shift down): the user’s score that moved is never overwritten; the blank cell takes the rule score', async () => {
    const { double, controller, settle } = await sampleWithOneScoreOfZiPing();
    double.user.insertCells('Sheet1', second.statedScore, 'Down');
    await settle();
    const sheet = double.inspect('Sheet1');
    // The user's 4 is now in the third indicator's row: kept there, and checked as that indicator's score.
    expect(sheet.value(third.statedScore)).toBe(4);
    expect(sheet.value(second.statedScore)).toBe(5);
    expect(sheet.value(first.statedScore)).toBe(5);
    expect(controller.current.notices.filter((n) => n.kind === 'error')).toEqual([]);
    expect(controller.current.evaluation?.userScores.map((u) => [u.cell, u.stated])).toContainEqual([
      third.statedScore,
      4,
    ]);
  });

  it('a cell deleted in the 得分 column (shift up): nothing the user typed is overwritten', async () => {
    const { double, controller, settle } = await sampleWithOneScoreOfZiPing();
    double.user.deleteCells('Sheet1', first.statedScore, 'Up');
    await settle();
    const sheet = double.inspect('Sheet1');
    expect(sheet.value(first.statedScore)).toBe(4);
    expect(controller.current.notices.filter((n) => n.kind === 'error')).toEqual([]);
    expect(controller.current.evaluation?.userScores.map((u) => [u.cell, u.stated])).toContainEqual([
      first.statedScore,
      4,
    ]);
  });

  it('a change Excel calls Unknown is recomputed like an edit', async () => {
    const { double, settle } = await sampleWithOneScoreOfZiPing();
    double.user.unknownChange('Sheet1', first.actual, [['9个']]);
    await settle();
    expect(double.inspect('Sheet1').value(first.statedScore)).toBe(2.5);
    expect(double.effectiveFill('Sheet1', first.actual)).not.toBeNull();
  });
});
