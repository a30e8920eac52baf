import { layoutAnnex1 } from '../../src/core/layout/writeAnnex1';
import { readForms } from '../../src/core/reader/readForm';
import { checkFormsOnSheet } from '../../src/core/workbook';
import type { FormData } from '../../src/core/formData';
import { checkData, sample } from '../support/sample';

const data = () => sample() as unknown as FormData;

describe('the layout ZiPing writes, read back by its labels', () => {
  const sheet = layoutAnnex1(data(), '附件1');

  it('finds one department form with every value where it was written', () => {
    const { forms, findings } = readForms(sheet.grid);
    expect(forms).toHaveLength(1);
    expect(findings[0]).toEqual([]);
    const form = forms[0];
    expect(form.kind).toBe('department');
    expect(form.year).toBe(2022);
    expect(form.unit).toMatchObject({ cell: sheet.positions.unit, value: '株洲市渌口区住房保障服务中心' });
    expect(form.budget.executed).toMatchObject({ cell: sheet.positions.budget.executed, value: 18015.27 });
    expect(form.budget.statedRate).toMatchObject({
      cell: sheet.positions.budget.statedRate,
      value: 1,
      numFmt: '0.00%',
    });
    expect(sheet.grid.cells[5][7]?.formula).toBe('IF(N(E6)>0,F6/E6,"")');
    expect(form.budget.byIncome.map((p) => [p.key, p.amount?.value ?? null])).toEqual([
      ['generalPublicBudget', 2967.76],
      ['governmentFund', 14800],
      ['specialAccountNonTax', null],
      ['otherFunds', 247.51],
    ]);
    expect(form.budget.bySpending.map((p) => [p.key, p.amount?.value])).toEqual([
      ['basic', 939.93],
      ['project', 17075.34],
    ]);
    expect(form.indicators.map((i) => [i.level1, i.level2, i.name, i.target.cell])).toEqual(
      sample().indicators.map((i, n) => [i.level1, i.level2, i.name, sheet.positions.indicators[n].target]),
    );
    expect(form.level1Groups).toEqual([
      { name: '产出指标', declaredWeight: 50, cell: expect.any(String) },
      { name: '效益指标', declaredWeight: 30, cell: expect.any(String) },
      { name: '满意度指标', declaredWeight: 10, cell: expect.any(String) },
    ]);
    expect(form.goal.planned?.value).toBe(sample().overallGoal.planned);
    expect(form.statedTotal).toMatchObject({ cell: sheet.positions.total.score, value: 100 });
  });

  it('yields the same findings as the same form given as JSON, on the written cells', () => {
    const fromSheet = checkFormsOnSheet(sheet.grid).results[0].findings;
    const fromJson = checkData(sample()).findings;
    expect(fromSheet.map((f) => `${f.code} ${f.indicator ?? ''}`)).toEqual(
      fromJson.map((f) => `${f.code} ${f.indicator ?? ''}`),
    );
    const tooHigh = fromSheet.find((f) => f.code === 'IND_SCORE_TOO_HIGH');
    expect(tooHigh?.cell).toBe(sheet.positions.indicators[5].statedScore);
    expect(tooHigh?.sheet).toBe('附件1');
  });

  it('reads a project form written the same way', () => {
    const project = {
      ...data(),
      form: 'project',
      projectName: '老旧小区改造项目',
      department: '渌口区住房和城乡建设局',
      implementer: '渌口区住房保障服务中心',
      budget: {
        ...data().budget,
        byIncome: undefined,
        byExpenditure: { currentYearAppropriation: 15000, carryOver: 2767.76, other: 247.51 },
      },
    } as FormData;
    const written = layoutAnnex1(project, '项目');
    const { forms } = readForms(written.grid);
    expect(forms[0].kind).toBe('project');
    expect(forms[0].project?.name?.value).toBe('老旧小区改造项目');
    expect(forms[0].budget.bySpending.map((p) => p.key)).toEqual([
      'currentYearAppropriation',
      'carryOver',
      'otherFunds',
    ]);
    const codes = checkFormsOnSheet(written.grid).results[0].findings.map((f) => f.code);
    expect(codes).not.toContain('BUDGET_SPENDING_SUM');
    expect(codes).not.toContain('FIELD_MISSING');
  });

  it('says FORM_NOT_FOUND for a sheet without a form', () => {
    const result = checkFormsOnSheet({ name: '封面', cells: [[{ value: '2022年度决算' }]], merges: [] });
    expect(result.results).toEqual([]);
    expect(result.notFound).toMatchObject({ code: 'FORM_NOT_FOUND', severity: 'error', sheet: '封面' });
  });
});
