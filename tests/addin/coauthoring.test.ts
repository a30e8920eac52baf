import { layoutAnnex1 } from '../../src/core/layout/writeAnnex1';
import { sampleForm } from '../../src/core/templates';
import { FLAG_FILL } from '../../src/addin/excel/gateway';
import { session } from './support';

const first = layoutAnnex1(sampleForm(), 'x').positions.indicators[0];

describe('two people editing one workbook on the web, both with ZiPing', () => {
  it('an edit on one side makes exactly one round of writes in all, and both see the same', async () => {
    const a = await session('1.18');
    const b = await session('1.18', a.double.connect());
    await a.controller.insert('sample');
    await a.settle();
    await b.settle();
    // Each side's ZiPing has seen the form (B validates it once, as a user opening the pane would).
    await b.controller.validate(a.double.sheetId('Sheet1'));
    await a.settle();
    await b.settle();
    a.double.resetSyncCount();
    b.double.resetSyncCount();

    a.double.user.type('Sheet1', first.statedScore, null);
    await a.settle();
    await b.settle();
    await a.settle();
    expect(a.double.syncCount).toBe(2);
    expect(b.double.syncCount).toBe(0);
    // One workbook: what A's ZiPing wrote is what B sees.
    expect(b.double.inspect('Sheet1').value(first.statedScore)).toBe(5);
    expect(b.double.effectiveFill('Sheet1', first.statedScore)).toBe(
      a.double.effectiveFill('Sheet1', first.statedScore),
    );

    b.double.resetSyncCount();
    a.double.resetSyncCount();
    b.double.user.type('Sheet1', first.actual, '9个');
    await b.settle();
    await a.settle();
    await b.settle();
    expect(b.double.syncCount).toBe(2);
    expect(a.double.syncCount).toBe(0);
    expect(a.double.inspect('Sheet1').value(first.statedScore)).toBe(2.5);
    expect(a.double.effectiveFill('Sheet1', first.actual)).toBe(FLAG_FILL.warning);
  });
});
