import type { BreakdownKey } from '../model';
import {
  THAN_WORDS,
  CHANGE_WORDS,
  LABEL_PREFIXES,
  LINK_WORDS,
  endsWithWord,
  isIdeograph,
  type ChangeDirection,
} from './words';

export type Column = 'initialBudget' | 'fullYearBudget' | 'executed' | 'rate';
export type Subject = 'total' | BreakdownKey;

/** What the words right before a figure say it is. */
export interface FigureContext {
  /** The figure is a change (增加…, 减少…) or the other side of a comparison (比…): never the quantity itself. */
  change?: ChangeDirection;
  subject?: Subject;
  column?: Column;
  /** The label found, as written. */
  label?: string;
  /** A label was found but words before it make it another quantity ("基本建设类项目支出", "财政年初预算"). */
  qualified?: boolean;
}

const COLUMN_LABELS: [string, Column][] = [
  ['年初预算数', 'initialBudget'],
  ['年初预算', 'initialBudget'],
  ['全年预算数', 'fullYearBudget'],
  ['全年预算', 'fullYearBudget'],
  ['调整后预算数', 'fullYearBudget'],
  ['调整后预算', 'fullYearBudget'],
  ['全年执行数', 'executed'],
  ['实际执行数', 'executed'],
  ['执行数', 'executed'],
  ['实际支出数', 'executed'],
  ['实际支出', 'executed'],
  ['全年支出数', 'executed'],
  ['全年支出', 'executed'],
  // "支出:799.12万元" (a department's spending, as its report lists 收入 and 支出); "人员经费支出…" is qualified.
  ['支出', 'executed'],
  ['预算执行率', 'rate'],
  ['资金执行率', 'rate'],
  ['执行率', 'rate'],
];

const SUBJECT_LABELS: [string, Subject][] = [
  ['年度资金总额', 'total'],
  ['资金总额', 'total'],
  ['基本支出', 'basic'],
  ['项目支出', 'project'],
  ['支付项目资金', 'project'],
  ['拨付项目资金', 'project'],
  ['一般公共预算拨款', 'generalPublicBudget'],
  ['一般公共预算资金', 'generalPublicBudget'],
  ['一般公共预算收入', 'generalPublicBudget'],
  ['一般公共预算', 'generalPublicBudget'],
  ['政府性基金拨款', 'governmentFund'],
  ['政府性基金预算', 'governmentFund'],
  ['政府性基金收入', 'governmentFund'],
  ['政府性基金', 'governmentFund'],
  ['纳入专户管理的非税收入拨款', 'specialAccountNonTax'],
  ['非税收入拨款', 'specialAccountNonTax'],
  ['其他资金', 'otherFunds'],
  ['当年财政拨款', 'currentYearAppropriation'],
  ['上年结转资金', 'carryOver'],
  ['上年结转', 'carryOver'],
];

const COLUMN_WORDS = COLUMN_LABELS.map(([w]) => w);
const SUBJECT_WORDS = SUBJECT_LABELS.map(([w]) => w);
const CHANGE_TEXTS = CHANGE_WORDS.map(([w]) => w);
/** How far back a label is looked for: labels sit right before their figure. */
const REACH = 48;

/**
 * Reads the words before a figure, within its clause: change words, then link words (完成, 决算, 为…) and a
 * label, a column (年初预算数, 执行率…) optionally after a subject (基本支出, 项目支出…). Never throws.
 */
export function contextOf(norm: string, clauseStart: number, figureStart: number): FigureContext {
  let p = norm.slice(Math.max(clauseStart, figureStart - REACH), figureStart);
  const step = ():
    | { kind: 'change'; dir: ChangeDirection }
    | { kind: 'column'; word: string }
    | { kind: 'subject'; word: string }
    | undefined => {
    for (;;) {
      p = p.replace(/[ ]+$/, '');
      const change = endsWithWord(p, CHANGE_TEXTS);
      const column = endsWithWord(p, COLUMN_WORDS);
      const subject = endsWithWord(p, SUBJECT_WORDS);
      // The longest word at the end wins: 执行率 over 率, 年初预算数 over 数.
      const best = [change, column, subject].reduce<string | undefined>(
        (a, w) => (w && (!a || w.length > a.length) ? w : a),
        undefined,
      );
      if (best !== undefined && best === change)
        return { kind: 'change', dir: CHANGE_WORDS.find(([w]) => w === change)![1] };
      if (best !== undefined && best === column) return { kind: 'column', word: best };
      if (best !== undefined) return { kind: 'subject', word: best };
      const link = endsWithWord(p, LINK_WORDS);
      if (!link) return undefined;
      p = p.slice(0, -link.length);
    }
  };
  const first = step();
  if (!first) return {};
  if (first.kind === 'change') return { change: first.dir };
  const out: FigureContext = { label: first.word };
  p = p.slice(0, -first.word.length);
  if (first.kind === 'column') {
    out.column = COLUMN_LABELS.find(([w]) => w === first.word)![1];
    const saved = p;
    const second = step();
    if (second?.kind === 'subject') {
      out.subject = SUBJECT_LABELS.find(([w]) => w === second.word)![1];
      out.label = second.word + saved.slice(p.length) + first.word;
      p = p.slice(0, -second.word.length);
    } else p = saved;
  } else out.subject = SUBJECT_LABELS.find(([w]) => w === first.word)![1];
  const before = p.replace(/[ ]+$/, '');
  if (endsWithWord(before, THAN_WORDS)) return { change: 'other' };
  // After 其中 a figure is a share of something: a part of the breakdown may be named, a total or a column not.
  if ((!out.subject || out.subject === 'total') && before.replace(/[：:\s]+$/, '').endsWith('其中'))
    out.qualified = true;
  const last = before[before.length - 1];
  if ((isIdeograph(last) || /[A-Za-z]/.test(last ?? '')) && !endsWithWord(before, LABEL_PREFIXES)) out.qualified = true;
  return out;
}
