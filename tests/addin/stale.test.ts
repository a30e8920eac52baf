import { layoutAnnex1 } from '../../src/core/layout/writeAnnex1';
import { sampleForm } from '../../src/core/templates';
import { FLAG_FILL } from '../../src/addin/excel/gateway';
import { session } from './support';

// Whole sessions on the double: slow on a loaded machine, never waiting on the clock.
jest.setTimeout(60_000);

const first = layoutAnnex1(sampleForm(), 'x').positions.indicators[0];

describe('a co-author without ZiPing edits the form', () => {
  it('the pane says the flags are stale; the local user’s next action recomputes that sheet first', async () => {
    const { double, controller, settle } = await session('1.18');
    await controller.insert('sample');
    await settle();
    double.addSheet('备注');
    await settle();
    expect(double.effectiveFill('Sheet1', first.actual)).toBeNull();

    // The co-author's Excel has no ZiPing: nothing recomputes on their side.
    double.remote.type('Sheet1', first.actual, '9个');
    await settle();
    expect(controller.current.standing.map((n) => [n.key, n.kind])).toEqual([['stale', 'warning']]);
    expect(controller.current.standing[0].text.zh).toContain('“Sheet1”');
    expect(double.effectiveFill('Sheet1', first.actual)).toBeNull();

    // The local user types on another sheet: ZiPing brings the form's flags up to date first.
    double.user.type('备注', 'A1', '已核对');
    await settle();
    expect(double.effectiveFill('Sheet1', first.actual)).toBe(FLAG_FILL.warning);
    expect(controller.current.standing).toEqual([]);
  });
});
