import { layoutAnnex1 } from '../../src/core/layout/writeAnnex1';
import { draftReport } from '../../src/core/report/draft';
import { DEPARTMENT_OUTLINE, PROJECT_OUTLINE, parseOutline, type Outline } from '../../src/core/report/outline';
import {
  addableBlocks,
  addSection,
  moveBlock,
  outlineRows,
  removeBlock,
  removeSection,
  wordsLost,
} from '../../src/core/report/outlineEdit';
import { renderParts } from '../../src/core/report/parts';
import { reportResolver } from '../../src/core/report/resolver';
import { sampleForm } from '../../src/core/templates';
import { checkFormsOnSheet } from '../../src/core/workbook';

const sample = checkFormsOnSheet(layoutAnnex1(sampleForm(), '附件1').grid).results[0];

/** The report as a reader sees it: headings, and each body paragraph's first words. */
function drafted(outline: Outline, lang: 'zh' | 'en' = 'zh'): string[] {
  const resolver = reportResolver(sample.form, '附件1', new Map());
  return draftReport(sample, lang, outline).map((p) => {
    const text = renderParts(p.parts, resolver);
    return p.role === 'body' ? `  ${text.slice(0, 24)}` : text;
  });
}

/** The pane's rows: headings as written, blocks by name under them. */
const rows = (outline: Outline, lang: 'zh' | 'en' = 'zh') =>
  outlineRows(outline, lang).map((r) => (r.kind === 'heading' ? r.heading : `  ${r.name}`));

const added = (outline: Outline, ...args: Parameters<typeof addSection>[1][]) =>
  args.reduce((o, a) => {
    const r = addSection(o, a);
    if (!('outline' in r)) throw new Error(r.problem.en);
    return r.outline;
  }, outline);

