import { VALUE_NAME } from '../check/indicators';
import type { Bilingual } from '../findings';
import type { Form } from '../model';
import { readIndicatorEntry, shown } from '../numbers';
import { cleanLeftovers } from '../report/leftovers';
import { INDICATOR_WORDS, inWords, withoutClosingMark } from '../report/words';
import { BOUND_PREFIXES, parseUnit, type Unit } from '../values';
import { roundAt } from './amounts';
import type { Figure } from './figures';
import { mismatchMessage } from './messages';
import { finding, quoteOf, written, type Scan } from './scan';
import { clauseStart, fold, lineStartOf } from './text';
import type { ReportFinding } from './types';
import { THAN_WORDS, LINK_WORDS, endsWithWord, isIdeograph, startsWithWord } from './words';

type Side = 'target' | 'actual';

/** One side of an indicator as the form states it: a number in a unit ("≥766户", "96%"). */
interface Stated {
  side: Side;
  number: number;
  unit: Unit;
  /** As the cell shows it, for messages: "≥766户". */
  text: string;
}

interface IndicatorFigures {
  name: string;
  /** The name as the form writes it and with its comparison symbols in words, as drafts quote it (≥360天 → 不低于360天). */
  names: string[];
  /** The name without its measure ("改造户数" → "改造", "白蚁治理面积" → "白蚁治理"): "改造995户" names it too. */
  core?: string;
  /**
   * The words a clause must hold for a figure in prose to be this indicator's: its name less the measure (and a
   * closing 率 or 度), in two-character pieces ("改造小区数" → 改造, 小区: "19个老旧小区改造任务"; "居民满意度" →
   * 居民, 满意). Empty when the name is too short to say anything.
   */
  keywords: string[];
  stated: Stated[];
}

/** Words that say which side a figure is, right before it (the draft's own 年度指标值 / 实际完成值 among them). */
const SIDE_WORDS: [string, Side][] = [
  [INDICATOR_WORDS.zh.adjustedTarget, 'target'],
  ['实际完成值', 'actual'],
  ['实际完成', 'actual'],
  ['完成值', 'actual'],
  ['实际值', 'actual'],
  ['年度指标值', 'target'],
  ['年度目标值', 'target'],
  ['指标值', 'target'],
  ['目标值', 'target'],
];
/** The measure an indicator's name ends with, after its subject. */
const MEASURES = ['面积', '长度', '里程', '数量', '个数', '人数', '户数', '次数', '件数', '数'];

/** Words that lead a clause continuing the one before it: "…改造任务，涉及49栋、995户" is still the 改造's. */
const CONTINUING = ['涉及', '惠及', '覆盖', '包括', '包含', '共计', '合计', '总计', '累计', '共'];
/** Words before a figure in its clause that make it a share of something, not the indicator's whole. */
const SHARE_WORDS = ['其余', '剩余', '余下', '其中', '另有', '尚有', '还有'];
/** Words between a subject and the core of a name that say nothing of the subject ("本年度实际完成老旧小区改造"). */
const SUBJECT_SKIP = [
  '实际完成',
  '计划完成',
  '完成',
  '实施',
  '开展',
  '进行',
  '计划',
  '实际',
  '全年',
  '本年度',
  '本年',
  '累计',
  '共计',
  '共',
  '已',
];
/** Ends a clause for prose pairing: a comma does, a 、 does not (49栋、995户 is one list). */
const PROSE_CLAUSE_END = /[。；;！!？?\n\r，,]/;

/** A figure that names an indicator's target or actual, and what the form says of it. */
interface IndicatorMatch {
  index: number;
  name: string;
  /** The sides it may be: one when the words before it say which. */
  candidates: Stated[];
}

/**
 * The figures that state an indicator's target or actual: its name right before the figure (居民满意度96%,
 * 改造户数：995户, 验收合格率达到100%), its subject before a figure in its unit (老旧小区改造995户 for 改造户数), or a
 * 年度指标值/实际完成值 in a sentence led by the name (as ZiPing drafts: （1）改造户数：年度指标值…，实际完成值…).
 * These may disagree with the form (REPORT_FIGURE_MISMATCH), but a subject in words the form never uses
 * (棚户区改造208户) only pairs when it agrees. Any other figure is paired only as `pairInProse` allows, and agrees.
 * A figure in another unit, a change (比上年增加30户) or one already matched to the budget is not one.
 */
