import { span } from '../support/handLaid';
import { INDICATOR_HEADER, INDICATORS, checkOne, codesOf, handProject } from './handForms';

const without = (index: number) => INDICATOR_HEADER.filter((_, i) => i !== index);
const rowsWithout = (index: number) => INDICATORS.map((row) => row.filter((_, i) => i !== index));

describe('what a reader gap costs (rules.md, Findings)', () => {
  it('a column the reader cannot find is one FIELD_MISSING naming what it found, and no per-row finding', () => {
    const header = [...INDICATOR_HEADER];
    header[4] = '全年实绩';
    const result = checkOne(handProject({ indicatorHeader: [header] }));
    expect(codesOf(result.findings)).toEqual(['FIELD_MISSING']);
    const [finding] = result.findings;
    expect(finding).toMatchObject({ expected: '实际完成值', cell: 'C11' });
    expect(finding.message.zh).toContain('“全年实绩”（E11）');
    expect(finding.message.en).toContain('“全年实绩” (E11)');
  });

  it('a missing 分值 column: one finding; not met and overachieved are still reported', () => {
    const indicators = rowsWithout(5);
    indicators[0] = ['产出指标', '数量指标', '养护道路里程', '≥120公里', '100公里', 20, '里程未达标：资金到位晚'];
    indicators[1] = ['产出指标', '质量指标', '路面合格率', '≥60%', '96%', 10, '指标值设定偏低'];
    const result = checkOne(handProject({ indicatorHeader: [without(5)], indicators }));
    const codes = codesOf(result.findings);
    expect(codes.filter((c) => c === 'FIELD_MISSING')).toHaveLength(1);
    expect(codes).not.toContain('IND_WEIGHT_MISSING');
    expect(result.findings.find((f) => f.code === 'IND_NOT_MET')?.indicator).toBe('养护道路里程');
    expect(result.findings.find((f) => f.code === 'IND_OVERACHIEVED')?.indicator).toBe('路面合格率');
  });

  it('a missing 偏差原因 column: one finding, and no IND_REASON_MISSING on the missed rows', () => {
    const indicators = rowsWithout(7);
    indicators[0] = ['产出指标', '数量指标', '养护道路里程', '≥120公里', '100公里', 30, 25];
    const result = checkOne(handProject({ indicatorHeader: [without(7)], indicators }));
    expect(codesOf(result.findings)).toEqual(['FIELD_MISSING', 'IND_NOT_MET', 'TOTAL_WRONG']);
    expect(result.findings.find((f) => f.code === 'FIELD_MISSING')?.expected).toBe('偏差原因分析及改进措施');
  });

  it('weights written in the indicator names stand for a 分值 column', () => {
    const indicators = rowsWithout(5).map((row) => {
      const weight = INDICATORS.find((r) => r[2] === row[2])![5];
      return row.map((v, i) => (i === 2 ? `${String(v)}（${String(weight)}分）` : v));
    });
    const total = [span('总分', 5), 99.5, null];
    const result = checkOne(handProject({ indicatorHeader: [without(5)], indicators, total }));
    expect(result.findings).toEqual([]);
    expect(result.check.indicators.map((i) => i.weight)).toEqual([30, 10, 10, 30, 10]);
  });

  it('a met target docked without a reason is IND_SCORE_UNEXPLAINED, and only that', () => {
    const indicators = INDICATORS.map((row) => [...row]);
    indicators[1][6] = 9;
    const result = checkOne(handProject({ indicators, total: [span('总分', 5), 100, 98.5, null] }));
    expect(codesOf(result.findings)).toEqual(['IND_SCORE_UNEXPLAINED']);
  });

  it('a missing budget column is one finding, and the rate is still checked without it', () => {
    const result = checkOne(
      handProject({
        budgetHeader: ['年初预算数', '全年预算数', '全年执行数', '执行率', '得分'],
        budgetTotal: ['年度资金总额', 100, 100, 80, '80.00%', 8],
        subRows: [['其中：当年财政拨款', 100, 100, 80, null, null]],
      }),
    );
    expect(codesOf(result.findings).filter((c) => c === 'FIELD_MISSING')).toHaveLength(1);
    expect(codesOf(result.findings)).toContain('BUDGET_LOW_EXECUTION');
  });
});

describe('a budget block that is not scored, or holds no amount (Jiangxi’s 整体支出规模)', () => {
  it('no 分值 and no 得分 in the block: the table does not score the budget, and no column is missing', () => {
    const indicators = INDICATORS.map((row, i) => (i === 0 ? [...row.slice(0, 5), 40, 40, null] : row));
    const result = checkOne(
      handProject({
        budgetHeader: ['年初预算数', '全年预算数', '全年执行数', '执行率'],
        budgetTotal: ['年度资金总额', 100, 100, 95, '95.00%'],
        subRows: [['其中：当年财政拨款', 100, 100, 95, null]],
        indicators,
        total: [span('总分', 5), 100, 100, null],
      }),
    );
    // The indicators carry all 100 points (产出 60 against the profile's 50 is a level-1 weight of the unit's own).
    expect(result.findings.map((f) => [f.code, f.cell])).toEqual([['WEIGHTS_LEVEL1', 'F10']]);
  });

  it('全年预算数 and 全年执行数 both blank, parts too: one BUDGET_MISSING naming both cells', () => {
    const result = checkOne(
      handProject({
        budgetTotal: ['年度资金总额', null, null, null, 10, '95.00%', 9.5],
        subRows: [['其中：当年财政拨款', null, null, null, null, null, null]],
      }),
    );
    expect(result.findings.map((f) => [f.code, f.cell, f.message.zh])).toEqual([
      ['BUDGET_MISSING', 'D5', '全年预算数与全年执行数均未填写（D5、E5），无法计算执行率'],
    ]);
  });
});

describe('an indicator row with values and no name', () => {
  it('is one FIELD_MISSING at its 三级指标 cell; its values are still checked', () => {
    const indicators = INDICATORS.map((row, i) => (i === 1 ? [row[0], row[1], null, '≥95%', '90%', 10, 8, null] : row));
    const result = checkOne(handProject({ indicators }));
    const missing = result.findings.filter((f) => f.code === 'FIELD_MISSING');
    expect(missing.map((f) => [f.cell, f.expected, f.message.zh])).toEqual([
      ['C13', '三级指标', '缺少“三级指标”（C13）'],
    ]);
    expect(codesOf(result.findings)).toContain('IND_REASON_MISSING');
  });
});

describe('a budget figure that is not a number', () => {
  const unreadable = (budgetTotal: (string | number)[]) =>
    checkOne(handProject({ budgetTotal }))
      .findings.filter((f) => f.code === 'FIELD_MISSING')
      .map((f) => [f.cell, f.message.zh]);

  it('asks for an amount in an amount column, and for a number in 执行率 and 得分', () => {
    expect(unreadable(['年度资金总额', 100, '一百', 95, 10, '95.00%', 9.5])).toEqual([
      ['D5', '“全年预算数”应为金额数字，实为“一百”'],
    ]);
    expect(unreadable(['年度资金总额', 100, 100, 95, 10, '见附表', '九分'])).toEqual([
      ['G5', '“执行率”应为数字，实为“见附表”'],
      ['H5', '“得分”应为数字，实为“九分”'],
    ]);
  });
});
