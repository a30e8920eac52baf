import type { Bilingual, Lang } from '../findings';
import {
  BLOCK_KEYS,
  blockId,
  blockName,
  isIndicators,
  type Block,
  type BlockKey,
  type Outline,
  type OutlineSection,
} from './outline';

/**
 * What the user may do to a report outline in the pane — add a heading, delete one or a block, move either up or
 * down, reword a heading — as pure functions: each returns a new outline, renumbered, and leaves its input as it was.
 */

/** Where a section stands: its index among the top sections, then among its parent's subsections. */
type SectionPath = number[];

/** Where a block stands: its section, the list it is in (before the subsections, or after them), its index. */
export interface BlockPlace {
  path: SectionPath;
  list: 'blocks' | 'after';
  index: number;
}

/** The most headings one level may hold (parseOutline refuses more). */
const MAX_SIBLINGS = 40;

function siblingsOf(outline: Outline, path: SectionPath): OutlineSection[] | undefined {
  let list = outline.sections;
  for (const i of path.slice(0, -1)) {
    const next = list[i]?.sections;
    if (!next) return undefined;
    list = next;
  }
  return list;
}

function sectionAt(outline: Outline, path: SectionPath): OutlineSection | undefined {
  return siblingsOf(outline, path)?.[path[path.length - 1]];
}

function cloneOutline(outline: Outline): Outline {
  return JSON.parse(JSON.stringify(outline)) as Outline;
}

/** Empty lists left by a deletion go, so that an outline edited back to the default equals it. */
function tidy(sections: OutlineSection[]): void {
  for (const s of sections) {
    if (s.blocks?.length === 0) delete s.blocks;
    if (s.after?.length === 0) delete s.after;
    if (s.sections) tidy(s.sections);
    if (s.sections?.length === 0) delete s.sections;
  }
}

function finished(outline: Outline): Outline {
  tidy(outline.sections);
  return renumbered(outline);
}

/** The outline with the section at `path` moved one place up (-1) or down (+1) among its siblings, renumbered. */
export function moveSection(outline: Outline, path: SectionPath, delta: -1 | 1): Outline {
  const out = cloneOutline(outline);
  const list = siblingsOf(out, path);
  const i = path[path.length - 1];
  const j = i + delta;
  if (!list || i < 0 || i >= list.length || j < 0 || j >= list.length) return outline;
  [list[i], list[j]] = [list[j], list[i]];
  return finished(out);
}

/** The outline with the heading at `path` reworded in `lang` (its number kept as the outline numbers it). */
export function renameSection(outline: Outline, path: SectionPath, lang: Lang, heading: string): Outline {
  const out = cloneOutline(outline);
  const section = sectionAt(out, path);
  if (!section) return outline;
  section.heading = { ...section.heading, [lang]: heading.slice(0, 200) };
  return finished(out);
}

/** The outline without the section at `path` (its blocks and subsections go with it); never without any section. */
export function removeSection(outline: Outline, path: SectionPath): Outline {
  if (!canRemoveSection(outline, path)) return outline;
  const out = cloneOutline(outline);
  siblingsOf(out, path)!.splice(path[path.length - 1], 1);
  return finished(out);
}

function canRemoveSection(outline: Outline, path: SectionPath): boolean {
  return sectionAt(outline, path) !== undefined && !(path.length === 1 && outline.sections.length === 1);
}

/** The outline without the block at `place`. */
export function removeBlock(outline: Outline, place: BlockPlace): Outline {
  const out = cloneOutline(outline);
  const list = sectionAt(out, place.path)?.[place.list];
  if (!list || place.index < 0 || place.index >= list.length) return outline;
  list.splice(place.index, 1);
  return finished(out);
}

type ListAt = { path: SectionPath; list: 'blocks' | 'after' };

/**
 * The stretches of text between two headings, in reading order, each as the lists whose blocks it shows: a
 * heading's own blocks, then — when it has no subsections and is the last of its siblings — the blocks its parent
 * places after its subsections, and so on up. A move within a stretch swaps two blocks; a move past its start or
 * end crosses a heading.
 */
function gaps(outline: Outline): ListAt[][] {
  const out: ListAt[][] = [];
  const walk = (sections: OutlineSection[], parent: SectionPath, closing: ListAt[]) =>
    sections.forEach((s, i) => {
      const path = [...parent, i];
      // The lists that end with this heading's stretch if it is the last one under its parent.
      const tail = i === sections.length - 1 ? closing : [];
      if (s.sections?.length) {
        out.push([{ path, list: 'blocks' }]);
        walk(s.sections, path, [{ path, list: 'after' }, ...tail]);
      } else out.push([{ path, list: 'blocks' }, { path, list: 'after' }, ...tail]);
    });
  walk(outline.sections, [], []);
  return out;
}

const listOf = (outline: Outline, at: ListAt) => sectionAt(outline, at.path)?.[at.list] ?? [];
const samePlace = (a: ListAt, b: ListAt) => a.list === b.list && a.path.join('.') === b.path.join('.');