export function matchIndicatorFigures(scan: Scan, form: Form, taken: ReadonlySet<number>): IndicatorMatch[] {
  const indicators = form.indicators.map(indicatorFigures).filter((i) => i.stated.length > 0);
  if (indicators.length === 0) return [];
  const own = formWords(form);
  const out: IndicatorMatch[] = [];
  scan.figures.forEach((f, index) => {
    if (taken.has(index) || f.unit === undefined) return;
    const change = scan.contexts[index].change;
    if (change === 'up' || change === 'down') return;
    const unit = figureUnit(f);
    if (!unit) return;
    const floor = f.sentence >= 0 ? scan.text.sentences[f.sentence].start : 0;
    const head = scan.text.norm.slice(floor, f.start);
    const label = labelBefore(scan.text.norm.slice(clauseStart(scan.text.norm, f.start, floor), f.start));
    const lead = label.bare ? leadName(head) : undefined;
    // A name may hold a 、 or a comma itself (完整、准确率): it is looked for in the sentence, not the clause.
    const whole = labelBefore(head).rests;
    const line = lineLead(scan.text.norm.slice(lineStartOf(scan.text, f.start), f.start));
    // The line's lead name, then its colon; then either a bare clause (…。：年度指标值 as the old drafts wrote a name
    // ending in 。) or nothing but link words up to the figure (name：年度指标值100%, the name holding a ； or ;).
    const leads = (n: string) =>
      line?.startsWith(n) === true &&
      /^[：:]/.test(line.slice(n.length)) &&
      (label.bare || labelBefore(line.slice(n.length + 1)).bare);
    const byName = (i: IndicatorFigures) =>
      i.names.some((n) => whole.some((r) => r.endsWith(n)) || lead === n || leads(n));
    const bySubject = (i: IndicatorFigures) => i.core !== undefined && label.rests.some((r) => r.endsWith(i.core!));
    const named = indicators.filter((i) => byName(i) || bySubject(i));
    if (named.length === 0) {
      if (change === undefined) {
        const paired = pairInProse(scan, index, unit, indicators);
        if (paired) out.push(paired);
      }
      return;
    }
    // Two indicators the words fit equally well: the figure names neither for sure.
    if (new Set(named.map((i) => i.name)).size !== 1) return;
    const ind = named[0];
    const candidates = ind.stated.filter((s) => (!label.side || s.side === label.side) && s.unit.base === unit.base);
    if (candidates.length === 0) return;
    // Its subject in words the form never uses (棚户区改造 for 改造户数) is another subject: paired only when equal.
    if (!byName(ind) && foreignSubject(label.rests, ind.core!, own) && !candidates.some((s) => agrees(f, unit, s)))
      return;
    out.push({ index, name: ind.name, candidates });
  });
  return out;
}

/**
 * A figure in free prose paired with an indicator on strong evidence only: every keyword of the indicator's name
 * in the figure's clause (or in the clause a 涉及/惠及… clause continues), a stated side in its unit, and a value
 * equal to that side's. No other indicator may fit as well, no budget label may stand before it, and no share
 * word (其余, 其中…). Such a pairing agrees by construction: it never raises a finding.
 */
