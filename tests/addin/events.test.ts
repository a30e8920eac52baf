import { layoutAnnex1 } from '../../src/core/layout/writeAnnex1';
import { sampleForm } from '../../src/core/templates';
import type { ApiVersion } from '../../src/hosts/excelDouble';
import { session } from './support';

// Whole sessions on the double: slow on a loaded machine, never waiting on the clock.
jest.setTimeout(60_000);

const first = layoutAnnex1(sampleForm(), 'x').positions.indicators[0];

/**
 * ZiPing hears every edit and never its own writes as edits, on every requirement set: from 1.14 by the event's
 * triggerSource, below it by the cells it has just written. It never relies on runtime.enableEvents, whose change
 * takes effect only after a sync.
 */
describe.each<ApiVersion>(['1.7', '1.8', '1.13', '1.14', '1.18', '1.20'])('events at ExcelApi %s', (apiVersion) => {
  it('an edit costs one read and one write, and ZiPing’s own write starts nothing more', async () => {
    const { double, controller, settle } = await session(apiVersion);
    await controller.insert('sample');
    await settle();
    double.user.type('Sheet1', first.statedScore, null);
    await settle();
    expect(double.inspect('Sheet1').value(first.statedScore)).toBe(5);

    double.resetSyncCount();
    double.user.type('Sheet1', first.actual, '9个');
    await settle();
    await settle();
    expect(double.inspect('Sheet1').value(first.statedScore)).toBe(2.5);
    expect(double.syncCount).toBe(2);
    expect(double.handlerErrors).toEqual([]);
  });

  it('the user’s edit right after ZiPing’s write is heard', async () => {
    const { double, controller, settle } = await session(apiVersion);
    await controller.insert('sample');
    await settle();
    double.user.type('Sheet1', first.statedScore, null);
    await settle();
    double.user.type('Sheet1', first.actual, '9个');
    await settle();
    // The user overrides the score ZiPing just wrote: it is theirs, listed and kept.
    double.user.type('Sheet1', first.statedScore, 3);
    await settle();
    expect(double.inspect('Sheet1').value(first.statedScore)).toBe(3);
    expect(controller.current.evaluation?.userScores.map((u) => [u.cell, u.stated])).toContainEqual([
      first.statedScore,
      3,
    ]);
  });
});
