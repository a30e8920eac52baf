import { checkReport } from '../../src/core/reportCheck';
import { brief, formData, formOf } from './support';

const form = formOf(
  formData({
    initial: 623.5,
    full: 18015.27,
    executed: 17000,
    basic: 939.93,
    project: 17075.34,
    gpb: 2967.76,
    fund: 14800,
    other: 247.51,
  }),
);
const run = (text: string) => checkReport(text, form);
const findings = (text: string) => run(text).findings.map((f) => brief(text, f));
const labels = (text: string) => run(text).matched.map((m) => [m.text, m.label]);

describe('figures that name a quantity the form holds', () => {
  it('are matched by the label right before them, through 完成, 决算, 为…', () => {
    const text =
      '本年度基本支出决算939.93万元，项目支出完成17075.34万元；全年预算数为18015.27万元，全年执行数17000万元，年初预算数623.5万元。一般公共预算拨款2967.76万元，政府性基金14800万元，其他资金247.51万元。';
    expect(labels(text)).toEqual([
      ['939.93万元', '基本支出'],
      ['17075.34万元', '项目支出'],
      ['18015.27万元', '全年预算数'],
      ['17000万元', '全年执行数'],
      ['623.5万元', '年初预算数'],
      ['2967.76万元', '一般公共预算'],
      ['14800万元', '政府性基金拨款'],
      ['247.51万元', '其他资金'],
    ]);
    expect(findings(text)).toEqual([]);
  });

  it('disagreeing with the form are REPORT_FIGURE_MISMATCH, with the form figure as expected', () => {
    const text = '全年预算数18015.72万元，年初预算数632.5万元。';
    expect(findings(text)).toEqual([
      ['REPORT_FIGURE_MISMATCH', '18015.72万元', '18015.27万元', '18015.72万元'],
      ['REPORT_FIGURE_MISMATCH', '632.5万元', '623.50万元', '632.5万元'],
    ]);
  });

  it('are compared in the form unit, at the precision written: 元 and 亿元 convert, 1.8亿元 is 18015.27 rounded', () => {
    expect(findings('基本支出完成9,399,300元。全年预算数1.8亿元。项目支出17075万元。')).toEqual([]);
    expect(findings('基本支出完成9,399,400元。全年预算数1.9亿元。')).toEqual([
      ['REPORT_FIGURE_MISMATCH', '9,399,400元', '939.93万元', '9,399,400元'],
      ['REPORT_FIGURE_MISMATCH', '1.9亿元', '18015.27万元', '1.9亿元'],
    ]);
    const inYuan = formOf(formData({ full: 180152700, executed: 180152700, basic: 9399300, project: 170753400 }, '元'));
    expect(checkReport('基本支出939.93万元，项目支出17075.34万元。', inYuan).findings).toEqual([]);
    expect(checkReport('基本支出939.94万元。', inYuan).findings.map((f) => f.expected)).toEqual(['9399300.00元']);
    // A bare amount may be in either unit: its missing unit is flagged, not a mismatch.
    const bare = '基本支出939.93，项目支出17075.34万元。';
    expect(checkReport(bare, inYuan).findings.map((f) => brief(bare, f))).toEqual([
      ['REPORT_UNIT_MISSING', '939.93', '939.93万元', '939.93'],
    ]);
  });

  it('reads full-width digits, thousands separators and a space before the unit, with spans on the original text', () => {
    const text = '项目支出完成１７０７５．３５万元，基本支出完成 939.93 万元。';
    const r = run(text);
    expect(r.matched.map((m) => m.text)).toEqual(['１７０７５．３５万元', '939.93 万元']);
    expect(r.findings.map((f) => [f.code, text.slice(...f.span), f.expected])).toEqual([
      ['REPORT_FIGURE_MISMATCH', '１７０７５．３５万元', '17075.34万元'],
    ]);
  });

  it('checks 预算执行率 against 全年执行数 ÷ 全年预算数, at the decimals written', () => {
    // 17000 ÷ 18015.27 = 94.364…%
    expect(findings('预算执行率94.36%，执行率94%，资金执行率94.4%。')).toEqual([]);
    expect(findings('预算执行率100%。')).toEqual([['REPORT_FIGURE_MISMATCH', '100%', '94%', '100%']]);
    expect(findings('预算执行率94.37%。')).toEqual([['REPORT_FIGURE_MISMATCH', '94.37%', '94.36%', '94.37%']]);
  });

  it('are not changes: 比年初预算数增加…, 比上年多…, 减少… are never matched to the form', () => {
    const text =
      '基本支出比年初预算数增加516.43万元，比年初预算多386.88万元，项目支出比上年减少100万元，年初预算数增加200万元，与全年预算数18000万元相比。';
    expect(run(text).matched).toEqual([]);
    expect(findings(text)).toEqual([]);
    expect(run(text).unmatched.map((m) => m.text)).toEqual([
      '516.43万元',
      '386.88万元',
      '100万元',
      '200万元',
      '18000万元',
    ]);
  });

  it('are not sub-items: 基本建设类项目支出, 区级财政年初预算, 项目支出中某项 are left unmatched', () => {
    const text =
      '基本建设类项目支出16273.88万元，其中区级财政年初预算安排200万元专项资金，项目支出中老旧小区改造资金919.2万元，人员经费553.33万元，基本支出年初预算423.5万元。';
    expect(run(text).matched).toEqual([]);
    expect(findings(text)).toEqual([]);
  });

  it('are of the right kind: a percent is not an amount, an amount not a rate', () => {
    expect(run('项目支出占比94.78%，执行率1000万元。').matched).toEqual([]);
  });

  it('after 其中 name a part of the breakdown, never a total or a column', () => {
    expect(
      labels('年度资金总额18015.27万元，其中：一般公共预算2967.76万元，其中年初预算200万元，其中全年执行数100万元。'),
    ).toEqual([
      ['18015.27万元', '年度资金总额'],
      ['2967.76万元', '一般公共预算'],
    ]);
  });

  it('take 年度资金总额 as the full-year budget, or what was spent', () => {
    expect(findings('年度资金总额18015.27万元，年度资金总额17000万元。')).toEqual([]);
    expect(findings('年度资金总额18000万元。')).toEqual([
      ['REPORT_FIGURE_MISMATCH', '18000万元', '18015.27万元', '18000万元'],
    ]);
  });
});

