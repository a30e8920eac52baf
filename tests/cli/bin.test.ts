import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { FIXTURES } from '../support/sample';

const bin = path.join(__dirname, '..', '..', 'bin', 'ziping.js');

describe('the installed ziping command', () => {
  it('runs as a process: report on stdout, exit code 1 for the sample with an error', () => {
    const r = spawnSync(process.execPath, [bin, 'check', path.join(FIXTURES, 'lukou-2022.json')], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('IND_SCORE_TOO_HIGH');
    expect(r.stderr).toBe('');
  });

  it('prints its usage, and exits 2 on a file it cannot find', () => {
    const help = spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('ziping check');
    const missing = spawnSync(process.execPath, [bin, 'check', 'no-such-file.xlsx'], { encoding: 'utf8' });
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim().split('\n')).toEqual(['ziping: 找不到文件“no-such-file.xlsx”']);
  });

  it("is one bundled file: no HyperFormula (GPL); docx, mammoth and exceljs's streaming reader and writer left out", () => {
    const bundle = readFileSync(path.join(__dirname, '..', '..', 'dist', 'cli', 'ziping.js'), 'utf8');
    expect(bundle).toContain('// node_modules/exceljs/lib/doc/workbook.js');
    for (const left of ['hyperformula', 'docx', 'mammoth', 'exceljs/lib/stream'])
      expect(bundle).not.toContain(`// node_modules/${left}/`);
  });
});
