import type { Bilingual, Lang } from '../findings';
import type { FormKind } from '../model';
import type { FormResult } from '../workbook';
import { blockParagraphs, indicatorParagraph, type Drafting } from './sentences';
import { blockId, isIndicators, OUTLINES, type Block, type Outline, type OutlineSection } from './outline';
import { numberedHeading, numberPrefix } from './outlineEdit';
import { text, type Part } from './parts';
import { mark, unitWord } from './words';

type ParagraphRole = 'title' | 'heading' | 'body';

/** One paragraph of the report: ZiPing's (drafted, figures live) or the user's (their own words, a placeholder at first). */
export interface ReportParagraph {
  /** Stable across drafts: the key by which a redraft finds the paragraph again. */
  id: string;
  role: ParagraphRole;
  owner: 'ziping' | 'user';
  parts: Part[];
  /** Where it stands, as a reader names it: 三、（3）资金成本. */
  label: string;
  /** The outline block it was drafted for (blockId); none for the title and headings. */
  block?: string;
}

/** The outline a form gets unless the user's profile gives its own. */
export function outlineFor(result: FormResult, outlines?: Partial<Record<string, Outline>>): Outline {
  return outlines?.[result.form.kind] ?? OUTLINES[result.form.kind];
}

/**
 * The outline a (re)draft follows: the user's own for this kind of form (changed in the pane), else the profile's
 * (the bureau chose it), else the one the report sheet was drafted to (it travels with the workbook), else the
 * built-in one.
 */
export function reportOutline(
  result: FormResult,
  profile: { reportOutlines?: Partial<Record<string, Outline>> } | undefined,
  existing: { outline?: Outline } | undefined,
  own?: Partial<Record<string, Outline>>,
): Outline {
  const kind = result.form.kind;
  return own?.[kind] ?? profile?.reportOutlines?.[kind] ?? existing?.outline ?? OUTLINES[kind];
}

/** What 恢复默认提纲 goes back to: the profile's outline for this kind of form, else the built-in one. */
export function defaultOutline(
  kind: FormKind,
  profile: { reportOutlines?: Partial<Record<string, Outline>> } | undefined,
): Outline {
  return profile?.reportOutlines?.[kind] ?? OUTLINES[kind];
}

/**
 * Whether an empty heading stays in the draft: given its id and the ids of the body paragraphs drafted, true where
 * the report holds words of the user's under it (see wordsUnder in reportSheet.ts).
 */
export type KeepHeading = (heading: string, drafted: ReadonlySet<string>) => boolean;

/** The id of a heading paragraph (h1, h4.3, h4+项目决策): the other paragraphs' ids never start with h. */
export function isHeadingId(id: string | undefined): boolean {
  return id !== undefined && /^h\d/.test(id);
}

/**
 * Drafts Annex 2 from a checked form, heading by heading as the outline says: the sentences from the figures,
 * the verdicts from the rule, a gap mark wherever the user must write. The same paragraphs give the sheet's
 * formulas and the text. Indicators of a 一级指标 no block of the outline names get a subsection of their own
 * after the outline's indicator subsections (not kept in the outline); a heading under which nothing is drafted
 * is left out unless `keep` says the user wrote under it; the headings of a level that lost or gained one are
 * numbered by where they stand.
 */
