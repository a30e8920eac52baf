import { layoutAnnex1 } from '../../src/core/layout/writeAnnex1';
import { layoutAnnex2 } from '../../src/core/layout/writeAnnex2';
import { SAMPLE_INPUTS } from '../../src/core/report/inputs';
import { checkReport } from '../../src/core/reportCheck';
import { sampleForm as templateSample } from '../../src/core/templates';
import { checkFormsOnSheet } from '../../src/core/workbook';
import { brief, formData, formOf, sampleForm } from './support';

/**
 * Figures as published reports write them. The 南县政协 lines are its 2021 部门整体支出绩效评价报告 as published
 * (label, colon, figure; the parts after 其中 in the next sentence, separated by half-width commas); the indicator
 * lines are written the way reports state the sample's indicators (改造户数 ≥766户 / 995户, 白蚁治理面积 30万平方米,
 * 验收合格率 100%, 居民满意度 ≥95% / 96%).
 */
const NANXIAN =
  '1、收入:792.22万元。同比上年度增加189.25万元,增加31.39%。其中:财政拨款收入792.22万元,同比上年度增加209.28万元,增加35.9%。\n' +
  '2、支出:799.12万元。其中:人员经费支出434.89万元,公用经费支出77.4万元,项目支出286.83万元。';

const nanxian = (executed: number, project: number) =>
  formOf(formData({ full: 812.5, executed, basic: 512.29, project }), 'nanxian');
const findingsOf = (text: string, form = sampleForm()) => checkReport(text, form).findings.map((f) => brief(text, f));
const labelsOf = (text: string, form = sampleForm()) => checkReport(text, form).matched.map((m) => [m.text, m.label]);

describe('label, colon, figure (支出:799.12万元) and 其中 in the next sentence', () => {
  it('matches the spending and the project part of a real report, and finds nothing wrong when the form agrees', () => {
    expect(labelsOf(NANXIAN, nanxian(799.12, 286.83))).toEqual([
      ['799.12万元', '全年执行数'],
      ['286.83万元', '项目支出'],
    ]);
    expect(findingsOf(NANXIAN, nanxian(799.12, 286.83))).toEqual([]);
  });

  it('finds a spending figure the form does not hold, and parts after 其中 that no longer add up', () => {
    expect(findingsOf(NANXIAN, nanxian(800.12, 286.83))).toEqual([
      ['REPORT_FIGURE_MISMATCH', '799.12万元', '800.12万元', '799.12万元'],
    ]);
    const altered = NANXIAN.replace('项目支出286.83万元', '项目支出296.83万元');
    expect(findingsOf(altered, nanxian(799.12, 296.83)).map(([code, figure]) => [code, figure])).toEqual([
      ['REPORT_PARTS_SUM', '799.12万元'],
    ]);
  });

  it('reads 预算执行率：100% and 全年执行数:18015.27万元 as the labels they are', () => {
    const text = '全年预算数：18015.27万元，全年执行数:18015.27万元，预算执行率：100%。';
    expect(labelsOf(text)).toEqual([
      ['18015.27万元', '全年预算数'],
      ['18015.27万元', '全年执行数'],
      ['100%', '预算执行率'],
    ]);
    expect(findingsOf('执行率：95.2%。')).toEqual([['REPORT_FIGURE_MISMATCH', '95.2%', '100.0%', '95.2%']]);
  });
});

describe('indicator figures: a target or an actual the report quotes', () => {
  it('are matched by the indicator’s name or subject before them, in its unit, and agree with the form', () => {
    const text = '产出指标：完成老旧小区改造995户，白蚁治理30万平方米，验收合格率100%。满意度指标：居民满意度达到96%。';
    expect(labelsOf(text)).toEqual([
      ['995户', '改造户数'],
      ['30万平方米', '白蚁治理面积'],
      ['100%', '验收合格率'],
      ['96%', '居民满意度'],
    ]);
    expect(findingsOf(text)).toEqual([]);
  });

  it('that agree with neither the target nor the actual are REPORT_FIGURE_MISMATCH, naming both', () => {
    const text = '本年度实际完成老旧小区改造959户，居民满意度达到69%。';
    expect(findingsOf(text)).toEqual([
      ['REPORT_FIGURE_MISMATCH', '959户', '≥766户 / 995户', '959户'],
      ['REPORT_FIGURE_MISMATCH', '69%', '≥95% / 96%', '69%'],
    ]);
    expect(checkReport(text, sampleForm()).findings[0].message.zh).toBe(
      '“本年度实际完成老旧小区改造959…”中的 959户 与表不符：表中改造户数的年度指标值或实际完成值为 ≥766户 / 995户',
    );
  });

  it('are held to the side the words name: 年度指标值 to the target, 实际完成值 to the actual', () => {
    const text = '（11）居民满意度：年度指标值不低于95%，实际完成值90%。';
    expect(labelsOf(text)).toEqual([
      ['95%', '居民满意度'],
      ['90%', '居民满意度'],
    ]);
    expect(findingsOf(text)).toEqual([['REPORT_FIGURE_MISMATCH', '90%', '96%', '90%']]);
  });

  it('leave alone what is not the indicator: a change, a part of it, another unit', () => {
    const text = '改造户数比上年增加229户。目前，熙园小区230户改造6月份已完工。白蚁治理投入5万元。';
    expect(findingsOf(text)).toEqual([]);
    expect(labelsOf(text)).toEqual([]);
  });
});

describe('ZiPing’s own draft of the sample', () => {
  it('has its indicator sentences’ figures matched to the form, and agreeing', () => {
    const result = checkFormsOnSheet(layoutAnnex1(templateSample(), '附件1').grid).results[0];
    const text = layoutAnnex2(result, '附件1', SAMPLE_INPUTS, 'zh')
      .paragraphs.map((p) => p.text)
      .join('\n');
    const check = checkReport(text, result.form);
    expect(check.findings).toEqual([]);
    const matched = new Set(check.matched.map((m) => m.label));
    for (const name of ['改造小区数', '改造户数', '白蚁治理面积', '验收合格率', '资金收缴及拨付及时到位', '居民满意度'])
      expect({ name, matched: matched.has(name) }).toEqual({ name, matched: true });
  });
});
