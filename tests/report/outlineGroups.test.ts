import { promises as fs } from 'node:fs';
import type { Lang } from '../../src/core/findings';
import { layoutAnnex1 } from '../../src/core/layout/writeAnnex1';
import { layoutAnnex2 } from '../../src/core/layout/writeAnnex2';
import { draftReport } from '../../src/core/report/draft';
import { DEPARTMENT_OUTLINE, type Outline } from '../../src/core/report/outline';
import { checkReportUnguarded } from '../../src/core/reportCheck';
import { sampleForm } from '../../src/core/templates';
import { checkFormsOnSheet, checkWorkbook, type FormResult } from '../../src/core/workbook';
import { readWorkbook } from '../../src/hosts/xlsx';
import { xlsxPath } from '../corpus/build';
import { corpus } from '../corpus/forms';

async function corpusForm(id: string): Promise<FormResult> {
  const form = corpus.find((f) => f.id === id)!;
  const [result] = checkWorkbook(await readWorkbook(await fs.readFile(xlsxPath(form)), `${id}.xlsx`));
  return result;
}

function sampleResult(): FormResult {
  return checkFormsOnSheet(layoutAnnex1(sampleForm(), 'Sheet1').grid).results[0];
}

/** The report as its reader sees it: each heading with the paragraphs under it, in order. */
function sections(result: FormResult, lang: Lang, outline?: Outline): [string, string[]][] {
  const out: [string, string[]][] = [];
  for (const p of layoutAnnex2(result, result.form.sheet, {}, lang, '自评报告', undefined, outline).paragraphs) {
    if (p.role === 'heading') out.push([p.text, []]);
    else if (p.role === 'body') out[out.length - 1][1].push(p.text);
  }
  return out;
}

/** The headings from `first` to the one before `next`, with what stands under each. */
function between(all: [string, string[]][], first: string, next: string): [string, string[]][] {
  const from = all.findIndex(([h]) => h === first);
  const to = all.findIndex(([h]) => h === next);
  expect(from).toBeGreaterThanOrEqual(0);
  return all.slice(from, to);
}

/** "（1）完整性：年度指标值…" → "完整性"; "(1) 完整性: target…" → "完整性"; another paragraph by its first words. */
const names = (lines: string[]) => lines.map((l) => /^(?:（\d+）|\(\d+\) )([^：:]+)/.exec(l)?.[1] ?? l.slice(0, 6));

describe('indicators of a 一级指标 the outline names no block for (银川市第六中学: 项目决策, 项目管理)', () => {
  it('stand under subsections of their own after 产出 and 效益, not under 满意度, in the form’s order', async () => {
    const result = await corpusForm('nx-yinchuan-6zhong-2021');
    const four = between(sections(result, 'zh'), '四、项目绩效目标完成情况', '五、存在的问题及原因分析');
    expect(four.map(([h, under]) => [h, names(under)])).toEqual([
      ['四、项目绩效目标完成情况', ['年度总体目标']],
      [
        '（一）产出指标完成情况',
        ['保障人数', '公用经费标准', '公用经费完成时间', '办公所需成本', '维修(维护)所需成本', '绿化、水电费等成本'],
      ],
      ['（二）效益指标完成情况', ['效果显著', '使学生和老师有个更好的学习和工作环境,做到']],
      ['（三）项目决策指标完成情况', ['完整性', '相关性', '可行性', '适当性']],
      // The total closes 四、 after the last subsection, as before.
      [
        '（四）项目管理指标完成情况',
        ['预算执行率', '财务管理制度有效性', '绩效监控有效性', '管理制度有效性', '自评总分【请'],
      ],
    ]);
  });

  it('reads the same in English, the headings numbered as the outline numbers them', async () => {
    const result = await corpusForm('nx-yinchuan-6zhong-2021');
    const four = between(
      sections(result, 'en'),
      '4. Achievement of the performance goals',
      '5. Problems and their causes',
    );
    expect(four.map(([h]) => h)).toEqual([
      '4. Achievement of the performance goals',
      '4.1 Outputs',
      '4.2 Benefits',
      '4.3 项目决策',
      '4.4 项目管理',
    ]);
    expect(names(four[3][1])).toEqual(['完整性', '相关性', '可行性', '适当性']);
  });

  it('keep their paragraph ids (by their row on the form) and their subsections’ ids (by the 一级指标)', async () => {
    const result = await corpusForm('nx-yinchuan-6zhong-2021');
    const paragraphs = draftReport(result, 'zh');
    const decision = paragraphs.find((p) => p.role === 'heading' && p.label === '（三）项目决策指标完成情况');
    expect(decision?.id).toBe('h4+项目决策');
    const under = paragraphs.filter((p) => p.block === 'indicators:项目决策').map((p) => p.id);
    expect(under).toEqual(['p3.ind.1', 'p3.ind.2', 'p3.ind.3', 'p3.ind.4']);
    // The same ids in English: a redraft in the other language finds the user's edits again.
    expect(draftReport(result, 'en').map((p) => p.id)).toEqual(paragraphs.map((p) => p.id));
  });

  it('check clean against the form', async () => {
    const result = await corpusForm('nx-yinchuan-6zhong-2021');
    const text = layoutAnnex2(result, result.form.sheet, {}, 'zh').paragraphs.map((p) => p.text);
    expect(checkReportUnguarded(text.join('\n'), result.form).findings).toEqual([]);
  });
});

