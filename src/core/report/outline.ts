import type { Bilingual, Lang } from '../findings';
import type { FormKind } from '../model';

/** The sentences ZiPing can draft, each known by one key: an outline places them under its headings. */
export const BLOCK_KEYS = [
  'duties',
  'staff',
  'basicSpending',
  'projectSpending',
  'projectFunding',
  'compliance',
  'goal',
  'goalPlanned',
  'goalAchieved',
  'achievements',
  'projectOverview',
  'projectScope',
  'implementation',
  'budget',
  'indicators',
  'total',
  'problems',
  'steps',
  'publication',
  'other',
] as const;

export type BlockKey = (typeof BLOCK_KEYS)[number];

/** Indicator sentences, of the indicators whose 一级指标 names one of `level1` only. */
interface IndicatorsBlock {
  key: 'indicators';
  level1: string[];
}

/** A paragraph the user writes under a heading they added; `id` keeps it apart from the others. */
interface TextBlock {
  key: 'text';
  id: string;
}

/** A block of the outline: sentences ZiPing drafts, some of the indicators, or a paragraph for the user's own words. */
export type Block = BlockKey | IndicatorsBlock | TextBlock;

/** What each block is, in the pane's words (zh first). */
const BLOCK_NAMES: Record<BlockKey, Bilingual> = {
  duties: { zh: '单位主要职责', en: 'Main duties' },
  staff: { zh: '机构、人员情况', en: 'Organisation and staff' },
  basicSpending: { zh: '基本支出', en: 'Basic spending' },
  projectSpending: { zh: '项目支出', en: 'Project spending' },
  projectFunding: { zh: '资金来源', en: 'Sources of funds' },
  compliance: { zh: '资金使用合规（请确认）', en: 'Proper use of funds (to confirm)' },
  goal: { zh: '年度总体目标及完成情况', en: 'Overall goal and what was achieved' },
  goalPlanned: { zh: '绩效目标', en: 'Performance goal' },
  goalAchieved: { zh: '目标完成情况', en: 'What was achieved' },
  achievements: { zh: '主要成效', en: 'Main results' },
  projectOverview: { zh: '项目概况', en: 'Project overview' },
  projectScope: { zh: '立项依据、内容和范围', en: 'Basis, content and scope' },
  implementation: { zh: '组织实施情况', en: 'Organisation and implementation' },
  budget: { zh: '预算执行', en: 'Budget execution' },
  indicators: { zh: '各项指标完成情况', en: 'Each indicator' },
  total: { zh: '自评总分', en: 'Total score' },
  problems: { zh: '存在的问题', en: 'Problems' },
  steps: { zh: '改进措施', en: 'Next steps' },
  publication: { zh: '结果应用和公开', en: 'Use and publication' },
  other: { zh: '其他需要说明的问题', en: 'Other matters' },
};

/** A block of the user's own text, as the pane names it. */
export const OWN_TEXT: Bilingual = { zh: '自行填写的内容', en: 'Your own text' };

/** A block as the pane names it: 各项指标完成情况（产出、成本）, 自行填写的内容. */
export function blockName(block: Block, lang: Lang): string {
  if (typeof block === 'string') return BLOCK_NAMES[block][lang];
  if (block.key === 'text') return OWN_TEXT[lang];
  const which = block.level1.join(lang === 'zh' ? '、' : ', ');
  return lang === 'zh' ? `${BLOCK_NAMES.indicators.zh}（${which}）` : `${BLOCK_NAMES.indicators.en} (${which})`;
}

/**
 * One text per block, the same in every outline it stands in: `budget`, `indicators:产出,成本`, `text:t1`. A draft
 * tags each paragraph with the block it came from, so the pane knows what a block holds.
 */
export function blockId(block: Block): string {
  if (typeof block === 'string') return block;
  return block.key === 'text' ? `text:${block.id}` : `indicators:${block.level1.join(',')}`;
}

export function isIndicators(block: Block): block is 'indicators' | IndicatorsBlock {
  return block === 'indicators' || (typeof block === 'object' && block.key === 'indicators');
}

export interface OutlineSection {
  heading: Bilingual;
  blocks?: Block[];
  sections?: OutlineSection[];
  /** Blocks after the subsections (a closing total). */
  after?: Block[];
}

/** A report's outline: its title and its headings, in order, and which sentences go under each. */
export interface Outline {
  title: Bilingual;
  sections: OutlineSection[];
}

const h = (zh: string, en: string): Bilingual => ({ zh, en });

