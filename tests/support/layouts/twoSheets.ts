import { lukou } from '../lukou';
import { SheetBuilder } from '../workbook';
import { finish } from './finish';
import { placeStandardForm } from './offset';
import { placeProjectForm } from './project';
import type { BuiltLayout } from './types';

/**
 * A workbook as sent to the finance bureau: a cover sheet with no form (rich-text title, a hyperlink, a date),
 * the department form (the `offset` form placed at A3) and a project form, in that order.
 */
export async function twoSheets(): Promise<BuiltLayout> {
  const cover = new SheetBuilder('封面');
  cover.merge('A2:F2', { rich: ['2022年度', '绩效自评材料'] });
  cover.row('A4', ['单位：', lukou.unit]);
  cover.row('A5', ['报送日期：', { v: 45000, numFmt: 'yyyy"年"m"月"d"日"' }]);
  cover.row('A6', ['政策依据：', { text: '湖南省财政厅绩效自评通知', link: 'https://czt.hunan.gov.cn/' }]);
  cover.set('A8', '目录：1. 部门整体支出绩效自评表  2. 项目支出绩效自评表');

  const department = new SheetBuilder('部门整体');
  department.merge('A1:I1', '部门整体支出绩效自评表（2022年度）');
  const departmentForm = placeStandardForm(department, 3, 1);
  departmentForm.cells.title = 'A1';
  departmentForm.cells.year = 'A1';

  const projectSheet = new SheetBuilder('项目-老旧小区改造');
  const projectForm = placeProjectForm(projectSheet);

  return finish('twoSheets', [cover, department, projectSheet], [departmentForm, projectForm]);
}
