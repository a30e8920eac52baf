import { a1, parseA1, type Grid, type GridCell } from '../../src/core/cells';
import type { Finding } from '../../src/core/findings';
import { layoutAnnex1 } from '../../src/core/layout/writeAnnex1';
import { fixed } from '../../src/core/numbers';
import { roundExcel } from '../../src/core/round';
import { sampleForm } from '../../src/core/templates';
import { checkFormsOnSheet } from '../../src/core/workbook';
import { readWorkbook } from '../../src/hosts/xlsx';
import { session } from '../addin/support';
import { openInDouble } from '../support/hostile/double';
import { placeStandardForm, SheetBuilder, toBuffer } from '../support/layouts';

/**
 * Defects the hostile corpus (tests/hostile/cli.test.ts, addin.test.ts) brought to light, each reduced to the
 * smallest input that showed it. All are fixed; the tests keep them fixed. "Was:" says what ZiPing did before.
 */

/** The sample as ZiPing lays it out, with its cell positions. */
function sample(): { grid: Grid; positions: ReturnType<typeof layoutAnnex1>['positions'] } {
  const { grid, positions } = layoutAnnex1(sampleForm(), '自评表');
  return {
    grid: { ...grid, cells: grid.cells.map((row) => (row ? row.map((c) => (c ? { ...c } : c)) : row)) },
    positions,
  };
}

function put(grid: Grid, address: string, cell: GridCell | undefined): void {
  const at = parseA1(address)!;
  (grid.cells[at.row] ??= [])[at.col] = cell;
}

/** Empties every cell whose text is one of `labels`. */
function erase(grid: Grid, labels: string[]): string[] {
  const erased: string[] = [];
  grid.cells.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (typeof cell?.value === 'string' && labels.includes(cell.value.trim())) {
        row[c] = undefined;
        erased.push(a1(r, c));
      }
    }),
  );
  return erased;
}

const findingsOf = (grid: Grid): Finding[] => checkFormsOnSheet(grid).results.flatMap((r) => r.findings);
const cellless = (findings: Finding[]) =>
  findings
    .filter((f) => !f.cell && f.code !== 'FIELD_MISSING' && f.code !== 'FORM_NOT_FOUND')
    .map((f) => `${f.code}: ${f.message.en}`);

describe('src/core/round.ts: roundExcel of numbers above ~1.8e306 (it overflowed to Infinity)', () => {
  it('rounds a huge finite number to itself (it has no decimals to round)', () => {
    // Was: Math.abs(1e308) * 10 ** 2 is Infinity, so roundExcel(1e308, 2) returned Infinity.
    expect(roundExcel(1e308, 2)).toBe(1e308);
    expect(roundExcel(-1e308, 2)).toBe(-1e308);
    expect(roundExcel(1.7976931348623157e308, 15)).toBe(1.7976931348623157e308);
    expect(fixed(1e308)).not.toMatch(/Infinity/);
  });

  it('a score cell holding 1E+308 is reported as 1E+308, not as "Infinity"; 全年执行数 1.7E+308 over 全年预算数 1E+308 is overspent', () => {
    const { grid, positions } = sample();
    put(grid, positions.indicators[0].statedScore, { value: 1e308 });
    put(grid, positions.budget.fullYearBudget, { value: 1e308 });
    put(grid, positions.budget.executed, { value: 1.7e308 });
    const findings = findingsOf(grid);
    // Was: IND_SCORE_ABOVE_WEIGHT said "the score …, Infinity, is above its weight 5.00", and no BUDGET_OVERSPENT
    // (roundExcel(1.7e308) and roundExcel(1e308) were both Infinity, so executed > budget was false).
    expect(
      findings
        .filter((f) => /Infinity/.test(`${f.message.en} ${f.found ?? ''} ${f.expected ?? ''}`))
        .map((f) => `${f.cell} ${f.code}: ${f.message.en}`),
    ).toEqual([]);
    expect(findings.map((f) => f.code)).toContain('BUDGET_OVERSPENT');
  });
});

describe('src/core/check/budget.ts: BUDGET_MISSING when the form has no 年度资金总额 row (it had no cell)', () => {
  it('names a cell (the form’s anchor, as checkGoal does for 年度总体目标), or is left to FIELD_MISSING “年度资金总额”', () => {
    const { grid } = sample();
    // The form found by its 三级指标 header alone: the budget block's labels are gone.
    erase(grid, ['年度资金总额', '年初预算数', '全年预算数', '全年执行数', '执行率', '年度预算申请（万元）']);
    const findings = findingsOf(grid);
    expect(findings.map((f) => f.code)).toContain('FIELD_MISSING');
    // Was: ["BUDGET_MISSING: the full-year budget is blank or 0: no execution rate can be computed"], with no cell
    // (`where()` fell back to budget.labelCell, undefined without the row), so the pane could not flag it.
    expect(cellless(findings)).toEqual([]);
  });
});

