import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { summaryWorkbook } from '../../src/cli/summary';
import { writeGridsToXlsx } from '../../src/hosts/xlsx';
import { span } from '../support/handLaid';
import { ziping } from '../support/cli';
import { printed } from '../support/libreoffice';
import { INDICATORS, handProject } from '../reader/handForms';

let dir: string;
let out: string;

/** The rows of a written sheet as arrays of cell values (row 1 is the header). */
function rowsOf(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ziping-summary-'));
  out = path.join(dir, '汇总.xlsx');
  // A clean form; a form with three errors (a score above the rule's, one above its weight, a wrong total) and a
  // warning (a missed target); a broken file.
  fs.writeFileSync(path.join(dir, 'a-clean.xlsx'), await writeGridsToXlsx([handProject()]));
  const indicators = INDICATORS.map((row) => [...row]);
  indicators[1][6] = 12;
  indicators[0][4] = '110公里';
  indicators[0][7] = '雨季停工';
  const faulty = handProject({ indicators, total: [span('总分', 5), 100, 95, null] });
  fs.writeFileSync(path.join(dir, 'b-faulty.xlsx'), await writeGridsToXlsx([faulty]));
  fs.writeFileSync(path.join(dir, 'c-broken.xlsx'), 'not a workbook');
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('ziping check FOLDER --summary OUT.xlsx', () => {
  let book: ExcelJS.Workbook;
  let run: Awaited<ReturnType<typeof ziping>>;

  beforeAll(async () => {
    run = await ziping('check', dir, '--summary', out);
    book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
  });

  it('keeps the exit code of the check, and says where the summary is', () => {
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(out);
  });

  it('writes a sheet with a row per form, worst first, with frozen header and autofilter', () => {
    const forms = book.getWorksheet('自评表汇总')!;
    const rows = rowsOf(forms);
    expect(rows[0]).toEqual([
      '文件',
      '工作表',
      '单位或项目',
      '年度',
      '表类型',
      '填报总分',
      '按规则计算总分',
      '错误',
      '警告',
      '提示',
      '最严重的三个问题',
    ]);
    expect(rows.map((r) => r[0])).toEqual(['文件', 'c-broken.xlsx', 'b-faulty.xlsx', 'a-clean.xlsx']);
    const faulty = rows[2];
    expect(faulty.slice(1, 10)).toEqual(['项目自评表', '乡村道路养护', 2023, '项目支出绩效自评表', 95, 97, 3, 1, 0]);
    const worst = String(faulty[10]).split('\n');
    expect(worst).toHaveLength(3);
    // Most serious first: the more points off first (the total by 6.50, a score by 2.50, one by 2.00).
    expect(worst[0]).toMatch(/^1\. G17 总分应为各项得分之和 101\.50/);
    expect(worst[1]).toMatch(/^2\. G12 .*得分 30\.00 高于按规则计算的 27\.50/);
    expect(worst[2]).toMatch(/^3\. G13 .*得分 12\.00 高于分值 10\.00/);
    expect(rows[3].slice(7)).toEqual([0, 0, 0, '未发现问题']);
    expect(forms.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(forms.autoFilter).toBeDefined();
  });

  it('writes a sheet of every finding with its file, sheet and cell', () => {
    const findings = book.getWorksheet('全部问题')!;
    const rows = rowsOf(findings);
    expect(rows[0]).toEqual(['文件', '工作表', '单元格', '级别', '代码', '指标', '问题', '应为', '实为']);
    const faulty = rows.filter((r) => r[0] === 'b-faulty.xlsx');
    expect(faulty.map((r) => [r[2], r[4]]).sort()).toEqual(
      [
        ['G13', 'IND_SCORE_ABOVE_WEIGHT'],
        ['G17', 'TOTAL_WRONG'],
        ['E12', 'IND_NOT_MET'],
        ['G12', 'IND_SCORE_TOO_HIGH'],
      ].sort(),
    );
    expect(rows.filter((r) => r[0] === 'c-broken.xlsx')).toHaveLength(1);
    expect(findings.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(findings.autoFilter).toBeDefined();
  });

  it('prints every line of a form’s three findings, on A4 landscape, as LibreOffice prints it', async () => {
    const { text, pageSizes } = await printed(fs.readFileSync(out), 'xlsx', {
      dir: path.join(__dirname, '..', '..', 'test-artifacts'),
      name: 'summary',
      pages: 2,
    });
    expect(pageSizes.length).toBeGreaterThan(0);
    for (const size of pageSizes) expect(size).toMatch(/^841\.\d+ x 595\.\d+ pts/);
    // LibreOffice does not grow a row to its wrapped text on opening: the rows are written tall enough.
    expect(text).toMatch(/1\. G17 总分应为各项得分之和/);
    expect(text).toMatch(/2\. G12 .*得分 30\.00/);
    expect(text).toMatch(/3\. G13 .*得分 12\.00 高于分值/);
    for (const page of text.split('\f').filter((p) => p.trim())) expect(page).toMatch(/文件\s+工作表/);
  });

  it('does not check its own summary on the next run', async () => {
    const again = await ziping('check', dir, '--json', '--summary', out);
    const files = (JSON.parse(again.stdout) as { results: { file: string }[] }).results.map((r) =>
      path.basename(r.file),
    );
    expect(files).not.toContain('汇总.xlsx');
  });
});

describe('the three most serious findings of a real form', () => {
  it('name a 20-point wrong total before missing values and headers not found (cq-kexuecheng-rmt-2021)', async () => {
    const real = fs.mkdtempSync(path.join(os.tmpdir(), 'ziping-summary-real-'));
    try {
      const file = 'cq-kexuecheng-rmt-2021.xlsx';
      fs.copyFileSync(path.join(__dirname, '..', 'corpus', 'xlsx', file), path.join(real, file));
      const summary = path.join(real, 'out', '汇总.xlsx');
      fs.mkdirSync(path.dirname(summary));
      await ziping('check', path.join(real, file), '--summary', summary);
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(summary);
      const worst = String(rowsOf(book.getWorksheet('自评表汇总')!)[1][10]).split('\n');
      // 17 errors: the total, 20 points off, stood 17th by severity alone and was never shown.
      expect(worst).toEqual([
        '1. J2 全部分值（预算执行与各三级指标）合计 80.00，不等于 100',
        '2. J2 总分应为各项得分之和 77.60，填的是 97.60',
        '3. J13 “预算调整率”的得分 2.00 高于按规则计算的 0.00',
      ]);
    } finally {
      fs.rmSync(real, { recursive: true, force: true });
    }
  });
});

describe('the summary’s row heights', () => {
  it('never passes Excel’s tallest row (409 points), however long a finding', async () => {
    const long = '年度总体目标'.repeat(200);
    const book = new ExcelJS.Workbook();
    const bytes = await summaryWorkbook([{ file: 'x.xlsx', unreadable: { zh: long, en: long } }], 'zh');
    await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const heights: number[] = [];
    book.eachSheet((sheet) => sheet.eachRow((row, n) => n > 1 && heights.push(row.height)));
    expect(heights.length).toBeGreaterThan(0);
    expect(Math.max(...heights)).toBe(409);
  });
});
