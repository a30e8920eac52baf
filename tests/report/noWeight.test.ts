import { promises as fs } from 'node:fs';
import type { Grid } from '../../src/core/cells';
import { layoutAnnex2 } from '../../src/core/layout/writeAnnex2';
import { checkReportUnguarded } from '../../src/core/reportCheck';
import { checkFormsOnSheet, checkWorkbook, type FormResult } from '../../src/core/workbook';
import { readWorkbook } from '../../src/hosts/xlsx';
import { xlsxPath } from '../corpus/build';
import { corpus } from '../corpus/forms';
import { SheetBuilder, toBuffer, type CellInput } from '../support/workbook';

jest.setTimeout(120_000);

/**
 * A project form whose indicator table has no 分值 column, as several provinces print it (the 得分 column stays):
 * the rule still compares target and actual (rules.md: not met and overachieved need no 分值), it only cannot score.
 */
async function formWithoutWeights(livingTarget: CellInput = '一'): Promise<Grid> {
  const s = new SheetBuilder('项目自评表');
  s.merge('A1:H1', '项目支出绩效自评表');
  s.merge('A2:H2', '（2022年度）');
  s.merge('A3:B3', '项目名称');
  s.merge('C3:H3', '渌口区2022年老旧小区改造项目');
  s.merge('A4:A6', '项目资金\n（万元）');
  s.row('D4', ['年初预算数', '全年预算数', '全年执行数', '执行率']);
  s.merge('B5:C5', '年度资金总额');
  s.row('D5', [25, 25, 24, { v: 0.96, numFmt: '0.00%' }]);
  s.merge('B6:C6', '其中：当年财政拨款');
  s.row('D6', [25, 25, 24, '/']);
  s.merge('A7:A8', '年度总体目标');
  s.merge('B7:D7', '预期目标');
  s.merge('E7:H7', '实际完成情况');
  s.merge('B8:D8', '完成19个老旧小区改造。');
  s.merge('E8:H8', '已完成19个老旧小区改造。');
  s.merge('A9:A13', '绩效指标');
  s.row('B9', ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '得分', '偏差原因分析及改进措施']);
  const pct = (v: number): CellInput => ({ v, numFmt: '0%' });
  const rows: CellInput[][] = [
    ['产出指标', '质量指标', '验收合格率', pct(1), pct(1), 20, null],
    ['产出指标', '数量指标', '改造户数', '≥995户', '900户', 20, '部分住户未同意改造'],
    ['效益指标', '社会效益指标', '居住条件改善', livingTarget, '100%', 20, null],
    ['满意度指标', '服务对象满意度指标', '居民满意度', '≥80%', pct(0.9), 10, null],
  ];
  rows.forEach((r, i) => s.row(`B${10 + i}`, r));
  return (await readWorkbook(await toBuffer([s]), 'no-weight.xlsx'))[0];
}

function lines(result: FormResult, lang: 'zh' | 'en') {
  const report = layoutAnnex2(result, result.form.sheet, {}, lang);
  const text = report.paragraphs.map((p) => p.text).join('\n');
  const line = (name: string) =>
    report.paragraphs.find((p) => p.text.includes(`${name}${lang === 'zh' ? '：' : ':'}`))!.text;
  return { text, line };
}

describe('an indicator on a form with no 分值, in the drafted report', () => {
  it('states the rule’s verdict, with no score ZiPing could not compute', async () => {
    const result = checkFormsOnSheet(await formWithoutWeights()).results[0];
    const zh = lines(result, 'zh');
    expect(zh.line('验收合格率')).toMatch(/^（\d+）验收合格率：年度指标值100%，实际完成值100%，达成年度指标。$/);
    expect(zh.line('居民满意度')).toMatch(/：年度指标值不低于80%，实际完成值90%，达成年度指标。$/);
    // Missed with the full stated score: how much of the weight it deserves cannot be judged without one.
    expect(zh.line('改造户数')).toMatch(
      /：年度指标值不低于995户，实际完成值900户，未达成年度指标【待核实：表中得分20分，按规则尚无法计分】；偏差原因：部分住户未同意改造。$/,
    );
    // The form gives the reason of the one it missed: the report may point to it.
    expect(zh.text).toContain('部分绩效指标未达到年度指标值：“改造户数”，原因见各指标的偏差原因分析。');
    const en = lines(result, 'en');
    expect(en.line('验收合格率')).toMatch(/: target 100%, actual 100%; the target was met\.$/);
    expect(en.line('改造户数')).toContain(
      'actual 900户; the target was not met [to verify: the form states 20 points; the rules cannot score it yet]',
    );
    for (const name of ['验收合格率', '改造户数', '居民满意度']) {
      expect(zh.line(name)).not.toMatch(/无法按规则比较|，得分\d/);
      expect(en.line(name)).not.toMatch(/cannot compare|for a score/);
    }
  });

  it('keeps asking the user where the rule truly cannot compare: a qualitative target against a number', async () => {
    const result = checkFormsOnSheet(await formWithoutWeights()).results[0];
    expect(lines(result, 'zh').line('居住条件改善')).toContain(
      '实际完成值100%，【请确认：年度指标值与实际完成值无法按规则比较，请说明完成情况】【待核实：表中得分20分，按规则尚无法计分】。',
    );
    expect(lines(result, 'en').line('居住条件改善')).toContain(
      '; [to confirm: the rules cannot compare the target and actual; say how far it was met]',
    );
  });

  it('says the total cannot be computed for want of 分值, not of completed values, when every row was compared', async () => {
    const result = checkFormsOnSheet(await formWithoutWeights('≥95%')).results[0];
    expect(lines(result, 'zh').text).toContain(
      '自评总分【请填写：尚有指标未列分值，无法按规则计算总分，补全分值后重新生成】。',
    );
    expect(lines(result, 'en').text).toContain(
      'Total score: [to fill in: some rows state no weight (分值), so the rules cannot total the form; fill in the weights and redraft].',
    );
    // One row the rule cannot compare besides: both causes are named.
    const both = checkFormsOnSheet(await formWithoutWeights()).results[0];
    expect(lines(both, 'zh').text).toContain(
      '自评总分【请填写：尚有指标未列分值或无法按规则计分，补全分值、核实年度指标值和实际完成值后重新生成】。',
    );
  });

  it('drafts 云南龙阳’s real form (no 分值 column) with its verdicts, and checks clean against it', async () => {
    const form = corpus.find((f) => f.id === 'yn-longyang-tfz-2022')!;
    const [result] = checkWorkbook(await readWorkbook(await fs.readFile(xlsxPath(form)), `${form.id}.xlsx`));
    const zh = lines(result, 'zh');
    expect(zh.line('项目按时完成率')).toMatch(/：年度指标值100%，实际完成值100%，达成年度指标。$/);
    expect(zh.line('三、土样植株化验')).toMatch(/：年度指标值不低于60个，实际完成值105个，超额完成年度指标。$/);
    expect(zh.text).not.toContain('无法按规则比较');
    expect(checkReportUnguarded(zh.text, result.form).findings).toEqual([]);
  });
});
