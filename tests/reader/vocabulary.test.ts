import { checkWorkbook } from '../../src/core/workbook';
import { form } from '../corpus/forms/hn-yongzhou-lingling-lyj-2021';
import { layOut, m } from '../corpus/layout';
import { span } from '../support/handLaid';
import { BUDGET_HEADER, INDICATOR_HEADER, checkOne, codesOf, handProject } from './handForms';

const missing = (grid: ReturnType<typeof handProject>) =>
  checkOne(grid).findings.filter((f) => f.code === 'FIELD_MISSING' || f.code.endsWith('_MISSING'));

function withIndicatorHeader(index: number, text: string) {
  const header = [...INDICATOR_HEADER];
  header[index] = text;
  return handProject({ indicatorHeader: [header] });
}

function withBudgetHeader(index: number, text: string) {
  const header = [...BUDGET_HEADER];
  header[index] = text;
  return handProject({ budgetHeader: header });
}

describe('header vocabulary of real templates (docs/spec/annex1.md, Vocabulary)', () => {
  it.each(['全年实际值', '实际值', '完成值', '全年完成值', '实际完成值(B)', '实际完成值（B）', '实 际 完 成 值'])(
    '%s is 实际完成值',
    (text) => {
      const result = checkOne(withIndicatorHeader(4, text));
      expect(missing(withIndicatorHeader(4, text))).toEqual([]);
      expect(result.form.indicators[0].actual.value).toBe('120公里');
    },
  );

  it('实际完成指标值(B), as Jinan’s 区级 template heads it (tests/corpus sd-jinan-licheng-whg-2019), is 实际完成值', () => {
    const grid = withIndicatorHeader(4, '实际完成指标值(B)');
    expect(missing(grid)).toEqual([]);
    expect(checkOne(grid).form.indicators[0].actual.value).toBe('120公里');
  });

  it('指标实际完成值 and 指标分值权重, as 阜康市’s template heads them (tests/corpus xj-fukang-tjj-2023), are 实际完成值 and 分值', () => {
    const header = [...INDICATOR_HEADER];
    header[4] = '指标实际完成值';
    header[5] = '指标分值权重';
    const grid = handProject({ indicatorHeader: [header] });
    const result = checkOne(grid);
    expect(result.findings).toEqual([]);
    expect(result.form.indicators[0].actual.value).toBe('120公里');
    expect(result.form.indicators[0].weight?.value).toBe(30);
  });

  it.each(['年度目标值', '指标值(A)', '预期指标值', '目标值', '年初目标值（A）', '年度指标值（A）', '绩效目标值'])(
    '%s is 年度指标值',
    (text) => {
      const result = checkOne(withIndicatorHeader(3, text));
      expect(missing(withIndicatorHeader(3, text))).toEqual([]);
      expect(result.form.indicators[0].target.value).toBe('≥120公里');
    },
  );

  it.each(['评分', '自评得分', '得分（分）'])('%s is 得分', (text) => {
    const result = checkOne(withIndicatorHeader(6, text));
    expect(result.findings).toEqual([]);
    expect(result.form.indicators[0].statedScore?.value).toBe(30);
  });

  it.each(['权重', '指标分值', '分值（100分）'])('%s is 分值', (text) => {
    expect(checkOne(withIndicatorHeader(5, text)).findings).toEqual([]);
  });

  it.each([
    [1, '调整后预算数'],
    [1, '全年预算数(A)'],
    [1, '全年预算数（A）（万元）'],
    [2, '执行数'],
    [2, '全年执行数(B)'],
    [2, '预算执行数'],
    [4, '预算执行率'],
    [4, '执行率(B/A)'],
    [5, '评分'],
    [3, '权重'],
    [3, '分值权重'],
  ])('budget column %i written %s is read', (index, text) => {
    const result = checkOne(withBudgetHeader(index, text));
    expect(result.findings).toEqual([]);
    expect(result.check.budget?.rate).toBeCloseTo(0.95, 10);
  });

  it.each(['年度资金总额：', '资金总额', '项目资金总额', '年度财政资金总额', '总额'])(
    'the total row %s is 年度资金总额',
    (text) => {
      const result = checkOne(handProject({ budgetTotal: [text, 100, 100, 95, 10, '95.00%', 9.5] }));
      expect(result.findings).toEqual([]);
    },
  );

  it('reads the goal written 项目年度目标 / 年度目标完成情况 above the budget, with numbered headings', () => {
    const grid = handProject({
      goal: [],
      budgetHeader: [...BUDGET_HEADER],
    });
    // Sichuan 2023: 项目基本情况 › 1.项目年度目标完成情况 › 项目年度目标 | 年度目标完成情况, before the budget block.
    grid.cells.splice(
      3,
      0,
      [
        { value: '项目基本情况' },
        { value: '1.项目年度目标完成情况' },
        { value: '项目年度目标' },
        undefined,
        undefined,
        { value: '年度目标完成情况' },
      ],
      [undefined, undefined, { value: '养护农村公路120公里' }, undefined, undefined, { value: '完成养护120公里' }],
    );
    grid.merges = grid.merges.map((m) => (m.top >= 3 ? { ...m, top: m.top + 2, bottom: m.bottom + 2 } : m));
    const result = checkOne(grid);
    expect(result.form.goal.planned?.value).toBe('养护农村公路120公里');
    expect(result.form.goal.achieved?.value).toBe('完成养护120公里');
    expect(result.findings).toEqual([]);
  });

  it.each([
    ['年初设定目标', '年度总体目标完成情况综述'],
    ['预期目标', '全年实际完成情况'],
    ['计划目标', '年度目标完成情况'],
    ['总体目标', '总体目标完成情况'],
  ])('reads the goal labelled %s / %s', (planned, achieved) => {
    const result = checkOne(
      handProject({
        goal: [
          [span('年度总体目标', 1, 2), span(planned, 3), span(achieved, 4)],
          [span('养护农村公路120公里', 3), span('完成养护120公里', 4)],
        ],
      }),
    );
    expect(result.form.goal.planned?.value).toBe('养护农村公路120公里');
    expect(result.form.goal.achieved?.value).toBe('完成养护120公里');
    expect(result.findings).toEqual([]);
  });

  it('reads a goal row headed 总体目标 with no 预期目标 / 实际完成情况 labels: the planned text, then the achieved one', () => {
    const result = checkOne(
      handProject({ goal: [['总体目标', span('养护农村公路120公里', 3), span('完成养护120公里', 4)]] }),
    );
    expect(result.form.goal.planned?.value).toBe('养护农村公路120公里');
    expect(result.form.goal.achieved?.value).toBe('完成养护120公里');
    expect(result.findings).toEqual([]);
  });

  it('reads a goal row with no 预期目标 / 实际完成情况 labels: the planned text, then the achieved one', () => {
    const result = checkOne(
      handProject({ goal: [['年度\n总体\n目标', span('国家基本公共卫生服务', 3), span('国家基本公共卫生服务', 4)]] }),
    );
    expect(result.form.goal.planned?.cell).toBe('B9');
    expect(result.form.goal.achieved?.cell).toBe('E9');
    expect(codesOf(result.findings)).toEqual(['GOAL_MISSING']);
    expect(result.findings[0].message.zh).toContain('完全相同');
  });
});