describe('the outline the user edits in the pane', () => {
  it('lists every heading and the blocks under it, each with the moves it allows', () => {
    const shown = outlineRows(PROJECT_OUTLINE, 'zh');
    expect(rows(PROJECT_OUTLINE).slice(0, 6)).toEqual([
      '一、项目基本情况',
      '（一）项目概况',
      '  项目概况',
      '  立项依据、内容和范围',
      '（二）项目绩效目标',
      '  绩效目标',
    ]);
    // The last block can go nowhere down; a block after the subsections is listed after them.
    const blocks = shown.filter((r) => r.kind === 'block');
    expect([blocks[0].up, blocks[0].down, blocks[blocks.length - 1].down]).toEqual([true, true, false]);
    const four = rows(PROJECT_OUTLINE).indexOf('四、项目绩效目标完成情况');
    expect(rows(PROJECT_OUTLINE).slice(four, four + 9)).toEqual([
      '四、项目绩效目标完成情况',
      '  目标完成情况',
      '（一）产出指标完成情况',
      '  各项指标完成情况（产出、成本）',
      '（二）效益指标完成情况',
      '  各项指标完成情况（效益）',
      '（三）满意度指标完成情况',
      '  各项指标完成情况（满意度）',
      '  自评总分',
    ]);
    expect(rows(PROJECT_OUTLINE, 'en')[0]).toBe('1. The project');
  });

  it('moves a block up or down past a heading into the section above or below, and the draft follows', () => {
    // 资金使用合规 is last under （二）项目支出情况: down, it goes first under 三、.
    const at = { path: [1, 1], list: 'blocks' as const, index: 2 };
    const { outline, place } = moveBlock(DEPARTMENT_OUTLINE, at, 1);
    expect(place).toEqual({ path: [2], list: 'blocks', index: 0 });
    const draft = drafted(outline);
    const three = draft.indexOf('三、部门整体支出绩效情况');
    expect(draft[three + 1]).toMatch(/^ {2}【请确认：资金的拨付严格执行/);
    expect(draft[three - 1]).not.toMatch(/请确认/);
    // And back up again: where it was.
    expect(moveBlock(outline, place, -1).outline).toEqual(DEPARTMENT_OUTLINE);
    // Up from the top of （一） it goes under 一、 itself, before its subsections.
    const overview = moveBlock(PROJECT_OUTLINE, { path: [0, 0], list: 'blocks', index: 0 }, -1).outline;
    expect(rows(overview).slice(0, 3)).toEqual(['一、项目基本情况', '  项目概况', '（一）项目概况']);
    // The total after 四's subsections moves up past the satisfaction indicators before it.
    const total = moveBlock(PROJECT_OUTLINE, { path: [3], list: 'after', index: 0 }, -1).outline;
    expect(rows(total).slice(-8, -6)).toEqual(['  自评总分', '  各项指标完成情况（满意度）']);
    const totalAt = drafted(total).findIndex((t) => t.startsWith('  按评分规则，自评总分'));
    expect(drafted(total)[totalAt + 1]).toMatch(/^ {2}（1）/);
    // Once under 一、 itself, it cannot go further up.
    const first = { path: [0], list: 'blocks' as const, index: 0 };
    expect(outlineRows(overview, 'zh')[1]).toMatchObject({ kind: 'block', place: first, up: false });
    expect(moveBlock(overview, first, -1).outline).toBe(overview);
  });

  it('deletes a heading with what stands under it, and renumbers the rest in both languages', () => {
    const without = removeSection(PROJECT_OUTLINE, [1]);
    expect(without.sections.map((s) => s.heading.zh)).toEqual([
      '一、项目基本情况',
      '二、项目组织实施情况',
      '三、项目绩效目标完成情况',
      '四、存在的问题及原因分析',
      '五、下一步改进措施',
      '六、其他需要说明的问题',
    ]);
    expect(without.sections[2].sections!.map((s) => s.heading.en)).toEqual([
      '3.1 Outputs',
      '3.2 Benefits',
      '3.3 Satisfaction',
    ]);
    // What went with it may be added back.
    const before = addableBlocks(PROJECT_OUTLINE);
    expect(addableBlocks(without).filter((k) => !before.includes(k))).toEqual([
      'projectFunding',
      'compliance',
      'budget',
    ]);
    const noSpending = drafted(removeSection(DEPARTMENT_OUTLINE, [1]));
    expect(noSpending).toContain('二、部门整体支出绩效情况');
    const spending = (draft: string[]) => draft.filter((t) => /^ {2}(本年度基本支出|项目支出)/.test(t));
    expect(spending(noSpending)).toEqual([]);
    expect(spending(drafted(DEPARTMENT_OUTLINE))).toEqual([
      expect.stringMatching(/^ {2}本年度基本支出/),
      expect.stringMatching(/^ {2}项目支出/),
    ]);
    const sub = removeSection(PROJECT_OUTLINE, [0, 0]);
    expect(sub.sections[0].sections!.map((s) => s.heading.zh)).toEqual(['（一）项目绩效目标']);
    // The last heading stays.
    const one = { title: PROJECT_OUTLINE.title, sections: [PROJECT_OUTLINE.sections[0]] };
    expect(removeSection(one, [0])).toBe(one);
    expect(outlineRows(one, 'zh')[0]).toMatchObject({ kind: 'heading', remove: false });
  });

  it('deletes a block; a block deleted and added back under a new heading is drafted there', () => {
    const noBudget = removeBlock(PROJECT_OUTLINE, { path: [1], list: 'blocks', index: 0 });
    expect(noBudget.sections[1].blocks).toEqual(['projectFunding', 'compliance']);
    const back = added(noBudget, { heading: '八、预算执行情况', content: 'budget' });
    const draft = drafted(back);
    expect(draft.slice(-2)).toEqual(['八、预算执行情况', expect.stringMatching(/^ {2}全年预算数18015\.27万/)]);
    expect(addableBlocks(back)).not.toContain('budget');
  });

  it('adds a heading for the user’s own words: numbered in its level’s style, a gap named by the heading', () => {
    const top = added(DEPARTMENT_OUTLINE, { heading: '绩效评价工作开展情况', content: 'text' });
    expect(top.sections[6].heading).toEqual({ zh: '七、绩效评价工作开展情况', en: '7. 绩效评价工作开展情况' });
    expect(drafted(top).slice(-2)).toEqual(['七、绩效评价工作开展情况', '  【请填写：绩效评价工作开展情况】']);
    // Under 一、 the subsections are numbered 1、2、: so is the new one (a number the user typed is replaced).
    const sub = added(top, { heading: '（五）内设机构', content: 'text', under: 0 });
    expect(sub.sections[0].sections!.map((s) => [s.heading.zh, s.heading.en])).toEqual([
      ['1、单位主要职责', '1.1 Main duties'],
      ['2、单位机构、人员情况', '1.2 Organisation and staff'],
      ['3、内设机构', '1.3 内设机构'],
    ]);
    // Two paragraphs of the user's, each its own (their ids differ), and the outline still reads back.
    const texts = drafted(sub).filter((t) => t.startsWith('  【请填写：'));
    expect(texts).toContain('  【请填写：内设机构】');
    const ids = draftReport(sample, 'zh', sub)
      .filter((p) => p.block?.startsWith('text:'))
      .map((p) => p.id);
    expect(ids).toEqual(['p.text:t2', 'p.text:t1']);
    expect(parseOutline(JSON.parse(JSON.stringify(sub)))).toEqual({ outline: sub });
    // Under 三、, which has no subsections yet: （一）.
    const under3 = added(DEPARTMENT_OUTLINE, { heading: '绩效目标', content: 'text', under: 2 });
    expect(under3.sections[2].sections![0].heading.zh).toBe('（一）绩效目标');
    // In English, and a heading without words is refused.
    expect(drafted(top, 'en').slice(-1)).toEqual(['  [to fill in: 绩效评价工作开展情况]']);
    expect(addSection(DEPARTMENT_OUTLINE, { heading: ' 七、 ', content: 'text' })).toEqual({
      problem: { zh: '请写出标题', en: 'Write the heading' },
    });
  });

  it('knows which of the user’s words a change would drop: a block’s, and the indicators’ only with the last indicator block', () => {
    const written = [
      { id: 'p1.1', label: '一、', block: 'duties' },
      { id: 'p3.ind.2', label: '四、（2）', block: 'indicators:产出,成本' },
    ];
    expect(wordsLost(DEPARTMENT_OUTLINE, written)).toEqual([]);
    const noDuties = removeSection(DEPARTMENT_OUTLINE, [0, 0]);
    expect(wordsLost(noDuties, written).map((w) => w.id)).toEqual(['p1.1']);
    // 产出 indicators move to another indicator block when theirs goes: their words stay.
    const noOutputs = removeSection(PROJECT_OUTLINE, [3, 0]);
    const indicatorWords = written.slice(1);
    expect(wordsLost(noOutputs, indicatorWords)).toEqual([]);
    const noIndicators = removeSection(PROJECT_OUTLINE, [3]);
    expect(wordsLost(noIndicators, indicatorWords).map((w) => w.id)).toEqual(['p3.ind.2']);
  });

  it('refuses an outline whose own-text blocks are unreadable or repeated', () => {
    const bad = (blocks: unknown[]) =>
      parseOutline({ title: 't', sections: [{ heading: '一、其他', blocks }] }).problem?.zh;
    expect(bad([{ key: 'text', id: 't1' }])).toBeUndefined();
    expect(bad([{ key: 'text', id: '../x' }])).toBe('报告提纲无效（章节或其内容无法识别），已使用默认提纲');
    expect(
      bad([
        { key: 'text', id: 't1' },
        { key: 'text', id: 't1' },
      ]),
    ).toBe('报告提纲无效（“text:t1”出现了不止一次），已使用默认提纲');
  });
});
