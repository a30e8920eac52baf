import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { inflateRawSync } from 'node:zlib';
import { Packer } from 'docx';
import type { Grid } from '../../src/core/cells';
import { layoutAnnex1 } from '../../src/core/layout/writeAnnex1';
import { GAP_FILL, layoutAnnex2, type Annex2Sheet } from '../../src/core/layout/writeAnnex2';
import { REPORT_COLUMNS } from '../../src/core/report/columns';
import { reportDocument } from '../../src/core/report/docx';
import { reportFileName, signingUnit } from '../../src/core/report/document';
import { SAMPLE_INPUTS, type InputValues } from '../../src/core/report/inputs';
import { MARK_PATTERN } from '../../src/core/report/words';
import { sampleForm } from '../../src/core/templates';
import { checkFormsOnSheet, type FormResult } from '../../src/core/workbook';
import { readWorkbook, writeGridsToXlsx } from '../../src/hosts/xlsx';
import { zipDirectory } from '../../src/hosts/xlsx/zipDirectory';
import { recalculate } from '../support/libreoffice';
import { projectForm } from './forms';
import { gapStyleBreaks } from './gaps';

const run = promisify(execFile);
const ARTIFACTS = path.join(__dirname, '..', '..', 'test-artifacts');

interface Draft {
  name: string;
  result: FormResult;
  form: Grid;
  report: Annex2Sheet;
  text: string;
}

function draft(name: string, form: Grid, inputs: InputValues): Draft {
  const result = checkFormsOnSheet(form).results[0];
  expect(result).toBeDefined();
  const report = layoutAnnex2(result, form.name, inputs, 'zh');
  return { name, result, form, report, text: report.paragraphs.map((p) => p.text).join('\n') };
}

const byId = (d: Draft, id: string) => d.report.paragraphs.find((p) => p.id === id)?.text ?? '';

let drafts: Draft[];
beforeAll(async () => {
  const sample = layoutAnnex1(sampleForm(), '附件1').grid;
  drafts = [
    draft('sample', sample, SAMPLE_INPUTS),
    draft('project-yuan', await projectForm(false), {}),
    draft('project-blank-actuals', await projectForm(true), {}),
  ];
});

/** What no draft may say, whatever the form (spec: Sentences that a reviewer accepts). */
function expectCleanProse(d: Draft) {
  for (const bad of [
    '。。',
    '>=',
    '<=',
    '≥',
    '≤',
    '指标1：',
    '**',
    '（未填）',
    '（请填写）',
    '未填，',
    '自评打分',
    '更加客观',
  ])
    expect({ draft: d.name, has: bad, found: d.text.includes(bad) }).toEqual({ draft: d.name, has: bad, found: false });
  // Every bracket the draft opens is one of the gap marks.
  const brackets = d.text.match(/【[^】]*】/g) ?? [];
  expect(brackets.filter((b) => !new RegExp(`^${MARK_PATTERN.source}$`).test(b))).toEqual([]);
  // A gap stands for the figure with its unit; a rate is never a gap for its input.
  expect({ draft: d.name, breaks: gapStyleBreaks(d.text) }).toEqual({ draft: d.name, breaks: [] });
}