describe('budget rows since 2021 (department form)', () => {
  const department = (parts: [string, number | null][], total = 1000) =>
    handProject({
      subRows: [
        ['按收入性质分', null, null, null, null, null, null],
        ...parts.map(([label, v]) => [label, v, v, v, null, null, null]),
      ],
      budgetTotal: ['年度资金总额', total, total, total, 10, '100%', 10],
    });

  it('reads every income part by its key and adds them up', () => {
    const parts: [string, number][] = [
      ['一般公共预算（拨款）', 500],
      ['政府性基金预算（拨款）', 100],
      ['国有资本经营预算', 50],
      ['财政专户管理资金', 50],
      ['单位资金', 100],
      ['上年结转', 150],
      ['其他资金', 50],
    ];
    const grid = department(parts);
    grid.cells[0][0] = { value: '部门整体支出绩效自评表（2023年度）' };
    grid.cells[1][0] = { value: '预算部门名称' };
    const result = checkOne(grid);
    expect(result.form.kind).toBe('department');
    expect(result.form.budget.byIncome.map((p) => p.key)).toEqual([
      'generalPublicBudget',
      'governmentFund',
      'stateCapital',
      'specialAccountNonTax',
      'unitFunds',
      'carryOver',
      'otherFunds',
    ]);
    expect(codesOf(result.findings)).not.toContain('BUDGET_INCOME_SUM');
    const short = department(parts.map(([l, v]) => [l, l === '单位资金' ? 90 : v]));
    short.cells[0][0] = { value: '部门整体支出绩效自评表（2023年度）' };
    expect(codesOf(checkOne(short).findings)).toContain('BUDGET_INCOME_SUM');
  });
});

