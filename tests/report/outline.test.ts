import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import mammoth from 'mammoth';
import type { Grid } from '../../src/core/cells';
import { HIDDEN_FORMAT, layoutAnnex2 } from '../../src/core/layout/writeAnnex2';
import { parseProfile } from '../../src/core/profile';
import { reportOutline } from '../../src/core/report/draft';
import { DEPARTMENT_OUTLINE } from '../../src/core/report/outline';
import { moveSection, renameSection } from '../../src/core/report/outlineEdit';
import { readReportSheet } from '../../src/core/report/reportSheet';
import { checkFormsOnSheet } from '../../src/core/workbook';
import { writeGridsToXlsx } from '../../src/hosts/xlsx';
import { ziping } from '../support/cli';
import { projectForm } from './forms';

const PROFILE = path.join(__dirname, 'fixtures', 'yunnan-project-outline.json');
/** The province's headings, as its profile lists them (written out here by hand, in the profile's order). */
const YUNNAN_HEADINGS = [
  '一、基本情况',
  '（一）项目概况',
  '（二）项目绩效目标',
  '二、绩效评价工作开展情况',
  '三、综合评价情况及评价结论',
  '四、绩效指标分析',
  '（一）项目资金情况分析',
  '（二）项目绩效指标完成情况分析',
  '五、主要经验及做法、存在的问题及原因分析',
  '六、有关建议',
  '七、其他需要说明的问题',
];

const profileFile = () => parseProfile(JSON.parse(fs.readFileSync(PROFILE, 'utf8')));

let form: Grid;
beforeAll(async () => {
  form = await projectForm(false);
});

function draftWith(profile: ReturnType<typeof profileFile>['profile']) {
  const result = checkFormsOnSheet(form).results[0];
  return layoutAnnex2(result, form.name, {}, 'zh', '自评报告', undefined, reportOutline(result, profile, undefined));
}

describe('a report outline given by a profile (a province’s headings and their order)', () => {
  it('is read from the profile without a problem', () => {
    const { profile, problems } = profileFile();
    expect(problems).toEqual([]);
    expect(profile.reportOutlines?.project?.sections.map((s) => s.heading.zh)[1]).toBe('二、绩效评价工作开展情况');
  });

  it('orders the draft: the province’s headings in its order, each sentence under the heading it names', () => {
    const report = drafted();
    const headings = report.paragraphs.filter((p) => p.role === 'heading').map((p) => p.text);
    expect(headings).toEqual(YUNNAN_HEADINGS);
    const under = (heading: string) => {
      const at = report.paragraphs.findIndex((p) => p.text === heading);
      const next = report.paragraphs.findIndex((p, i) => i > at && p.role === 'heading');
      return report.paragraphs.slice(at + 1, next < 0 ? undefined : next).map((p) => p.text);
    };
    expect(under('（二）项目绩效指标完成情况分析').join('\n')).toContain('验收合格率：年度指标值100%，实际完成值100%');
    expect(under('（一）项目资金情况分析').join('\n')).toContain('全年预算数250000.00元');
    expect(under('三、综合评价情况及评价结论').join('\n')).toContain('已完成19个老旧小区改造');
  });

  it('is kept in the report sheet (hidden), and a redraft without the profile follows it', () => {
    const report = drafted();
    const kept = report.grid.cells[0]?.[2];
    expect(kept?.numFmt).toBe(HIDDEN_FORMAT);
    const stored = readReportSheet(report.grid)!.outline;
    const result = checkFormsOnSheet(form).results[0];
    const again = layoutAnnex2(
      result,
      form.name,
      {},
      'zh',
      '自评报告',
      undefined,
      reportOutline(result, undefined, { outline: stored }),
    );
    expect(again.paragraphs.filter((p) => p.role === 'heading').map((p) => p.text)).toEqual(YUNNAN_HEADINGS);
  });

  it('travels with the workbook: `ziping report` on another machine, with no profile, writes the same headings', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ziping-outline-'));
    try {
      const book = path.join(dir, 'project.xlsx');
      fs.writeFileSync(book, await writeGridsToXlsx([form, drafted().grid]));
      const out = path.join(dir, 'report.docx');
      const r = await ziping('report', book, '--out', out);
      expect(r).toMatchObject({ code: 0, stderr: '' });
      const { value } = await mammoth.extractRawText({ buffer: fs.readFileSync(out) });
      const lines = value.split(/\n+/).filter((l) => YUNNAN_HEADINGS.includes(l) || /^[一二三四五六七]、/.test(l));
      expect(lines).toEqual(YUNNAN_HEADINGS);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is given to `ziping report --profile` for a workbook that has no report yet', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ziping-outline-'));
    try {
      const book = path.join(dir, 'project.xlsx');
      fs.writeFileSync(book, await writeGridsToXlsx([form]));
      const out = path.join(dir, 'report.docx');
      expect(await ziping('report', book, '--out', out, '--profile', PROFILE)).toMatchObject({ code: 0, stderr: '' });
      const { value } = await mammoth.extractRawText({ buffer: fs.readFileSync(out) });
      expect(value).toContain('二、绩效评价工作开展情况');
      expect(value).not.toContain('二、项目资金使用及管理情况');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names what is wrong with an outline it cannot use, and the built-in outline is used', () => {
    const twice = parseProfile({
      reportOutlines: {
        project: {
          title: '项目支出绩效自评报告',
          sections: [{ heading: '一、基本情况', blocks: ['budget', 'budget'] }],
        },
      },
    });
    expect(twice.profile.reportOutlines).toBeUndefined();
    expect(twice.problems.map((p) => p.zh)).toEqual([
      'project：报告提纲无效（“budget”出现了不止一次），已使用默认提纲',
    ]);
    const unknown = parseProfile({
      reportOutlines: { project: { title: 'x', sections: [{ heading: '一、基本情况', blocks: ['资金'] }] } },
    });
    expect(unknown.problems.map((p) => p.zh)).toEqual([
      'project：报告提纲无效（章节或其内容无法识别），已使用默认提纲',
    ]);
    const headings = draftWith(unknown.profile)
      .paragraphs.filter((p) => p.role === 'heading' && /^[一二三四五六七]、/.test(p.text))
      .map((p) => p.text);
    expect(headings[0]).toBe('一、项目基本情况');
  });
});

describe('an outline the user changes', () => {
  it('numbers headings by their places, each in its own style, in both languages', () => {
    const moved = moveSection(DEPARTMENT_OUTLINE, [0, 1], -1);
    expect(moved.sections[0].sections!.map((s) => [s.heading.zh, s.heading.en])).toEqual([
      ['1、单位机构、人员情况', '1.1 Organisation and staff'],
      ['2、单位主要职责', '1.2 Main duties'],
    ]);
    const renamed = renameSection(moved, [5], 'zh', '五、自评结果的应用和公开');
    expect(renamed.sections[5].heading).toEqual({
      zh: '六、自评结果的应用和公开',
      en: '6. Use and publication of the results',
    });
    // The built-in outline itself is left as it was.
    expect(DEPARTMENT_OUTLINE.sections[0].sections![0].heading.zh).toBe('1、单位主要职责');
  });
});

function drafted() {
  return draftWith(profileFile().profile);
}
