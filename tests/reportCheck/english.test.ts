import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { layoutAnnex1 } from '../../src/core/layout/writeAnnex1';
import { layoutAnnex2 } from '../../src/core/layout/writeAnnex2';
import { sampleForm } from '../../src/core/templates';
import { checkFormsOnSheet } from '../../src/core/workbook';
import { ziping } from '../support/cli';
import { FIXTURES } from '../support/sample';

/**
 * check-report reads Chinese prose only (万元 after a figure, 全年预算数 before it): an English report would come
 * back with nothing matched and no finding, as if it were right. It is refused, by name, with exit code 2.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ziping-english-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function draftOfSample(lang: 'zh' | 'en'): string {
  const result = checkFormsOnSheet(layoutAnnex1(sampleForm(), '附件1').grid).results[0];
  const file = path.join(dir, `sample-${lang}.txt`);
  fs.writeFileSync(
    file,
    layoutAnnex2(result, '附件1', {}, lang)
      .paragraphs.map((p) => p.text)
      .join('\n'),
  );
  return file;
}

describe('check-report on a report in English', () => {
  it('says it cannot check it, in the language asked for, instead of finding nothing', async () => {
    const file = draftOfSample('en');
    const against = path.join(FIXTURES, 'lukou-2022.json');
    const zh = await ziping('check-report', file, '--against', against);
    expect(zh).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'ziping: “sample-en.txt”是英文报告：check-report 只核对中文报告中的数字，此报告未核对（请核对同一报告的中文稿）',
    });
    const en = await ziping('check-report', file, '--against', against, '--lang', 'en', '--json');
    expect(en.code).toBe(2);
    expect(en.stdout).toBe('');
    expect(en.stderr).toContain('is in English: check-report reads the figures of Chinese reports only');
  });

  it('still checks a Chinese report, its names and goals quoted from the form included', async () => {
    const r = await ziping('check-report', draftOfSample('zh'), '--against', path.join(FIXTURES, 'lukou-2022.json'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('未发现问题');
  });
});
