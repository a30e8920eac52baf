import type { Grid } from '../../src/core/cells';
import { checkSheetInBook, checkWorkbook, MAX_CONTINUATIONS } from '../../src/core/workbook';
import { INDICATOR_HEADER, INDICATORS, handProject } from '../reader/handForms';
import { handLaid, span, type HandRow } from '../support/handLaid';

/** A 续表 sheet: the header repeated, then indicator rows, then (on the last one) the 总分 row. */
function rest(name: string, rows: HandRow[], total = false): Grid {
  return handLaid(name, [
    [span(name, 8)],
    INDICATOR_HEADER,
    ...rows,
    ...(total ? [[span('总分', 5), 100, 99.5, null]] : []),
  ]);
}

/** The hand-made form over three sheets: two indicators, two more on 续表, the last with 总分 on 续表二. */
function threeSheets(): Grid[] {
  return [
    handProject({ indicators: INDICATORS.slice(0, 2), total: [null] }, '自评表'),
    rest('续表', INDICATORS.slice(2, 4)),
    rest('续表二', INDICATORS.slice(4), true),
  ];
}

const where = (f: { code: string; sheet: string; cell?: string }) => `${f.code} ${f.sheet}!${f.cell ?? ''}`;

describe('a table continued over several sheets (续表, 续表二)', () => {
  it('is read and checked as one form, its cells named on their sheets', () => {
    const results = checkWorkbook(threeSheets());
    expect(results).toHaveLength(1);
    expect(results[0].sheets).toEqual(['自评表', '续表', '续表二']);
    expect(results[0].form.indicators.map((i) => i.name)).toEqual(INDICATORS.map((r) => r[2]));
    expect(results[0].findings).toEqual([]);
    expect(results[0].form.indicators[4].actual.cell).toBe('续表二!E3');
  });

  it('checked from any of its sheets with its neighbours, gives the same findings as the whole workbook', () => {
    const grids = threeSheets();
    grids[2].cells[2][4] = { value: '80%' };
    const cli = checkWorkbook(grids).flatMap((r) => r.findings.map(where));
    expect(cli).toContain('IND_NOT_MET 续表二!E3');
    grids.forEach((grid, i) => {
      const { results, notFound } = checkSheetInBook(grid, { before: grids.slice(0, i), after: grids.slice(i + 1) });
      expect(notFound).toBeUndefined();
      expect(results.flatMap((r) => r.findings.map(where))).toEqual(cli);
    });
  });

  it('never joins across a sheet between them, nor a sheet that holds a form of its own', () => {
    const [first, second] = threeSheets();
    const notes: Grid = { name: '说明', cells: [[{ value: '本工作簿的填表说明' }]], merges: [] };
    const apart = checkWorkbook([first, notes, second]);
    expect(apart.map((r) => r.sheets)).toEqual([['自评表'], ['续表']]);
    expect(apart[0].findings.map((f) => f.expected)).toContain('总分');

    const other = handProject({}, '另一张表');
    const two = checkWorkbook([first, other]);
    expect(two.map((r) => r.sheets)).toEqual([['自评表'], ['另一张表']]);
    expect(two[1].findings).toEqual([]);
  });

  it(`joins at most ${MAX_CONTINUATIONS} sheets after the form's own`, () => {
    const first = handProject({ indicators: INDICATORS.slice(0, 1), total: [null] }, '自评表');
    const more = Array.from({ length: MAX_CONTINUATIONS + 1 }, (_, i) => rest(`续表${i + 1}`, [INDICATORS[1]]));
    const results = checkWorkbook([first, ...more]);
    expect(results.map((r) => r.sheets.length)).toEqual([MAX_CONTINUATIONS + 1, 1]);
    expect(results[1].sheets).toEqual([`续表${MAX_CONTINUATIONS + 1}`]);
  });

  it('formulas saved without a result on a 续表 are noted there, and one left blank is not reported missing', () => {
    const grids = threeSheets();
    // 群众满意度's 实际完成值 on 续表二 is a formula the file holds no result for, which ZiPing could not compute.
    grids[2].cells[2][4] = { value: null, formula: 'NOSUCHFUNCTION(1)' };
    grids[2].uncalculated = [{ cell: 'E3', computed: false }];
    const [result] = checkWorkbook(grids);
    expect(result.findings.map(where)).toEqual(['FORMULA_NOT_CALCULATED 续表二!E3']);
    expect(result.findings[0].message.zh).toContain('续表二!E3');
  });
});
