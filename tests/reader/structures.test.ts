import { checkFormsOnSheet, checkWorkbook } from '../../src/core/workbook';
import { span } from '../support/handLaid';
import { INDICATOR_HEADER, INDICATORS, checkOne, codesOf, handProject, handProjectRows } from './handForms';
import { handLaid } from '../support/handLaid';

describe('structures of real templates', () => {
  it('rows beginning 其中 under an indicator detail it: no indicator of their own, no weight needed', () => {
    const indicators = [
      INDICATORS[0],
      [null, null, '其中：县道', '≥40公里', '40公里', null, null, null],
      [null, null, '其中：乡道', '≥80公里', '80公里', null, null, null],
      ...INDICATORS.slice(1),
    ];
    const result = checkOne(handProject({ indicators }));
    expect(result.findings).toEqual([]);
    expect(result.form.indicators.map((i) => i.name)).not.toContain('其中：县道');
    expect(result.form.indicators).toHaveLength(5);
  });

  it.each(['其他需要说明事项', '备注', '说明'])('a %s row between the indicators and 总分 is no indicator', (label) => {
    const result = checkOne(
      handProject({ afterIndicators: [[span(label, 3), span('因疫情影响部分工程顺延至次年，已在报告中说明。', 5)]] }),
    );
    expect(result.findings).toEqual([]);
    expect(result.form.statedTotal?.value).toBe(99.5);
  });

  it('a total stated below a notes row, as 自评总分：99.5, is read', () => {
    const result = checkOne(
      handProject({
        afterIndicators: [[span('填表说明：分值合计为100分。', 8)]],
        total: ['自评总分：99.5', null, null, null, null, null, null, null],
      }),
    );
    expect(result.findings).toEqual([]);
    expect(result.form.statedTotal).toMatchObject({ cell: 'A18', value: '99.5' });
  });

  it('level-1 groups with other names are read, and their weights still add up to 100', () => {
    const indicators = INDICATORS.map((row, i) => [
      ['产出类指标', '产出类指标', '产出类指标', '效果指标', '影响力指标'][i],
      ...row.slice(1),
    ]);
    const result = checkOne(handProject({ indicators }));
    expect(result.findings).toEqual([]);
    expect(result.form.level1Groups.map((g) => g.name)).toEqual(['产出类指标', '效果指标', '影响力指标']);
    const heavy = indicators.map((row) => [...row]);
    heavy[4][5] = 20;
    heavy[4][6] = 20;
    expect(
      codesOf(checkOne(handProject({ indicators: heavy, total: [span('总分', 5), 110, 109.5, null] })).findings),
    ).toContain('WEIGHTS_SUM');
  });

  it('an extra 备注 column is read past', () => {
    const indicators = INDICATORS.map((row) => [...row, '按合同执行']);
    const result = checkOne(handProject({ indicatorHeader: [[...INDICATOR_HEADER, '备注']], indicators }));
    expect(result.findings).toEqual([]);
  });

  it('a table continued on a second sheet (续表, header repeated) is read and checked as one form', () => {
    const first = handProject({ indicators: INDICATORS.slice(0, 3), total: [null] }, '自评表');
    const rest = handLaid('续表', [
      [span('续表', 8)],
      INDICATOR_HEADER,
      ...INDICATORS.slice(3),
      [span('总分', 5), 100, 99.5, null],
    ]);
    const results = checkWorkbook([first, rest]);
    expect(results).toHaveLength(1);
    expect(results[0].form.indicators.map((i) => i.name)).toEqual(INDICATORS.map((r) => r[2]));
    expect(results[0].findings).toEqual([]);
    // Every cell a continued row names is on the second sheet, so any finding on it leads there.
    const continued = results[0].form.indicators[3] as unknown as Record<string, unknown>;
    const cells = Object.entries(continued).flatMap(([key, v]) =>
      key.endsWith('Cell')
        ? [v]
        : typeof v === 'object' && v !== null && 'cell' in v
          ? [(v as { cell?: string }).cell]
          : [],
    );
    expect(cells.filter((c) => c !== undefined).length).toBeGreaterThanOrEqual(6);
    expect(cells.filter((c) => c !== undefined && !String(c).startsWith('续表!'))).toEqual([]);
    // A finding on the continued rows names the second sheet and its cell.
    const missed = INDICATORS.map((row) => [...row]);
    missed[4][4] = '80%';
    missed[4][7] = '部分群众未回访';
    const sheet2 = handLaid('续表', [
      [span('续表', 8)],
      INDICATOR_HEADER,
      ...missed.slice(3),
      [span('总分', 5), 100, 99.5, null],
    ]);
    const notMet = checkWorkbook([first, sheet2])[0].findings.find((f) => f.code === 'IND_NOT_MET');
    expect(notMet).toMatchObject({ sheet: '续表', cell: 'E4', indicator: '群众满意度' });
  });
});

