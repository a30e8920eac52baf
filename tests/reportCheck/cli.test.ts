import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { layoutAnnex1 } from '../../src/core/layout/writeAnnex1';
import type { FormData } from '../../src/core/formData';
import { writeGridsToXlsx } from '../../src/hosts/xlsx';
import { decodeText } from '../../src/cli/reportInput';
import { ziping } from '../support/cli';
import { FIXTURES, sample } from '../support/sample';
import { sampleReport } from './support';
import { deflateRepeated, makeZip } from '../support/zip';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ziping-report-'));
const file = (name: string, data: string | Uint8Array) => {
  const p = path.join(dir, name);
  fs.writeFileSync(p, data);
  return p;
};
const JSON_FORM = path.join(FIXTURES, 'lukou-2022.json');
const SAMPLE_CODES = [
  'REPORT_FIGURE_MISMATCH',
  'REPORT_FIGURE_MISMATCH',
  'REPORT_PARTS_SUM',
  'REPORT_UNIT_MISSING',
  'REPORT_UNIT_MISSING',
];

/**
 * "项目支出完成17075.35万元，全年共收房租408.8万元，其中：甲镇房租收入376.6万元，乙镇房租收入13.6万元，丙镇房租收入18.6元。"
 * in GBK, byte by byte (not valid UTF-8: the reader must fall back to GB18030).
 */
const GBK_SENTENCE = Buffer.from(
  'cfeec4bfd6a7b3f6cdeab3c931373037352e3335cdf2d4aaa3acc8abc4eab9b2cad5b7bfd7e23430382e38cdf2d4aaa3acc6e4d6d0a3babcd7d5f2b7bfd7e2' +
    'cad5c8eb3337362e36cdf2d4aaa3acd2d2d5f2b7bfd7e2cad5c8eb31332e36cdf2d4aaa3acb1fbd5f2b7bfd7e2cad5c8eb31382e36d4aaa1a3',
  'hex',
);

interface JsonOut {
  results: {
    file: string;
    sheet: string;
    form: string;
    matched: number;
    figures: number;
    findings: {
      code: string;
      severity: string;
      sentence: string;
      span: [number, number];
      message: string;
      expected?: string;
      found?: string;
    }[];
    unmatched: { text: string; sentence: string; span: [number, number] }[];
  }[];
}

async function xlsxForm(sheets: string[]): Promise<string> {
  const data = sample() as unknown as FormData;
  const grids = sheets.map((name) => layoutAnnex1(data, name).grid);
  return file(`form-${sheets.length}.xlsx`, await writeGridsToXlsx(grids));
}

