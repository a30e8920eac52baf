import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import mammoth from 'mammoth';
import { layoutAnnex1 } from '../../src/core/layout/writeAnnex1';
import { layoutAnnex2 } from '../../src/core/layout/writeAnnex2';
import { REPORT_COLUMNS } from '../../src/core/report/columns';
import { SAMPLE_INPUTS } from '../../src/core/report/inputs';
import { sampleForm } from '../../src/core/templates';
import { checkFormsOnSheet } from '../../src/core/workbook';
import { writeGridsToXlsx } from '../../src/hosts/xlsx';
import { ziping } from '../support/cli';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ziping-report-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function docxText(file: string): Promise<string[]> {
  const read = await mammoth.extractRawText({ path: file });
  return read.value.split('\n').filter((l) => l.trim() !== '');
}

describe('ziping report', () => {
  it('drafts from the form when the workbook has no report, as a .docx', async () => {
    const form = layoutAnnex1(sampleForm(), '附件1');
    const xlsx = path.join(dir, 'form.xlsx');
    fs.writeFileSync(xlsx, await writeGridsToXlsx([form.grid]));
    const out = path.join(dir, 'form.docx');
    const r = await ziping('report', xlsx, '--out', out);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const text = await docxText(out);
    expect(text.slice(0, 2)).toEqual(['附件2', '部门整体支出绩效自评报告']);
    expect(text.slice(-2)[0]).toBe('株洲市渌口区住房保障服务中心');
    expect(text.slice(-1)[0]).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
    expect(text).toContain('四、存在的问题及原因分析');
    expect(text.join('\n')).toContain('基本支出完成939.93万元，比上年增加162.58万元，增加20.91%');
  });

  it("exports the report as it stands: the user's rewrite as written, ZiPing's paragraphs from the figures", async () => {
    const form = layoutAnnex1(sampleForm(), '附件1');
    const result = checkFormsOnSheet(form.grid).results[0];
    const report = layoutAnnex2(result, '附件1', SAMPLE_INPUTS, 'zh', '自评报告');
    const row = report.paragraphs.findIndex((p) => p.id === 'p2.2') + 1;
    report.grid.cells[row][REPORT_COLUMNS.text] = { value: '项目支出由我们改写。' };
    const xlsx = path.join(dir, 'drafted.xlsx');
    fs.writeFileSync(xlsx, await writeGridsToXlsx([form.grid, report.grid]));
    const out = path.join(dir, 'drafted.docx');
    const r = await ziping('report', xlsx, '--out', out, '--sheet', '附件1');
    expect(r.code).toBe(0);
    const text = await docxText(out);
    expect(text).toContain('项目支出由我们改写。');
    expect(text.join('\n')).toContain('全年预算数18015.27万元，全年执行数18015.27万元，预算执行率100.00%');
    // 附件2 above, the unit and the date below.
    expect(text.length).toBe(report.paragraphs.length + 3);
  });

  it('says in one line what is wrong with its arguments or file', async () => {
    expect((await ziping('report', path.join(dir, 'none.xlsx'), '--out', path.join(dir, 'x.docx'))).code).toBe(2);
    const noFile = await ziping('report', '--out', 'x.docx');
    expect(noFile.code).toBe(2);
    expect(noFile.stderr.split('\n')[0]).toContain('工作簿');
  });

  it('names the file after the unit, the year and the kind of report when --out is a folder', async () => {
    const form = layoutAnnex1(sampleForm(), '附件1');
    const xlsx = path.join(dir, 'named.xlsx');
    fs.writeFileSync(xlsx, await writeGridsToXlsx([form.grid]));
    const folder = fs.mkdtempSync(path.join(dir, 'out-'));
    const r = await ziping('report', xlsx, '--out', `${folder}/`, '--no-attachment');
    expect(r.code).toBe(0);
    expect(fs.readdirSync(folder)).toEqual(['株洲市渌口区住房保障服务中心2022年度部门整体支出绩效自评报告.docx']);
    const text = await docxText(path.join(folder, fs.readdirSync(folder)[0]));
    expect(text[0]).toBe('部门整体支出绩效自评报告');
  });
});
