import type { Grid } from '../../src/core/cells';
import { layoutAnnex2 } from '../../src/core/layout/writeAnnex2';
import { REPORT_COLUMNS } from '../../src/core/report/columns';
import { checkReportUnguarded } from '../../src/core/reportCheck';
import { checkFormsOnSheet } from '../../src/core/workbook';
import { readWorkbook, writeGridsToXlsx } from '../../src/hosts/xlsx';
import { form as chongqing } from '../corpus/forms/cq-kexuecheng-rmt-2021';
import { layOut } from '../corpus/layout';
import type { Row } from '../corpus/types';
import { recalculate } from '../support/libreoffice';

jest.setTimeout(120_000);

/**
 * Chongqing's flat table (tests/corpus/forms/cq-kexuecheng-rmt-2021.ts) with a 调整指标值 typed on three rows: the
 * adjusted target is what the actual is judged against, and the report says so, with the 年初指标值 beside it.
 */
const ADJUSTED: Record<string, string> = {
  播发稿件数量: '2000篇',
  财政供养人员控制率: '90%',
  // 年初指标值 blank: the adjusted target alone.
  党性教育培训次数: '12次',
};

function chongqingGrid(adjust: boolean): Grid {
  const sheet = chongqing.sheets[0];
  const header = sheet.rows.findIndex((row) => row.includes('调整指标值'));
  const rows = sheet.rows.map((row, r): Row => {
    const adjusted = r > header ? ADJUSTED[String(row[0])] : undefined;
    if (!adjust || adjusted === undefined) return row;
    // The first row carries the 指标性质 cell spanning down; on the others 调整指标值 is one place earlier.
    const at = row.indexOf('财政供养人员控制率') === 0 ? 4 : 3;
    expect(row[at]).toBeNull();
    return row.map((v, c) => (c === at ? adjusted : v));
  });
  return layOut({ name: sheet.name, rows });
}

function drafted(grid: Grid, lang: 'zh' | 'en') {
  const result = checkFormsOnSheet(grid).results[0];
  const report = layoutAnnex2(result, grid.name, {}, lang);
  const line = (name: string) =>
    report.paragraphs.find((p) => p.text.includes(`${name}${lang === 'zh' ? '：' : ':'}`))!.text;
  return { result, report, line };
}

describe('an adjusted target (调整指标值) in the report', () => {
  const grid = chongqingGrid(true);

  it('is said as the target judged against, with the target at the start of the year after it', () => {
    const zh = drafted(grid, 'zh');
    expect(zh.line('播发稿件数量')).toMatch(
      /^（\d+）播发稿件数量：年度指标值（调整后）2000篇（年初2200篇），实际完成值2859篇，超额完成年度指标，得分10分（分值10分）。$/,
    );
    // 92% against the adjusted 90%: met (against the 年初 100% it would not be).
    expect(zh.line('财政供养人员控制率')).toContain(
      '财政供养人员控制率：年度指标值（调整后）90%（年初100%），实际完成值92%，达成年度指标',
    );
    expect(zh.line('党性教育培训次数')).toContain('党性教育培训次数：年度指标值（调整后）12次，实际完成值12次，');
    const en = drafted(grid, 'en');
    expect(en.line('播发稿件数量')).toMatch(
      /^\(\d+\) 播发稿件数量: adjusted target 2000篇 \(initially 2200篇\), actual 2859篇; the target was exceeded, for a score of 10 out of 10\.$/,
    );
    expect(en.line('党性教育培训次数')).toContain('党性教育培训次数: adjusted target 12次, actual 12次;');
  });

  it('leaves a target nobody adjusted as it was: 年度指标值 alone', () => {
    const plain = drafted(chongqingGrid(false), 'zh');
    expect(plain.line('播发稿件数量')).toContain('播发稿件数量：年度指标值2200篇，实际完成值2859篇，超额完成年度指标');
    expect(plain.report.paragraphs.map((p) => p.text).join('\n')).not.toContain('调整后');
    // Unadjusted, 92% misses the 100%.
    expect(plain.line('财政供养人员控制率')).toContain('未达成年度指标');
  });

  it('checks clean against its own form, the adjusted targets matched to their indicators and held to the target', () => {
    const { result, report } = drafted(grid, 'zh');
    const text = report.paragraphs.map((p) => p.text).join('\n');
    const check = checkReportUnguarded(text, result.form);
    expect(check.findings).toEqual([]);
    const matched = check.matched.map((m) => text.slice(m.span[0], m.span[1]));
    expect(matched).toEqual(expect.arrayContaining(['2000篇', '90%', '12次']));
    // The words hold the figure to the target: an adjusted target misquoted as the actual's figure is caught.
    const wrong = text.replace('（调整后）2000篇', '（调整后）2859篇');
    expect(checkReportUnguarded(wrong, result.form).findings.map((f) => [f.code, f.expected, f.found])).toEqual([
      ['REPORT_FIGURE_MISMATCH', '2000篇', '2859篇'],
    ]);
  });

  it('reads the same in the linked sheet, recalculated by LibreOffice', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const { report } = drafted(grid, lang);
      const computed = await readWorkbook(await recalculate(await writeGridsToXlsx([grid, report.grid])), 'cq.xlsx');
      const sheet = computed.find((g) => g.name === report.grid.name)!;
      const shown = report.paragraphs.map((_, i) => {
        const v = sheet.cells[i + 1]?.[REPORT_COLUMNS.text]?.value;
        return v === null || v === undefined ? '' : String(v);
      });
      expect(shown).toEqual(report.paragraphs.map((p) => p.text));
      expect(shown.join('\n')).toContain(
        lang === 'zh' ? '（调整后）2000篇（年初2200篇）' : 'adjusted target 2000篇 (initially 2200篇)',
      );
    }
  });
});