describe('drafts a finance bureau accepts (sample, project form in 元, project form with blank actuals)', () => {
  it('gives the project form the project outline, the department form the department one', () => {
    const headings = (d: Draft) => d.report.paragraphs.filter((p) => /^h\d+$/.test(p.id)).map((p) => p.text);
    expect(headings(drafts[1])).toEqual([
      '一、项目基本情况',
      '二、项目资金使用及管理情况',
      '三、项目组织实施情况',
      '四、项目绩效目标完成情况',
      '五、存在的问题及原因分析',
      '六、下一步改进措施',
      '七、其他需要说明的问题',
    ]);
    expect(drafts[1].text).toContain('（一）项目概况');
    expect(drafts[1].text).toContain('（二）项目绩效目标');
    expect(drafts[1].text).toContain('项目名称：渌口区2022年老旧小区改造项目；主管部门：株洲市渌口区住房和城乡建设局');
    expect(drafts[1].text).not.toContain('现有股室');
    expect(drafts[1].report.paragraphs[0].text).toBe('项目支出绩效自评报告');
    expect(headings(drafts[0])[0]).toBe('一、预算单位基本情况');
  });

  it('lets the rule decide: the sample’s 资金成本 is not met and carries the table’s own score for checking', () => {
    const cost = byId(drafts[0], 'p3.ind.6');
    expect(cost).toContain('资金成本：年度指标值623.5，实际完成值18015.27，未达成年度指标，得分0分（分值10分）');
    expect(cost).toContain('【待核实：表中得分10分，按规则为0分】');
    expect(byId(drafts[0], 'p3.ind.11')).toContain('年度指标值不低于95%，实际完成值96%，达成年度指标');
    expect(byId(drafts[0], 'p4.1')).toContain('资金成本');
    expect(byId(drafts[0], 'p3.total')).toContain('【待核实：表中总分100分，按规则为90分】');
  });

  it('never writes 达成 for an indicator without an actual: the gap instead', () => {
    const d = drafts[2];
    const households = d.report.paragraphs.find((p) => p.text.includes('改造户数'))!.text;
    expect(households).toContain('实际完成值【请填写：改造户数的实际完成值】');
    expect(households).not.toMatch(/达成|，得分20分/);
    expect(households).toContain('【待核实：表中得分20分，按规则尚无法计分】');
    const satisfaction = d.report.paragraphs.find((p) => p.text.includes('居民满意度'))!.text;
    expect(satisfaction).not.toContain('达成');
    expect(byId(d, 'p.achieved')).toBe('年度总体目标完成情况：【请填写：年度总体目标实际完成情况】。');
  });

  it('writes values as their cells show them, in the form’s own amount unit, symbols in words', () => {
    const d = drafts[1];
    expect(d.text).toContain('验收合格率：年度指标值100%，实际完成值100%');
    expect(d.text).toContain('完工时间：年度指标值2022年12月31日，实际完成值2022年12月20日，达成年度指标');
    expect(d.text).toContain('居民满意度：年度指标值不低于95%，实际完成值96%');
    expect(d.text).toContain('改造成本：年度指标值不超过250000元，实际完成值240000元');
    expect(d.text).toContain('全年预算数250000.00元，全年执行数240000.00元，预算执行率96.00%，得分9.6分（分值10分）');
    expect(d.text).toContain('资金来源：当年财政拨款190000.00元，上年结转资金50000.00元。');
    expect(d.text).not.toMatch(/\d万元/);
    // 指标1：改造户数（≥**户） read as a name.
    expect(d.text).toContain('（1）改造户数：年度指标值不低于995户');
  });

  it('marks every gap one way, offers unsupported facts only as 【请确认】, and uses the form’s goals', () => {
    expect(byId(drafts[0], 'p3.goal')).toBe(
      '年度总体目标：本年度计划完成老旧小区改造766户，白蚁治理30万平方米，完成公租房租金收缴240万元。实际完成情况：本年度实际完成老旧小区改造995户，白蚁治理30万平方米，完成公租房租金收缴250.82万元。',
    );
    expect(byId(drafts[0], 'p2.2c')).toMatch(/^【请确认：.*不存在截留、挤占、挪用、虚列支出等情况】$/);
    // Without the input block's figures, no 区级资金 or 专项债 is stated.
    const bare = draft('sample-no-inputs', drafts[0].form, {});
    expect(bare.text).not.toMatch(/区级资金|专项债/);
    expect(byId(bare, 'p2.1')).toContain('比年初预算数【请填写：基本支出年初预算数】');
    expect(byId(bare, 'p2.1')).toContain('人员经费决算【请填写：人员经费决算数】');
    expect(byId(bare, 'p1.2')).toBe(
      '株洲市渌口区住房保障服务中心现有股室【请填写：内设股室数】，在职人员【请填写：在职人员数】（其中预算编制人员【请填写：预算编制人员数】），离休人员【请填写：离休人员数】，退休人员【请填写：退休人员数】，属【请填写：预算级次】。',
    );
    for (const d of [...drafts, bare]) expectCleanProse(d);
  });

  it('asks the main reason only for a change: none after 持平, whether or not a reason is typed', () => {
    // The sample's basic spending is 939.93万元: last year's 939.934 reads the same at two decimals.
    for (const basicPriorReason of ['', '人员经费增加']) {
      const same = draft('sample-unchanged', drafts[0].form, {
        ...SAMPLE_INPUTS,
        basicPriorYear: 939.934,
        basicPriorReason,
      });
      const p = byId(same, 'p2.1');
      expect(p).toContain('。基本支出完成939.93万元，比上年持平；公用经费完成386.59万元，比上年增加123.89万元');
      expect(p).not.toContain('基本支出较上年变化的原因');
      expect(p).not.toContain('人员经费增加');
    }
    // A change still asks for its reason.
    expect(byId(drafts[0], 'p2.1')).toContain(
      '基本支出完成939.93万元，比上年增加162.58万元，增加20.91%，变化的主要原因是人员经费增加和抗疫支出增加；',
    );
  });

  it('writes one gap for a missing budget figure, no unit after it and no rate made of it', async () => {
    const budget = (full: number | null, executed: number | null) => {
      const data = sampleForm();
      data.budget.fullYearBudget = full;
      data.budget.executed = executed;
      return draft(`sample-budget-${full}-${executed}`, layoutAnnex1(data, '附件1').grid, SAMPLE_INPUTS);
    };
    const cases: [number | null, number | null, string][] = [
      [null, null, '全年预算数【请填写：全年预算数】，全年执行数【请填写：全年执行数】。'],
      [null, 18015.27, '全年预算数【请填写：全年预算数】，全年执行数18015.27万元。'],
      [18015.27, null, '全年预算数18015.27万元，全年执行数【请填写：全年执行数】。'],
      [0, 0, '全年预算数0.00万元，全年执行数0.00万元。'],
    ];
    for (const [full, executed, sentence] of cases) {
      const d = budget(full, executed);
      expect(byId(d, 'p3.budget')).toBe(sentence);
      expectCleanProse(d);
      const computed = await readWorkbook(await recalculate(await writeGridsToXlsx([d.form, d.report.grid])), 'x.xlsx');
      const row = d.report.paragraphs.findIndex((p) => p.id === 'p3.budget');
      const sheet = computed.find((g) => g.name === d.report.grid.name)!;
      expect({ full, executed, shown: sheet.cells[row + 1]?.[REPORT_COLUMNS.text]?.value }).toEqual({
        full,
        executed,
        shown: sentence,
      });
    }
  });

  it('highlights the paragraphs that hold a gap in the sheet', () => {
    for (const d of drafts) {
      const filled = new Set(d.report.styles.filter((s) => s.style.fill === GAP_FILL).map((s) => s.range));
      d.report.paragraphs.forEach((p, i) => {
        expect({ id: p.id, highlighted: filled.has(`B${i + 2}`) }).toEqual({
          id: p.id,
          highlighted: /【(请填写|请确认|待核实)/.test(p.text),
        });
      });
    }
  });

  it('names the file after the unit (or project), the year and the kind', () => {
    expect(reportFileName(drafts[0].result.form, '部门整体支出绩效自评报告', 'zh')).toBe(
      '株洲市渌口区住房保障服务中心2022年度部门整体支出绩效自评报告.docx',
    );
    expect(reportFileName(drafts[1].result.form, '项目支出绩效自评报告', 'zh')).toBe(
      '渌口区2022年老旧小区改造项目2022年度项目支出绩效自评报告.docx',
    );
    expect(signingUnit(drafts[1].result.form)).toBe('株洲市渌口区住房保障服务中心');
  });
});