/** The blocks of each stretch, in reading order, by where they stand. */
function stretches(outline: Outline): BlockPlace[][] {
  return gaps(outline).map((gap) => gap.flatMap((at) => listOf(outline, at).map((_, index) => ({ ...at, index }))));
}

/**
 * The outline with the block at `place` moved one place up (-1) or down (+1) in reading order: past its
 * neighbour, or at the start or end of its stretch past the heading, to the end of the stretch above or the start
 * of the one below; and where the block now stands.
 */
export function moveBlock(outline: Outline, place: BlockPlace, delta: -1 | 1): { outline: Outline; place: BlockPlace } {
  const unchanged = { outline, place };
  const all = stretches(outline);
  const k = all.findIndex((g) => g.some((b) => samePlace(b, place) && b.index === place.index));
  if (k < 0) return unchanged;
  const out = cloneOutline(outline);
  const at = all[k].findIndex((b) => samePlace(b, place) && b.index === place.index);
  const neighbour = all[k][at + delta];
  if (neighbour) {
    const a = sectionAt(out, place.path)![place.list]!;
    const b = sectionAt(out, neighbour.path)![neighbour.list]!;
    [a[place.index], b[neighbour.index]] = [b[neighbour.index], a[place.index]];
    return { outline: finished(out), place: neighbour };
  }
  const gap = gaps(outline)[k + delta];
  if (!gap) return unchanged;
  const [block] = sectionAt(out, place.path)![place.list]!.splice(place.index, 1);
  // Up: after the last block of the stretch above; down: before the first of the one below.
  const to = delta < 0 ? ([...gap].reverse().find((l) => listOf(out, l).length > 0) ?? gap[0]) : gap[0];
  const into = (sectionAt(out, to.path)![to.list] ??= []);
  if (delta < 0) into.push(block);
  else into.unshift(block);
  const index = delta < 0 ? into.length - 1 : 0;
  return { outline: finished(out), place: { ...to, index } };
}

/** The blocks the outline does not hold and a new heading may take: the indicators only when none are there. */
export function addableBlocks(outline: Outline): BlockKey[] {
  const present = new Set<string>();
  let indicators = false;
  walkBlocks(outline, (b) => {
    if (isIndicators(b)) indicators = true;
    else present.add(blockId(b));
  });
  return BLOCK_KEYS.filter((k) => (k === 'indicators' ? !indicators : !present.has(k)));
}

function walkBlocks(outline: Outline, visit: (b: Block) => void): void {
  const walk = (sections: OutlineSection[]) =>
    sections.forEach((s) => {
      (s.blocks ?? []).forEach(visit);
      walk(s.sections ?? []);
      (s.after ?? []).forEach(visit);
    });
  walk(outline.sections);
}

/** A new heading (the same words in both languages), what stands under it, and where (at the end, or last under a top heading). */
interface NewHeading {
  heading: string;
  content: BlockKey | 'text';
  /** The top heading it goes under; none: a top heading of its own, at the end. */
  under?: number;
}

/**
 * The outline with a heading added, numbered in the style of its level (一、 or （一） and 1. or 1.1; a number the
 * user typed is replaced), holding a block ZiPing drafts or a paragraph for the user's own words; or why not.
 */
export function addSection(
  outline: Outline,
  add: NewHeading,
): { outline: Outline; path: SectionPath } | { problem: Bilingual } {
  const words = stripNumber(add.heading.trim()).slice(0, 180);
  if (words === '') return { problem: { zh: '请写出标题', en: 'Write the heading' } };
  const out = cloneOutline(outline);
  const parent = add.under === undefined ? undefined : out.sections[add.under];
  if (add.under !== undefined && !parent) return { problem: { zh: '找不到上级标题', en: 'No such heading' } };
  const siblings = parent ? (parent.sections ??= []) : out.sections;
  if (siblings.length >= MAX_SIBLINGS)
    return { problem: { zh: `同一级最多 ${MAX_SIBLINGS} 个标题`, en: `At most ${MAX_SIBLINGS} headings per level` } };
  if (add.content !== 'text' && !addableBlocks(outline).includes(add.content))
    return { problem: { zh: '提纲中已有此内容', en: 'The outline already holds this' } };
  const style = siblings.length > 0 ? ZH_STYLES.find((r) => r.test(siblings[0].heading.zh)) : undefined;
  const zhPrefix = parent ? (style === ZH_THIRD ? '1、' : '（一）') : '一、';
  const block: Block = add.content === 'text' ? { key: 'text', id: freeTextId(out) } : add.content;
  siblings.push({ heading: { zh: `${zhPrefix}${words}`, en: `1. ${words}` }, blocks: [block] });
  const at = siblings.length - 1;
  return { outline: finished(out), path: add.under === undefined ? [at] : [add.under, at] };
}

function freeTextId(outline: Outline): string {
  const taken = new Set<string>();
  walkBlocks(outline, (b) => {
    if (typeof b === 'object' && b.key === 'text') taken.add(b.id);
  });
  let n = 1;
  while (taken.has(`t${n}`)) n++;
  return `t${n}`;
}

