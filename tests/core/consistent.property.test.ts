import fc from 'fast-check';
import { layoutAnnex1 } from '../../src/core/layout/writeAnnex1';
import { checkFormsOnSheet } from '../../src/core/workbook';
import { checkData } from '../support/sample';
import { arbConsistentForm } from '../support/generate';

const aboveInfo = (findings: { severity: string }[]) => findings.filter((f) => f.severity !== 'info');

describe('a form consistent by construction', () => {
  it('yields no finding above info when given as JSON', () => {
    fc.assert(
      fc.property(arbConsistentForm, (form) => {
        expect(aboveInfo(checkData(form).findings)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('yields no finding above info when written into a sheet and read back by its labels', () => {
    fc.assert(
      fc.property(arbConsistentForm, (form) => {
        const { results } = checkFormsOnSheet(layoutAnnex1(form, '附件1').grid);
        expect(results).toHaveLength(1);
        expect(aboveInfo(results[0].findings)).toEqual([]);
        expect(results[0].form.indicators).toHaveLength(form.indicators.length);
      }),
      { numRuns: 200 },
    );
  });
});