describe('src/core/check/structure.ts: GOAL_MISSING when only 实际完成情况 is labelled (it had no cell)', () => {
  it('names a cell: the other side’s, or the form’s anchor', () => {
    const { grid } = sample();
    // No 年度总体目标 heading and no 预期目标 label: only 实际完成情况 is found (form.goal = { achieved }).
    erase(grid, ['年度总体目标', '预期目标']);
    const findings = findingsOf(grid);
    // Was: ["GOAL_MISSING: the planned goal of the overall goal is blank"], with no cell
    // (`side.entry?.cell ?? labelCell` was undefined for the planned side).
    expect(cellless(findings)).toEqual([]);
  });
});

describe('src/core/check/structure.ts: a form without a 总分 row (it got FIELD_MISSING “总分” twice, once without a cell)', () => {
  it('reports the missing 总分 once, on a cell', () => {
    const { grid } = sample();
    erase(grid, ['总分']);
    const totals = findingsOf(grid).filter((f) => f.code === 'FIELD_MISSING' && f.expected === '总分');
    // Was: the reader's (indicatorTable.ts, on the row below the table) and checkTotal's (structure.ts, with
    // `form.statedTotal?.cell ?? form.totalLabelCell`, both undefined): ["D26", "—"].
    expect(totals.map((f) => f.cell ?? '—')).toHaveLength(1);
    expect(totals[0]?.cell).toBeDefined();
  });
});

describe('src/core/check/indicators.ts: a 30,000-character indicator name (it was quoted whole in every message)', () => {
  it('keeps messages short, quoting long names shortened as quote() does values', () => {
    const { grid, positions } = sample();
    // 资金成本 (indicator 6) has findings in the sample: IND_SCORE_TOO_HIGH, IND_NOT_MET, IND_COST_AS_CEILING.
    put(grid, positions.indicators[5].name, { value: `资金成本${'（含政府性基金拨款）'.repeat(3000)}` });
    const findings = findingsOf(grid).filter((f) => f.indicator?.startsWith('资金成本'));
    expect(findings.length).toBeGreaterThan(0);
    // Was: each of these messages over 30,000 characters (the CLI printed it as one line; the add-in as a note).
    expect(
      findings
        .filter((f) => f.message.zh.length > 500 || f.message.en.length > 500)
        .map((f) => `${f.code}: ${f.message.en.length} characters`),
    ).toEqual([]);
  });
});

describe('src/core/reader/readForm.ts: two forms side by side on one sheet (they were read as three, with false findings)', () => {
  /** The findings of a sheet as code@cell, sorted; `shift` moves every cell left by that many columns. */
  const signature = (findings: Finding[], shift = 0) =>
    findings
      .map((f) => {
        const at = f.cell ? parseA1(f.cell) : undefined;
        return `${f.code}@${at ? a1(at.row, at.col - shift) : '—'}`;
      })
      .sort();

  async function gridOf(place: (s: SheetBuilder) => void): Promise<Grid> {
    const s = new SheetBuilder('自评表');
    place(s);
    const [grid] = await readWorkbook(await toBuffer([s]), 'side-by-side.xlsx');
    return grid;
  }

  it('reads two forms, each as it reads alone (stacked forms already do)', async () => {
    const left = await gridOf((s) => placeStandardForm(s, 3, 1));
    const right = await gridOf((s) => placeStandardForm(s, 3, 12));
    const both = await gridOf((s) => {
      placeStandardForm(s, 3, 1);
      placeStandardForm(s, 3, 12);
    });
    const alone = [signature(findingsOf(left)), signature(findingsOf(right), 11)];
    const { results } = checkFormsOnSheet(both);
    // Was: three forms. One was the left 年度资金总额 row alone ("三级指标 is missing (B5)"); one paired the right
    // budget row with the left table and said "the indicator table (D13) holds no level-3 indicator" (it holds 11);
    // the third, anchored at the right 三级指标 (O13), reported the left table's cells (F15, H19…) and BUDGET_MISSING.
    expect(results).toHaveLength(2);
    expect([signature(results[0].findings), signature(results[1].findings, 11)]).toEqual(alone);
  });
});

describe('src/app/controller.ts: after 校验本表 finds a form (the pane kept showing “no form on sheet X” from the sheet validated before)', () => {
  it('drops the notice about the other sheet', async () => {
    const form = layoutAnnex1(sampleForm(), '自评表').grid;
    const double = openInDouble([{ name: '封面', cells: [[{ value: '2022年度绩效自评材料' }]], merges: [] }, form]);
    const { controller, settle } = await session('1.18', double);
    await controller.validate(double.sheetId('封面'));
    await settle();
    expect(controller.current.notices.map((n) => n.text.en)).toEqual(['no self-evaluation form on sheet “封面”']);
    await controller.validate(double.sheetId('自评表'));
    await settle();
    expect(controller.current.evaluation?.results).toHaveLength(1);
    // Was: ['no self-evaluation form on sheet “封面”'] stayed beside the findings of 自评表 (recompute() only ever
    // replaced notices, and did not when a form was found).
    expect(controller.current.notices.filter((n) => n.text.en.includes('封面'))).toEqual([]);
    expect(double.handlerErrors).toEqual([]);
  });
});