export function draftReport(
  result: FormResult,
  lang: Lang,
  outline: Outline = outlineFor(result),
  keep?: KeepHeading,
): ReportParagraph[] {
  const d: Drafting = { result, lang, unit: unitWord(lang, result.form.amountUnit) };
  const out: ReportParagraph[] = [];
  out.push({
    id: 'title',
    role: 'title',
    owner: 'ziping',
    parts: [text(outline.title[lang])],
    label: outline.title[lang],
  });
  const sections = draftSections(result, outline);

  // The body paragraphs of every block first: which headings stand depends on them.
  const bodies = new Map<Item, ReportParagraph[]>();
  const draftItems = (items: Item[], heading: string) =>
    items.forEach((item) => {
      const { block } = item;
      const tag = blockId(block);
      if (item.members)
        bodies.set(
          item,
          item.members.map((index, n) => ({ ...indicatorParagraph(d, index, n + 1), block: tag })),
        );
      else if (typeof block === 'object')
        // The user's own paragraph under a heading they added: a gap named by its heading until they write it.
        bodies.set(item, [
          {
            id: `p.${tag}`,
            role: 'body',
            owner: 'user',
            parts: [text(mark(lang, 'fill', withoutNumber(heading)))],
            label: '',
            block: tag,
          },
        ]);
      else if (!isIndicators(block))
        bodies.set(
          item,
          blockParagraphs(d, block).map((p) => ({ ...p, label: '', block: tag })),
        );
    });
  const collect = (list: DraftSection[]) =>
    list.forEach((s) => {
      draftItems(s.blocks, s.heading[lang]);
      draftItems(s.after, s.heading[lang]);
      collect(s.sections);
    });
  collect(sections);
  const drafted = new Set([...bodies.values()].flat().map((p) => p.id));
  const count = (items: Item[]) => items.reduce((n, item) => n + (bodies.get(item)?.length ?? 0), 0);
  const stands = (s: DraftSection): boolean =>
    count(s.blocks) + count(s.after) > 0 || s.sections.some(stands) || (keep?.(s.id, drafted) ?? false);
  const shown = standing(sections, stands, 0, '', false);

  const walk = (list: DraftSection[], top: string | undefined) => {
    list.forEach((section) => {
      const heading = section.heading[lang];
      const nowTop = top ?? heading;
      const nowSub = top === undefined ? undefined : heading;
      out.push({ id: section.id, role: 'heading', owner: 'ziping', parts: [text(heading)], label: heading });
      const here = `${numberOf(nowTop)}${nowSub ?? ''}`;
      const place = (items: Item[]) => {
        for (const item of items)
          for (const p of bodies.get(item) ?? [])
            out.push({ ...p, label: item.members ? `${numberOf(nowTop)}${p.label}` : nowSub ? here : nowTop });
      };
      place(section.blocks);
      walk(section.sections, nowTop);
      place(section.after);
    });
  };
  walk(shown, undefined);
  return out;
}

/** A block of the draft; an indicator block with the indicators (their indexes) it takes. */
interface Item {
  block: Block;
  members?: number[];
}

/** A heading of the draft: one of the outline's, or one ZiPing adds for a 一级指标 no block names. */
interface DraftSection {
  /** Stable across drafts: h + the heading's place in the outline (h4.3), or h4+项目决策 for one ZiPing adds. */
  id: string;
  heading: Bilingual;
  blocks: Item[];
  sections: DraftSection[];
  after: Item[];
  added?: boolean;
}

/**
 * The outline's headings with the indicators each indicator block takes, and after the subsections of the
 * section holding the last indicator block (its own subsections, when it stands at the top), one subsection per
 * 一级指标 no block names, in the form's order, numbered and worded in the style of the one before it:
 * （四）项目决策指标完成情况, 4.4 项目决策.
 */
function draftSections(result: FormResult, outline: Outline): DraftSection[] {
  const { groups, leftovers } = indicatorGroups(result, outline);
  let next = 0;
  let holder: { section: DraftSection; parent?: DraftSection; depth: number } | undefined;
  const items = (blocks: Block[] | undefined): Item[] =>
    (blocks ?? []).map((block) => (isIndicators(block) ? { block, members: groups[next++] ?? [] } : { block }));
  const build = (list: OutlineSection[], path: string, parent: DraftSection | undefined, depth: number) =>
    list.map((s, i): DraftSection => {
      const id = `h${path}${path ? '.' : ''}${i + 1}`;
      const section: DraftSection = { id, heading: s.heading, blocks: items(s.blocks), sections: [], after: [] };
      const holds = (its: Item[]) => its.some((it) => it.members);
      if (holds(section.blocks)) holder = { section, parent, depth };
      section.sections = build(s.sections ?? [], id.slice(1), section, depth + 1);
      section.after = items(s.after);
      if (holds(section.after)) holder = { section, parent, depth };
      return section;
    });
  const sections = build(outline.sections, '', undefined, 0);
  if (holder && leftovers.length > 0) {
    const parent = holder.parent ?? holder.section;
    const depth = holder.parent ? holder.depth : holder.depth + 1;
    const model = parent.sections[parent.sections.length - 1]?.heading;
    for (const { name, members } of leftovers)
      parent.sections.push({
        id: `${parent.id}+${name}`,
        heading: {
          zh: `${model ? numberPrefix(model.zh) : depth === 1 ? '（一）' : '1、'}${name}指标完成情况`,
          en: `${model && !numberPrefix(model.en) ? '' : '1 '}${name}`,
        },
        blocks: [{ block: { key: 'indicators', level1: [name] }, members }],
        sections: [],
        after: [],
        added: true,
      });
  }
  return sections;
}

