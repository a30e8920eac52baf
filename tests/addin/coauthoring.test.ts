import { layoutAnnex1 } from '../../src/core/layout/writeAnnex1';
import { sampleForm } from '../../src/core/templates';
import { FLAG_FILL } from '../../src/addin/excel/gateway';
import { ExcelDouble } from '../../src/hosts/excelDouble';
import { joinSettings, SETTINGS_KEY, SHEET_KEY_PREFIX } from '../../src/app/state';
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

describe('two co-authors each editing a form on a different sheet at the same moment', () => {
  it('neither loses what ZiPing knows of the other’s sheet: both scores keep following their inputs', async () => {
    // Each sync takes a few milliseconds, so that the two ZiPings' batches interleave as on the web.
    const a = await session('1.18', new ExcelDouble({ apiVersion: '1.18', sharedRuntime: true, latencyMs: 3 }));
    const b = await session('1.18', a.double.connect());
    await a.controller.insert('sample');
    await a.controller.insert('sample');
    await a.settle();
    const [one, two] = a.double.sheetNames();
    // The first indicator's score becomes ZiPing's on both forms.
    a.double.user.type(one, first.statedScore, null);
    a.double.user.type(two, first.statedScore, null);
    await a.settle();
    await b.settle();
    await b.controller.validate(a.double.sheetId(two));
    await b.settle();

    a.double.user.type(one, first.actual, '9个');
    b.double.user.type(two, first.actual, '9个');
    await Promise.all([a.settle(), b.settle()]);
    await Promise.all([a.settle(), b.settle()]);
    expect([a.double.inspect(one).value(first.statedScore), a.double.inspect(two).value(first.statedScore)]).toEqual([
      2.5, 2.5,
    ]);

    a.double.user.type(one, first.actual, '19个');
    await a.settle();
    b.double.user.type(two, first.actual, '19个');
    await b.settle();
    await a.settle();
    expect([a.double.inspect(one).value(first.statedScore), a.double.inspect(two).value(first.statedScore)]).toEqual([
      5, 5,
    ]);
  });
});

describe('ZiPing’s state in the workbook settings', () => {
  it('a workbook saved with every sheet’s state in one setting (before per-sheet keys) is read as before, and moved to per-sheet keys at the next write', async () => {
    const a = await session('1.18');
    await a.controller.insert('sample');
    await a.settle();
    a.double.user.type('Sheet1', first.statedScore, null);
    await a.settle();
    // The same workbook as the earlier ZiPing stored it: one "ziping" setting holding the sheets.
    const saved = JSON.parse(a.double.save()) as { settings: Record<string, string> };
    const joined = joinSettings(new Map(Object.entries(saved.settings)));
    saved.settings = { [SETTINGS_KEY]: joined! };
    expect(JSON.parse(joined!).sheets[a.double.sheetId('Sheet1')]).toBeDefined();
    const old = ExcelDouble.open(JSON.stringify(saved), { apiVersion: '1.18', sharedRuntime: true });
    const b = await session('1.18', old);

    b.double.user.type('Sheet1', first.actual, '9个');
    await b.settle();
    // The score was ZiPing's in the old setting: it follows the input.
    expect(b.double.inspect('Sheet1').value(first.statedScore)).toBe(2.5);
    const settings = (JSON.parse(b.double.save()) as { settings: Record<string, string> }).settings;
    expect(Object.keys(settings).sort()).toEqual([SETTINGS_KEY, `${SHEET_KEY_PREFIX}${b.double.sheetId('Sheet1')}`]);
    expect(JSON.parse(settings[SETTINGS_KEY]).sheets).toBeUndefined();
  });

  it('an edit writes only its own sheet’s setting, not the workbook’s', async () => {
    const a = await session('1.18');
    await a.controller.insert('sample');
    await a.settle();
    const before = (JSON.parse(a.double.save()) as { settings: Record<string, string> }).settings;
    a.double.user.type('Sheet1', first.statedScore, null);
    await a.settle();
    const after = (JSON.parse(a.double.save()) as { settings: Record<string, string> }).settings;
    const key = `${SHEET_KEY_PREFIX}${a.double.sheetId('Sheet1')}`;
    expect(after[SETTINGS_KEY]).toBe(before[SETTINGS_KEY]);
    expect(after[key]).not.toBe(before[key]);
  });
});
