import type { Grid } from '../../src/core/cells';
import { readWorkbook } from '../../src/hosts/xlsx';
import { SheetBuilder, toBuffer, type CellInput } from '../support/workbook';

/**
 * A 项目支出绩效自评表 kept in 元, as an accountant fills it in Excel: amounts as numbers, the 合格率 and 满意度 as
 * percent-formatted numbers (1 shown 100%, 0.96 shown 96%), the 完工时间 as date cells (44926 shown 2022-12-31).
 * `blankActuals` leaves the actuals of 改造户数 and 居民满意度 empty, as a form sent in half done.
 */
export async function projectForm(blankActuals: boolean): Promise<Grid> {
  const s = new SheetBuilder('项目自评表');
  s.merge('A1:I1', '项目支出绩效自评表');
  s.merge('A2:I2', '（2022年度）');
  s.merge('A3:B3', '项目名称');
  s.merge('C3:I3', '渌口区2022年老旧小区改造项目');
  s.merge('A4:B4', '主管部门');
  s.merge('C4:E4', '株洲市渌口区住房和城乡建设局');
  s.merge('F4:G4', '实施单位');
  s.merge('H4:I4', '株洲市渌口区住房保障服务中心');
  s.merge('A5:A9', '项目资金\n（元）');
  s.row('D5', ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分']);
  s.merge('B6:C6', '年度资金总额');
  const money = (v: number): CellInput => ({ v, numFmt: '#,##0.00' });
  s.row('D6', [money(250000), money(250000), money(240000), 10, { v: 0.96, numFmt: '0.00%' }, 9.6]);
  s.merge('B7:C7', '其中：当年财政拨款');
  s.row('D7', [money(200000), money(200000), money(190000), '/', '/', '/']);
  s.merge('B8:C8', '上年结转资金');
  s.row('D8', [money(50000), money(50000), money(50000), '/', '/', '/']);
  s.merge('B9:C9', '其他资金');
  s.row('D9', [null, null, null, '/', '/', '/']);
  s.merge('A10:A11', '年度总体目标');
  s.merge('B10:E10', '预期目标');
  s.merge('F10:I10', '实际完成情况');
  s.merge('B11:E11', '完成19个老旧小区改造，惠及995户居民。');
  s.merge('F11:I11', blankActuals ? null : '已完成19个老旧小区改造，惠及995户居民。');
  s.merge('A12:A18', '绩效指标');
  s.row('B12', [
    '一级指标',
    '二级指标',
    '三级指标',
    '年度指标值',
    '实际完成值',
    '分值',
    '得分',
    '偏差原因分析及改进措施',
  ]);
  const pct = (v: number): CellInput => ({ v, numFmt: '0%' });
  const date = (v: number): CellInput => ({ v, numFmt: 'yyyy-mm-dd' });
  const rows: CellInput[][] = [
    ['产出指标', '数量指标', '指标1：改造户数（≥**户）', '≥995户', blankActuals ? null : '995户', 20, 20, null],
    ['产出指标', '质量指标', '验收合格率', pct(1), pct(1), 20, 20, null],
    ['产出指标', '时效指标', '完工时间', date(44926), date(44915), 10, 10, null],
    ['产出指标', '成本指标', '改造成本', '≤250000元', '240000元', 10, 10, null],
    ['效益指标', '社会效益指标', '居住条件是否改善', '是', '是', 20, 20, null],
    ['满意度指标', '服务对象满意度指标', '居民满意度', '≥95%', blankActuals ? null : pct(0.96), 10, 10, '。'],
  ];
  rows.forEach((r, i) => s.row(`B${13 + i}`, r));
  s.merge('A19:F19', '总分');
  s.row('G19', [100, blankActuals ? 90 : 99.6]);
  const grids = await readWorkbook(await toBuffer([s]), 'project.xlsx');
  return grids[0];
}

/**
 * A 项目支出绩效自评表 kept in 亿元 (a large construction project), amounts as the bureau's template formats them
 * (up to four decimals: to the 万元): 全年预算数 12.5, 全年执行数 11.8765, 执行率 95.01%.
 */
export async function projectFormInYi(): Promise<Grid> {
  const s = new SheetBuilder('项目自评表');
  s.merge('A1:I1', '项目支出绩效自评表');
  s.merge('A2:I2', '（2023年度）');
  s.merge('A3:B3', '项目名称');
  s.merge('C3:I3', '城区防洪排涝综合治理工程');
  s.merge('A4:B4', '主管部门');
  s.merge('C4:E4', '某市水利局');
  s.merge('F4:G4', '实施单位');
  s.merge('H4:I4', '某市水利工程建设中心');
  s.merge('A5:A9', '项目资金\n（亿元）');
  s.row('D5', ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分']);
  s.merge('B6:C6', '年度资金总额');
  const money = (v: number): CellInput => ({ v, numFmt: '0.00##' });
  s.row('D6', [money(12.5), money(12.5), money(11.8765), 10, { v: 11.8765 / 12.5, numFmt: '0.00%' }, 9.5]);
  s.merge('B7:C7', '其中：当年财政拨款');
  s.row('D7', [money(10), money(10), money(9.8765), '/', '/', '/']);
  s.merge('B8:C8', '上年结转资金');
  s.row('D8', [money(2.5), money(2.5), money(2), '/', '/', '/']);
  s.merge('B9:C9', '其他资金');
  s.row('D9', [null, null, null, '/', '/', '/']);
  s.merge('A10:A11', '年度总体目标');
  s.merge('B10:E10', '预期目标');
  s.merge('F10:I10', '实际完成情况');
  s.merge('B11:E11', '完成排涝泵站3座、堤防加固12公里。');
  s.merge('F11:I11', '已完成排涝泵站3座、堤防加固12公里。');
  s.merge('A12:A15', '绩效指标');
  s.row('B12', [
    '一级指标',
    '二级指标',
    '三级指标',
    '年度指标值',
    '实际完成值',
    '分值',
    '得分',
    '偏差原因分析及改进措施',
  ]);
  s.row('B13', ['产出指标', '数量指标', '堤防加固长度', '≥12公里', '12公里', 40, 40, null]);
  s.row('B14', ['效益指标', '社会效益指标', '城区内涝点减少', '≥10个', '11个', 40, 40, null]);
  s.row('B15', ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', { v: 0.93, numFmt: '0%' }, 10, 10, null]);
  s.merge('A16:F16', '总分');
  s.row('G16', [100, 99.5]);
  const grids = await readWorkbook(await toBuffer([s]), 'project-yi.xlsx');
  return grids[0];
}
