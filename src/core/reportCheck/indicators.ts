import type { Bilingual } from '../findings';
import type { Entry, Form } from '../model';
import { readEntry, shown } from '../numbers';
import { cleanLeftovers } from '../report/leftovers';
import { parseUnit, type Unit } from '../values';
import { roundAt } from './amounts';
import type { Figure } from './figures';
import { mismatchMessage } from './messages';
import { finding, quoteOf, written, type Scan } from './scan';
import { clauseStart, fold } from './text';
import type { ReportFinding } from './types';
import { COMPARISON_WORDS, LINK_WORDS, endsWithWord } from './words';

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
  /** The name without its measure ("改造户数" → "改造", "白蚁治理面积" → "白蚁治理"): "改造995户" names it too. */
  core?: string;
  stated: Stated[];
}

/** Words that say which side a figure is, right before it (the draft's own 年度指标值 / 实际完成值 among them). */
const SIDE_WORDS: [string, Side][] = [
  ['实际完成值', 'actual'],
  ['实际完成', 'actual'],
  ['完成值', 'actual'],
  ['实际值', 'actual'],
  ['年度指标值', 'target'],
  ['年度目标值', 'target'],
  ['指标值', 'target'],
  ['目标值', 'target'],
];
/** Comparisons written in words before a target ("不低于95%"), and as symbols. */
const BOUND_WORDS = [
  '不低于',
  '不少于',
  '不高于',
  '不超过',
  '不大于',
  '不小于',
  '高于',
  '低于',
  '大于',
  '小于',
  '≥',
  '≤',
  '>',
  '<',
  '>=',
  '<=',
];
/** The measure an indicator's name ends with, after its subject. */
const MEASURES = ['面积', '长度', '里程', '数量', '个数', '人数', '户数', '次数', '件数', '数'];
const SIDE_NAMES: Record<Side, Bilingual> = {
  target: { zh: '年度指标值', en: 'target' },
  actual: { zh: '实际完成值', en: 'actual' },
};

/** A figure that names an indicator's target or actual, and what the form says of it. */
export interface IndicatorMatch {
  index: number;
  name: string;
  /** The sides it may be: one when the words before it say which. */
  candidates: Stated[];
}

/**
 * The figures that state an indicator's target or actual: its name right before the figure (居民满意度96%,
 * 改造户数：995户, 验收合格率达到100%), its subject before a figure in its unit (老旧小区改造995户 for 改造户数), or a
 * 年度指标值/实际完成值 in a sentence led by the name (as ZiPing drafts: （1）改造户数：年度指标值…，实际完成值…).
 * A figure in another unit, a change (比上年增加30户) or one already matched to the budget is not one.
 */
export function matchIndicatorFigures(scan: Scan, form: Form, taken: ReadonlySet<number>): IndicatorMatch[] {
  const indicators = form.indicators.map(indicatorFigures).filter((i) => i.stated.length > 0);
  if (indicators.length === 0) return [];
  const out: IndicatorMatch[] = [];
  scan.figures.forEach((f, index) => {
    if (taken.has(index) || f.unit === undefined) return;
    const change = scan.contexts[index].change;
    if (change === 'up' || change === 'down') return;
    const unit = parseUnit(f.unit);
    if (!unit) return;
    const floor = f.sentence >= 0 ? scan.text.sentences[f.sentence].start : 0;
    const label = labelBefore(scan.text.norm.slice(clauseStart(scan.text.norm, f.start, floor), f.start));
    const lead = label.bare ? leadName(scan.text.norm.slice(floor, f.start)) : undefined;
    const named = indicators.filter(
      (i) =>
        label.rests.some((r) => r.endsWith(i.name) || (i.core !== undefined && r.endsWith(i.core))) ||
        (lead !== undefined && lead === i.name),
    );
    // Two indicators the words fit equally well: the figure names neither for sure.
    if (new Set(named.map((i) => i.name)).size !== 1) return;
    const candidates = named[0].stated.filter(
      (s) => (!label.side || s.side === label.side) && s.unit.base === unit.base,
    );
    if (candidates.length > 0) out.push({ index, name: named[0].name, candidates });
  });
  return out;
}

/** REPORT_FIGURE_MISMATCH for each indicator figure that agrees with none of the sides it may state. */
export function checkIndicatorFigures(scan: Scan, matches: IndicatorMatch[]): ReportFinding[] {
  return matches.flatMap(({ index, name, candidates }) => {
    const f = scan.figures[index];
    const unit = parseUnit(f.unit ?? '')!;
    if (candidates.some((s) => agrees(f, unit, s))) return [];
    const sides = candidates.map((s) => s.side);
    const what: Bilingual = {
      zh: `${name}的${sides.map((s) => SIDE_NAMES[s].zh).join('或')}`,
      en: `${name} ${sides.map((s) => SIDE_NAMES[s].en).join(' or ')}`,
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

/** The figure, brought into the stated side's unit, equals it at the precision the figure was written. */
function agrees(f: Figure, unit: Unit, s: Stated): boolean {
  const ratio = unit.factor / s.unit.factor;
  const digits = Math.min(15, f.decimals - Math.round(Math.log10(ratio)));
  return roundAt(f.value * ratio, digits) === roundAt(s.number, digits);
}

function indicatorFigures(ind: Form['indicators'][number]): IndicatorFigures {
  const name = fold(cleanLeftovers(String(ind.name ?? ''))).replace(/\s+/g, '');
  const stated = [stated1('target', ind.target), stated1('actual', ind.actual)].filter((s): s is Stated => !!s);
  const measure = endsWithWord(name, MEASURES);
  const core = measure ? name.slice(0, -measure.length).replace(/[户人个次件]$/, '') : undefined;
  return { name, core: core && core.length >= 2 ? core : undefined, stated: name.length >= 2 ? stated : [] };
}

function stated1(side: Side, entry: Entry | undefined): Stated | undefined {
  const v = readEntry(entry);
  if (v.kind !== 'quantity' || !v.unit) return undefined;
  return { side, number: v.number, unit: v.unit, text: shown(entry) };
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
    const word = sideWord ?? endsWithWord(rest, BOUND_WORDS) ?? endsWithWord(rest, LINK_WORDS);
    if (!word) break;
    if (sideWord && !side) side = SIDE_WORDS.find(([w]) => w === sideWord)![1];
    rest = rest.slice(0, -word.length);
  }
  rests.push(rest);
  // "比…" before the name: the figure is the other side of a comparison, not the indicator's.
  if (endsWithWord(rest, COMPARISON_WORDS)) return { rests: [], bare: false };
  return { rests: rests.filter((r) => r !== ''), bare: rest === '', side };
}

/** The name a sentence is led by: "（1）改造户数：…" → 改造户数. */
function leadName(sentenceHead: string): string | undefined {
  const m = /^[\s\n]*(?:[（(]\d+[）)]|\d+[、.])?\s*([^：:，,。；;\n]{2,40})[：:]/.exec(sentenceHead);
  return m ? m[1].replace(/\s+/g, '') : undefined;
}
