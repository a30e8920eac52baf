import { formFileName } from '../../src/core/fileName';
import { layoutAnnex1 } from '../../src/core/layout/writeAnnex1';
import { emptyDepartmentForm, sampleForm } from '../../src/core/templates';
import { checkFormsOnSheet } from '../../src/core/workbook';

function formOf(data: ReturnType<typeof sampleForm>) {
  return checkFormsOnSheet(layoutAnnex1(data, 'S').grid).results[0].form;
}

describe('a file is named from its form', () => {
  it('unit, year and form: the sample saves as the unit’s 2022 部门整体支出绩效自评表', () => {
    expect(formFileName(formOf(sampleForm()), 'xlsx')).toBe(
      '株洲市渌口区住房保障服务中心-2022-部门整体支出绩效自评表.xlsx',
    );
    expect(formFileName(formOf(sampleForm()), '.docx', '自评报告')).toBe(
      '株洲市渌口区住房保障服务中心-2022-自评报告.docx',
    );
  });

  it('characters a file system refuses become spaces; a form without a unit has no name of its own', () => {
    expect(formFileName(formOf({ ...sampleForm(), unit: '住房/保障:中心 ' }), 'xlsx')).toBe(
      '住房 保障 中心-2022-部门整体支出绩效自评表.xlsx',
    );
    expect(formFileName(formOf(emptyDepartmentForm(2022)), 'xlsx')).toBeUndefined();
  });
});
