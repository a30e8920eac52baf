import mammoth from 'mammoth';
import { Packer } from 'docx';
import { reportDocument } from '../../src/core/report/docx';
import { plainText } from '../../src/core/report/text';
import { layoutAnnex1 } from '../../src/core/layout/writeAnnex1';
import { sampleForm } from '../../src/core/templates';
import { ExcelDouble } from '../../src/hosts/excelDouble';
import { session } from './support';
import { benchForm } from '../support/generate';
import type { Outline } from '../../src/core/report/outline';
import { GAP_FILL } from '../../src/core/layout/writeAnnex2';
import { marksIn } from '../../src/core/report/words';
import { parseProfile } from '../../src/core/profile';
import { addSection, moveSection, removeBlock, removeSection, wordsLost } from '../../src/core/report/outlineEdit';
import { readFileSync } from 'node:fs';
import { readWorkbook } from '../../src/hosts/xlsx';
import { openInDouble } from '../support/hostile/double';
import { xlsxPath } from '../corpus/build';
import { corpus } from '../corpus/forms';

const positions = layoutAnnex1(sampleForm(), 'x').positions;

/** Column B of the report sheet, by the ids in column A. */
function paragraphs(double: ExcelDouble, sheet: string): Map<string, string> {
  const s = double.inspect(sheet);
  const out = new Map<string, string>();
  for (let row = 2; row < 200; row++) {
    const id = s.value(`A${row}`);
    if (id === '') continue;
    out.set(String(id), String(s.value(`B${row}`)));
  }
  return out;
}

async function drafted() {
  const s = await session('1.18');
  await s.controller.insert('sample');
  await s.settle();
  s.double.resetSyncCount();
  await s.controller.draftReport('zh');
  await s.settle();
  return s;
}

/** A bureau's department outline: its own headings, 绩效 before 支出, no 公开 section. */
const BUREAU_OUTLINE = {
  title: '部门整体支出绩效自评报告',
  sections: [
    { heading: '一、部门基本情况', blocks: ['duties', 'staff'] },
    { heading: '二、部门整体绩效目标完成情况', blocks: ['goal', 'achievements', 'budget', 'indicators', 'total'] },
    {
      heading: '三、部门预算支出情况',
      blocks: ['basicSpending', 'projectSpending', 'projectFunding', 'compliance'],
    },
    { heading: '四、存在的问题及改进措施', blocks: ['problems', 'steps'] },
  ],
};