/** The department outline, as the sample report (部门整体支出绩效自评报告) has it. */
export const DEPARTMENT_OUTLINE: Outline = {
  title: h('部门整体支出绩效自评报告', 'Self-Evaluation Report on the Department’s Overall Spending Performance'),
  sections: [
    {
      heading: h('一、预算单位基本情况', '1. The budget unit'),
      sections: [
        { heading: h('1、单位主要职责', '1.1 Main duties'), blocks: ['duties'] },
        { heading: h('2、单位机构、人员情况', '1.2 Organisation and staff'), blocks: ['staff'] },
      ],
    },
    {
      heading: h('二、一般公共预算支出情况', '2. General public budget spending'),
      sections: [
        { heading: h('（一）基本支出情况', '2.1 Basic spending'), blocks: ['basicSpending'] },
        {
          heading: h('（二）项目支出情况', '2.2 Project spending'),
          blocks: ['projectSpending', 'projectFunding', 'compliance'],
        },
      ],
    },
    {
      heading: h('三、部门整体支出绩效情况', '3. Overall spending performance'),
      blocks: ['goal', 'achievements', 'budget', 'indicators', 'total'],
    },
    { heading: h('四、存在的问题及原因分析', '4. Problems and their causes'), blocks: ['problems'] },
    { heading: h('五、下一步改进措施', '5. Next steps'), blocks: ['steps'] },
    {
      heading: h('六、绩效自评结果拟应用和公开情况', '6. Use and publication of the results'),
      blocks: ['publication'],
    },
  ],
};

/** The project outline (项目支出绩效自评报告), per the spec. */
export const PROJECT_OUTLINE: Outline = {
  title: h('项目支出绩效自评报告', 'Self-Evaluation Report on Project Spending Performance'),
  sections: [
    {
      heading: h('一、项目基本情况', '1. The project'),
      sections: [
        { heading: h('（一）项目概况', '1.1 Overview'), blocks: ['projectOverview', 'projectScope'] },
        { heading: h('（二）项目绩效目标', '1.2 Performance goals'), blocks: ['goalPlanned'] },
      ],
    },
    {
      heading: h('二、项目资金使用及管理情况', '2. Use and management of the funds'),
      blocks: ['budget', 'projectFunding', 'compliance'],
    },
    { heading: h('三、项目组织实施情况', '3. Organisation and implementation'), blocks: ['implementation'] },
    {
      heading: h('四、项目绩效目标完成情况', '4. Achievement of the performance goals'),
      blocks: ['goalAchieved'],
      after: ['total'],
      sections: [
        {
          heading: h('（一）产出指标完成情况', '4.1 Outputs'),
          blocks: [{ key: 'indicators', level1: ['产出', '成本'] }],
        },
        { heading: h('（二）效益指标完成情况', '4.2 Benefits'), blocks: [{ key: 'indicators', level1: ['效益'] }] },
        {
          heading: h('（三）满意度指标完成情况', '4.3 Satisfaction'),
          blocks: [{ key: 'indicators', level1: ['满意度'] }],
        },
      ],
    },
    { heading: h('五、存在的问题及原因分析', '5. Problems and their causes'), blocks: ['problems'] },
    { heading: h('六、下一步改进措施', '6. Next steps'), blocks: ['steps'] },
    { heading: h('七、其他需要说明的问题', '7. Other matters'), blocks: ['other'] },
  ],
};

export const OUTLINES: Record<FormKind, Outline> = { department: DEPARTMENT_OUTLINE, project: PROJECT_OUTLINE };

/** What the report sheet keeps of an outline: nothing for the built-in one (a newer ZiPing may improve it), else its JSON. */
export function outlineToKeep(outline: Outline, kind: FormKind): string {
  const json = JSON.stringify(outline);
  return json === JSON.stringify(OUTLINES[kind]) ? '' : json;
}

/** The most an outline may hold, so that it fits in one cell of the report sheet with room to spare. */
const MAX_OUTLINE_CHARS = 20_000;

/**
 * Reads an outline from untrusted JSON (a profile, a workbook's settings, the report sheet): undefined with the
 * problem named when it is not one, so that the built-in outline is used. A heading may be one string for both
 * languages or { zh, en }; a block other than the indicators may appear once only (its paragraph has one id).
 */
