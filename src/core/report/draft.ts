import type { Lang } from '../findings';
import type { FormKind } from '../model';
import type { FormResult } from '../workbook';
import { blockParagraphs, indicatorParagraph, type Drafting } from './sentences';
import { blockId, isIndicators, OUTLINES, type Block, type Outline, type OutlineSection } from './outline';
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
 * Drafts Annex 2 from a checked form, heading by heading as the outline says: the sentences from the figures,
 * the verdicts from the rule, a gap mark wherever the user must write. The same paragraphs give the sheet's
 * formulas and the text.
 */
export function draftReport(result: FormResult, lang: Lang, outline: Outline = outlineFor(result)): ReportParagraph[] {
  const d: Drafting = { result, lang, unit: unitWord(lang, result.form.amountUnit) };
  const out: ReportParagraph[] = [];
  out.push({
    id: 'title',
    role: 'title',
    owner: 'ziping',
    parts: [text(outline.title[lang])],
    label: outline.title[lang],
  });
  const groups = indicatorGroups(result, outline);
  let indicatorBlock = 0;

  const walk = (sections: OutlineSection[], path: string, top: string | undefined, sub: string | undefined) => {
    sections.forEach((section, i) => {
      const id = `h${path}${path ? '.' : ''}${i + 1}`;
      const heading = section.heading[lang];
      const nowTop = top ?? heading;
      const nowSub = top === undefined ? undefined : heading;
      out.push({ id, role: 'heading', owner: 'ziping', parts: [text(heading)], label: heading });
      const here = `${numberOf(nowTop)}${nowSub ?? ''}`;
      const place = (blocks: Block[] | undefined) => {
        for (const block of blocks ?? []) {
          const tag = blockId(block);
          if (isIndicators(block)) {
            const members = groups[indicatorBlock++] ?? [];
            members.forEach((index, n) => {
              const p = indicatorParagraph(d, index, n + 1);
              out.push({ ...p, label: `${numberOf(nowTop)}${p.label}`, block: tag });
            });
          } else if (typeof block === 'object') {
            // The user's own paragraph under a heading they added: a gap named by its heading until they write it.
            out.push({
              id: `p.${tag}`,
              role: 'body',
              owner: 'user',
              parts: [text(mark(lang, 'fill', withoutNumber(heading)))],
              label: nowSub ? here : nowTop,
              block: tag,
            });
          } else {
            for (const p of blockParagraphs(d, block)) out.push({ ...p, label: nowSub ? here : nowTop, block: tag });
          }
        }
      };
      place(section.blocks);
      walk(section.sections ?? [], id.slice(1), nowTop, nowSub ?? sub);
      place(section.after);
    });
  };
  walk(outline.sections, '', undefined, undefined);
  return out;
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
 * words match, else the first block that takes all, else the last block; none are lost while the outline has one.
 */
function indicatorGroups(result: FormResult, outline: Outline): number[][] {
  const blocks: Block[] = [];
  const collect = (sections: OutlineSection[]) =>
    sections.forEach((s) => {
      for (const b of s.blocks ?? []) if (isIndicators(b)) blocks.push(b);
      collect(s.sections ?? []);
      for (const b of s.after ?? []) if (isIndicators(b)) blocks.push(b);
    });
  collect(outline.sections);
  const groups: number[][] = blocks.map(() => []);
  if (blocks.length === 0) return groups;
  const catchAll = blocks.findIndex((b) => typeof b === 'string');
  result.form.indicators.forEach((ind, i) => {
    const match = blocks.findIndex(
      (b) => typeof b === 'object' && b.key === 'indicators' && b.level1.some((w) => ind.level1.includes(w)),
    );
    groups[match >= 0 ? match : catchAll >= 0 ? catchAll : blocks.length - 1].push(i);
  });
  return groups;
}