jest.setTimeout(600_000);

/** One part of a zip (a .docx), inflated. */
function zipPart(bytes: Buffer, name: string): string {
  const entry = zipDirectory(bytes)!.find((e) => e.name === name)!;
  const at = entry.localOffset;
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  return (entry.method === 8 ? inflateRawSync(data) : data).toString('utf8');
}

describe('the .docx of each draft, read back', () => {
  it('is set as a 公文: A4, margins, 附件2, fonts and sizes, exact 28 pt, keep-with-next, page numbers, unit and date', async () => {
    for (const d of drafts) {
      const lines = d.report.paragraphs.map((p) => ({ role: p.role, text: p.text }));
      const buffer = await Packer.toBuffer(
        reportDocument(lines, lines[0].text, {
          attachment: '附件2',
          signature: { unit: signingUnit(d.result.form), date: '2023年3月1日' },
        }),
      );
      const xml = zipPart(buffer, 'word/document.xml');
      expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
      expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588"/);
      const paragraphs = xml.match(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/g)!;
      const textOf = (p: string) =>
        (p.match(/<w:t[^>]*>([^<]*)<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '')).join('');
      const find = (t: string) => paragraphs.find((p) => textOf(p) === t)!;
      expect(textOf(paragraphs[0])).toBe('附件2');
      const h1 = find(d.name === 'sample' ? '一、预算单位基本情况' : '一、项目基本情况');
      expect(h1).toContain('w:eastAsia="黑体"');
      expect(h1).toContain('<w:keepNext/>');
      const h2 = find(d.name === 'sample' ? '（一）基本支出情况' : '（一）项目概况');
      expect(h2).toContain('w:eastAsia="楷体_GB2312"');
      expect(h2).toContain('<w:keepNext/>');
      const body = find(lines.find((l) => l.role === 'body' && l.text.startsWith('（1）'))!.text);
      expect(body).toContain('w:eastAsia="仿宋_GB2312"');
      expect(body).toMatch(/<w:sz w:val="32"\/>/);
      expect(body).toMatch(/<w:spacing [^>]*w:line="560" w:lineRule="exact"/);
      expect(paragraphs.slice(-2).map(textOf)).toEqual([signingUnit(d.result.form), '2023年3月1日']);
      const footerName = zipDirectory(buffer)!.find((e) => /^word\/footer\d*\.xml$/.test(e.name))!.name;
      expect(zipPart(buffer, footerName)).toMatch(/PAGE/);
      // A page of it, for a person to look at.
      await renderPage(buffer, d.name);
    }
  });
});