export function parseOutline(input: unknown): { outline?: Outline; problem?: Bilingual } {
  const bad = (zh: string, en: string) => ({
    problem: {
      zh: `报告提纲无效（${zh}），已使用默认提纲`,
      en: `the report outline is invalid (${en}); the default is used`,
    },
  });
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return bad('应为对象', 'not an object');
  const raw = input as Record<string, unknown>;
  const title = bilingual(raw.title);
  if (!title) return bad('标题应为文字', 'the title must be text');
  const sections = sectionList(raw.sections, 0);
  if (!sections || sections.length === 0) return bad('章节或其内容无法识别', 'a section or block is not recognised');
  const outline = { title, sections };
  const twice = repeatedBlock(outline);
  if (twice) return bad(`“${twice}”出现了不止一次`, `“${twice}” appears more than once`);
  if (JSON.stringify(outline).length > MAX_OUTLINE_CHARS) return bad('内容过长', 'too long');
  return { outline };
}

/** The outlines a profile gives, by kind of form (department, project); each invalid one named and left out. */
export function parseReportOutlines(input: unknown): {
  outlines: Partial<Record<FormKind, Outline>>;
  problems: Bilingual[];
} {
  const outlines: Partial<Record<FormKind, Outline>> = {};
  const problems: Bilingual[] = [];
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    problems.push({
      zh: '规则方案的 reportOutlines 应为对象（department、project），已使用默认提纲',
      en: 'rule profile option reportOutlines must be an object (department, project); the default outlines are used',
    });
    return { outlines, problems };
  }
  for (const [kind, value] of Object.entries(input as Record<string, unknown>)) {
    if (kind !== 'department' && kind !== 'project') {
      problems.push({
        zh: `报告提纲的种类 ${kind} 未知（应为 department 或 project），已忽略`,
        en: `unknown kind of report outline ${kind} (expected department or project) ignored`,
      });
      continue;
    }
    const { outline, problem } = parseOutline(value);
    if (outline) outlines[kind] = outline;
    else if (problem) problems.push({ zh: `${kind}：${problem.zh}`, en: `${kind}: ${problem.en}` });
  }
  return { outlines, problems };
}

function repeatedBlock(outline: Outline): string | undefined {
  const seen = new Set<string>();
  let twice: string | undefined;
  const walk = (sections: OutlineSection[]) =>
    sections.forEach((s) => {
      for (const b of [...(s.blocks ?? []), ...(s.after ?? [])]) {
        if (isIndicators(b)) continue;
        const id = blockId(b);
        if (seen.has(id)) twice ??= id;
        seen.add(id);
      }
      walk(s.sections ?? []);
    });
  walk(outline.sections);
  return twice;
}

function bilingual(v: unknown): Bilingual | undefined {
  if (typeof v === 'string') return v.trim() !== '' && v.length <= 200 ? { zh: v, en: v } : undefined;
  if (typeof v !== 'object' || v === null) return undefined;
  const { zh, en } = v as Record<string, unknown>;
  return typeof zh === 'string' && typeof en === 'string' && zh.length <= 200 && en.length <= 200
    ? { zh, en }
    : undefined;
}

function sectionList(v: unknown, depth: number): OutlineSection[] | undefined {
  if (!Array.isArray(v) || depth > 2 || v.length > 40) return undefined;
  const out: OutlineSection[] = [];
  for (const item of v) {
    if (typeof item !== 'object' || item === null) return undefined;
    const s = item as Record<string, unknown>;
    const heading = bilingual(s.heading);
    if (!heading) return undefined;
    const section: OutlineSection = { heading };
    if (s.blocks !== undefined) {
      const blocks = blockList(s.blocks);
      if (!blocks) return undefined;
      section.blocks = blocks;
    }
    if (s.sections !== undefined) {
      const subs = sectionList(s.sections, depth + 1);
      if (!subs) return undefined;
      section.sections = subs;
    }
    if (s.after !== undefined) {
      const after = blockList(s.after);
      if (!after) return undefined;
      section.after = after;
    }
    out.push(section);
  }
  return out;
}

function blockList(v: unknown): Block[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const out: Block[] = [];
  for (const b of v) {
    if (typeof b === 'string' && (BLOCK_KEYS as readonly string[]).includes(b)) out.push(b as BlockKey);
    else if (
      typeof b === 'object' &&
      b !== null &&
      (b as Record<string, unknown>).key === 'indicators' &&
      Array.isArray((b as Record<string, unknown>).level1) &&
      ((b as Record<string, unknown>).level1 as unknown[]).every((x) => typeof x === 'string')
    )
      out.push({ key: 'indicators', level1: (b as { level1: string[] }).level1 });
    else if (
      typeof b === 'object' &&
      b !== null &&
      (b as Record<string, unknown>).key === 'text' &&
      typeof (b as Record<string, unknown>).id === 'string' &&
      /^[A-Za-z0-9_-]{1,20}$/.test((b as { id: string }).id)
    )
      out.push({ key: 'text', id: (b as { id: string }).id });
    else return undefined;
  }
  return out;
}
