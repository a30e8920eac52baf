import fc from 'fast-check';
import type { FormData } from '../../src/core/formData';
import { layoutAnnex1 } from '../../src/core/layout/writeAnnex1';
import { layoutAnnex2 } from '../../src/core/layout/writeAnnex2';
import { REPORT_COLUMNS } from '../../src/core/report/columns';
import { SAMPLE_INPUTS, type InputValues } from '../../src/core/report/inputs';
import { sampleForm } from '../../src/core/templates';
import { checkFormsOnSheet } from '../../src/core/workbook';
import { readWorkbook, writeGridsToXlsx } from '../../src/hosts/xlsx';
import { recalculate } from '../support/libreoffice';
import { benchForm } from '../support/generate';
import { parseA1, type Grid } from '../../src/core/cells';
import { withinFormulaLimits } from '../../src/hosts/excelDouble/formulaText';

/** Drafts the report for a form, has LibreOffice compute the workbook, and returns both texts, paragraph by paragraph. */
async function computedAndRendered(
  data: FormData,
  inputs: InputValues,
  lang: 'zh' | 'en',
  /** A change to the form made after drafting. */
  edit?: (form: Grid) => void,
) {
  const form = layoutAnnex1(data, '附件1');
  const result = checkFormsOnSheet(form.grid).results[0];
  const report = layoutAnnex2(result, '附件1', inputs, lang);
  edit?.(form.grid);
  const computed = await readWorkbook(
    await recalculate(await writeGridsToXlsx([form.grid, report.grid])),
    'drafted.xlsx',
  );
  const sheet = computed.find((g) => g.name === report.grid.name)!;
  const shown = report.paragraphs.map((_, i) => {
    const v = sheet.cells[i + 1]?.[REPORT_COLUMNS.text]?.value;
    return v === null || v === undefined ? '' : String(v);
  });
  return { rendered: report.paragraphs.map((p) => p.text), shown, report };
}

jest.setTimeout(240_000);

describe('the drafted report, computed by a real spreadsheet engine (LibreOffice)', () => {
  it('reads exactly as ZiPing renders it, sentence for sentence, for the sample', async () => {
    const { rendered, shown, report } = await computedAndRendered(sampleForm(), SAMPLE_INPUTS, 'zh');
    expect(report.paragraphs.filter((p) => p.formula).length).toBeGreaterThan(15);
    expect(shown).toEqual(rendered);
    expect(shown.join('\n')).toContain('比上年增加162.58万元，增加20.91%');
  });

  it('reads as rendered in English too', async () => {
    const { rendered, shown } = await computedAndRendered(sampleForm(), SAMPLE_INPUTS, 'en');
    expect(shown).toEqual(rendered);
  });

  it('asks no reason for a figure unchanged from last year, in either language', async () => {
    const data = sampleForm();
    data.budget.byExpenditure = { basic: 100, project: 50 };
    // 100.004 reads 100.00: unchanged, though a reason was typed for it.
    const inputs: InputValues = { ...SAMPLE_INPUTS, basicPriorYear: 100.004, basicPriorReason: '人员增加' };
    for (const [lang, said] of [
      ['zh', '基本支出完成100.00万元，比上年持平；公用经费完成'],
      ['en', 'Basic spending was 100.00 (10,000 yuan), unchanged from last year. Public funds were'],
    ] as const) {
      const { rendered, shown, report } = await computedAndRendered(data, inputs, lang);
      expect(shown).toEqual(rendered);
      const basic = shown[report.paragraphs.findIndex((p) => p.id === 'p2.1')];
      expect(basic).toContain(said);
      expect(basic).not.toContain('人员增加');
    }
  });

  it('keeps the total’s tests in hidden cells when its formula cannot hold them (100 indicators), reading as rendered', async () => {
    const data = benchForm(100);
    const { rendered, shown, report } = await computedAndRendered(data, SAMPLE_INPUTS, 'zh');
    expect(report.checks.length).toBeGreaterThan(1);
    const formulas = [...report.paragraphs.flatMap((p) => p.formula ?? []), ...report.checks.map((c) => c.formula)];
    expect(formulas.filter((f) => !withinFormulaLimits(`=${f}`))).toEqual([]);
    expect(shown).toEqual(rendered);
    const total = report.paragraphs.findIndex((p) => p.id === 'p3.total');
    expect(shown[total]).toMatch(/^按评分规则，自评总分[\d.]+分/);
    // The 90th indicator's actual changed after drafting: the total asks for a redraft.
    const cell = parseA1(layoutAnnex1(data, '附件1').positions.indicators[89].actual)!;
    const edited = await computedAndRendered(data, SAMPLE_INPUTS, 'zh', (form) => {
      form.cells[cell.row][cell.col] = { value: '1次' };
    });
    expect(edited.shown[total]).toContain('表中数据已修改，请重新生成报告');
  });

  it('agrees for increases, decreases, no change, zeros and blanks', async () => {
    const amount = fc.oneof(
      fc.constant(null),
      fc.constant(0),
      fc.integer({ min: 0, max: 5_000_000 }).map((c) => c / 100),
    );
    const cases: {
      basic: number | null;
      project: number | null;
      prior: number | null;
      capital: number | null;
      capitalPrior: number | null;
      personnel: number | null;
      personnelInitial: number | null;
      reason: string;
    }[] = fc.sample(
      fc.record({
        basic: amount,
        project: amount,
        prior: amount,
        capital: amount,
        capitalPrior: amount,
        personnel: amount,
        personnelInitial: amount,
        reason: fc.constantFrom('', '人员增加', '"引号"与&符号'),
      }),
      { numRuns: 6, seed: 20221231 },
    );
    // Hand-picked edge cases: equal after rounding, a decrease, a zero base with an increase.
    cases.push({
      basic: 100.004,
      project: 50,
      prior: 100,
      capital: 0,
      capitalPrior: 0,
      personnel: 80,
      personnelInitial: 90,
      reason: '持平',
    });
    cases.push({
      basic: 1.005,
      project: 2.675,
      prior: 0,
      capital: 5,
      capitalPrior: 0,
      personnel: null,
      personnelInitial: 0,
      reason: '',
    });
    for (const c of cases) {
      const data = sampleForm();
      data.budget.byExpenditure = { basic: c.basic, project: c.project };
      const inputs: InputValues = {
        ...SAMPLE_INPUTS,
        basicPriorYear: c.prior,
        projectPriorYear: c.prior,
        capital: c.capital,
        capitalPriorYear: c.capitalPrior,
        personnel: c.personnel,
        personnelInitialBudget: c.personnelInitial,
        basicPriorReason: c.reason,
      };
      const { rendered, shown } = await computedAndRendered(data, inputs, 'zh');
      expect(shown).toEqual(rendered);
    }
  });
});
