import { parseA1, type Grid } from '../../src/core/cells';
import { layoutAnnex1 } from '../../src/core/layout/writeAnnex1';
import { sampleForm } from '../../src/core/templates';
import { isNoop, planUpdate, type Snapshot, type SheetUpdate } from '../../src/app/plan';
import { parseState, type WorkbookState } from '../../src/app/state';
import { propagateWrites } from '../../src/app/linearFormulas';

const OPTIONS = { lang: 'zh' as const, notes: true };

/** The sample with every 得分 left blank, as a form ZiPing has just written. */
function blankScores() {
  const data = sampleForm();
  for (const ind of data.indicators) ind.statedScore = null;
  return layoutAnnex1(data, '附件1');
}

function snapshot(grid: Grid, flagsPresent = 0, notesPresent = 0): Snapshot {
  return { sheetId: 'S1', sheetName: grid.name, grid, flagsPresent, notesPresent };
}

/** Applies an update to a grid and a state, as the gateway and Excel would. */
function apply(
  grid: Grid,
  state: WorkbookState,
  update: SheetUpdate,
): { grid: Grid; state: WorkbookState; flags: number; notes: number } {
  const cells = grid.cells.map((r) => (r ? [...r] : r));
  const before = new Map<string, number>();
  for (const { address, value } of update.values) {
    const at = parseA1(address)!;
    const had = cells[at.row]?.[at.col]?.value;
    if (typeof had === 'number') before.set(address, had);
    (cells[at.row] ??= [])[at.col] = { ...(cells[at.row][at.col] ?? {}), value };
  }
  // Excel recalculates the totals.
  propagateWrites({ ...grid, cells }, before, update.values);
  return {
    grid: { ...grid, cells },
    state: { ...state, sheets: { ...state.sheets, S1: update.sheetState } },
    flags: update.flags?.length ?? Object.keys(update.sheetState.flags).length,
    notes: update.notes?.length ?? 0,
  };
}

function type(grid: Grid, address: string, value: string | number | null): Grid {
  const at = parseA1(address)!;
  const cells = grid.cells.map((r) => (r ? [...r] : r));
  cells[at.row][at.col] = { ...(cells[at.row][at.col] ?? {}), value };
  return { ...grid, cells };
}

const fresh = () => parseState(null).state;