async function docxReport(text: string): Promise<string> {
  const doc = new Document({
    sections: [{ children: text.split('\n').map((line) => new Paragraph({ children: [new TextRun(line)] })) }],
  });
  return file('report.docx', await Packer.toBuffer(doc));
}

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('ziping check-report', () => {
  const report = sampleReport();
  const txt = file('report.txt', report);

  it('checks a UTF-8 .txt against the JSON form: JSON output, figures on their spans, exit 1', async () => {
    const r = await ziping('check-report', txt, '--against', JSON_FORM, '--json');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as JsonOut;
    expect(out.results).toHaveLength(1);
    const [result] = out.results;
    expect(result).toMatchObject({ file: txt, sheet: 'lukou-2022.json', form: 'department' });
    expect(result.findings.map((f) => f.code)).toEqual(SAMPLE_CODES);
    for (const f of result.findings) {
      expect(Object.keys(f)).toEqual(['code', 'severity', 'sentence', 'span', 'message', 'expected', 'found']);
      expect(report.slice(f.span[0], f.span[1])).toBe(f.found);
    }
    expect(result.unmatched.length).toBeGreaterThan(50);
    expect(result.figures).toBe(result.matched + result.unmatched.length);
    expect(result.matched).toBeGreaterThan(0);
    expect(Object.keys(result.unmatched[0])).toEqual(['text', 'sentence', 'span']);
  });

  it('prints a readable report grouped by severity, each line with its line number, sentence start and figure', async () => {
    const zh = await ziping('check-report', txt, '--against', JSON_FORM);
    expect(zh.code).toBe(1);
    const lines = zh.stdout.split('\n');
    expect(lines[0]).toBe(`${txt} · 对照 ${JSON_FORM} 工作表“lukou-2022.json” · 部门整体支出绩效自评表`);
    expect(lines[1]).toMatch(/^ {2}已与表中数字对应 \d+ 个（共 \d+ 个数字；其余的表中没有可对照的数）$/);
    expect(lines).toContain('  错误 (2)');
    expect(lines).toContain('  警告 (3)');
    expect(zh.stdout).toMatch(
      /第\d+行 {2}REPORT_FIGURE_MISMATCH {2}“1、项目支出完成17075\.35…”中的 17075\.35万元 与表不符：表中项目支出为 17075\.34万元/,
    );
    expect(zh.stdout).toContain('合计：错误 2，警告 3，提示 0');
    const en = await ziping('check-report', txt, '--against', JSON_FORM, '--lang', 'en');
    expect(en.stdout).toContain('  Errors (2)');
    expect(en.stdout).toMatch(/^ {2}matched (\d+) of (\d+) figures to the form/m);
    // 5804.84% is within what the rounded 275.60 and 15998.28 allow: no alarm.
    expect(en.stdout).not.toContain('5804.84%');
  });

  it('says of parts that do not add up: the whole as written was found, the parts’ sum was expected', async () => {
    const text = '全年共收房租408.8万元，其中：甲镇房租收入376.6万元，乙镇房租收入13.6万元，丙镇房租收入18.7万元。';
    const parts = file('parts.txt', text);
    const json = await ziping('check-report', parts, '--against', JSON_FORM, '--json');
    const [finding] = (JSON.parse(json.stdout) as JsonOut).results[0].findings;
    expect(finding).toMatchObject({ code: 'REPORT_PARTS_SUM', expected: '408.9万元', found: '408.8万元' });
    expect(finding.message).toBe(
      '“全年共收房租408.8万元，其中…”中的合计 408.8万元 与其中所列分项不符：376.6万元 + 13.6万元 + 18.7万元 = 408.9万元',
    );
    const zh = await ziping('check-report', parts, '--against', JSON_FORM);
    const line = zh.stdout.split('\n').find((l) => l.includes('REPORT_PARTS_SUM'));
    expect(line?.trim().split(/ {2,}/)).toEqual(['第1行', 'REPORT_PARTS_SUM', finding.message]);
  });

  it('reads a GBK-encoded .txt', async () => {
    expect(decodeText(GBK_SENTENCE)).toBe(
      '项目支出完成17075.35万元，全年共收房租408.8万元，其中：甲镇房租收入376.6万元，乙镇房租收入13.6万元，丙镇房租收入18.6元。',
    );
    const gbk = file('gbk.txt', GBK_SENTENCE);
    const r = await ziping('check-report', gbk, '--against', JSON_FORM, '--json');
    expect(r.code).toBe(1);
    const [result] = (JSON.parse(r.stdout) as JsonOut).results;
    expect(result.findings.map((f) => [f.code, f.found])).toEqual([
      ['REPORT_FIGURE_MISMATCH', '17075.35万元'],
      ['REPORT_UNIT_MISSING', '18.6元'],
    ]);
  });

  it('reads a .docx (made here with the docx package)', async () => {
    const docx = await docxReport(report);
    const r = await ziping('check-report', docx, '--against', JSON_FORM, '--json');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect((JSON.parse(r.stdout) as JsonOut).results[0].findings.map((f) => f.code)).toEqual(SAMPLE_CODES);
  });

  it('refuses a .docx that unzips to more than 20 MB, in one line, before unzipping it', async () => {
    const bomb = makeZip({
      '[Content_Types].xml':
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
      'word/document.xml': {
        ...deflateRepeated(Buffer.from('<w:p><w:r><w:t>1</w:t></w:r></w:p>'.repeat(30_000)), 32),
        declaredSize: 2000,
      },
    });
    const r = await ziping('check-report', file('bomb.docx', bomb), '--against', JSON_FORM);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([
      'ziping: 报告“bomb.docx”太大，未检查：其文字部分解压后超过 20 MB（一份自评报告通常不到 1 MB）',
    ]);
  });

  it('checks against an .xlsx form (Annex 1 as ZiPing lays it out), and --sheet picks one of several', async () => {
    const one = await xlsxForm(['附件1']);
    const r = await ziping('check-report', txt, '--against', one, '--json');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as JsonOut;
    expect(out.results.map((x) => [x.sheet, x.form])).toEqual([['附件1', 'department']]);
    expect(out.results[0].findings.map((f) => f.code)).toEqual(SAMPLE_CODES);

    const two = await xlsxForm(['甲', '乙']);
    const all = JSON.parse((await ziping('check-report', txt, '--against', two, '--json')).stdout) as JsonOut;
    expect(all.results.map((x) => x.sheet)).toEqual(['甲', '乙']);
    const picked = JSON.parse(
      (await ziping('check-report', txt, '--against', two, '--json', '--sheet', '乙')).stdout,
    ) as JsonOut;
    expect(picked.results.map((x) => x.sheet)).toEqual(['乙']);
    const missing = await ziping('check-report', txt, '--against', two, '--sheet', '丙');
    expect(missing.code).toBe(2);
    expect(missing.stderr.split('\n')).toEqual([
      'ziping: “form-2.xlsx”的工作表“丙”上没有自评表（有表的工作表：“甲”“乙”）',
    ]);
  });

  it('exits 0 when nothing is an error, and says so', async () => {
    const clean = file(
      'clean.txt',
      '本年度基本支出决算939.93万元。共收房租408.8万元，其中：甲镇376.6万元，乙镇13.6万元，丙镇18.6万元。',
    );
    const r = await ziping('check-report', clean, '--against', JSON_FORM);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('未发现问题。');
    const warning = file('warning.txt', '财政核减后为100万，实际支付856.59万元。');
    expect((await ziping('check-report', warning, '--against', JSON_FORM)).code).toBe(0);
  });

  it('names the file in one line and exits 2 when the report or the form cannot be read', async () => {
    const cases: [string[], string][] = [
      [
        ['check-report', path.join(dir, 'none.txt'), '--against', JSON_FORM],
        'ziping: 无法打开报告“none.txt”（ENOENT）',
      ],
      [
        ['check-report', file('broken.docx', 'not a zip at all'), '--against', JSON_FORM],
        'ziping: 报告“broken.docx”不是可读的 .docx 文件',
      ],
      [
        ['check-report', file('old.doc', 'x'), '--against', JSON_FORM],
        'ziping: 报告“old.doc”的格式不受支持：请另存为 .docx 或 .txt',
      ],
      [['check-report', txt, '--against', path.join(dir, 'none.json')], 'ziping: 无法打开文件“none.json”（ENOENT）'],
      [['check-report', txt, '--against', file('bad.json', '{')], 'ziping: “bad.json”不是有效的 JSON'],
    ];
    for (const [argv, line] of cases) {
      const r = await ziping(...argv);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.split('\n')).toHaveLength(1);
      expect(r.stderr.startsWith(line)).toBe(true);
    }
  });

  it('reports usage problems', async () => {
    for (const argv of [
      ['check-report', txt],
      ['check-report', '--against', JSON_FORM],
      ['check-report', txt, '--against', JSON_FORM, '--lang', 'fr'],
      ['check-report', txt, '--against', JSON_FORM, '--bogus'],
    ]) {
      const r = await ziping(...argv);
      expect(r.code).toBe(2);
      expect(r.stderr.split('\n')[0]).toMatch(/^ziping: /);
    }
    const help = await ziping('--help');
    expect(help.stdout).toContain('ziping check-report REPORT --against FILE');
  });

  it('runs as the installed command', () => {
    const bin = path.join(__dirname, '..', '..', 'bin', 'ziping.js');
    const r = spawnSync(process.execPath, [bin, 'check-report', txt, '--against', JSON_FORM, '--json'], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect((JSON.parse(r.stdout) as JsonOut).results[0].findings.map((f) => f.code)).toEqual(SAMPLE_CODES);
  });
});
