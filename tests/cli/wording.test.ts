import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

// What a reviewer reads in `ziping check` on forms of the corpus: the words, not only the codes.
const bin = path.join(__dirname, '..', '..', 'bin', 'ziping.js');
const corpus = (id: string) => path.join(__dirname, '..', 'corpus', 'xlsx', `${id}.xlsx`);

function check(id: string, ...args: string[]): string[] {
  const r = spawnSync(process.execPath, [bin, 'check', corpus(id), ...args], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return r.stdout.split('\n');
}

describe('ziping check, as a reviewer reads it', () => {
  it('quotes an unreadable value with the Chinese quotation marks the rest of the report uses', () => {
    const zh = check('jx-nanchang-cancha-wsy-2021');
    expect(zh).toContain(
      '    E16   IND_UNREADABLE  “安全性、利用率”的年度指标值无法识别“无资产损失、利用率高于80%”：应为数值（如 ≥18个）、日期或定性评价',
    );
    expect(zh.filter((l) => l.includes('IND_UNREADABLE') && l.includes('"'))).toEqual([]);
    const en = check('jx-nanchang-cancha-wsy-2021', '--lang', 'en');
    expect(en.filter((l) => l.includes('IND_UNREADABLE') && l.includes('"'))).toEqual([]);
  });

  // 贯塘乡's page is cut before its indicator table: the budget's 10 points are no total of the form.
  it('gives no rule total for a form whose indicators were not read', () => {
    const zh = check('hn-hengshan-guantang-2023');
    expect(zh).toContain('    B5    FIELD_MISSING  缺少“三级指标”（B5）');
    expect(zh.filter((l) => l.includes('按规则计算总分'))).toEqual([]);
    expect(check('ah-jinzhai-chagu-2023')).toContain('  按规则计算总分 70.00，填报总分 —');
    // The same words as the summary's column (tests/cli/summary.test.ts) and the pane's.
    expect(check('ah-jinzhai-chagu-2023', '--lang', 'en')).toContain('  Total by the rules 70.00, stated total —');
  });

  // 大英县司法局's budget went from 0.00 at the start of the year to 3.36: a share of 0 is no figure to print.
  it('says an adjustment from an initial budget of 0 without a share in brackets', () => {
    expect(check('sc-daying-sfj-2023')).toContain(
      '    D8    BUDGET_ADJUSTED  全年预算数 3.36 较年初预算数 0.00 追加 3.36，自评报告须说明调整原因',
    );
    expect(check('sc-daying-sfj-2023', '--lang', 'en')).toContain(
      '    D8    BUDGET_ADJUSTED  the full-year budget 3.36 increased by 3.36 from the initial 0.00: the report must explain the adjustment',
    );
    expect(check('fj-ningde-dzj-2020')).toContain(
      '    E10   BUDGET_ADJUSTED  全年预算数 188.61 较年初预算数 130.54 追加 58.07（44.48%），自评报告须说明调整原因',
    );
  });

  // 棠溪镇's 年度资金总额 row holds 0 while 其中:本年财政拨款 holds the money; 翟店镇卫生院's 全年预算数 is 0.
  it('says whether a budget figure is 0 or blank, and what the total should be', () => {
    expect(check('ah-guichi-tangxi-2022')).toContain(
      '    E7    BUDGET_TOTAL_EMPTY  年度资金总额为 0.00，但其下的分项填有金额：应填写各分项的合计',
    );
    expect(check('sx-jishan-zhaidian-wsy-2021')).toContain(
      '    D6    BUDGET_MISSING  全年预算数为 0.00，无法计算执行率',
    );
    expect(check('sx-jishan-zhaidian-wsy-2021', '--lang', 'en')).toContain(
      '    D6    BUDGET_MISSING  the full-year budget is 0.00: no execution rate can be computed',
    );
  });

  // 金寨县茶谷…服务中心 left the budget row's 得分 blank: the column is there, the value is not.
  it('says whose 得分 is blank, not that the form lacks a 得分', () => {
    expect(check('ah-jinzhai-chagu-2023')).toContain('    I5    FIELD_MISSING  预算执行的“得分”未填写（I5）');
    expect(check('ah-jinzhai-chagu-2023', '--lang', 'en')).toContain(
      '    I5    FIELD_MISSING  the budget execution’s “得分” is blank (I5)',
    );
  });

  // 黄石市图书馆 files on Hubei's template: its indicator block is labelled 年度绩效目标1(80分) in the header row.
  it('does not list the block’s own label as a header it could not recognise', () => {
    const lines = check('hb-huangshi-tsg-2022');
    expect(lines).toContain('    D12   FIELD_MISSING  找不到“分值”列（表头 D12），该列各行不再逐一报告');
    expect(lines.filter((l) => l.includes('年度绩效目标'))).toEqual([]);
  });

  // 保山市退役军人事务局 files on Hubei's template, which has no goal block: the budget ends on row 9, the indicators
  // start on row 10.
  it('points a missing goal at where its block would stand, not at the budget’s label', () => {
    const zh = check('yn-baoshan-tyjrswj-2022');
    expect(zh.filter((l) => l.includes('年度总体目标'))).toEqual([
      '    A10   FIELD_MISSING  缺少“年度总体目标”：预算表之下（A10）没有预期目标与实际完成情况',
    ]);
    expect(check('yn-baoshan-tyjrswj-2022', '--lang', 'en')).toContain(
      '    A10   FIELD_MISSING  “年度总体目标” is missing: nothing under the budget block (A10) holds the planned and the achieved goal',
    );
  });

  // 永德县's 政策知晓率 target is ═100%, the look-alike of = its province's system exports; 裕安区's misses are in words.
  it('writes a target or actual with its signs folded, and words between quotes, as the drafted report does', () => {
    expect(check('yn-yongde-minglang-zx-2022')).toContain(
      '    G19   IND_NOT_MET  “政策知晓率”未达到年度指标值：指标值 =100%，实际 98%',
    );
    expect(check('yn-yongde-minglang-zx-2022').filter((l) => l.includes('═'))).toEqual([]);
    expect(check('ah-yuan-wlj-2022')).toContain(
      '    F20   IND_NOT_MET  “文物本体安全、体现文物价值,提升知名度”未达到年度指标值：指标值 “加大文物保护,展示文物价值”，实际 “程度较高”，属“部分达成年度指标并具有一定效果”档',
    );
    expect(check('yn-longyang-tfz-2022')).toContain(
      '    F19   IND_OVERACHIEVED  “三、土样植株化验”实际完成值 105个 达到年度指标值 ≥60个 的 120% 以上，指标值可能设定偏低',
    );
  });
});