/** A row of the outline as the pane shows it: a heading to reword, or a block, each movable and deletable. */
export type OutlineRow =
  | { kind: 'heading'; path: SectionPath; depth: number; heading: string; up: boolean; down: boolean; remove: boolean }
  | { kind: 'block'; place: BlockPlace; depth: number; name: string; up: boolean; down: boolean };

/** The rows of the outline in reading order, headings in `lang` (the draft's), blocks named in `names` (the pane's). */
export function outlineRows(outline: Outline, lang: Lang, names: Lang = lang): OutlineRow[] {
  const all = stretches(outline);
  const where = (place: BlockPlace) => {
    const k = all.findIndex((g) => g.some((b) => samePlace(b, place) && b.index === place.index));
    const at = all[k].findIndex((b) => samePlace(b, place) && b.index === place.index);
    return { up: k > 0 || at > 0, down: k < all.length - 1 || at < all[k].length - 1 };
  };
  const rows: OutlineRow[] = [];
  const blocks = (s: OutlineSection, path: SectionPath, list: 'blocks' | 'after') =>
    (s[list] ?? []).forEach((b, index) => {
      const place = { path, list, index };
      rows.push({ kind: 'block', place, depth: path.length, name: blockName(b, names), ...where(place) });
    });
  const walk = (sections: OutlineSection[], parent: SectionPath) =>
    sections.forEach((s, i) => {
      const path = [...parent, i];
      rows.push({
        kind: 'heading',
        path,
        depth: parent.length,
        heading: s.heading[lang],
        up: i > 0,
        down: i < sections.length - 1,
        remove: canRemoveSection(outline, path),
      });
      blocks(s, path, 'blocks');
      walk(s.sections ?? [], path);
      blocks(s, path, 'after');
    });
  walk(outline.sections, []);
  return rows;
}

/** A paragraph holding the user's own words (rewritten, or kept with 保留我的), and the block it was drafted for. */
export interface UserWords {
  id: string;
  label: string;
  block: string;
}

/**
 * The user's words an outline would drop from the report: those of blocks it no longer holds. Indicator sentences
 * stay while any indicator block does (they move to it), so only the last one's removal loses them.
 */
export function wordsLost(outline: Outline, written: readonly UserWords[]): UserWords[] {
  const present = new Set<string>();
  let indicators = false;
  walkBlocks(outline, (b) => {
    present.add(blockId(b));
    if (isIndicators(b)) indicators = true;
  });
  return written.filter((w) => !present.has(w.block) && !(indicators && w.block.startsWith('indicators')));
}

// ---------------------------------------------------------------- numbering

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
const ZH_STYLES = [ZH_TOP, ZH_SUB, ZH_THIRD];
const EN_NUMBER = /^\d+(?:\.\d+)*\.?\s+/;

/** A heading's words without the number it was typed with: 八、绩效评价 → 绩效评价; 2.1 Costs → Costs. */
function stripNumber(heading: string): string {
  const style = [...ZH_STYLES, EN_NUMBER].find((r) => r.test(heading));
  return style ? heading.replace(style, '').trim() : heading;
}

/**
 * Headings numbered by where they stand, each in the style it has (一、, （一）, 1、; 1. and 1.1 in English):
 * a heading that had no number is left without one.
 */
function renumbered(outline: Outline): Outline {
  const walk = (sections: OutlineSection[], depth: number, parent: string) =>
    sections.forEach((s, i) => {
      s.heading = numberedHeading(s.heading, i + 1, depth, parent);
      walk(s.sections ?? [], depth + 1, parent ? `${parent}.${i + 1}` : `${i + 1}`);
    });
  walk(outline.sections, 0, '');
  return outline;
}

/**
 * A heading numbered as the `n`th of its level (`depth` 0 for a top heading), in the style it has; `parent` is the
 * English number of the heading above it ('4' for 4.1). A heading that has no number keeps none.
 */
export function numberedHeading(heading: Bilingual, n: number, depth: number, parent: string): Bilingual {
  const { zh, en } = heading;
  const zhPattern = ZH_STYLES.find((r) => r.test(zh));
  const zhPrefix = zhPattern === ZH_TOP ? `${zhNumber(n)}、` : zhPattern === ZH_SUB ? `（${zhNumber(n)}）` : `${n}、`;
  const enNumber = parent ? `${parent}.${n}` : `${n}`;
  return {
    zh: zhPattern ? zhPrefix + zh.replace(zhPattern, '') : zh,
    en: EN_NUMBER.test(en) ? `${enNumber}${depth === 0 ? '.' : ''} ${en.replace(EN_NUMBER, '')}` : en,
  };
}

/** A heading's number as written (（三）, 4.3 ); '' when it has none. */
export function numberPrefix(heading: string): string {
  const style = [...ZH_STYLES, EN_NUMBER].find((r) => r.test(heading));
  return style ? (style.exec(heading)?.[0] ?? '') : '';
}