describe('structures seen in the corpus of session 4', () => {
  it('a budget weight in the block title and 得分 header, with no 分值 column, is the budget weight', () => {
    const result = checkOne(
      handProject({
        budgetHeader: ['预算数(A)', '执行数(B)', '执行率(B/A)', '得分(20分*执行率)', null, null],
        budgetTotal: ['年度资金总额', 100, 95, '95%', 19, null, null],
        subRows: [],
      }),
    );
    expect(result.findings.filter((f) => f.code === 'FIELD_MISSING' && f.message.zh.includes('“分值”'))).toEqual([]);
    expect(result.check.budget?.ruleScore).toBe(19);
  });

  it('指标名称 heads a flat table only where its row also names a target and an actual', () => {
    const flat = handLaid('重庆', [
      [span('部门整体绩效自评表', 6)],
      [span('部门预算执行情况(万元)', 1, 2), '年初预算数', '全年(调整)预算数', '全年执行数', '执行率(%)', '执行率权重'],
      [100, 100, 90, '90%', 10],
      ['指标名称', '计量单位', '年初指标值', '全年完成值', '指标权重(分)', '指标得分(分)'],
      ['播发稿件数量', '篇', '2200篇', '2000篇', 10, 10],
    ]);
    const read = checkOne(flat);
    expect(read.form.indicators.map((i) => [i.name, i.target.value, i.actual.value])).toEqual([
      ['播发稿件数量', '2200篇', '2000篇'],
    ]);
    expect(read.form.budget.fullYearBudget?.value).toBe(100);
    expect(codesOf(read.findings)).toContain('IND_SCORE_TOO_HIGH');

    const listOnly = handLaid('名单', [
      ['指标名称', '说明'],
      ['播发稿件数量', '新闻稿件'],
    ]);
    expect(checkFormsOnSheet(listOnly).results).toEqual([]);
  });

  it('a level-1 weight in a column of its own (自评权重) is the group weight', () => {
    const result = checkOne(
      handProject({
        indicatorHeader: [['分解目标', '自评权重', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因']],
        indicators: [
          [span('产出指标', 1, 2), span(50, 1, 2), '养护道路里程', '≥120公里', '120公里', 30, 30, null],
          ['路面合格率', '≥95%', '96%', 10, 10, null],
        ],
      }),
    );
    expect(result.findings.find((f) => f.code === 'WEIGHTS_SUM' && f.message.zh.includes('产出指标'))).toMatchObject({
      expected: expect.stringContaining('50'),
    });
  });
});

describe('a total stated above the tables (自评得分 98 beside the project name)', () => {
  const withHeaderTotal = (total: number | string) => {
    const rows = handProjectRows({ total: [] });
    rows.splice(2, 0, ['自评得分', total, null, null, null, null, null, null]);
    return checkOne(handLaid('项目自评表', rows));
  };

  it('stands for the 总分 row the form does not have', () => {
    const result = withHeaderTotal(99.5);
    expect(result.form.statedTotal?.value).toBe(99.5);
    expect(result.findings.filter((f) => f.message.zh.includes('总分'))).toEqual([]);
  });

  it('is checked against the scores', () => {
    expect(codesOf(withHeaderTotal(95).findings)).toContain('TOTAL_WRONG');
  });

  it('written in words, is named where it stands, not reported missing under the table', () => {
    expect(withHeaderTotal('九十九分').findings.map((f) => [f.code, f.cell, f.message.zh])).toEqual([
      ['FIELD_MISSING', 'B3', '总分“九十九分”不是数字'],
    ]);
  });
});

describe('the header fields of a project form', () => {
  it('a blank 主管部门 stays blank: the 项目实施单位 label beside it is the next field, not its value', () => {
    const rows = handProjectRows();
    rows[2] = ['主管部门', span(null, 3), '项目实施单位', span('某县公路所', 3)];
    const project = checkOne(handLaid('项目自评表', rows)).form.project;
    expect(project?.department?.value ?? null).toBeNull();
    expect(project?.implementer?.value).toBe('某县公路所');
  });
});

describe('a budget block totalled in a 合计 row under its parts (Fujian, fj-ningde-dzj-2020)', () => {
  const fujian = (header: { full?: string; rate?: string } = {}, executed = 238, rate: number = 99.17) =>
    handLaid('福建', [
      [span('部门整体支出绩效自评表', 9)],
      ['部门(单位)名称', span('某县气象局', 8)],
      [
        span('财政资金安排和使用情况\n(万元)', 1, 6),
        '资金结构',
        '年初部门预算安排金额(含历年结余结转)①',
        '年中调整金额②',
        header.full ?? '小计\n③=①+②',
        '年度拨付金额',
        header.rate ?? '支出实现率(%)⑤=④/③',
      ],
      ['财政资金小计', 200, 40, 240, executed, rate],
      ['① 项目支出', 50, 0, 50, 50, 100],
      ['② 基本支出', 150, 40, 190, executed - 50, null],
      ['2.单位其它收入', 0, 0, 0, 0, 0],
      ['合 计', 200, 40, 240, executed, rate],
      [span('年度总体目标完成情况', 1, 2), span('预期目标', 4), span('目标实际完成情况', 4)],
      [span('做好气象服务', 4), span('完成年度目标', 4)],
      ['一级指标', '二级指标', '三级指标', '绩效目标值', '实际完成值', '指标分值', '自评得分', '未完成原因'],
      ['产出目标', '数量目标', '发布预警信息次数', '50次', '52次', 100, 100, '已完成'],
    ]);
  const budgetMissing = (findings: { code: string; message: { zh: string } }[]) =>
    findings
      .filter((f) => f.code === 'FIELD_MISSING' && /资金总额|预算数|执行数|执行率/.test(f.message.zh))
      .map((f) => f.message.zh);

  it('reads 合 计 as the total, 小计③=①+② as the full-year budget and 年度拨付金额 as the executed amount', () => {
    const result = checkOne(fujian());
    expect(budgetMissing(result.findings)).toEqual([]);
    const { budget } = result.form;
    expect([
      budget.labelCell,
      budget.initialBudget?.value,
      budget.fullYearBudget?.value,
      budget.executed?.value,
    ]).toEqual(['B8', 200, 240, 238]);
    // The parts above the total are read too, in each column: 50 + 190 = 240.
    expect(budget.bySpending.map((p) => [p.label, p.columns?.fullYearBudget?.value])).toEqual([
      ['项目支出', 50],
      ['基本支出', 190],
    ]);
    expect(codesOf(result.findings)).toContain('BUDGET_ADJUSTED');
    expect(codesOf(result.findings)).not.toContain('BUDGET_RATE_WRONG');
  });

  it('a plain number under a header saying (%) is a percentage, however small', () => {
    // 2.88 of 240 is 1.2%: under 支出实现率(%) the 1.2 is right; with no (%) it reads as the ratio 1.2, 120%.
    expect(codesOf(checkOne(fujian({}, 2.88, 1.2)).findings)).not.toContain('BUDGET_RATE_WRONG');
    expect(codesOf(checkOne(fujian({ rate: '支出实现率' }, 2.88, 1.2)).findings)).toContain('BUDGET_RATE_WRONG');
  });

  it('a bare 小计 is no budget column: the 年初 column alone stands for the budget, and says so', () => {
    const result = checkOne(fujian({ full: '小计' }));
    expect(result.form.budget.fullYearBudget?.value).toBe(200);
    expect(codesOf(result.findings)).toContain('BUDGET_SINGLE_COLUMN');
  });
});
