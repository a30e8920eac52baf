import { layoutAnnex1 } from '../../src/core/layout/writeAnnex1';
import { sampleForm } from '../../src/core/templates';
import { session } from './support';

// Whole sessions on the double: slow on a loaded machine, never waiting on the clock.
jest.setTimeout(60_000);

const first = layoutAnnex1(sampleForm(), 'x').positions.indicators[0];

describe('undo at ExcelApi 1.20 (ZiPing’s writes are on the user’s undo stack)', () => {
  it('Ctrl+Z of ZiPing’s score write is respected: ZiPing does not write the score back', async () => {
    const { double, controller, settle } = await session('1.20');
    await controller.insert('sample');
    await settle();
    double.user.type('Sheet1', first.statedScore, null);
    await settle();
    double.user.type('Sheet1', first.actual, '9个');
    await settle();
    expect(double.inspect('Sheet1').value(first.statedScore)).toBe(2.5);
    expect(double.user.undo()).toBe(true);
    await settle();
    await settle();
    // What was undone is ZiPing's write, not the user's typing; the score stays as the undo left it, kept as the user's.
    expect(double.inspect('Sheet1').value(first.actual)).toBe('9个');
    expect(double.inspect('Sheet1').value(first.statedScore)).toBe(5);
    expect(controller.current.evaluation?.userScores.map((u) => [u.cell, u.stated])).toContainEqual([
      first.statedScore,
      5,
    ]);
  });
});
