import type { Form } from '../../src/core/model';
import { ExcelDouble } from '../../src/hosts/excelDouble';
import { WorkbookError } from '../../src/hosts/xlsx/errors';
import { isBlank, openFailure, savedName } from '../../src/preview/page/workbookFile';
import type { PreviewSession } from '../../src/preview/session';

/** A session as savedName sees it: the form of the last evaluation (if any) and the name the workbook came under. */
function session(fileName: string, form?: Partial<Form>): Pick<PreviewSession, 'controller' | 'fileName'> {
  const evaluation = form ? { results: [{ form }] } : undefined;
  return { controller: { current: { evaluation } }, fileName } as unknown as Pick<
    PreviewSession,
    'controller' | 'fileName'
  >;
}

describe("the preview's workbook files", () => {
  it('saves under the name of the form in view: unit, year and form', () => {
    const form = { kind: 'department', unit: { value: '渌口区住房保障服务中心' }, year: 2022 } as Partial<Form>;
    expect(savedName(session('book.xlsx', form))).toBe('渌口区住房保障服务中心-2022-部门整体支出绩效自评表.xlsx');
  });

  it('saves under the name it was opened under, as .xlsx, when no form names its unit', () => {
    expect(savedName(session('预算.xlsm'))).toBe('预算.xlsx');
    expect(savedName(session('2023 自评.XLS'))).toBe('2023 自评.xlsx');
    expect(savedName(session('notes.v2', { kind: 'department', unit: { value: '' } } as Partial<Form>))).toBe(
      'notes.v2.xlsx',
    );
  });

  it("says why a file does not open: ZiPing's reason in the user's language, else the library's message with the file", () => {
    const refused = new WorkbookError('empty', '空.xlsx');
    expect(openFailure(refused, '空.xlsx', 'zh')).toBe(refused.bilingual.zh);
    expect(openFailure(refused, '空.xlsx', 'en')).toBe(refused.bilingual.en);
    expect(openFailure(new Error('bad zip'), 'a.xlsx', 'zh')).toBe('无法打开此文件：a.xlsx（bad zip）');
    expect(openFailure('odd', 'a.xlsx', 'en')).toBe('this file cannot be opened: a.xlsx (odd)');
  });

  it('replaces a workbook without asking only while it holds nothing', () => {
    const double = new ExcelDouble({ apiVersion: '1.18', sheets: ['Sheet1', 'Sheet2'] });
    expect(isBlank(double)).toBe(true);
    double.user.type('Sheet2', 'C7', '资金');
    expect(isBlank(double)).toBe(false);
  });
});
