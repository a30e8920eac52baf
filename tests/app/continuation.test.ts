import { planUpdate, type Snapshot } from '../../src/app/plan';
import { parseRegion } from '../../src/app/region';
import { parseState } from '../../src/app/state';
import type { Grid } from '../../src/core/cells';
import { checkWorkbook } from '../../src/core/workbook';
import { INDICATOR_HEADER, INDICATORS, handProject } from '../reader/handForms';
import { handLaid, span } from '../support/handLaid';

const OPTIONS = { lang: 'zh' as const, notes: true };

/** A form whose table goes on over a second sheet (续表, header repeated), one indicator there not met. */
function twoSheets(): { first: Grid; rest: Grid } {
  const first = handProject({ indicators: INDICATORS.slice(0, 3), total: [null] }, '自评表');
  const missed = INDICATORS.map((row) => [...row]);
  missed[4][4] = '80%';
  missed[4][7] = '部分群众未回访';
  const rest = handLaid('续表', [
    [span('续表', 8)],
    INDICATOR_HEADER,
    ...missed.slice(3),
    [span('总分', 5), 100, 99.5, null],
  ]);
  return { first, rest };
}

function snapshot(grid: Grid, sides: { before?: Grid[]; after?: Grid[] } = {}): Snapshot {
  const of = (g: Grid): Snapshot => ({ sheetId: g.name, sheetName: g.name, grid: g, flagsPresent: 0, notesPresent: 0 });
  return { ...of(grid), before: sides.before?.map(of), after: sides.after?.map(of) };
}

const where = (f: { code: string; sheet: string; cell?: string }) => `${f.code} ${f.sheet}!${f.cell ?? ''}`;

/** The 得分 cell of 群众满意度 on 续表. */
const SCORE_CELL = 'G4';

describe('校验本表 on a form continued on a second sheet (续表)', () => {
  const { first, rest } = twoSheets();
  const cli = checkWorkbook([first, rest]).flatMap((r) => r.findings.map(where));
  const onRest = [
    ...new Set(
      checkWorkbook([first, rest])
        .flatMap((r) => r.findings)
        .filter((f) => f.sheet === '续表')
        .map((f) => f.cell!),
    ),
  ].sort();

  it('validating the first sheet with the next one read gives the CLI’s findings, and flags and scores the 续表', () => {
    const { evaluation, update, neighbours } = planUpdate(
      snapshot(first, { after: [rest] }),
      parseState(null).state,
      OPTIONS,
    );
    expect(evaluation.findings.map(where)).toEqual(cli);
    expect(evaluation.findings.map(where)).toContain('IND_NOT_MET 续表!E4');
    expect(evaluation.findings.map((f) => f.expected)).not.toContain('总分');
    // Flags and notes go on the sheet of their cell: none on 自评表 (E4 there is no indicator of 续表).
    expect(update.flags ?? []).toEqual([]);
    expect((update.notes ?? []).map((n) => n.address)).toEqual([]);
    expect(neighbours.map((n) => n.sheetId)).toEqual(['续表']);
    const there = neighbours[0].update;
    expect(there.flags?.map((f) => f.address)).toEqual(onRest);
    expect(there.notes?.map((n) => n.address)).toEqual(onRest);
    // The 续表's stated 得分 (10 for a target not met) is the user's: kept, listed, not overwritten.
    expect(there.values).toEqual([]);
    expect(evaluation.userScores.map((u) => u.cell)).toContain(`续表!${SCORE_CELL}`);
    // Each sheet remembers the other, to read it in the first round trip next time.
    expect(update.sheetState.continued).toEqual(['续表']);
    expect(there.sheetState.continued).toEqual(['自评表']);
  });

  it('a blank 得分 on the 续表 takes the rule score; the user’s own, typed over it, is kept', () => {
    const blank = { ...rest, cells: rest.cells.map((row) => (row ? [...row] : row)) };
    blank.cells[3][6] = undefined;
    const state = parseState(null).state;
    const once = planUpdate(snapshot(first, { after: [blank] }), state, OPTIONS);
    const written = once.neighbours[0].update.values;
    expect(written).toEqual([{ address: SCORE_CELL, value: expect.any(Number) as number }]);
    expect(written[0].value).toBeLessThan(10);
    state.sheets['续表'] = once.neighbours[0].update.sheetState;
    state.sheets['自评表'] = once.update.sheetState;
    // The user types 9 over ZiPing's score: validating either sheet keeps it.
    const typed = { ...blank, cells: blank.cells.map((row) => (row ? [...row] : row)) };
    typed.cells[3][6] = { value: 9 };
    for (const planned of [
      planUpdate(snapshot(first, { after: [typed] }), state, OPTIONS),
      planUpdate(snapshot(typed, { before: [first] }), state, OPTIONS),
    ]) {
      const values = [...planned.update.values, ...planned.neighbours.flatMap((n) => n.update.values)];
      expect(values).toEqual([]);
      expect(planned.evaluation.userScores.map((u) => u.stated)).toContain(9);
    }
  });

  it('validating the 续表 sheet with the sheet before read gives the same findings and flags its own cells', () => {
    const { evaluation, update } = planUpdate(snapshot(rest, { before: [first] }), parseState(null).state, OPTIONS);
    expect(evaluation.findings.map(where)).toEqual(cli);
    expect(update.flags?.map((f) => f.address)).toEqual(onRest);
    expect(update.flags?.map((f) => f.address)).toContain('E4');
    expect(update.values).toEqual([]);
    // The next edit on 续表 reads its whole table again: down to its 总分 row, across to the last column.
    const read = parseRegion(update.sheetState.region);
    expect(read).toMatchObject({ top: 0, left: 0 });
    expect(read!.bottom).toBeGreaterThanOrEqual(rest.cells.length - 1);
    expect(read!.right).toBeGreaterThanOrEqual(INDICATOR_HEADER.length - 1);
  });

  it('without its neighbour a sheet is checked alone, as before: the first sheet lacks 总分', () => {
    const alone = planUpdate(snapshot(first), parseState(null).state, OPTIONS);
    expect(alone.evaluation.findings.map((f) => f.expected)).toContain('总分');
    expect(alone.neighbours).toEqual([]);
    expect(alone.update.sheetState.continued).toBeUndefined();
  });
});