describe('a subsection under which nothing is drafted', () => {
  it('is left out: 自评总分 follows the 效益 sentences on a form with no 满意度 indicator (六安市文物局)', async () => {
    const result = await corpusForm('ah-yuan-wlj-2022');
    for (const [lang, first, next] of [
      ['zh', '四、项目绩效目标完成情况', '五、存在的问题及原因分析'],
      ['en', '4. Achievement of the performance goals', '5. Problems and their causes'],
    ] as const) {
      const four = between(sections(result, lang), first, next);
      expect(four.map(([h]) => h)).toEqual(
        lang === 'zh'
          ? ['四、项目绩效目标完成情况', '（一）产出指标完成情况', '（二）效益指标完成情况']
          : ['4. Achievement of the performance goals', '4.1 Outputs', '4.2 Benefits'],
      );
      const benefits = four[2][1];
      expect(benefits).toHaveLength(2);
      expect(benefits[1]).toMatch(lang === 'zh' ? /^自评总分/ : /^Total score/);
    }
  });

  it('is left out and those after it are numbered by where they stand (no 效益 indicator: 满意度 is （二）)', () => {
    const result = sampleResult();
    result.form.indicators.forEach((ind) => {
      if (ind.level1.includes('效益')) ind.level1 = '产出指标';
    });
    const project = { ...result, form: { ...result.form, kind: 'project' as const } };
    expect(
      between(sections(project, 'zh'), '四、项目绩效目标完成情况', '五、存在的问题及原因分析').map(([h]) => h),
    ).toEqual(['四、项目绩效目标完成情况', '（一）产出指标完成情况', '（二）满意度指标完成情况']);
    expect(
      between(sections(project, 'en'), '4. Achievement of the performance goals', '5. Problems and their causes').map(
        ([h]) => h,
      ),
    ).toEqual(['4. Achievement of the performance goals', '4.1 Outputs', '4.2 Satisfaction']);
  });

  it('stays, with its number, where the user wrote under it (the redraft says so)', async () => {
    const result = await corpusForm('ah-yuan-wlj-2022');
    const kept = draftReport(result, 'zh', undefined, (heading) => heading === 'h4.3');
    const headings = kept.filter((p) => p.role === 'heading').map((p) => `${p.id} ${p.label}`);
    expect(headings).toContain('h4.3 （三）满意度指标完成情况');
  });
});

describe('the department outline', () => {
  it('keeps every indicator under 三、 (its one block takes all), whatever their 一级指标', () => {
    const result = sampleResult();
    result.form.indicators[0].level1 = '项目决策';
    const three = between(sections(result, 'zh'), '三、部门整体支出绩效情况', '四、存在的问题及原因分析');
    expect(three.map(([h]) => h)).toEqual(['三、部门整体支出绩效情况']);
    expect(names(three[0][1]).filter((n) => n === '改造小区数')).toHaveLength(1);
  });

  it('given subsections per 一级指标 (a bureau’s), adds one for a 一级指标 they leave out, zh and en', () => {
    const result = sampleResult();
    const bureau: Outline = {
      ...DEPARTMENT_OUTLINE,
      sections: DEPARTMENT_OUTLINE.sections.map((s, i) =>
        i !== 2
          ? s
          : {
              heading: s.heading,
              blocks: ['goal', 'achievements', 'budget'],
              sections: [
                {
                  heading: { zh: '（一）产出指标', en: '3.1 Outputs' },
                  blocks: [{ key: 'indicators', level1: ['产出'] }],
                },
                {
                  heading: { zh: '（二）效益指标', en: '3.2 Benefits' },
                  blocks: [{ key: 'indicators', level1: ['效益'] }],
                },
              ],
              after: ['total'],
            },
      ),
    };
    const zh = between(sections(result, 'zh', bureau), '三、部门整体支出绩效情况', '四、存在的问题及原因分析');
    expect(zh.map(([h]) => h)).toEqual([
      '三、部门整体支出绩效情况',
      '（一）产出指标',
      '（二）效益指标',
      '（三）满意度指标完成情况',
    ]);
    expect(names(zh[3][1])[0]).toBe('居民满意度');
    const en = between(
      sections(result, 'en', bureau),
      '3. Overall spending performance',
      '4. Problems and their causes',
    );
    expect(en.map(([h]) => h)).toEqual([
      '3. Overall spending performance',
      '3.1 Outputs',
      '3.2 Benefits',
      '3.3 满意度',
    ]);
  });
});
