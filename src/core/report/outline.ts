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

/** A block of the outline; indicator blocks may take only the indicators whose 一级指标 names one of `level1`. */
export type Block = BlockKey | { key: 'indicators'; level1: string[] };

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
        if (typeof b !== 'string' || b === 'indicators') continue;
        if (seen.has(b)) twice ??= b;
        seen.add(b);
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
    else return undefined;
  }
  return out;
}

/** Where a section stands: its index among the top sections, then among its parent's subsections. */
export type SectionPath = number[];

function siblingsOf(outline: Outline, path: SectionPath): OutlineSection[] | undefined {
  let list = outline.sections;
  for (const i of path.slice(0, -1)) {
    const next = list[i]?.sections;
    if (!next) return undefined;
    list = next;
  }
  return list;
}

function cloneOutline(outline: Outline): Outline {
  return JSON.parse(JSON.stringify(outline)) as Outline;
}

/** The outline with the section at `path` moved one place up (-1) or down (+1) among its siblings, renumbered. */
export function moveSection(outline: Outline, path: SectionPath, delta: -1 | 1): Outline {
  const out = cloneOutline(outline);
  const list = siblingsOf(out, path);
  const i = path[path.length - 1];
  const j = i + delta;
  if (!list || i < 0 || i >= list.length || j < 0 || j >= list.length) return outline;
  [list[i], list[j]] = [list[j], list[i]];
  return renumbered(out);
}

/** The outline with the heading at `path` reworded in `lang` (its number kept as the outline numbers it). */
export function renameSection(outline: Outline, path: SectionPath, lang: Lang, heading: string): Outline {
  const out = cloneOutline(outline);
  const list = siblingsOf(out, path);
  const section = list?.[path[path.length - 1]];
  if (!section) return outline;
  section.heading = { ...section.heading, [lang]: heading.slice(0, 200) };
  return renumbered(out);
}

const ZH_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
/** 1 → 一, 12 → 十二, 20 → 二十. */
function zhNumber(n: number): string {
  if (n <= 10) return ZH_DIGITS[n];
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : ZH_DIGITS[tens]}十${ZH_DIGITS[n % 10]}`;
}
const ZH_TOP = /^[一二三四五六七八九十]+、\s*/;
const ZH_SUB = /^[（(][一二三四五六七八九十]+[）)]\s*/;
const ZH_THIRD = /^\d+[、.．]\s*/;
const EN_NUMBER = /^\d+(?:\.\d+)*\.?\s+/;

/**
 * Headings numbered by where they stand, each in the style it has (一、, （一）, 1、; 1. and 1.1 in English):
 * a heading that had no number is left without one.
 */
export function renumbered(outline: Outline): Outline {
  const walk = (sections: OutlineSection[], depth: number, parent: string) =>
    sections.forEach((s, i) => {
      const n = i + 1;
      const zh = s.heading.zh;
      const en = s.heading.en;
      const zhPattern = [ZH_TOP, ZH_SUB, ZH_THIRD].find((r) => r.test(zh));
      const zhPrefix =
        zhPattern === ZH_TOP ? `${zhNumber(n)}、` : zhPattern === ZH_SUB ? `（${zhNumber(n)}）` : `${n}、`;
      const enNumber = parent ? `${parent}.${n}` : `${n}`;
      s.heading = {
        zh: zhPattern ? zhPrefix + zh.replace(zhPattern, '') : zh,
        en: EN_NUMBER.test(en) ? `${enNumber}${depth === 0 ? '.' : ''} ${en.replace(EN_NUMBER, '')}` : en,
      };
      walk(s.sections ?? [], depth + 1, enNumber);
    });
  walk(outline.sections, 0, '');
  return outline;
}
