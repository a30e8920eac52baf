import type { Lang } from '../findings';
import type { ChangeWords, Places } from './parts';
import type { AmountUnit } from '../model';
import { SIGNS, SIGN_SPELLINGS, type Comparison } from '../values';

/**
 * The marks that stand where the report needs the user: one style each, so that they cannot be read as finished
 * prose. 请填写: a figure or text only the user has; 请确认: a sentence ZiPing offers but cannot know is true;
 * 待核实: the table says one thing and the rule another; 请重新生成: the figures changed after drafting.
 */
export const MARKS = {
  zh: { fill: '请填写', confirm: '请确认', verify: '待核实', redraft: '请重新生成' },
  en: { fill: 'to fill in', confirm: 'to confirm', verify: 'to verify', redraft: 'redraft' },
} satisfies Record<Lang, Record<string, string>>;

type MarkKind = keyof (typeof MARKS)['zh'];

export function mark(lang: Lang, kind: MarkKind, what: string): string {
  return lang === 'zh' ? `【${MARKS.zh[kind]}：${what}】` : `[${MARKS.en[kind]}: ${what}]`;
}

/** The line above a report's title when it is filed as Annex 2. */
export const ATTACHMENT_LINE = { zh: '附件2', en: 'Annex 2' } satisfies Record<Lang, string>;

/** Every mark in a text, in either language: what the pane counts and lists. */
export const MARK_PATTERN =
  /【(?:请填写|请确认|待核实|请重新生成)：[^】]*】|\[(?:to fill in|to confirm|to verify|redraft): [^\]]*\]/g;

export function marksIn(text: string): string[] {
  return text.match(MARK_PATTERN) ?? [];
}

/**
 * Each comparison in words, as a sentence quotes a target (≥95% → 不低于95%). = reads 为 / exactly (年度指标值为100%,
 * target exactly 100%): a word, never nothing, so that a cell holding only the sign does not turn into a blank.
 */
const COMPARISON_IN_WORDS: Record<Lang, Record<Comparison, string>> = {
  zh: { ge: '不低于', le: '不超过', gt: '高于', lt: '低于', eq: '为' },
  en: { ge: 'at least ', le: 'at most ', gt: 'more than ', lt: 'less than ', eq: 'exactly ' },
};

/**
 * Every spelling of a comparison sign with its words, the longest first, so that a single sign is only what is left
 * of none of the longer spellings (>= is 不低于, not 高于为).
 */
export const COMPARISON_WORDS: Record<Lang, readonly (readonly [string, string])[]> = {
  zh: signsInWords('zh'),
  en: signsInWords('en'),
};

function signsInWords(lang: Lang): [string, string][] {
  const signs = (Object.entries(SIGNS) as [Comparison, string][]).map(([c, sign]) => [sign, c] as const);
  return [...SIGN_SPELLINGS, ...signs]
    .sort((a, b) => b[0].length - a[0].length)
    .map(([spelling, c]) => [spelling, COMPARISON_IN_WORDS[lang][c]]);
}

/** A text with its comparison symbols in words, as a sentence quotes it (≥360天服务读者 → 不低于360天服务读者). */
export function inWords(lang: Lang, text: string): string {
  return COMPARISON_WORDS[lang].reduce((s, [from, to]) => s.split(from).join(to), text);
}

/**
 * The words of an indicator's sentence around its values: （1）改造户数：年度指标值…，实际完成值…. Where the form
 * states an adjusted target (调整指标值), the actual is judged against it, and the sentence says so and gives the
 * target at the start of the year after it: 年度指标值（调整后）2000篇（年初2200篇）, adjusted target 2000篇
 * (initially 2200篇). The report checker reads the same words.
 */
export const INDICATOR_WORDS = {
  zh: { target: '年度指标值', adjustedTarget: '年度指标值（调整后）', initial: ['（年初', '）'], actual: '实际完成值' },
  en: { target: 'target', adjustedTarget: 'adjusted target', initial: [' (initially ', ')'], actual: 'actual' },
} satisfies Record<Lang, { target: string; adjustedTarget: string; initial: [string, string]; actual: string }>;

/** Closing marks dropped from the end of a cell's text before the sentence adds its own. */
export const CLOSING_MARKS = '。；;.，,';

/**
 * A name as the sentence writes it before its colon or in a list: one closing mark (CLOSING_MARKS) dropped from its
 * end. The report checker looks for a name written so.
 */
export function withoutClosingMark(name: string): string {
  return name.length > 0 && CLOSING_MARKS.includes(name[name.length - 1]) ? name.slice(0, -1) : name;
}

/** The amount unit as the sentences write it after a figure. */
export function unitWord(lang: Lang, unit: AmountUnit): string {
  if (lang === 'zh') return unit;
  return { 元: ' yuan', 万元: ' (10,000 yuan)', 亿元: ' (100 million yuan)' }[unit];
}

/**
 * The decimals an amount is written at in the form's unit: two in 元 and 万元 (as the forms keep them); in 亿元 two
 * to four (1.25亿元, 1.2345亿元: to the 万元), so that a 亿元 form's report loses nothing a 万元 one would say.
 */
export const AMOUNT_PLACES: Record<AmountUnit, Places> = {
  元: { min: 2, max: 2 },
  万元: { min: 2, max: 2 },
  亿元: { min: 2, max: 4 },
};

export function changeWords(
  lang: Lang,
  than: 'priorYear' | 'initialBudget',
  percent: boolean,
  unit: AmountUnit,
  baseMissing: string,
): ChangeWords {
  if (lang === 'zh') {
    return {
      than: than === 'priorYear' ? '比上年' : '比年初预算数',
      after: '',
      up: '增加',
      down: '减少',
      same: '持平',
      unit,
      places: AMOUNT_PLACES[unit],
      noBase: `${than === 'priorYear' ? '比上年' : '比年初预算数'}${baseMissing}`,
      zeroBase: percent ? '（上年为零，不计算增长比例）' : '',
      upPercent: '，增加',
      downPercent: '，减少',
      noCurrent: '',
    };
  }
  const base = than === 'priorYear' ? 'last year' : 'the initial budget';
  return {
    than: '',
    after: ` on ${base}`,
    up: 'up ',
    down: 'down ',
    same: than === 'priorYear' ? 'unchanged from last year' : 'unchanged from the initial budget',
    unit: unitWord(lang, unit),
    places: AMOUNT_PLACES[unit],
    noBase: than === 'priorYear' ? `against ${baseMissing} last year` : `against an initial budget of ${baseMissing}`,
    zeroBase: percent ? ' (last year was zero: no percentage)' : '',
    upPercent: ', or ',
    downPercent: ', or ',
    noCurrent: '',
  };
}