function pairInProse(
  scan: Scan,
  index: number,
  unit: Unit,
  indicators: IndicatorFigures[],
): IndicatorMatch | undefined {
  const f = scan.figures[index];
  const ctx = scan.contexts[index];
  if (ctx.label !== undefined) return undefined;
  const { norm } = scan.text;
  const sentence = f.sentence >= 0 ? scan.text.sentences[f.sentence] : undefined;
  const floor = sentence?.start ?? 0;
  const ceiling = sentence?.end ?? norm.length;
  let start = f.start;
  while (start > floor && !PROSE_CLAUSE_END.test(norm[start - 1])) start--;
  let end = f.end;
  while (end < ceiling && !PROSE_CLAUSE_END.test(norm[end])) end++;
  if (SHARE_WORDS.some((w) => norm.slice(start, f.start).includes(w))) return undefined;
  // A clause led by 涉及/惠及… continues the one before it.
  const leads = (at: number) => startsWithWord(norm.slice(at, at + 4).trimStart(), CONTINUING) !== undefined;
  let from = start;
  while (from > floor && leads(from)) {
    from--;
    while (from > floor && !PROSE_CLAUSE_END.test(norm[from - 1])) from--;
  }
  const window = norm.slice(from, end);
  const fits = indicators
    .filter((i) => i.keywords.length > 0 && i.keywords.every((k) => window.includes(k)))
    .map((i) => ({ i, sides: i.stated.filter((s) => s.unit.base === unit.base && agrees(f, unit, s)) }))
    .filter((x) => x.sides.length > 0);
  if (new Set(fits.map((x) => x.i.name)).size !== 1) return undefined;
  return { index, name: fits[0].i.name, candidates: fits[0].sides };
}

/** Whether the words right before a name's core name a subject the form never speaks of (棚户区 before 改造). */
function foreignSubject(rests: string[], core: string, own: string): boolean {
  const rest = rests.find((r) => r.endsWith(core));
  if (rest === undefined) return false;
  let q = rest.slice(0, -core.length).replace(/\s+$/, '');
  for (let w = endsWithWord(q, SUBJECT_SKIP); w !== undefined; w = endsWithWord(q, SUBJECT_SKIP))
    q = q.slice(0, -w.length);
  const tail = q.slice(-2);
  if (tail === '' || ![...tail].every((ch) => isIdeograph(ch))) return false;
  return !own.includes(tail);
}

/** The form's own words: its indicators' names and reasons, its goals, the unit and the project. */
function formWords(form: Form): string {
  const texts = [
    ...form.indicators.flatMap((i) => [i.name, i.deviation?.value]),
    form.goal.planned?.value,
    form.goal.achieved?.value,
    form.unit?.value,
    form.project?.name?.value,
  ];
  return texts
    .filter((t): t is string => typeof t === 'string')
    .map((t) => fold(t))
    .join('\n');
}

/** REPORT_FIGURE_MISMATCH for each indicator figure that agrees with none of the sides it may state. */
export function checkIndicatorFigures(scan: Scan, matches: IndicatorMatch[]): ReportFinding[] {
  return matches.flatMap(({ index, name, candidates }) => {
    const f = scan.figures[index];
    const unit = figureUnit(f)!;
    if (candidates.some((s) => agrees(f, unit, s))) return [];
    const sides = candidates.map((s) => s.side);
    const what: Bilingual = {
      zh: `${name}的${sides.map((s) => VALUE_NAME[s].zh).join('或')}`,
      en: `${name} ${sides.map((s) => VALUE_NAME[s].en).join(' or ')}`,
    };
    const expected = candidates.map((s) => s.text).join(' / ');
    const text = written(scan, f);
    return [
      finding(
        scan,
        'REPORT_FIGURE_MISMATCH',
        f,
        mismatchMessage(quoteOf(scan, f), text, what, expected),
        expected,
        text,
      ),
    ];
  });
}

/** A figure's unit as the value reader knows it: 万 or 亿 written as money without 元 ("150万") is 万元 or 亿元. */
function figureUnit(f: Figure): Unit | undefined {
  return parseUnit(f.unit ?? '') ?? (f.incomplete ? parseUnit(`${f.unit}元`) : undefined);
}

/** The figure, brought into the stated side's unit, equals it at the precision the figure was written. */
function agrees(f: Figure, unit: Unit, s: Stated): boolean {
  const ratio = unit.factor / s.unit.factor;
  const digits = Math.min(15, f.decimals - Math.round(Math.log10(ratio)));
  return roundAt(f.value * ratio, digits) === roundAt(s.number, digits);
}