/**
 * The headings that stand (a heading under which nothing is drafted does not), each level that lost or gained a
 * heading numbered by where they stand, and the levels under it too.
 */
function standing(
  list: DraftSection[],
  stands: (s: DraftSection) => boolean,
  depth: number,
  parent: string,
  renumber: boolean,
): DraftSection[] {
  const kept = list.filter(stands);
  const changed = renumber || kept.length !== list.length || list.some((s) => s.added);
  return kept.map((s, i) => {
    const n = parent ? `${parent}.${i + 1}` : `${i + 1}`;
    return {
      ...s,
      heading: changed ? numberedHeading(s.heading, i + 1, depth, parent) : s.heading,
      sections: standing(s.sections, stands, depth + 1, n, changed),
    };
  });
}

/** "三、" of "三、部门整体支出绩效情况"; "3. " of "3. Overall…". */
function numberOf(heading: string): string {
  return /^(?:[一二三四五六七八九十]+、|\d+\.\s?)/.exec(heading)?.[0] ?? '';
}

/** "绩效评价工作开展情况" of "二、绩效评价工作开展情况"; "Lessons" of "7. Lessons". */
function withoutNumber(heading: string): string {
  return heading.replace(
    /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+(?:\.\d+)*[、.．]?)\s*/,
    '',
  );
}

/**
 * Which indicators each indicator block of the outline takes, in outline order: the first block whose 一级指标
 * words match, else the first block that takes all. Those no block takes, by 一级指标 in the form's order (none
 * while the outline has no indicator block: it drafts no indicators).
 */
function indicatorGroups(
  result: FormResult,
  outline: Outline,
): { groups: number[][]; leftovers: { name: string; members: number[] }[] } {
  const blocks: Block[] = [];
  const collect = (sections: OutlineSection[]) =>
    sections.forEach((s) => {
      for (const b of s.blocks ?? []) if (isIndicators(b)) blocks.push(b);
      collect(s.sections ?? []);
      for (const b of s.after ?? []) if (isIndicators(b)) blocks.push(b);
    });
  collect(outline.sections);
  const groups: number[][] = blocks.map(() => []);
  const leftovers: { name: string; members: number[] }[] = [];
  if (blocks.length === 0) return { groups, leftovers };
  const catchAll = blocks.findIndex((b) => typeof b === 'string');
  result.form.indicators.forEach((ind, i) => {
    const match = blocks.findIndex(
      (b) => typeof b === 'object' && b.key === 'indicators' && b.level1.some((w) => ind.level1.includes(w)),
    );
    if (match >= 0 || catchAll >= 0) {
      groups[match >= 0 ? match : catchAll].push(i);
      return;
    }
    const name = level1Name(ind.level1);
    const group = leftovers.find((g) => g.name === name);
    if (group) group.members.push(i);
    else leftovers.push({ name, members: [i] });
  });
  return { groups, leftovers };
}

/** A 一级指标 as a heading names it: 项目决策 of "项目决策指标（20分）"; 其他 for none. */
function level1Name(level1: string): string {
  const name = level1
    .replace(/\s+/g, '')
    .replace(/[（(][^（）()]*[）)]$/, '')
    .replace(/指标$/, '');
  return name || '其他';
}
