import { checkWorkbook } from '../../src/core/workbook';
import { layOut } from '../corpus/layout';
import type { Row } from '../corpus/types';
import { form as chongqing } from '../corpus/forms/cq-kexuecheng-rmt-2021';

/**
 * Chongqing's flat 部门整体绩效自评表 (tests/corpus/forms/cq-kexuecheng-rmt-2021.ts), its indicator rows replaced by
 * hand-made ones: 年初指标值 · 调整指标值 · 全年完成值 · 得分系数(%) · 指标权重(分) · 指标得分(分). Expectations written by
 * hand from rules.md: a filled 调整指标值 is the target; 指标权重 × 得分系数 must be the 指标得分.
 */
const INDICATORS: Row[] = [
  // name, unit, 指标性质, 年初, 调整, 完成, 得分系数, 权重, 得分, 核心
  ['调整后达成率', '%', { v: '定量指标', r: 8 }, '100%', '90%', '92%', '100%', 2, 2, '否'],
  ['未调整达成率', '%', '100%', null, '92%', '92%', 2, 1.84, '否'],
  ['只填调整值次数', '次', null, '10次', '11次', '100%', 5, 5, '否'],
  ['系数偏低次数', '次', '10次', null, '10次', '50%', 4, 4, '否'],
  ['得分偏低次数', '次', '10次', null, '10次', '100%', 4, 3, '否'],
  ['系数取整次数', '次', '10次', null, '9次', '73%', 2, 1.8, '否'],
  ['系数为小数次数', '次', '10次', null, '5次', 0.5, 4, 2, '否'],
  ['运维经费', '万元', '150万', null, '152万', '100%', 2, 2, '否'],
];

function findings() {
  const sheet = chongqing.sheets[0];
  const header = sheet.rows.findIndex((row) => row.includes('年初指标值'));
  const rows = [...sheet.rows.slice(0, header + 1), ...INDICATORS];
  const [result] = checkWorkbook([layOut({ name: sheet.name, rows })]);
  return result.findings
    .filter((f) => f.indicator !== undefined)
    .map((f) => [f.indicator, f.code, f.cell, f.expected, f.found]);
}

describe('Chongqing’s flat table: 调整指标值 and 得分系数', () => {
  const all = findings();
  const of = (name: string) => all.filter((f) => f[0] === name);

  it('judges the actual against the 调整指标值 when it is filled, else against the 年初指标值', () => {
    // 92% against the adjusted 90%: met, full weight; against the unadjusted 100%: missed, 1.84 as stated.
    expect(of('调整后达成率')).toEqual([]);
    // (The table has no 偏差原因 column: that is one FIELD_MISSING, no reason asked row by row.)
    expect(of('未调整达成率').map((f) => f[1])).toEqual(['IND_NOT_MET']);
    // A 调整指标值 with the 年初指标值 blank: a target, not a missing one.
    expect(of('只填调整值次数')).toEqual([]);
  });

  it('reports a 指标得分 above 指标权重 × 得分系数 at the score, a 得分系数 above the score’s share at the share', () => {
    // 4 × 50% = 2, 4 stated (the rule agrees with the 4: only the share is off, and it is the lower one).
    expect(of('系数偏低次数')).toEqual([['系数偏低次数', 'IND_SCORE_TOO_HIGH', 'J12', '2.00', '4.00']]);
    // 3 stated of 4 with 100%: the share claims the full weight. The met target's 3 of 4 also lacks a reason.
    expect(of('得分偏低次数')).toEqual([
      ['得分偏低次数', 'IND_SCORE_TOO_HIGH', 'H13', '75.00%', '100%'],
      ['得分偏低次数', 'IND_SCORE_UNEXPLAINED', 'J13', '4.00', '3.00'],
    ]);
  });

  it('allows what the share’s shown digits allow, and reads 0.5 as a share of one', () => {
    // 9 of 10 gives the stated 1.8 of 2 by the rule; 73% (72.5%–73.5%) × 2 is 1.45–1.47, below it: the score is
    // the higher one, reported at its cell.
    expect(of('系数取整次数').map((f) => f.slice(1, 5))).toEqual([
      ['IND_SCORE_TOO_HIGH', 'J14', '1.46', '1.80'],
      ['IND_NOT_MET', 'G14', '10次', '9次'],
    ]);
    // 5 of 10 gives 2 of 4, and 0.5 × 4 is the stated 2.
    expect(of('系数为小数次数').map((f) => f[1])).toEqual(['IND_NOT_MET']);
  });

  it('reads 150万 under 计量单位 万元 as 150万元, not 150亿元: 152万 meets it', () => {
    expect(of('运维经费')).toEqual([]);
  });
});