function indicatorFigures(ind: Form['indicators'][number]): IndicatorFigures {
  const clean = cleanLeftovers(String(ind.name ?? ''));
  const name = fold(clean).replace(/\s+/g, '');
  const spoken = fold(inWords('zh', clean)).replace(/\s+/g, '');
  // As the drafted report writes a name before its colon, its closing mark dropped (…320人。 → …320人).
  const unstopped = [name, spoken].map(withoutClosingMark).filter((n) => n !== name && n !== spoken);
  const stated = [stated1('target', ind), stated1('actual', ind)].filter((s): s is Stated => !!s);
  const measure = endsWithWord(name, MEASURES);
  const core = measure ? name.slice(0, -measure.length).replace(/[户人个次件]$/, '') : undefined;
  return {
    name,
    names: [...new Set([name, spoken, ...unstopped])],
    core: core && core.length >= 2 ? core : undefined,
    keywords: keywordsOf(core ?? name.replace(/[（(][^）)]*[）)]/g, '').replace(/[率度]$/, '')),
    stated: name.length >= 2 ? stated : [],
  };
}

/** Two-character pieces of a subject (an odd one's last piece has three); none unless all are ideographs. */
function keywordsOf(subject: string): string[] {
  if (subject.length < 2 || ![...subject].every((ch) => isIdeograph(ch))) return [];
  const out: string[] = [];
  for (let k = 0; k + 1 < subject.length; k += 2) out.push(subject.slice(k, k + 2));
  if (subject.length % 2 === 1) out[out.length - 1] += subject[subject.length - 1];
  return out;
}

function stated1(side: Side, ind: Form['indicators'][number]): Stated | undefined {
  const v = readIndicatorEntry(ind, side);
  if (v.kind !== 'quantity' || !v.unit) return undefined;
  return { side, number: v.number, unit: v.unit, text: shown(ind[side]) };
}

/**
 * The words before a figure, less what may stand between a name and its figure (links, bounds, a colon), one
 * word at a time: each step's text (a name may itself end with a link word: 改造户数), whether nothing but such
 * words stood there (the name is then the sentence's lead: （1）改造户数：实际完成值995户), and the side named.
 */
function labelBefore(clause: string): { rests: string[]; bare: boolean; side?: Side } {
  let rest = clause;
  let side: Side | undefined;
  const rests: string[] = [];
  for (let k = 0; k < 6; k++) {
    rest = rest.replace(/[ \t]+$/, '');
    rests.push(rest);
    const sideWord = endsWithWord(
      rest,
      SIDE_WORDS.map(([w]) => w),
    );
    const word = sideWord ?? endsWithWord(rest, BOUND_PREFIXES) ?? endsWithWord(rest, LINK_WORDS);
    if (!word) break;
    if (sideWord && !side) side = SIDE_WORDS.find(([w]) => w === sideWord)![1];
    rest = rest.slice(0, -word.length);
  }
  rests.push(rest);
  // "比…" before the name: the figure is the other side of a comparison, not the indicator's.
  if (endsWithWord(rest, THAN_WORDS)) return { rests: [], bare: false };
  return { rests: rests.filter((r) => r !== ''), bare: rest === '', side };
}

/**
 * The draft's own list line, （1）name：…, without its mark: a name that holds a 。 or a ； (a list written as the
 * indicator's name, yn-baoshan-tyjrswj-2022) spans sentences, and is looked for from the line's start.
 */
function lineLead(lineHead: string): string | undefined {
  const m = /^\s*[（(]\d+[）)]\s*/.exec(lineHead);
  return m ? lineHead.slice(m[0].length).replace(/\s+/g, '') : undefined;
}

/** The name a sentence is led by: "（1）改造户数：…" → 改造户数. */
function leadName(sentenceHead: string): string | undefined {
  // Up to the first colon, commas included: it must equal an indicator's name to count.
  const m = /^[\s\n]*(?:[（(]\d+[）)]|\d+[、.])?\s*([^：:。；;\n]{2,80})[：:]/.exec(sentenceHead);
  return m ? m[1].replace(/\s+/g, '') : undefined;
}
