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

function snapshot(grid: Grid, neighbours?: Snapshot['neighbours']): Snapshot {
  return { sheetId: grid.name, sheetName: grid.name, grid, flagsPresent: 0, notesPresent: 0, neighbours };
}

const where = (f: { code: string; sheet: string; cell?: string }) => `${f.code} ${f.sheet}!${f.cell ?? ''}`;

describe('校验本表 on a form continued on a second sheet (续表)', () => {
  const { first, rest } = twoSheets();
  const cli = checkWorkbook([first, rest]).flatMap((r) => r.findings.map(where));

  it('validating the first sheet with the next one read gives the CLI’s findings, naming the 续表 sheet and cell', () => {
    const { evaluation, update } = planUpdate(snapshot(first, { after: [rest] }), parseState(null).state, OPTIONS);
    expect(evaluation.findings.map(where)).toEqual(cli);
    expect(evaluation.findings.map(where)).toContain('IND_NOT_MET 续表!E4');
    expect(evaluation.findings.map((f) => f.expected)).not.toContain('总分');
    // Flags and notes are this sheet's: E4 of 自评表 is no indicator of 续表.
    expect(update.flags ?? []).toEqual([]);
    expect((update.notes ?? []).map((n) => n.address)).toEqual([]);
    // No score is written into another sheet's cells.
    expect(update.values.map((v) => v.address).filter((a) => a.includes('!'))).toEqual([]);
  });

  it('validating the 续表 sheet with the sheet before read gives the same findings and flags its own cell', () => {
    const { evaluation, update } = planUpdate(snapshot(rest, { before: [first] }), parseState(null).state, OPTIONS);
    expect(evaluation.findings.map(where)).toEqual(cli);
    const onRest = checkWorkbook([first, rest]).flatMap((r) => r.findings.filter((f) => f.sheet === '续表'));
    expect(update.flags?.map((f) => f.address)).toEqual([...new Set(onRest.map((f) => f.cell!))].sort());
    expect(update.flags?.map((f) => f.address)).toContain('E4');
    expect(update.values).toEqual([]);
    // The next edit on 续表 reads its whole table again: down to its 总分 row, across to the last column.
    const read = parseRegion(update.sheetState.region);
    expect(read).toMatchObject({ top: 0, left: 0 });
    expect(read!.bottom).toBeGreaterThanOrEqual(rest.cells.length - 1);
    expect(read!.right).toBeGreaterThanOrEqual(INDICATOR_HEADER.length - 1);
  });

  it('without its neighbour a sheet is checked alone, as before: the first sheet lacks 总分', () => {
    const alone = planUpdate(snapshot(first), parseState(null).state, OPTIONS).evaluation;
    expect(alone.findings.map((f) => f.expected)).toContain('总分');
  });
});
