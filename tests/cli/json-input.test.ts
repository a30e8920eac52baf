import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { FIXTURES, sample } from '../support/sample';
import { ziping } from '../support/cli';

const samplePath = path.join(FIXTURES, 'lukou-2022.json');

describe('ziping check on a form given as JSON', () => {
  it('prints a readable Chinese report grouped by severity, with cells, and exits 1 on an error', async () => {
    const r = await ziping('check', samplePath);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines[0]).toContain('部门整体支出绩效自评表');
    expect(r.stdout).toContain('按规则计算总分 90.00，填报总分 100.00');
    const errorsAt = lines.findIndex((l) => l.trim() === '错误 (1)');
    const warningsAt = lines.findIndex((l) => l.trim() === '警告 (3)');
    const notesAt = lines.findIndex((l) => l.trim() === '提示 (2)');
    expect(errorsAt).toBeGreaterThan(0);
    expect(warningsAt).toBeGreaterThan(errorsAt);
    expect(notesAt).toBeGreaterThan(warningsAt);
    expect(lines[errorsAt + 1]).toMatch(
      /indicators\[5\]\.statedScore\s+IND_SCORE_TOO_HIGH\s+“资金成本”的得分 10\.00 高于按规则计算的 0\.00/,
    );
  });

  it('speaks English with --lang en', async () => {
    const r = await ziping('check', '--lang', 'en', samplePath);
    expect(r.stdout).toContain('Errors (1)');
    expect(r.stdout).toContain('is above the rule score 0.00');
  });

  it('prints one JSON object in the contract shape with --json', async () => {
    const r = await ziping('check', '--json', samplePath);
    const parsed = JSON.parse(r.stdout);
    expect(Object.keys(parsed)).toEqual(['results']);
    expect(parsed.results).toHaveLength(1);
    const [result] = parsed.results;
    expect(result).toMatchObject({ file: samplePath, sheet: 'lukou-2022.json', form: 'department' });
    expect(result.findings).toContainEqual({
      code: 'IND_SCORE_TOO_HIGH',
      severity: 'error',
      sheet: 'lukou-2022.json',
      cell: 'indicators[5].statedScore',
      indicator: '资金成本',
      message: '“资金成本”的得分 10.00 高于按规则计算的 0.00',
      expected: '0.00',
      found: '10.00',
    });
    const adjusted = result.findings.find((f: { code: string }) => f.code === 'BUDGET_ADJUSTED');
    expect(Object.keys(adjusted)).not.toContain('indicator');
  });

  it('exits 0 on a form with no error, and applies a profile', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ziping-'));
    const data = sample();
    data.indicators[5].statedScore = 0;
    data.statedTotal = 90;
    const file = path.join(dir, 'fixed.json');
    fs.writeFileSync(file, JSON.stringify(data));
    expect((await ziping('check', file)).code).toBe(0);
    const profile = path.join(dir, 'profile.json');
    fs.writeFileSync(profile, JSON.stringify({ overachievement: 1.5 }));
    const withProfile = await ziping('check', '--json', '--profile', profile, file);
    const found = JSON.parse(withProfile.stdout).results[0].findings.map((f: { code: string }) => f.code);
    expect(found).not.toContain('IND_OVERACHIEVED');
    expect((await ziping('check', '--json', file)).stdout).toContain('IND_OVERACHIEVED');
  });

  it('rejects a bad profile and bad arguments in one line each, exit 2', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ziping-'));
    const profile = path.join(dir, 'bad.json');
    fs.writeFileSync(profile, '{not json');
    const r = await ziping('check', '--profile', profile, samplePath);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')).toHaveLength(1);
    expect((await ziping('check', '--lang', 'fr', samplePath)).code).toBe(2);
    expect((await ziping('frobnicate')).code).toBe(2);
    expect((await ziping('check')).code).toBe(2);
  });

  it('names a JSON file that is not a form, and a missing file, without a stack trace', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ziping-'));
    const notForm = path.join(dir, 'package.json');
    fs.writeFileSync(notForm, JSON.stringify({ name: 'x' }));
    const r = await ziping('check', notForm, path.join(dir, 'nope.xlsx'), samplePath);
    expect(r.code).toBe(2);
    const errors = r.stderr.split('\n');
    expect(errors).toHaveLength(2);
    expect(errors.join('\n')).toContain('package.json');
    expect(errors.join('\n')).toContain('nope.xlsx');
    expect(r.stderr).not.toMatch(/at .*\.(ts|js):\d+/);
    expect(r.stdout).toContain('渌口区');
  });

  it('closes a batch with a summary: how many forms, which have errors, which files could not be read', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ziping-batch-'));
    const fixedForm = sample();
    fixedForm.indicators[5].statedScore = 0;
    fixedForm.statedTotal = 90;
    fs.writeFileSync(path.join(dir, 'a-wrong.json'), JSON.stringify(sample()));
    fs.writeFileSync(path.join(dir, 'b-right.json'), JSON.stringify(fixedForm));
    fs.writeFileSync(path.join(dir, 'c-broken.xlsx'), 'not a workbook');
    const r = await ziping('check', dir);
    expect(r.code).toBe(2);
    const summary = r.stdout.slice(r.stdout.indexOf('共检查')).split('\n');
    expect(summary[0]).toBe(
      '共检查 3 个文件：2 份自评表，其中有错误 1 份、仅有警告或提示 1 份、未发现问题 0 份；无法读取或没有自评表的文件 1 个。',
    );
    expect(summary.slice(1)).toEqual([
      '  有错误的表：',
      `    ${path.join(dir, 'a-wrong.json')}（工作表“a-wrong.json”）：错误 1`,
      '  无法读取或没有自评表：',
      `    ${path.join(dir, 'c-broken.xlsx')}`,
    ]);
    const en = await ziping('check', '--lang', 'en', dir);
    expect(en.stdout).toContain(
      'Checked 3 files: 2 forms, 1 with errors, 1 with warnings or notes only, 0 without findings; unreadable or without a form: 1.',
    );
    // One file: its report is the whole story; JSON keeps the contract shape.
    expect((await ziping('check', path.join(dir, 'b-right.json'))).stdout).not.toContain('共检查');
    expect(Object.keys(JSON.parse((await ziping('check', '--json', dir)).stdout))).toEqual(['results']);
  });
});