describe('planning a recomputation', () => {
  it('writes the rule score into every blank 得分 and remembers it as its own', () => {
    const sheet = blankScores();
    const { update, evaluation } = planUpdate(snapshot(sheet.grid), fresh(), OPTIONS);
    const cost = sheet.positions.indicators[5].statedScore;
    expect(update.values).toContainEqual({ address: cost, value: 0 });
    expect(update.values).toHaveLength(11);
    expect(Object.keys(update.sheetState.written)).toHaveLength(11);
    expect(evaluation.userScores).toEqual([]);
    // With the rule scores in place, the cost indicator is no longer scored too high.
    expect(evaluation.findings.map((f) => f.code)).not.toContain('IND_SCORE_TOO_HIGH');
  });

  it('is idempotent: planning again after applying changes nothing', () => {
    const sheet = blankScores();
    const first = planUpdate(snapshot(sheet.grid), fresh(), OPTIONS);
    const after = apply(sheet.grid, fresh(), first.update);
    const second = planUpdate(snapshot(after.grid, after.flags, after.notes), after.state, OPTIONS);
    expect(isNoop(second.update, after.state.sheets.S1)).toBe(true);
  });

  it('keeps a score the user typed, lists it, and checks it against the rule', () => {
    const sheet = blankScores();
    const first = planUpdate(snapshot(sheet.grid), fresh(), OPTIONS);
    let at = apply(sheet.grid, fresh(), first.update);
    const cost = sheet.positions.indicators[5].statedScore;
    const grid = type(at.grid, cost, 10);
    const second = planUpdate(snapshot(grid, at.flags, at.notes), at.state, OPTIONS);
    expect(second.update.values).toEqual([]);
    expect(second.evaluation.userScores).toEqual([
      { key: '产出指标|成本指标|资金成本', cell: cost, indicator: '资金成本', stated: 10, ruleScore: 0 },
    ]);
    expect(second.evaluation.findings.find((f) => f.code === 'IND_SCORE_TOO_HIGH')?.cell).toBe(cost);
    at = apply(grid, at.state, second.update);
    // Still the user's on the next edit elsewhere, even though ZiPing once wrote this cell.
    const third = planUpdate(
      snapshot(type(at.grid, sheet.positions.indicators[0].deviation, '说明'), at.flags, at.notes),
      at.state,
      OPTIONS,
    );
    expect(third.update.values).toEqual([]);
    expect(third.update.sheetState.userScores).toEqual(['产出指标|成本指标|资金成本']);
  });

  it('gives the rule score back on request, or when the user clears the cell', () => {
    const sheet = blankScores();
    const cost = sheet.positions.indicators[5].statedScore;
    let at = apply(sheet.grid, fresh(), planUpdate(snapshot(sheet.grid), fresh(), OPTIONS).update);
    const typed = type(at.grid, cost, 10);
    at = apply(typed, at.state, planUpdate(snapshot(typed, at.flags, at.notes), at.state, OPTIONS).update);
    const reset = planUpdate(snapshot(at.grid, at.flags, at.notes), at.state, {
      ...OPTIONS,
      resetScores: ['产出指标|成本指标|资金成本'],
    });
    expect(reset.update.values).toEqual([{ address: cost, value: 0 }]);
    expect(reset.update.sheetState.userScores).toEqual([]);
    const cleared = planUpdate(snapshot(type(at.grid, cost, null), at.flags, at.notes), at.state, OPTIONS);
    expect(cleared.update.values).toEqual([{ address: cost, value: 0 }]);
  });

  it("never overwrites the scores of a form it did not write (no memory of them): they are the user's", () => {
    const sheet = layoutAnnex1(sampleForm(), '附件1');
    const { update, evaluation } = planUpdate(snapshot(sheet.grid), fresh(), OPTIONS);
    expect(update.values).toEqual([]);
    expect(evaluation.userScores).toHaveLength(11);
    expect(evaluation.findings.find((f) => f.code === 'IND_SCORE_TOO_HIGH')?.indicator).toBe('资金成本');
  });

  it('follows a target edit: the rule score it wrote changes with it', () => {
    const sheet = blankScores();
    let at = apply(sheet.grid, fresh(), planUpdate(snapshot(sheet.grid), fresh(), OPTIONS).update);
    const first = sheet.positions.indicators[0];
    const grid = type(at.grid, first.actual, '9个');
    const next = planUpdate(snapshot(grid, at.flags, at.notes), at.state, OPTIONS);
    expect(next.update.values).toEqual([{ address: first.statedScore, value: 2.5 }]);
    at = apply(grid, at.state, next.update);
    expect(next.evaluation.findings.filter((f) => f.indicator === '改造小区数').map((f) => f.code)).toEqual([
      'IND_NOT_MET',
    ]);
  });

  it('flags each cell once, with its most severe finding, and notes every message on it', () => {
    const sheet = layoutAnnex1(sampleForm(), '附件1');
    const { update, evaluation } = planUpdate(snapshot(sheet.grid), fresh(), OPTIONS);
    const cells = evaluation.findings.filter((f) => f.cell).map((f) => f.cell);
    expect(update.flags?.map((f) => f.address).sort()).toEqual([...new Set(cells)].sort());
    const cost = sheet.positions.indicators[5];
    expect(update.flags).toContainEqual({ address: cost.statedScore, severity: 'error' });
    expect(update.notes?.find((n) => n.address === cost.actual)?.text).toMatch(/^【ZiPing】“资金成本”未达到/);
  });

  it('does nothing on a sheet with no form', () => {
    const grid: Grid = { name: '封面', cells: [[{ value: '2022 年度决算' }]], merges: [] };
    const { update, evaluation } = planUpdate(snapshot(grid), fresh(), OPTIONS);
    expect(update.values).toEqual([]);
    expect(update.flags).toBeUndefined();
    expect(evaluation.notFound?.code).toBe('FORM_NOT_FOUND');
  });
});

describe('the state stored in the workbook', () => {
  it('falls back to the defaults, and says so, when missing, damaged, or from a newer version', () => {
    expect(parseState(null).problems).toEqual([]);
    expect(parseState('{oops').problems[0].zh).toContain('已损坏');
    expect(parseState('[1,2]').problems[0].en).toContain('not recognised');
    const newer = parseState(
      JSON.stringify({
        version: 99,
        profile: { overachievement: 1.5 },
        sheets: { A: 5, B: { written: { x: 1, y: 'z' }, userScores: ['k', 3] } },
      }),
    );
    expect(newer.state.profile.overachievement).toBe(1.5);
    expect(newer.state.sheets.B).toEqual({ written: { x: 1 }, userScores: ['k'], flags: {} });
    expect(newer.problems.map((p) => p.en).join('\n')).toMatch(/newer ZiPing[\s\S]*sheet A is damaged/);
  });

  it('reads what an older ZiPing stored (no version, no report links, no flags) without a complaint', () => {
    const older = parseState(
      JSON.stringify({ profile: { overachievement: 1.3 }, sheets: { A: { written: { k: 2 }, userScores: ['u'] } } }),
    );
    expect(older.problems).toEqual([]);
    expect(older.state.profile.overachievement).toBe(1.3);
    expect(older.state.sheets.A).toEqual({ written: { k: 2 }, userScores: ['u'], flags: {} });
    expect(older.state.reports).toEqual({});
    expect(older.state.version).toBe(1);
  });
});

describe('totals that Excel computes', () => {
  it('follow the scores ZiPing writes, so no false TOTAL_WRONG appears in between', () => {
    const sheet = blankScores();
    const { evaluation } = planUpdate(snapshot(sheet.grid), fresh(), OPTIONS);
    expect(evaluation.findings.map((f) => f.code)).not.toContain('TOTAL_WRONG');
    expect(evaluation.results[0].form.statedTotal?.value).toBe(90);
  });
});
