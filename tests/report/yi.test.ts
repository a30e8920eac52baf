import { layoutAnnex2 } from '../../src/core/layout/writeAnnex2';
import { checkReportUnguarded } from '../../src/core/reportCheck';
import { readReportSheet } from '../../src/core/report/reportSheet';
import { checkFormsOnSheet } from '../../src/core/workbook';
import { readWorkbook, writeGridsToXlsx } from '../../src/hosts/xlsx';
import { recalculate } from '../support/libreoffice';
import { projectFormInYi } from './forms';

jest.setTimeout(300_000);

describe('a form kept in 亿元', () => {
  it('is reported in 亿元, never relabelled: its figures as the form has them, to the 万元', async () => {
    const form = await projectFormInYi();
    const result = checkFormsOnSheet(form).results[0];
    expect(result.form.amountUnit).toBe('亿元');
    const report = layoutAnnex2(result, form.name, {}, 'zh');
    const text = report.paragraphs.map((p) => p.text).join('\n');
    expect(text).toContain('全年预算数12.50亿元，全年执行数11.8765亿元，预算执行率95.01%');
    expect(text).toContain('资金来源：当年财政拨款9.8765亿元，上年结转资金2.00亿元。');
    expect(text).not.toContain('万元');
    // The reviewer's checker agrees with the draft it is given.
    expect(checkReportUnguarded(text, result.form).findings).toEqual([]);
    // A figure restated in 万元 is the same figure; one off by a 万元 is not.
    expect(checkReportUnguarded('全年执行数118765.00万元。', result.form).findings).toEqual([]);
    expect(checkReportUnguarded('全年执行数11.8764亿元。', result.form).findings.map((f) => f.expected)).toEqual([
      '11.8765亿元',
    ]);
    // Excel (here LibreOffice) shows the linked sheet exactly as ZiPing renders it.
    const computed = await readWorkbook(await recalculate(await writeGridsToXlsx([form, report.grid])), 'x.xlsx');
    const shown = readReportSheet(computed.find((g) => g.name === report.grid.name)!)!.rows.map((r) => r.shown);
    expect(shown).toEqual(report.paragraphs.map((p) => p.text).filter((t) => t !== ''));
  });
});
