import { checkWorkbook } from '../../src/core/workbook';
import { layOut, m } from '../corpus/layout';
import type { Row } from '../corpus/types';

/**
 * Numbered sub-items inside the 三级指标 column, each with its own target, actual and score: 一、示范区建立 (15.0) over
 * 1、2、3、 (5.0 each), as 保山市隆阳区土壤肥料工作站 files them (tests/corpus yn-longyang-tfz-2022, on the template Hubei's
 * units use: no 分值 column). The page is cut before its 总分; the rows below stand for the rest of such a table.
 */
function table(subItems: Row[], total: number): Row[] {
  return [
    [m('2022年度项目支出绩效自评表', 7)],
    ['项目名称', m('化肥减量增效示范县项目补助资金', 6)],
    ['主管部门', m('隆阳区农业农村局', 2), m('项目实施单位', 2), m('隆阳区土壤肥料工作站', 2)],
    [m('预算执行情况(万元) (20分)', 3), '预算数(A)', '执行数(B)', '执行率(B/A)', '得分 (20分*执行率)'],
    [m('年度财政资金总额', 3), 100, 100, '100%', 20],
    [
      m('年度绩效目标 (80分)', 1, 4 + subItems.length),
      '一级指标',
      '二级指标',
      '三级指标',
      '年初目标值(A)',
      '实际完成值(B)',
      '得分',
    ],
    [
      m('产出指标', 1, 2 + subItems.length),
      m('数量指标', 1, 1 + subItems.length),
      '一、示范区建立',
      '≧20000亩',
      '20000亩',
      15,
    ],
    ...subItems,
    ['质量指标', '示范区配方肥到位率', '≧80%', '85.6%', 25],
    ['效益指标', '社会效益指标', '受益农户数', '5000户', '5000户', 40],
    [m('总分', 6), total],
  ];
}

const SUB_ITEMS: Row[] = [
  ['1、水稻侧深施肥+缓控释肥', '≧500亩', '500亩', 5],
  ['2、玉米种肥同播+缓控释肥', '≧1000亩', '1000亩', 5],
  ['3、施用配方肥', '≧18500亩', '18500亩', 5],
];

function check(rows: Row[]) {
  const [result] = checkWorkbook([layOut({ name: '项目支出绩效自评表', rows })]);
  return result;
}

describe('numbered sub-items under a numbered indicator (yn-longyang-tfz-2022)', () => {
  it('reads 1、2、3、 under 一、示范区建立 as its details, not as indicators of their own', () => {
    const result = check(table(SUB_ITEMS, 100));
    expect(result.form.indicators.map((i) => i.name)).toEqual(['一、示范区建立', '示范区配方肥到位率', '受益农户数']);
    expect(result.form.indicators.map((i) => i.index)).toEqual([1, 2, 3]);
  });

  it('holds the 总分 to the indicators and the budget, not to the details as well: 20 + 15 + 25 + 40 is no TOTAL_WRONG', () => {
    const codes = check(table(SUB_ITEMS, 100)).findings.map((f) => f.code);
    expect(codes).not.toContain('TOTAL_WRONG');
  });

  it('still reports a 总分 that is not the sum of the indicators', () => {
    const wrong = check(table(SUB_ITEMS, 115)).findings.find((f) => f.code === 'TOTAL_WRONG');
    expect(wrong?.expected).toBe('100.00');
  });

  it('keeps numbered rows whose scores do not add up to the numbered row above them: indicators of their own', () => {
    const own: Row[] = [
      ['1、水稻侧深施肥+缓控释肥', '≧500亩', '500亩', 10],
      ['2、玉米种肥同播+缓控释肥', '≧1000亩', '1000亩', 10],
    ];
    const result = check(table(own, 120));
    expect(result.form.indicators.map((i) => i.name)).toContain('2、玉米种肥同播+缓控释肥');
    expect(result.findings.map((f) => f.code)).not.toContain('TOTAL_WRONG');
  });
});

describe('a 总分 row with the grade under 得分 (yn-baoshan-tyjrswj-2022)', () => {
  function withTotalRow(total: Row): Row[] {
    return [...table(SUB_ITEMS, 100).slice(0, -1), total];
  }

  it('reads the total from beside 总分, the 优 under 得分 as the grade', () => {
    const result = check(withTotalRow([m('总分(100分)', 3), 100, m('自评等级', 2), '优']));
    expect(result.form.statedTotal?.value).toBe(100);
    expect(result.form.statedGrade?.value).toBe('优');
    expect(result.findings.filter((f) => f.code === 'FIELD_MISSING' && f.message.zh.includes('总分'))).toEqual([]);
  });

  it('still holds that total to the scores', () => {
    const result = check(withTotalRow([m('总分(100分)', 3), 95, m('自评等级', 2), '优']));
    expect(result.findings.find((f) => f.code === 'TOTAL_WRONG')?.expected).toBe('100.00');
  });
});