describe('stated change percentages', () => {
  it('are checked against their own two figures, increase and decrease, at the precision written', () => {
    expect(findings('公用经费完成386.59万元，比上年增加123.89万元，增加47.16%。')).toEqual([]);
    expect(findings('公用经费完成386.59万元，比上年增加123.89万元，增长47%。')).toEqual([]);
    expect(findings('公用经费完成386.59万元，比上年增加123.89万元，增加47.2%。')).toEqual([]);
    expect(findings('公用经费完成386.59万元，比上年增加123.89万元，增加47.17%。')).toEqual([
      ['REPORT_PERCENT_WRONG', '47.17%', '47.16%', '47.17%'],
    ]);
    // Decrease: base = 200 + 50 = 250.
    expect(findings('人员经费完成200万元，比上年减少50万元，下降20%。')).toEqual([]);
    expect(findings('人员经费完成200万元，比上年减少50万元，下降25%。')).toEqual([
      ['REPORT_PERCENT_WRONG', '25%', '20%', '25%'],
    ]);
    // Counts work the same way; 元 and 万元 convert.
    expect(findings('改造户数995户，比上年增加229户，增长29.90%。')).toEqual([]);
    expect(findings('补贴完成10万元，比上年增加20000元，增加25%。')).toEqual([]);
  });

  it('is not checked without both figures, or against a base of zero', () => {
    expect(
      findings('比上年增长5%。公用经费增加20万元，增加12%。专项支出完成50万元，比上年增加50万元，增加100%。'),
    ).toEqual([]);
  });
});