/** First page of a .docx as a PNG in test-artifacts (LibreOffice to PDF, then pdftoppm). */
async function renderPage(docx: Buffer, name: string): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ziping-docx-'));
  try {
    fs.writeFileSync(path.join(dir, `${name}.docx`), docx);
    await run(
      'soffice',
      [
        `-env:UserInstallation=file://${path.join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        path.join(dir, `${name}.docx`),
      ],
      { timeout: 180_000 },
    );
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await run('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      '2',
      path.join(dir, `${name}.pdf`),
      path.join(ARTIFACTS, `report-${name}`),
    ]);
    expect(
      fs.readdirSync(ARTIFACTS).filter((f) => f.startsWith(`report-${name}`) && f.endsWith('.png')).length,
    ).toBeGreaterThan(0);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('the linked sheet of each draft, recalculated by LibreOffice', () => {
  it('reads exactly as ZiPing renders it, paragraph for paragraph', async () => {
    for (const d of drafts) {
      const computed = await readWorkbook(await recalculate(await writeGridsToXlsx([d.form, d.report.grid])), 'x.xlsx');
      const sheet = computed.find((g) => g.name === d.report.grid.name)!;
      const shown = d.report.paragraphs.map((_, i) => {
        const v = sheet.cells[i + 1]?.[REPORT_COLUMNS.text]?.value;
        return v === null || v === undefined ? '' : String(v);
      });
      expect({ draft: d.name, shown }).toEqual({ draft: d.name, shown: d.report.paragraphs.map((p) => p.text) });
    }
  });
});
