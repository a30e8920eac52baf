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
    expect(check('ah-jinzhai-chagu-2023')).toContain('  按规则计算总分 70.00，表上填报 —');
  });
});