describe('a name label the reader does not know', () => {
  const nameFindings = (grid: ReturnType<typeof handProject>) =>
    checkOne(grid).findings.filter((f) => f.code === 'FIELD_MISSING' && /名称/.test(String(f.expected ?? '')));

  it('is named, with its cell, in the one finding for the missing 项目名称 (a page that dropped a character)', () => {
    const grid = handProject();
    grid.cells[1][0] = { value: '专项名称' };
    const [finding, ...more] = nameFindings(grid);
    expect(more).toEqual([]);
    expect(finding).toMatchObject({ cell: 'A2', expected: '项目名称', found: '专项名称（A2）' });
    expect(finding.message.zh).toBe('缺少“项目名称”；表头中未能识别的有 “专项名称”（A2）');
    expect(finding.message.en).toBe('“项目名称” is missing; not recognised in the header: “专项名称” (A2)');
  });

  it('is not another field’s label: with none like a name, the finding points where the form starts', () => {
    const grid = handProject();
    grid.cells[1][0] = { value: '备注' };
    const [finding, ...more] = nameFindings(grid);
    expect(more).toEqual([]);
    expect(finding.message.zh).toMatch(/^缺少“项目名称”（[A-Z]+\d+）$/);
  });
});

describe('a unit-name label the reader does not know, under a line saying what the amounts are in', () => {
  it.each([
    ['单位', '万元'],
    ['金额单位', '元'],
  ])('names the damaged name label, not %s | %s', (label, unit) => {
    // hn-yongzhou-lingling-lyj-2021's unit label reads 级预算单位名称 (A3); a line above it says what amounts are in.
    const sheet = form.sheets[0];
    const rows = [...sheet.rows];
    rows.splice(2, 0, [m(label, 2), m(unit, 6)]);
    const findings = checkWorkbook([layOut({ ...sheet, rows })]).flatMap((r) => r.findings);
    const named = findings.filter((f) => f.code === 'FIELD_MISSING' && f.expected === '预算部门名称');
    expect(named.map((f) => [f.cell, f.message.zh])).toEqual([
      ['A4', '缺少“预算部门名称”；表头中未能识别的有 “级预算单位名称”（A4）'],
    ]);
  });
});

describe('a form without a goal block', () => {
  const goalFindings = (grid: ReturnType<typeof handProject>) =>
    checkOne(grid).findings.filter((f) => f.code === 'FIELD_MISSING' && f.expected === '年度总体目标');

  it('has the one finding at the first cell under the budget block, where the block would stand', () => {
    // The budget block is rows 4–8 (项目资金 spans them); the indicator header follows on row 9.
    const [finding, ...more] = goalFindings(handProject({ goal: [] }));
    expect(more).toEqual([]);
    expect(finding).toMatchObject({ cell: 'A9' });
    expect(finding.message.zh).toBe('缺少“年度总体目标”：预算表之下（A9）没有预期目标与实际完成情况');
  });

  it('names a label there that reads like a goal’s but is none the reader knows, at its cell', () => {
    const grid = handProject({ goal: [['项目绩效总目标', span('养护农村公路120公里，路况良好', 7)]] });
    const [finding, ...more] = goalFindings(grid);
    expect(more).toEqual([]);
    expect(finding).toMatchObject({ cell: 'A9', found: '项目绩效总目标（A9）' });
    expect(finding.message.zh).toBe('缺少“年度总体目标”；表中未能识别的有 “项目绩效总目标”（A9）');
    expect(finding.message.en).toBe('“年度总体目标” is missing; not recognised in the form: “项目绩效总目标” (A9)');
  });
});

describe('a single budget column', () => {
  it.each([
    [['预算数', '执行数', '分值', '执行率', '得分'], '预算数'],
    [['年初预算数(A)', '全年执行数(B)', '分值', '执行率(B/A)', '得分'], '年初预算数(A)'],
  ])('%j: the rate uses it, and an info finding says what stood for 全年预算数', (header, text) => {
    const result = checkOne(
      handProject({
        budgetHeader: header,
        budgetTotal: ['年度资金总额', 100, 95, 10, '95%', 9.5],
        subRows: [['其中：当年财政拨款', 100, 95, null, null, null]],
      }),
    );
    expect(result.check.budget?.rate).toBeCloseTo(0.95, 10);
    expect(result.findings.map((f) => [f.code, f.severity, f.found])).toEqual([['BUDGET_SINGLE_COLUMN', 'info', text]]);
  });
});