describe('parts named after 其中', () => {
  it('that add up pass; a near miss is REPORT_PARTS_SUM on the whole', () => {
    expect(findings('全年共收房租408.8万元，其中：甲镇376.6万元，乙镇13.6万元，丙镇18.6万元。')).toEqual([]);
    expect(
      findings(
        '共处理信访件902件，其中热线728件、网格中心20件、信访局56件、网络问政68件，百姓呼声15件、问政湖南12件、留言板3件，回复率100%。',
      ),
    ).toEqual([]);
    expect(
      findings(
        '共处理信访件902件，其中热线728件、网格中心20件、信访局56件、网络问政68件，百姓呼声15件、问政湖南12件、留言板4件。',
      ),
    ).toEqual([['REPORT_PARTS_SUM', '902件', '903件', '902件']]);
  });

  it('may run over ；-separated clauses and start a sentence of their own; count units are kept apart', () => {
    const text =
      '任务2个项目共计368户，改造面积20960平方米，计划投资1.3亿元。其中：南塘小区208户；梅子湖三期安置160户，均已完工。';
    expect(findings(text)).toEqual([]);
    expect(findings(text.replace('160户', '161户'))).toEqual([['REPORT_PARTS_SUM', '368户', '369户', '368户']]);
  });

  it('raise nothing when they are examples, not the breakdown: one part, or far from the whole', () => {
    expect(findings('项目支出完成17075.34万元，其中基本建设类项目支出16273.88万元。')).toEqual([]);
    expect(findings('共支付1000万元，其中：甲项目100万元，乙项目50万元。')).toEqual([]);
    expect(findings('在职人员35人（其中预算编制人员29人），离休人员1人，退休人员42人。')).toEqual([]);
  });

  it('pass when some of them add up (the others being a budget line or an amount cut)', () => {
    expect(
      findings('本年实际支付资金1000万元，其中年初预算安排200万元，实际区级资金支付300万元，支付专项债资金700万元。'),
    ).toEqual([]);
  });

  it('flag a part in 元 among 万元 whose 万元 reading makes them add up: REPORT_UNIT_MISSING, not the sum', () => {
    expect(findings('全年共收房租408.8万元，其中：甲镇376.6万元，乙镇13.6万元，丙镇18.6元。')).toEqual([
      ['REPORT_UNIT_MISSING', '18.6元', '18.6万元', '18.6元'],
    ]);
  });
});

describe('amounts missing their unit', () => {
  it('flag 万 with no 元, and a bare number after money words, among amounts in 万元', () => {
    expect(findings('年初安排200万元，财政核减后为100万，资金50，实际支付856.59万元。')).toEqual([
      ['REPORT_UNIT_MISSING', '100万', '100万元', '100万'],
      ['REPORT_UNIT_MISSING', '50', '50万元', '50'],
    ]);
  });

  it('leave alone counts, years, dates, ordinals, section numbers, references and lone amounts', () => {
    const text =
      '附件2\n1、收集资料共850份，走访36户（1）2022年12月31日前完成，渌编办【2020】9号，第3次，526厂老旧小区，6月份完工，补贴703.9万元。\n资金100，财政核减后为100万。';
    expect(findings(text)).toEqual([]);
    const figures = run(text).unmatched.map((m) => m.text);
    expect(figures).toEqual(['850份', '36户', '703.9万元', '100', '100万']);
  });
});

describe('the text', () => {
  it('is split into sentences at 。；;!? and line breaks, and findings quote theirs', () => {
    const text = '前言！全年预算数1万元;项目支出2万元\n基本支出3万元？完';
    const r = run(text);
    expect(r.findings.map((f) => f.sentence)).toEqual(['全年预算数1万元', '项目支出2万元', '基本支出3万元']);
  });

  it('may be empty or hold no figure', () => {
    expect(run('')).toEqual({ findings: [], matched: [], unmatched: [] });
    expect(run('。；\n\n没有数字。')).toEqual({ findings: [], matched: [], unmatched: [] });
  });
});
