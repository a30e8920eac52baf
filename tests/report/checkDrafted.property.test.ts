import { roundExcel } from '../../src/core/round';
import fc from 'fast-check';
import { layoutAnnex1 } from '../../src/core/layout/writeAnnex1';
import { layoutAnnex2 } from '../../src/core/layout/writeAnnex2';
import { SAMPLE_INPUTS, type InputValues } from '../../src/core/report/inputs';
import { checkReportUnguarded } from '../../src/core/reportCheck';
import { sampleForm } from '../../src/core/templates';
import { checkFormsOnSheet } from '../../src/core/workbook';

const cents = (min: number, max: number) => fc.integer({ min: min * 100, max: max * 100 }).map((c) => c / 100);

/** A sample form with random spending and report inputs that agree with each other, and the report ZiPing drafts for it. */
const arbDrafted = fc
  .record({
    basic: cents(100, 5000),
    project: cents(100, 50000),
    basicPrior: cents(50, 5000),
    projectPrior: cents(50, 50000),
    capitalPrior: cents(10, 9000),
    district: fc.double({ min: 0.05, max: 0.5, noNaN: true }),
  })
  .map((r) => {
    const data = sampleForm();
    const total = Math.round((r.basic + r.project) * 100) / 100;
    Object.assign(data.budget, { fullYearBudget: total, executed: total, initialBudget: total });
    data.budget.byIncome = {
      generalPublicBudget: total,
      governmentFund: null,
      specialAccountNonTax: null,
      other: null,
    };
    data.budget.byExpenditure = { basic: r.basic, project: r.project };
    const district = Math.round(r.project * r.district * 100) / 100;
    const bonds = Math.round((r.project - district) * 0.6 * 100) / 100;
    const higher = Math.round((r.project - district - bonds) * 100) / 100;
    const inputs: InputValues = {
      ...SAMPLE_INPUTS,
      basicPriorYear: r.basicPrior,
      projectPriorYear: r.projectPrior,
      capital: r.project,
      capitalPriorYear: r.capitalPrior,
      districtFunds: district,
      specialBonds: bonds,
      higherLevelFunds: higher,
    };
    const result = checkFormsOnSheet(layoutAnnex1(data, '附件1').grid).results[0];
    const text = layoutAnnex2(result, '附件1', inputs, 'zh')
      .paragraphs.map((p) => p.text)
      .join('\n');
    return { text, form: result.form, r, district };
  });

describe('the report checker on reports ZiPing drafted from random forms', () => {
  it('raises no alarm on an unaltered draft', () => {
    fc.assert(
      fc.property(arbDrafted, ({ text, form }) => {
        expect(checkReportUnguarded(text, form).findings).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('catches a figure altered on purpose: the quantity, a change percentage, a part', () => {
    fc.assert(
      fc.property(arbDrafted, fc.constantFrom('quantity', 'percent', 'part'), ({ text, form, r, district }, what) => {
        let altered: string;
        let code: string;
        if (what === 'quantity') {
          const written = `基本支出完成${r.basic.toFixed(2)}万元`;
          altered = text.replace(written, `基本支出完成${(r.basic + 1).toFixed(2)}万元`);
          code = 'REPORT_FIGURE_MISMATCH';
        } else if (what === 'percent') {
          // Equal years give 比上年持平: no percentage to alter.
          fc.pre(r.project !== r.projectPrior);
          const m = /(项目支出完成[\d.]+万元，比上年(?:增加|减少)[\d.]+万元，(?:增加|减少))([\d.]+)%/.exec(text)!;
          const stated = Number(m[2]) + 1.5;
          // Figures rounded to 0.01 allow a range of percentages (rules.md): only one outside it is a mistake.
          const change = Math.abs(r.project - r.projectPrior);
          fc.pre(stated > roundExcel(((change + 0.005) / (r.projectPrior - 0.005)) * 100, 2));
          altered = text.replace(m[0], `${m[1]}${stated.toFixed(2)}%`);
          code = 'REPORT_PERCENT_WRONG';
        } else {
          altered = text.replace(
            `其中区级资金${district.toFixed(2)}万元`,
            `其中区级资金${(district + 3).toFixed(2)}万元`,
          );
          code = 'REPORT_PARTS_SUM';
        }
        expect(altered).not.toBe(text);
        const codes = checkReportUnguarded(altered, form).findings.map((f) => f.code);
        expect(codes).toContain(code);
      }),
      { numRuns: 150 },
    );
  });
});
