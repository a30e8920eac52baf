import { parseA1, type Grid } from '../../src/core/cells';
import { layoutAnnex1 } from '../../src/core/layout/writeAnnex1';
import { sampleForm } from '../../src/core/templates';
import { planUpdate } from '../../src/app/plan';
import { parseState } from '../../src/app/state';

const OPTIONS = { lang: 'zh' as const, notes: true };

/** The sample as an earlier ZiPing wrote it: its budget score formula let 全年执行数 −100 give −0.06. */
function olderForm(): { grid: Grid; statedScore: string; formula: string } {
  const data = sampleForm();
  data.budget.executed = -100;
  const sheet = layoutAnnex1(data, '附件1');
  const { fullYearBudget, executed, weight, statedScore } = sheet.positions.budget;
  const at = parseA1(statedScore)!;
  const formula = `IF(N(${fullYearBudget})>0,ROUND(MIN(${executed}/${fullYearBudget},1)*${weight},2),"")`;
  sheet.grid.cells[at.row][at.col] = { value: -0.06, formula, numFmt: '0.00' };
  return { grid: sheet.grid, statedScore, formula };
}

describe('a budget score formula in the wording of an earlier ZiPing', () => {
  it('is reworded when the user changes the rule profile, and its score is then 0 with no finding on it', () => {
    const { grid, statedScore, formula } = olderForm();
    const snapshot = { sheetId: 'S1', sheetName: grid.name, grid, flagsPresent: 0, notesPresent: 0 };
    const before = planUpdate(snapshot, parseState(null).state, OPTIONS);
    expect(before.update.formulas).toBeUndefined();
    expect(before.evaluation.findings.filter((f) => f.cell === statedScore).map((f) => f.code)).toEqual([
      'BUDGET_SCORE_LOW',
    ]);

    const after = planUpdate(snapshot, parseState(null).state, { ...OPTIONS, rewordFormulas: true });
    expect(after.update.formulas).toHaveLength(1);
    expect(after.update.formulas![0].address).toBe(statedScore);
    expect(after.update.formulas![0].formula).not.toBe(`=${formula}`);
    expect(after.evaluation.findings.filter((f) => f.cell === statedScore)).toEqual([]);
    expect(after.evaluation.results[0].form.budget.statedScore?.value).toBe(0);
  });
});
