import { layoutAnnex1 } from '../../src/core/layout/writeAnnex1';
import { sampleForm } from '../../src/core/templates';
import { session } from './support';

// Whole sessions on the double: slow on a loaded machine, never waiting on the clock.
jest.setTimeout(60_000);

const [first, second] = layoutAnnex1(sampleForm(), 'x').positions.indicators;

describe('undo at ExcelApi 1.20 (ZiPing’s writes are on the user’s undo stack)', () => {
  it('Ctrl+Z of ZiPing’s score write is respected until the user edits an input of that score; then ZiPing scores it again', async () => {
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
    // What was undone is ZiPing's write, not the user's typing; the score stays as the undo left it, for now the user's.
    expect(double.inspect('Sheet1').value(first.actual)).toBe('9个');
    expect(double.inspect('Sheet1').value(first.statedScore)).toBe(5);
    expect(controller.current.evaluation?.userScores.map((u) => [u.cell, u.stated])).toContainEqual([
      first.statedScore,
      5,
    ]);
    // An edit elsewhere leaves it so.
    double.user.type('Sheet1', second.actual, '995户');
    await settle();
    expect(double.inspect('Sheet1').value(first.statedScore)).toBe(5);
    // The user changes what the score depends on: it is ZiPing's again, and follows.
    double.user.type('Sheet1', first.actual, '12个');
    await settle();
    expect(double.inspect('Sheet1').value(first.statedScore)).toBe(3.33);
    expect(controller.current.evaluation?.userScores.map((u) => u.cell)).not.toContain(first.statedScore);
  });

  it('Ctrl+Z of ZiPing’s first score in a blank cell leaves it blank (no write back, no loop) until an input of it changes', async () => {
    const { double, controller, settle } = await session('1.20');
    await controller.insert('sample');
    await settle();
    double.user.type('Sheet1', first.statedScore, null);
    await settle();
    const s = double.inspect('Sheet1');
    expect(s.value(first.statedScore)).toBe(5);
    expect(double.user.undo()).toBe(true);
    await settle();
    await settle();
    expect(s.value(first.statedScore)).toBe('');
    double.user.type('Sheet1', first.target, '≥20个');
    await settle();
    expect(s.value(first.statedScore)).toBe(4.75);
  });

  it('a score the user typed stays theirs when its inputs change (only an undone one is handed back)', async () => {
    const { double, controller, settle } = await session('1.20');
    await controller.insert('sample');
    await settle();
    double.user.type('Sheet1', first.statedScore, null);
    await settle();
    double.user.type('Sheet1', first.statedScore, 4);
    await settle();
    double.user.type('Sheet1', first.actual, '12个');
    await settle();
    expect(double.inspect('Sheet1').value(first.statedScore)).toBe(4);
  });
});