describe('drafting Annex 2 into a linked sheet', () => {
  it('follows the outline of the profile stored in the workbook, and keeps it when the profile no longer has one', async () => {
    const s = await session('1.18');
    await s.controller.insert('sample');
    await s.settle();
    const plain = parseProfile(undefined).profile;
    await s.controller.setProfile({
      ...plain,
      reportOutlines: parseProfile({ reportOutlines: { department: BUREAU_OUTLINE } }).profile.reportOutlines,
    });
    await s.settle();
    await s.controller.draftReport('zh');
    await s.settle();
    const sheet = s.controller.current.report!.reportSheet;
    const headings = () => [...paragraphs(s.double, sheet)].filter(([id]) => /^h\d$/.test(id)).map(([, t]) => t);
    const bureau = [
      '一、部门基本情况',
      '二、部门整体绩效目标完成情况',
      '三、部门预算支出情况',
      '四、存在的问题及改进措施',
    ];
    expect(headings()).toEqual(bureau);
    // The profile loses its outline (reset, or a colleague's defaults): the report keeps the one it was drafted to.
    await s.controller.setProfile(plain);
    await s.settle();
    await s.controller.draftReport('zh');
    await s.settle();
    expect(headings()).toEqual(bureau);
    // A new outline in the profile is followed, and is then the one the report keeps.
    const swapped = {
      ...BUREAU_OUTLINE,
      sections: [
        BUREAU_OUTLINE.sections[0],
        BUREAU_OUTLINE.sections[2],
        BUREAU_OUTLINE.sections[1],
        BUREAU_OUTLINE.sections[3],
      ],
    };
    await s.controller.setProfile({
      ...plain,
      reportOutlines: parseProfile({ reportOutlines: { department: swapped } }).profile.reportOutlines,
    });
    await s.controller.draftReport('zh');
    await s.controller.setProfile(plain);
    await s.controller.draftReport('zh');
    await s.settle();
    expect(headings()).toEqual([bureau[0], bureau[2], bureau[1], bureau[3]]);
    // Four drafts in a row: a hang guard, not a speed limit.
  }, 60_000);

  it('writes the six sections into a sheet of its own, in two round trips, figures from the form', async () => {
    const { double, controller } = await drafted();
    expect(double.syncCount).toBe(2);
    const report = controller.current.report!;
    expect(report).toMatchObject({ ok: true, created: true, formSheet: 'Sheet1', reportSheet: 'Sheet1·自评报告' });
    const p = paragraphs(double, report.reportSheet);
    expect([...p.keys()].filter((id) => /^h\d$/.test(id)).map((id) => p.get(id))).toEqual([
      '一、预算单位基本情况',
      '二、一般公共预算支出情况',
      '三、部门整体支出绩效情况',
      '四、存在的问题及原因分析',
      '五、下一步改进措施',
      '六、绩效自评结果拟应用和公开情况',
    ]);
    expect(p.get('p2.1')).toContain('基本支出完成939.93万元，比上年增加162.58万元，增加20.91%');
    expect(p.get('p3.ind.6')).toMatch(/^（6）资金成本：年度指标值623.5，实际完成值18015.27/);
    expect(p.get('p4.1')).toContain('资金成本');
  });

  it('highlights every paragraph with a gap again on a redraft, and no other, as paragraphs move and gaps are filled', async () => {
    const { double, controller, settle } = await drafted();
    const sheet = controller.current.report!.reportSheet;
    const rows = () => {
      const s = double.inspect(sheet);
      return [...Array(120).keys()]
        .map((i) => `B${i + 2}`)
        .map((cell) => ({ cell, text: String(s.value(cell)), highlighted: s.fill(cell) === GAP_FILL }));
    };
    const asMarked = (r: { cell: string; text: string }) => ({ ...r, highlighted: marksIn(r.text).length > 0 });
    const before = rows();
    expect(before).toEqual(before.map(asMarked));
    const dutiesRow = before.find((r) => r.text.startsWith('【请填写：单位主要职责'))!;
    // The user writes the duties (that gap is filled); 90% spent adds a problem paragraph, moving the rows below it.
    double.user.type(sheet, dutiesRow.cell, '负责全区住房保障工作。');
    double.user.type('Sheet1', positions.budget.executed, 16213.74);
    await settle();
    await controller.draftReport('zh');
    await settle();
    const after = rows();
    expect(after.filter((r) => r.text !== '').length).toBe(before.filter((r) => r.text !== '').length + 1);
    expect(after.find((r) => r.cell === dutiesRow.cell)).toMatchObject({ highlighted: false });
    expect(after).toEqual(after.map(asMarked));
    expect(after.some((r) => r.highlighted)).toBe(true);
  });

  it('redrafts to the outline the user changed in the pane, and keeps it in the workbook', async () => {
    const { double, controller, settle } = await drafted();
    const report = controller.current.report!;
    expect(report.kind).toBe('department');
    await controller.setReportOutline('department', moveSection(report.outline, [1], 1));
    await settle();
    const p = paragraphs(double, report.reportSheet);
    expect([...p.keys()].filter((id) => /^h\d$/.test(id)).map((id) => p.get(id))).toEqual([
      '一、预算单位基本情况',
      '二、部门整体支出绩效情况',
      '三、一般公共预算支出情况',
      '四、存在的问题及原因分析',
      '五、下一步改进措施',
      '六、绩效自评结果拟应用和公开情况',
    ]);
    expect(controller.current.report!.outline.sections[2].heading.zh).toBe('三、一般公共预算支出情况');
    // Kept with the workbook: reopened, a redraft follows it.
    const reopened = await session(
      '1.18',
      ExcelDouble.open(double.save(), { apiVersion: '1.18', sharedRuntime: true }),
    );
    reopened.double.activate('Sheet1');
    await reopened.controller.draftReport('zh');
    await reopened.settle();
    expect(reopened.controller.current.report!.outline.sections[1].heading.zh).toBe('二、部门整体支出绩效情况');
    // A save and a redraft: a hang guard, not a speed limit.
  }, 60_000);

  it('adds a heading for the user’s own words, deletes a block with what the user wrote in it, and goes back to the profile’s outline', async () => {
    const s = await session('1.18');
    await s.controller.insert('sample');
    await s.settle();
    const plain = parseProfile(undefined).profile;
    const bureau = parseProfile({ reportOutlines: { department: BUREAU_OUTLINE } }).profile.reportOutlines;
    await s.controller.setProfile({ ...plain, reportOutlines: bureau });
    await s.controller.draftReport('zh');
    await s.settle();
    const sheet = s.controller.current.report!.reportSheet;
    const rowOf = (id: string) =>
      [...Array(120).keys()].map((i) => i + 2).find((r) => s.double.inspect(sheet).value(`A${r}`) === id)!;
    s.double.user.type(sheet, `B${rowOf('p1.1')}`, '负责全区住房保障工作。');
    await s.controller.draftReport('zh');
    await s.settle();
    const report = s.controller.current.report!;
    expect(report.written).toEqual([{ id: 'p1.1', label: '一、部门基本情况', block: 'duties' }]);

    // The user adds 五、绩效评价工作开展情况 (their own text) and deletes the duties they wrote, having been asked.
    const added = addSection(report.outline, { heading: '绩效评价工作开展情况', content: 'text' });
    if (!('outline' in added)) throw new Error('not added');
    const edited = removeBlock(added.outline, { path: [0], list: 'blocks', index: 0 });
    expect(wordsLost(edited, report.written).map((w) => w.id)).toEqual(['p1.1']);
    await s.controller.setReportOutline('department', edited, ['p1.1']);
    await s.settle();
    const text = [...paragraphs(s.double, sheet).values()];
    expect(text).toContain('五、绩效评价工作开展情况');
    expect(text).toContain('【请填写：绩效评价工作开展情况】');
    expect(text.join('\n')).not.toContain('负责全区住房保障工作');
    // The profile keeps the bureau's outline: 恢复默认提纲 goes back to it.
    expect(s.controller.current.profile.reportOutlines).toEqual(bureau);
    expect(s.controller.current.report!.defaultOutline).toEqual(bureau!.department);
    await s.controller.setReportOutline('department', s.controller.current.report!.defaultOutline);
    await s.settle();
    const headings = [...paragraphs(s.double, sheet)].filter(([id]) => /^h\d$/.test(id)).map(([, t]) => t);
    expect(headings).toEqual(BUREAU_OUTLINE.sections.map((x) => x.heading));
    expect(paragraphs(s.double, sheet).get('p1.1')).toBe('【请填写：单位主要职责】');
  }, 60_000);

  it('keeps words typed since the last draft when their block is deleted without being asked about them', async () => {
    const { double, controller, settle } = await drafted();
    const report = controller.current.report!;
    const sheet = report.reportSheet;
    const row = [...Array(100).keys()].map((i) => i + 2).find((r) => double.inspect(sheet).value(`A${r}`) === 'p1.1')!;
    double.user.type(sheet, `B${row}`, '负责全区住房保障工作。');
    // The pane has not seen these words (no draft since): deleting 1、单位主要职责 does not ask, and nothing is lost.
    expect(report.written).toEqual([]);
    await controller.setReportOutline('department', removeSection(report.outline, [0, 0]));
    await settle();
    const text = [...paragraphs(double, sheet).values()];
    expect(text).not.toContain('1、单位主要职责');
    expect(text).toContain('负责全区住房保障工作。');
  });

  it('keeps every formula within Excel’s limits on a form of 100 indicators; the total still turns stale on an edit', async () => {
    const s = await session('1.18');
    const data = benchForm(100);
    const at = layoutAnnex1(data, 'x').positions.indicators;
    await s.controller.insertData(data, true);
    await s.settle();
    await s.controller.draftReport('zh');
    await s.settle();
    const sheet = s.controller.current.report!.reportSheet;
    const view = s.double.inspect(sheet);
    const total = () => paragraphs(s.double, sheet).get('p3.total');
    const checkCells = () => [...Array(60).keys()].filter((r) => view.formula(`F${r + 1}`) !== undefined).length;
    // The total's 304 tests (four of the budget, three of each indicator) no longer fit in its own formula (at most
    // 8,192 characters, 255 arguments): they stand in hidden cells from F1 down, which its formula tests.
    expect(total()).toMatch(/^按评分规则，自评总分[\d.]+分/);
    const row = [...Array(300).keys()].map((i) => i + 2).find((r) => view.value(`A${r}`) === 'p3.total')!;
    expect(view.formula(`B${row}`)).toMatch(/^=IF\(AND\(\$F\$1:\$F\$\d+\),/);
    const checks = checkCells();
    expect(checks).toBeGreaterThan(1);
    for (let r = 1; r <= checks; r++) expect(view.numberFormat(`F${r}`)).toBe(';;;');
    // An edit to the 90th indicator's actual turns the total stale, and typing the value back turns it back.
    const actual = s.double.inspect('Sheet1').value(at[89].actual);
    expect(actual).toMatch(/^\d+次$/);
    s.double.user.type('Sheet1', at[89].actual, '1次');
    expect(total()).toContain('表中数据已修改，请重新生成报告');
    s.double.user.type('Sheet1', at[89].actual, String(actual));
    expect(total()).toMatch(/^按评分规则，自评总分[\d.]+分/);
    // A redraft to an outline without the total leaves no test cell behind.
    const outline: Outline = structuredClone(s.controller.current.report!.outline);
    const drop = (blocks?: unknown[]) => {
      const i = blocks?.indexOf('total') ?? -1;
      if (i >= 0) blocks!.splice(i, 1);
    };
    const walk = (sections: Outline['sections']): void =>
      sections.forEach((x) => {
        drop(x.blocks);
        drop(x.after);
        walk(x.sections ?? []);
      });
    walk(outline.sections);
    await s.controller.setReportOutline('department', outline);
    await s.settle();
    expect(paragraphs(s.double, sheet).has('p3.total')).toBe(false);
    expect(checkCells()).toBe(0);
  }, 60_000);

  it('stays tied to the table: a change in the form changes the text, without ZiPing', async () => {
    const { double, controller } = await drafted();
    const sheet = controller.current.report!.reportSheet;
    double.user.type('Sheet1', positions.budget.executed, 16213.74);
    expect(paragraphs(double, sheet).get('p3.budget')).toContain('全年执行数16213.74万元，预算执行率90.00%');
    double.renameSheet('Sheet1', '附件1');
    double.user.type('附件1', positions.breakdown.basic, 777.35);
    expect(paragraphs(double, sheet).get('p2.1')).toContain('基本支出完成777.35万元，比上年持平');
  });

  it('never overwrites a paragraph the user rewrote: it offers the new draft, which the user may take', async () => {
    const { double, controller, settle } = await drafted();
    const sheet = controller.current.report!.reportSheet;
    const row = [...Array(100).keys()].map((i) => i + 2).find((r) => double.inspect(sheet).value(`A${r}`) === 'p2.2')!;
    double.user.type(sheet, `B${row}`, '项目支出情况由我们自己来写。');
    double.user.type('Sheet1', positions.breakdown.project, 17000);
    await settle();
    double.resetSyncCount();
    await controller.draftReport('zh');
    await settle();
    // A redraft reads the report it already knows of with the active sheet: two round trips.
    expect(double.syncCount).toBe(2);
    expect(paragraphs(double, sheet).get('p2.2')).toBe('项目支出情况由我们自己来写。');
    const offer = controller.current.report!.proposals.find((x) => x.id === 'p2.2');
    expect(offer).toMatchObject({
      current: '项目支出情况由我们自己来写。',
      proposed: expect.stringContaining('项目支出完成17000.00万元'),
    });
    await controller.draftReport('zh', ['p2.2']);
    await settle();
    expect(paragraphs(double, sheet).get('p2.2')).toContain('项目支出完成17000.00万元');
  });

  it('keeps its own paragraphs its own when the form sheet is renamed, and keeps paragraphs the user added', async () => {
    const { double, controller, settle } = await drafted();
    const sheet = controller.current.report!.reportSheet;
    double.renameSheet('Sheet1', '附件1');
    const row = [...Array(100).keys()].map((i) => i + 2).find((r) => double.inspect(sheet).value(`A${r}`) === 'p3.0')!;
    double.user.insertRows(sheet, row + 1, 1);
    double.user.type(sheet, `B${row + 1}`, '我们补充的一段成效说明。');
    double.user.type('附件1', positions.budget.executed, 16213.74);
    await settle();
    double.activate('附件1');
    await controller.draftReport('zh');
    await settle();
    expect(controller.current.report!.proposals).toEqual([]);
    const s = double.inspect(sheet);
    const texts = [...Array(80).keys()].map((i) => String(s.value(`B${i + 2}`)));
    const added = texts.indexOf('我们补充的一段成效说明。');
    expect(added).toBeGreaterThan(0);
    expect(s.value(`A${added + 1}`)).toBe('p3.0');
    expect(texts.join('\n')).toContain('低于规定水平');
  });

  it("drafts in English on request, keeping the user's own words", async () => {
    const { double, controller, settle } = await drafted();
    const sheet = controller.current.report!.reportSheet;
    const row = [...Array(100).keys()].map((i) => i + 2).find((r) => double.inspect(sheet).value(`A${r}`) === 'p1.1')!;
    double.user.type(sheet, `B${row}`, '负责全区住房保障工作。');
    await controller.draftReport('en');
    await settle();
    const p = paragraphs(double, sheet);
    expect(p.get('h1')).toBe('1. The budget unit');
    expect(p.get('p2.1')).toMatch(/^Basic spending this year was 939.93/);
    expect(p.get('p1.1')).toBe('负责全区住房保障工作。');
  });

  it('finds its report again after the workbook is saved and reopened, from either sheet', async () => {
    const { double } = await drafted();
    const reopened = await session(
      '1.18',
      ExcelDouble.open(double.save(), { apiVersion: '1.18', sharedRuntime: true }),
    );
    reopened.double.activate('Sheet1');
    await reopened.controller.draftReport('zh');
    await reopened.settle();
    expect(reopened.double.sheetNames()).toEqual(['Sheet1', 'Sheet1·自评报告']);
    expect(reopened.controller.current.report).toMatchObject({ created: false, reportSheet: 'Sheet1·自评报告' });
    reopened.double.activate('Sheet1·自评报告');
    await reopened.controller.draftReport('zh');
    expect(reopened.controller.current.report).toMatchObject({ created: false, formSheet: 'Sheet1' });
  });

  it('copies as plain text and exports a .docx holding every heading and paragraph', async () => {
    const { controller } = await drafted();
    const lines = (await controller.reportLines())!;
    const text = plainText(lines);
    expect(text.split('\n')[0]).toBe('部门整体支出绩效自评报告');
    expect(text).toContain('预算执行率100.00%');
    const buffer = await Packer.toBuffer(reportDocument(lines, lines[0].text));
    const read = await mammoth.extractRawText({ buffer });
    const docxParagraphs = read.value.split('\n').filter((l) => l.trim() !== '');
    expect(docxParagraphs).toEqual(lines.map((l) => l.text));
  });

  it('drafts a 一级指标 no heading names under a heading of its own, and keeps a heading left empty over the user’s words', async () => {
    const s = await session('1.18');
    const data = {
      ...sampleForm(),
      form: 'project' as const,
      projectName: '渌口区2022年老旧小区改造项目',
      department: '株洲市渌口区住房和城乡建设局',
      implementer: '株洲市渌口区住房保障服务中心',
    };
    await s.controller.insertData(data, true);
    await s.settle();
    await s.controller.draftReport('zh');
    await s.settle();
    const { reportSheet: sheet, formSheet } = s.controller.current.report!;
    const rowOf = (id: string) =>
      [...Array(120).keys()].map((i) => i + 2).find((r) => s.double.inspect(sheet).value(`A${r}`) === id)!;
    // Under （三）满意度指标完成情况 the user adds a line of their own and rewrites the sentence of 居民满意度.
    s.double.user.insertRows(sheet, rowOf('h4.3') + 1, 1);
    s.double.user.type(sheet, `B${rowOf('h4.3') + 1}`, '满意度调查由第三方机构开展。');
    s.double.user.type(sheet, `B${rowOf('p3.ind.11')}`, '（1）居民满意度：抽样调查300户，满意度96%。');
    // The form now files 居民满意度 under 项目管理, a 一级指标 the outline names no heading for.
    const name = layoutAnnex1(data, 'x').positions.indicators[10].name;
    s.double.user.type(formSheet, name.replace(/^[A-Z]+/, 'B'), '项目管理指标');
    await s.settle();
    await s.controller.draftReport('zh');
    await s.settle();
    const text = [...Array(120).keys()].map((i) => String(s.double.inspect(sheet).value(`B${i + 2}`)));
    const from = text.indexOf('（二）效益指标完成情况');
    const to = text.findIndex((t) => t.startsWith('按评分规则，自评总分'));
    expect(text.slice(from, to).filter((t) => !/^（\d+）(?!居民)/.test(t))).toEqual([
      '（二）效益指标完成情况',
      // Empty now, the heading stays over the words the user wrote under it.
      '（三）满意度指标完成情况',
      '满意度调查由第三方机构开展。',
      '（四）项目管理指标完成情况',
      '（1）居民满意度：抽样调查300户，满意度96%。',
    ]);
    // Without words of the user's under it, an empty heading goes: the user clears their line and redrafts.
    s.double.user.type(sheet, `B${text.indexOf('满意度调查由第三方机构开展。') + 2}`, '');
    await s.controller.draftReport('zh');
    await s.settle();
    const again = [...Array(120).keys()].map((i) => String(s.double.inspect(sheet).value(`B${i + 2}`)));
    expect(again).not.toContain('（三）满意度指标完成情况');
    expect(again).toContain('（三）项目管理指标完成情况');
    expect(again).toContain('（1）居民满意度：抽样调查300户，满意度96%。');
  }, 60_000);

  it('takes 基本支出年初预算数 from the form into the input block, live; what the user types there wins, also on a redraft', async () => {
    // 宁德市地震局's form states 基本支出 年初 100.54 (C8), 拨付 158.45.
    const form = corpus.find((f) => f.id === 'fj-ningde-dzj-2020')!;
    const grids = await readWorkbook(readFileSync(xlsxPath(form)), `${form.id}.xlsx`);
    const s = await session('1.18', openInDouble(grids));
    await s.settle();
    await s.controller.draftReport('zh');
    await s.settle();
    const sheet = s.controller.current.report!.reportSheet;
    const formSheet = grids[0].name;
    const inspect = () => s.double.inspect(sheet);
    const row = [...Array(40).keys()]
      .map((i) => i + 1)
      .find((r) => inspect().value(`D${r}`) === '基本支出年初预算数（万元）')!;
    const basic = () => paragraphs(s.double, sheet).get('p2.1')!;
    expect(inspect().value(`E${row}`)).toBe(100.54);
    expect(basic()).toContain('本年度基本支出决算158.45万元，比年初预算数增加57.91万元');
    expect(basic()).not.toContain('基本支出年初预算数');
    // The form changes: the input block and the text follow it, without ZiPing.
    s.double.user.type(formSheet, 'C8', 110.54);
    expect(inspect().value(`E${row}`)).toBe(110.54);
    expect(basic()).toContain('比年初预算数增加47.91万元');
    // The form's cell emptied: the input is blank (not 0), and the text asks for the figure again.
    s.double.user.type(formSheet, 'C8', '');
    expect(inspect().value(`E${row}`)).toBe('');
    expect(basic()).toContain('比年初预算数【请填写：基本支出年初预算数】');
    s.double.user.type(formSheet, 'C8', 110.54);
    // The user types their own figure: the text takes it, and a redraft keeps it.
    s.double.user.type(sheet, `E${row}`, 120);
    expect(basic()).toContain('比年初预算数增加38.45万元');
    await s.controller.draftReport('zh');
    await s.settle();
    expect(inspect().value(`E${row}`)).toBe(120);
    expect(basic()).toContain('比年初预算数增加38.45万元');
  });
});
