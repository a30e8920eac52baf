import type { CellValue } from '../cells';
import type { Lang } from '../findings';
import type { BreakdownKey, Entry, Indicator } from '../model';
import { fixed, isBlankText, readEntry, readIndicatorEntry, shown } from '../numbers';
import { wordsBeforeFigure } from '../values';
import { decimalsOf, formatDecimals, isDateFormat, isPercentFormat } from '../values/numfmt';
import type { IndicatorResult, Verdict } from '../check/indicators';
import { ruleTotal, type FormResult } from '../workbook';
import type { BlockKey } from './outline';
import { text, type Part } from './parts';
import {
  AMOUNT_PLACES,
  CLOSING_MARKS,
  COMPARISON_WORDS,
  INDICATOR_WORDS,
  changeWords,
  inWords,
  mark,
  withoutClosingMark,
} from './words';
import { cleanLeftovers } from './leftovers';

/** What every sentence builder needs: the checked form, the language, the amount unit as written after a figure. */
export interface Drafting {
  result: FormResult;
  lang: Lang;
  unit: string;
}

interface Drafted {
  id: string;
  role: 'body';
  owner: 'ziping' | 'user';
  parts: Part[];
  label: string;
}

/**
 * References the parts use: "form:…" for a cell of Annex 1, "input:…" for the report's input block. A resolver
 * turns them into addresses and values.
 */
const ref = {
  form: (path: string) => `form:${path}`,
  input: (key: string) => `input:${key}`,
  ind: (i: number, field: 'name' | 'target' | 'initialTarget' | 'actual' | 'weight' | 'statedScore' | 'deviation') =>
    `form:ind:${i}:${field}`,
};

/** The ids of the block paragraphs: kept from the first drafts, so that a redraft finds the user's edits again. */
const IDS: Record<Exclude<BlockKey, 'indicators' | 'problems' | 'steps'>, string> = {
  duties: 'p1.1',
  staff: 'p1.2',
  basicSpending: 'p2.1',
  projectSpending: 'p2.2',
  projectFunding: 'p2.2b',
  compliance: 'p2.2c',
  goal: 'p3.goal',
  goalPlanned: 'p.goal',
  goalAchieved: 'p.achieved',
  achievements: 'p3.0',
  projectOverview: 'p.overview',
  projectScope: 'p.scope',
  implementation: 'p.implementation',
  budget: 'p3.budget',
  total: 'p3.total',
  publication: 'p6',
  other: 'p.other',
};

const zhEn = (d: Drafting, zh: Part[], en: Part[]) => (d.lang === 'zh' ? zh : en);
const fill = (d: Drafting, zh: string, en: string) => mark(d.lang, 'fill', d.lang === 'zh' ? zh : en);
const amount = (d: Drafting, r: string, missing: string): Part => ({
  kind: 'amount',
  ref: r,
  missing,
  places: AMOUNT_PLACES[d.result.form.amountUnit],
});
const count = (r: string, missing: string): Part => ({ kind: 'count', ref: r, missing });
/**
 * An amount and its unit ("939.93万元"), or the gap alone: a gap stands for the figure with its unit, so that no
 * unit trails a gap (【请填写：全年预算数】万元).
 */
const amountWithUnit = (d: Drafting, r: string, gap: string, after = ''): Part => ({
  kind: 'ifNumber',
  ref: r,
  then: [amount(d, r, ''), text(`${d.unit}${after}`)],
  otherwise: [text(`${gap}${after}`)],
});
/** A count and its measure word ("6个"), or the gap alone (never 【请填写：内设股室数】个). */
const countWithUnit = (r: string, unit: string, gap: string): Part => ({
  kind: 'ifNumber',
  ref: r,
  then: [count(r, ''), text(unit)],
  otherwise: [text(gap)],
});
/** A free text (a goal, a reason) as prose: its closing mark dropped so that the sentence's own is not doubled. */
const prose = (d: Drafting, r: string, blank: string): Part => ({
  kind: 'prose',
  ref: r,
  pairs: [],
  trimEnd: CLOSING_MARKS,
  blank,
});

/**
 * A target or actual as prose: its comparison symbols in words. Only the symbols it holds now are replaced: when
 * the cell changes, the verdict beside it asks for a redraft anyway.
 */
const valueProse = (
  d: Drafting,
  r: string,
  blank: string,
  now: string,
  trimEnd = '',
): Extract<Part, { kind: 'prose' }> => ({
  kind: 'prose',
  ref: r,
  pairs: COMPARISON_WORDS[d.lang].filter(([from]) => now.includes(from)),
  trimEnd,
  blank,
});

/** A score in English, out of its weight when the form gives one: "for a score of 5 out of 10". */
function scoreWords(score: number, weight: number | undefined): string {
  return `for a score of ${points(score)}${weight !== undefined ? ` out of ${points(weight)}` : ''}`;
}

/** A score as the report writes it: 10, 3.5, 8.75. */
function points(n: number): string {
  return String(Number(fixed(n, 2)));
}

/** The paragraphs of one block of the outline (not the indicators: see indicatorParagraph). */
export function blockParagraphs(d: Drafting, block: BlockKey | { key: 'indicators' }): Omit<Drafted, 'label'>[] {
  const key = typeof block === 'string' ? block : block.key;
  const body = (k: keyof typeof IDS, parts: Part[]) => [
    { id: IDS[k], role: 'body' as const, owner: 'ziping' as const, parts },
  ];
  const user = (k: keyof typeof IDS, zh: string, en: string) => [
    { id: IDS[k], role: 'body' as const, owner: 'user' as const, parts: [text(fill(d, zh, en))] },
  ];
  switch (key) {
    case 'duties':
      return user('duties', '单位主要职责', 'the unit’s main duties');
    case 'staff':
      return body('staff', staff(d));
    case 'basicSpending':
      return body('basicSpending', basicSpending(d));
    case 'projectSpending':
      return body('projectSpending', projectSpending(d));
    case 'projectFunding':
      return body('projectFunding', funding(d));
    case 'compliance':
      return body('compliance', [
        text(
          mark(
            d.lang,
            'confirm',
            d.lang === 'zh'
              ? '资金的拨付严格执行审批程序和手续，资金符合项目预算批复或合同规定的用途，不存在截留、挤占、挪用、虚列支出等情况'
              : 'every payment followed the approval procedure and the use approved in the budget or contract; nothing was withheld, diverted, misappropriated or falsely reported',
          ),
        ),
      ]);
    case 'goal':
      return body('goal', [
        ...goalPlanned(d, '年度总体目标：', 'The overall goal for the year: '),
        ...(d.lang === 'zh' ? [] : [text(' ')]),
        ...goalAchieved(d, '实际完成情况：', 'What was achieved: '),
      ]);
    case 'goalPlanned':
      return body('goalPlanned', goalPlanned(d, '项目年度绩效目标：', 'The project’s goal for the year: '));
    case 'goalAchieved':
      return body('goalAchieved', goalAchieved(d, '年度总体目标完成情况：', 'What was achieved: '));
    case 'achievements':
      return user('achievements', '本年度取得的主要成效', 'the year’s main results');
    case 'projectOverview':
      return body('projectOverview', projectOverview(d));
    case 'projectScope':
      return user('projectScope', '项目立项依据、主要内容和实施范围', 'the project’s basis, content and scope');
    case 'implementation':
      return user(
        'implementation',
        '项目的组织、管理和实施情况',
        'how the project was organised, managed and carried out',
      );
    case 'budget':
      return body('budget', budget(d));
    case 'total':
      return body('total', total(d));
    case 'problems':
      return [
        ...problems(d).map((parts, i) => ({
          id: `p4.${i + 1}`,
          role: 'body' as const,
          owner: 'ziping' as const,
          parts,
        })),
        {
          id: 'p4.more',
          role: 'body' as const,
          owner: 'user' as const,
          parts: [text(fill(d, '其他问题及原因（没有可删去）', 'other problems and causes (delete if none)'))],
        },
      ];
    case 'steps':
      return steps(d).map((t, i) => ({
        id: `p5.${i + 1}`,
        role: 'body' as const,
        owner: 'ziping' as const,
        parts: [text(t)],
      }));
    case 'publication':
      return [
        {
          id: IDS.publication,
          role: 'body',
          owner: 'user',
          parts: [
            text(
              mark(
                d.lang,
                'confirm',
                d.lang === 'zh'
                  ? '与决算一起在政府网站公布'
                  : 'published with the final accounts on the government website',
              ),
            ),
          ],
        },
      ];
    case 'other':
      return user('other', '其他需要说明的问题（没有写“无”）', 'anything else to report (write “none” if nothing)');
    case 'indicators':
      return [];
  }
}

// ---------------------------------------------------------------- department

function unitName(d: Drafting): Part {
  return { kind: 'cellText', ref: ref.form('unit'), blank: fill(d, '单位名称', 'the unit’s name') };
}

function staff(d: Drafting): Part[] {
  const c = (key: string, zh: string, en: string) => count(ref.input(key), fill(d, zh, en));
  const m = (key: string, unit: string, zh: string) => countWithUnit(ref.input(key), unit, fill(d, zh, ''));
  return zhEn(
    d,
    [
      unitName(d),
      text('现有股室'),
      m('sections', '个', '内设股室数'),
      text('，在职人员'),
      m('staff', '人', '在职人员数'),
      text('（其中预算编制人员'),
      m('budgetedStaff', '人', '预算编制人员数'),
      text('），离休人员'),
      m('retiredCadres', '人', '离休人员数'),
      text('，退休人员'),
      m('retired', '人', '退休人员数'),
      text('，属'),
      { kind: 'cellText', ref: ref.input('level'), blank: fill(d, '预算级次', '') },
      text('。'),
    ],
    [
      unitName(d),
      text(' has '),
      c('sections', '', 'number of sections'),
      text(' internal sections and '),
      c('staff', '', 'staff on payroll'),
      text(' serving staff ('),
      c('budgetedStaff', '', 'budgeted staff'),
      text(' of them in budgeted posts), '),
      c('retiredCadres', '', 'retired cadres'),
      text(' retired veteran cadres and '),
      c('retired', '', 'retired staff'),
      text(' retired staff. Budget level: '),
      { kind: 'cellText', ref: ref.input('level'), blank: fill(d, '', 'budget level') },
      text('.'),
    ],
  );
}

/**
 * "人员经费决算553.33万元，比年初预算数增加386.88万元，变化的主要原因是…": the figure, its change against a base and
 * the reason; only the gap when the figure itself is missing.
 */
function figureWithChange(
  d: Drafting,
  o: {
    current: string;
    currentGap: [string, string];
    base: string;
    baseGap: [string, string];
    than: 'priorYear' | 'initialBudget';
    percent: boolean;
    reason: string;
    reasonGap: [string, string];
    lead: [string, string];
  },
): Part[] {
  const zh = d.lang === 'zh';
  const change: Extract<Part, { kind: 'change' }> = {
    kind: 'change',
    current: o.current,
    base: o.base,
    percent: o.percent,
    words: changeWords(d.lang, o.than, o.percent, d.result.form.amountUnit, fill(d, ...o.baseGap)),
  };
  // A reason is asked only for a change: none after 持平, none without a base to change from.
  const reason: Part = {
    kind: 'ifChanged',
    current: o.current,
    base: o.base,
    places: change.words.places,
    then: [text(zh ? '，变化的主要原因是' : '; the main reason: '), prose(d, o.reason, fill(d, ...o.reasonGap))],
  };
  return [
    text(zh ? o.lead[0] : o.lead[1]),
    {
      kind: 'ifNumber',
      ref: o.current,
      then: [amount(d, o.current, ''), text(zh ? `${d.unit}，` : `${d.unit}, `), change, reason],
      otherwise: [text(fill(d, ...o.currentGap))],
    },
  ];
}

function basicSpending(d: Drafting): Part[] {
  const zh = d.lang === 'zh';
  const basic = ref.form('part:basic');
  return [
    ...figureWithChange(d, {
      lead: ['本年度基本支出决算', 'Basic spending this year was '],
      current: basic,
      currentGap: ['基本支出决算数', 'basic spending'],
      base: ref.input('basicInitialBudget'),
      baseGap: ['基本支出年初预算数', 'the initial budget of basic spending'],
      than: 'initialBudget',
      percent: false,
      reason: ref.input('basicInitialReason'),
      reasonGap: ['基本支出较年初预算变化的原因', 'why basic spending differs from its initial budget'],
    }),
    text(zh ? '；' : '. '),
    ...figureWithChange(d, {
      lead: ['人员经费决算', 'Personnel costs were '],
      current: ref.input('personnel'),
      currentGap: ['人员经费决算数', 'personnel costs'],
      base: ref.input('personnelInitialBudget'),
      baseGap: ['人员经费年初预算数', 'the initial budget of personnel costs'],
      than: 'initialBudget',
      percent: false,
      reason: ref.input('personnelReason'),
      reasonGap: ['人员经费变化的原因', 'why personnel costs changed'],
    }),
    text(zh ? '。' : '. '),
    ...figureWithChange(d, {
      lead: ['基本支出完成', 'Basic spending was '],
      current: basic,
      currentGap: ['基本支出决算数', 'basic spending'],
      base: ref.input('basicPriorYear'),
      baseGap: ['上年基本支出', 'last year’s basic spending'],
      than: 'priorYear',
      percent: true,
      reason: ref.input('basicPriorReason'),
      reasonGap: ['基本支出较上年变化的原因', 'why basic spending changed from last year'],
    }),
    text(zh ? '；' : '. '),
    ...figureWithChange(d, {
      lead: ['公用经费完成', 'Public funds were '],
      current: ref.input('publicFunds'),
      currentGap: ['公用经费决算数', 'public funds'],
      base: ref.input('publicFundsPriorYear'),
      baseGap: ['上年公用经费', 'last year’s public funds'],
      than: 'priorYear',
      percent: true,
      reason: ref.input('publicFundsReason'),
      reasonGap: ['公用经费变化的原因', 'why public funds changed'],
    }),
    text(zh ? '。' : '.'),
  ];
}

function projectSpending(d: Drafting): Part[] {
  const zh = d.lang === 'zh';
  return [
    ...figureWithChange(d, {
      lead: ['项目支出完成', 'Project spending was '],
      current: ref.form('part:project'),
      currentGap: ['项目支出决算数', 'project spending'],
      base: ref.input('projectPriorYear'),
      baseGap: ['上年项目支出', 'last year’s project spending'],
      than: 'priorYear',
      percent: true,
      reason: ref.input('projectReason'),
      reasonGap: ['项目支出变化的原因', 'why project spending changed'],
    }),
    text(zh ? '；' : '. '),
    ...figureWithChange(d, {
      lead: ['基本建设类项目支出', 'Capital construction spending was '],
      current: ref.input('capital'),
      currentGap: ['基本建设类项目支出', 'capital construction spending'],
      base: ref.input('capitalPriorYear'),
      baseGap: ['上年基本建设类项目支出', 'last year’s capital construction spending'],
      than: 'priorYear',
      percent: true,
      reason: ref.input('capitalReason'),
      reasonGap: ['基本建设类项目支出变化的原因', 'why capital construction spending changed'],
    }),
    text(zh ? '。' : '.'),
  ];
}

const SOURCE_NAMES: Partial<Record<BreakdownKey, [string, string]>> = {
  generalPublicBudget: ['一般公共预算', 'general public budget'],
  governmentFund: ['政府性基金拨款', 'government funds'],
  specialAccountNonTax: ['纳入专户管理的非税收入拨款', 'non-tax income in special accounts'],
  otherFunds: ['其他资金', 'other funds'],
  currentYearAppropriation: ['当年财政拨款', 'this year’s appropriation'],
  carryOver: ['上年结转资金', 'funds carried over from last year'],
};

/** The funding sources the form holds (按收入性质分, or the project form's 当年财政拨款 and 上年结转), then those of the input block. */
function funding(d: Drafting): Part[] {
  const zh = d.lang === 'zh';
  const form = d.result.form;
  const parts = form.kind === 'project' ? form.budget.bySpending : form.budget.byIncome;
  const held = parts.filter((p) => {
    if (!SOURCE_NAMES[p.key] || (form.kind === 'project' && p.key === 'basic')) return false;
    const e = p.amount ?? p.columns?.executed ?? p.columns?.fullYearBudget;
    return e !== undefined && e.value !== null && e.value !== '' && readEntry(e).kind === 'quantity';
  });
  const out: Part[] = [];
  if (held.length > 0) {
    out.push(text(zh ? '资金来源：' : 'Funding sources: '));
    held.forEach((p, i) => {
      const [nameZh, nameEn] = SOURCE_NAMES[p.key]!;
      out.push(text(`${i > 0 ? (zh ? '，' : ', ') : ''}${zh ? nameZh : `${nameEn} `}`));
      out.push(amountWithUnit(d, ref.form(`part:${p.key}`), fill(d, nameZh, nameEn)));
    });
    out.push(text(zh ? '。' : '.'));
  } else if (form.kind === 'project') {
    // A form that breaks its money down by no source (Hubei's 预算数 · 执行数 block) leaves the sentence to the user,
    // never an empty paragraph in the report.
    out.push(
      text(
        zh
          ? `资金来源：${fill(d, '资金来源及金额', '')}。`
          : `Funding sources: ${fill(d, '', 'the sources of funds')}.`,
      ),
    );
  }
  if (form.kind === 'department') {
    out.push(
      text(zh ? '本年度实际支付项目资金' : `${held.length > 0 ? ' ' : ''}Project funds paid this year: `),
      amountWithUnit(d, ref.form('part:project'), fill(d, '项目支出决算数', 'project spending')),
    );
    const levels: [string, string, string][] = [
      ['districtFunds', '区级资金', 'district funds'],
      ['specialBonds', '专项债资金', 'special bonds'],
      ['higherLevelFunds', '其他上级资金', 'funds from higher levels'],
    ];
    // "，其中" before the first source filled in, "，" before the others.
    const lead = (before: string[]): Part[] =>
      before.length === 0
        ? [text(zh ? '，其中' : ', of which ')]
        : [
            {
              kind: 'ifNumber',
              ref: ref.input(before[before.length - 1]),
              then: [text(zh ? '，' : ', ')],
              otherwise: lead(before.slice(0, -1)),
            },
          ];
    levels.forEach(([key, nameZh, nameEn], i) => {
      out.push({
        kind: 'ifNumber',
        ref: ref.input(key),
        then: [
          ...lead(levels.slice(0, i).map(([k]) => k)),
          text(zh ? nameZh : `${nameEn} `),
          amount(d, ref.input(key), ''),
          text(d.unit),
        ],
        otherwise: [],
      });
    });
    out.push(text(zh ? '。' : '.'));
  }
  return out;
}

function goalPlanned(d: Drafting, zh: string, en: string): Part[] {
  return [
    text(d.lang === 'zh' ? zh : en),
    prose(d, ref.form('goal:planned'), fill(d, '年度总体目标（预期目标）', 'the goal for the year')),
    text(d.lang === 'zh' ? '。' : '.'),
  ];
}

function goalAchieved(d: Drafting, zh: string, en: string): Part[] {
  return [
    text(d.lang === 'zh' ? zh : en),
    prose(d, ref.form('goal:achieved'), fill(d, '年度总体目标实际完成情况', 'what was achieved against the goal')),
    text(d.lang === 'zh' ? '。' : '.'),
  ];
}

function projectOverview(d: Drafting): Part[] {
  const zh = d.lang === 'zh';
  const name = (path: string, gapZh: string, gapEn: string) => prose(d, ref.form(path), fill(d, gapZh, gapEn));
  return zh
    ? [
        text('项目名称：'),
        name('project:name', '项目名称', ''),
        text('；主管部门：'),
        name('project:department', '主管部门', ''),
        text('；实施单位：'),
        name('project:implementer', '实施单位', ''),
        text('。'),
      ]
    : [
        text('Project: '),
        name('project:name', '', 'the project’s name'),
        text('; responsible department: '),
        name('project:department', '', 'the responsible department'),
        text('; implemented by '),
        name('project:implementer', '', 'the implementing unit'),
        text('.'),
      ];
}

// ---------------------------------------------------------------- scores

/** The refs and the values they held at drafting, for an asDrafted part. */
function drafted(d: Drafting, entries: [string, Entry | undefined][]): { refs: string[]; values: CellValue[] } {
  void d;
  return { refs: entries.map(([r]) => r), values: entries.map(([, e]) => e?.value ?? null) };
}

function stale(d: Drafting, within = true): string {
  return spaced(
    d,
    mark(d.lang, 'redraft', d.lang === 'zh' ? '表中数据已修改，请重新生成报告' : 'the form changed since drafting'),
    within,
  );
}

/** A mark after a word: English puts a space between them, Chinese none. */
function spaced(d: Drafting, marked: string, within = true): string {
  return d.lang === 'en' && within && marked !== '' ? ` ${marked}` : marked;
}

function verifyScore(
  d: Drafting,
  stated: number | undefined,
  rule: number,
  band?: { min: number; max: number },
): string {
  if (stated === undefined) return '';
  if (band ? stated >= band.min - 0.005 && stated <= band.max + 0.005 : Math.abs(stated - rule) < 0.005) return '';
  const ruleText = band
    ? d.lang === 'zh'
      ? `按规则应在${points(band.min)}至${points(band.max)}分之间`
      : `the rules allow ${points(band.min)} to ${points(band.max)}`
    : d.lang === 'zh'
      ? `按规则为${points(rule)}分`
      : `the rules give ${points(rule)}`;
  return spaced(
    d,
    mark(
      d.lang,
      'verify',
      d.lang === 'zh'
        ? `表中得分${points(stated)}分，${ruleText}`
        : `the form states ${points(stated)} points; ${ruleText}`,
    ),
  );
}

function statedNumber(e: Entry | undefined): number | undefined {
  const v = e && readEntry(e);
  return v && v.kind === 'quantity' ? v.number : undefined;
}

function budget(d: Drafting): Part[] {
  const zh = d.lang === 'zh';
  const b = d.result.form.budget;
  const rule = d.result.check.budget;
  // A rate with a missing input is left out: the input's own gap stands in the same sentence.
  const pct: Part = {
    kind: 'percent',
    num: ref.form('executed'),
    den: ref.form('fullYearBudget'),
    lead: zh ? '，预算执行率' : ', an execution rate of ',
    missing: '',
  };
  const w = statedNumber(b.weight);
  const scored: Part[] = rule
    ? [
        {
          kind: 'asDrafted',
          ...drafted(d, [
            [ref.form('fullYearBudget'), b.fullYearBudget],
            [ref.form('executed'), b.executed],
            [ref.form('weight'), b.weight],
            [ref.form('statedScore'), b.statedScore],
          ]),
          then: [
            text(
              zh
                ? `，得分${points(rule.ruleScore)}分${w !== undefined ? `（分值${points(w)}分）` : ''}`
                : `, ${scoreWords(rule.ruleScore, w)}`,
            ),
            text(verifyScore(d, statedNumber(b.statedScore), rule.ruleScore)),
          ],
          stale: stale(d),
        },
      ]
    : [];
  return zh
    ? [
        text('全年预算数'),
        amountWithUnit(d, ref.form('fullYearBudget'), fill(d, '全年预算数', '')),
        text('，全年执行数'),
        amountWithUnit(d, ref.form('executed'), fill(d, '全年执行数', '')),
        pct,
        ...scored,
        text('。'),
      ]
    : [
        text('Of a full-year budget of '),
        amountWithUnit(d, ref.form('fullYearBudget'), fill(d, '', 'the full-year budget'), ', '),
        amountWithUnit(d, ref.form('executed'), fill(d, '', 'the amount executed'), ' was spent'),
        pct,
        ...scored,
        text('.'),
      ];
}

/**
 * Why the rule cannot total the form: a 分值 not stated (the form may print none), a value it cannot read or compare
 * (a target as much as an actual: 本着节约的原则 against 100%), or both.
 */
const TOTAL_GAP = {
  weight: {
    zh: '尚有指标未列分值，无法按规则计算总分，补全分值后重新生成',
    en: 'some rows state no weight (分值), so the rules cannot total the form; fill in the weights and redraft',
  },
  value: {
    zh: '尚有指标无法按规则计分，补全或核实其年度指标值和实际完成值后重新生成',
    en: 'some indicators cannot be scored yet; complete or correct their targets and actuals and redraft',
  },
  none: {
    zh: '表中未读到绩效指标，无法按规则计算总分',
    en: 'no indicator was read from the form, so the rules cannot total it',
  },
  both: {
    zh: '尚有指标未列分值或无法按规则计分，补全分值、核实年度指标值和实际完成值后重新生成',
    en: 'some rows state no weight (分值) and some indicators cannot be scored yet; fill in the weights, check the targets and actuals and redraft',
  },
} satisfies Record<string, Record<Lang, string>>;

function totalGap(result: FormResult): keyof typeof TOTAL_GAP {
  const { check, form } = result;
  if (check.indicators.length === 0) return 'none';
  const budgetWeightless = form.budget.labelCell !== undefined && readEntry(form.budget.weight).kind === 'empty';
  const weightless = budgetWeightless || check.indicators.some((c) => c.unscored);
  const valueless =
    (!check.budget && !budgetWeightless) || check.indicators.some((c) => !c.assessment?.ok && !c.unscored);
  if (weightless && !valueless) return 'weight';
  return weightless ? 'both' : 'value';
}

function total(d: Drafting): Part[] {
  const zh = d.lang === 'zh';
  const form = d.result.form;
  const sum = ruleTotal(d.result.check);
  if (sum === undefined) {
    const what = TOTAL_GAP[totalGap(d.result)][d.lang];
    return [text(zh ? `自评总分${mark(d.lang, 'fill', what)}。` : `Total score: ${mark(d.lang, 'fill', what)}.`)];
  }
  const entries: [string, Entry | undefined][] = [
    [ref.form('fullYearBudget'), form.budget.fullYearBudget],
    [ref.form('executed'), form.budget.executed],
    [ref.form('weight'), form.budget.weight],
    [ref.form('total'), form.statedTotal],
  ];
  form.indicators.forEach((ind, i) => {
    entries.push(
      [ref.ind(i, 'target'), ind.target],
      [ref.ind(i, 'actual'), ind.actual],
      [ref.ind(i, 'weight'), ind.weight],
    );
  });
  return [
    {
      kind: 'asDrafted',
      ...drafted(d, entries),
      then: [
        text(
          zh ? `按评分规则，自评总分${points(sum)}分` : `Under the scoring rules, the total score is ${points(sum)}`,
        ),
        text(verifyTotal(d, statedNumber(form.statedTotal), sum)),
        text(zh ? '。' : '.'),
      ],
      stale: stale(d, false),
    },
  ];
}

function verifyTotal(d: Drafting, stated: number | undefined, sum: number): string {
  if (stated === undefined || Math.abs(stated - sum) < 0.005) return '';
  return spaced(
    d,
    mark(
      d.lang,
      'verify',
      d.lang === 'zh'
        ? `表中总分${points(stated)}分，按规则为${points(sum)}分`
        : `the form states ${points(stated)}; the rules give ${points(sum)}`,
    ),
  );
}

// ---------------------------------------------------------------- indicators

/** The rule's verdict in words: the same with a 分值 or without one. */
function verdict(d: Drafting, a: Verdict): string {
  const zh = d.lang === 'zh';
  if (a.met && a.overachieved) return zh ? '超额完成年度指标' : 'the target was exceeded';
  if (a.met) return zh ? '达成年度指标' : 'the target was met';
  if (a.band?.band === 'partial') return zh ? '部分达成年度指标' : 'the target was partly met';
  return zh ? '未达成年度指标' : 'the target was not met';
}

/**
 * An indicator's name, target or actual, as its cell shows it and fit for prose: comparison symbols in words (a name
 * such as ≥360天服务读者 too), template leftovers left out.
 */
function valuePart(d: Drafting, r: string, entry: Entry | undefined, blank: string, trimEnd = ''): Part {
  const v = entry?.value ?? null;
  if (typeof v === 'number' && Number.isFinite(v)) {
    const f = entry?.numFmt ?? '';
    if (f && isPercentFormat(f))
      return {
        kind: 'shown',
        ref: r,
        as: { kind: 'percent', decimals: formatDecimals(f, decimalsOf(v * 100)) ?? 0 },
        blank,
      };
    if (f && isDateFormat(f))
      return { kind: 'shown', ref: r, as: { kind: 'date', style: d.lang === 'zh' ? 'zh' : 'iso' }, blank };
    return {
      kind: 'shown',
      ref: r,
      as: { kind: 'fixed', decimals: (f ? formatDecimals(f, decimalsOf(v)) : undefined) ?? decimalsOf(v) },
      blank,
    };
  }
  const now = typeof v === 'string' ? v : '';
  const p = valueProse(d, r, blank, now, trimEnd);
  const clean = cleanLeftovers(now);
  // The cell holds template text: what is left is written as it is (not live), or the gap when nothing is.
  if (clean !== now) return text(clean === '' ? blank : renderStatic(p, clean));
  return p;
}

function renderStatic(p: Extract<Part, { kind: 'prose' }>, value: string): string {
  let s = value.split('\u3000').join('').replace(/ {2,}/g, ' ').replace(/^ | $/g, '');
  for (const [from, to] of p.pairs) s = s.split(from).join(to);
  if (s.length > 0 && p.trimEnd.includes(s[s.length - 1])) s = s.slice(0, -1);
  return s === '' ? p.blank : s;
}

/**
 * A target or actual. A dash or slash standing in for it is what the checker reports missing (IND_TARGET_MISSING):
 * the sentence asks for the value too, rather than quote the dash (never 年度指标值-). A word (无) is the unit's
 * own answer, and is quoted.
 */
function indicatorValue(d: Drafting, i: number, side: 'target' | 'actual', blank: string): Part {
  const ind = d.result.form.indicators[i];
  const now = shown(ind[side]);
  if (now !== '' && !/[\p{L}\p{N}]/u.test(now) && readIndicatorEntry(ind, side).kind === 'empty') return text(blank);
  return valuePart(d, ref.ind(i, side), ind[side], blank);
}

/**
 * A value the form answers in words (达成年度指标, 满意), or a figure with words before it (完成时间为2022年12月30日),
 * between quotes, in either language; a figure as it is.
 */
function quoted(entry: Entry | undefined, part: Part): Part[] {
  const read = readEntry(entry);
  if (read.kind !== 'label' && !wordsBeforeFigure(read)) return [part];
  return [text('“'), part, text('”')];
}

/**
 * After the values: the rule's verdict and the score out of the weight (the stated score where the rule allows a
 * band and it lies inside), with a 待核实 mark where the stated score is not the rule's; with no 分值, the verdict
 * alone; without a verdict, what the rules cannot judge.
 */
function scoreClause(d: Drafting, ind: Indicator, check: IndicatorResult | undefined): Part[] {
  const zh = d.lang === 'zh';
  const weight = statedNumber(ind.weight);
  const stated = statedNumber(ind.statedScore);
  const a = check?.assessment;
  const unscored = check?.unscored;
  if (unscored) {
    // A stated score is doubted only where the target was missed: how much of the weight it deserves is unknown.
    return [
      text(zh ? `，${verdict(d, unscored)}` : `; ${verdict(d, unscored)}`),
      ...(weight !== undefined ? [text(zh ? `，分值${points(weight)}分` : `; weight ${points(weight)} points`)] : []),
      ...(stated !== undefined && !unscored.met ? [text(cannotScore(d, stated))] : []),
    ];
  }
  if (a?.ok) {
    const score =
      a.band && stated !== undefined && verifyScore(d, stated, a.ruleScore, a.band) === '' ? stated : a.ruleScore;
    return [
      text(
        zh
          ? `，${verdict(d, a)}，得分${points(score)}分${weight !== undefined ? `（分值${points(weight)}分）` : ''}`
          : `; ${verdict(d, a)}, ${scoreWords(score, weight)}`,
      ),
      text(verifyScore(d, stated, a.ruleScore, a.band)),
    ];
  }
  const tail: Part[] = [];
  const actualMissing = readEntry(ind.actual).kind === 'empty';
  const targetMissing = readEntry(ind.target).kind === 'empty';
  if (!actualMissing && !targetMissing)
    tail.push(
      text(
        zh
          ? `，${mark(d.lang, 'confirm', '年度指标值与实际完成值无法按规则比较，请说明完成情况')}`
          : `; ${mark(d.lang, 'confirm', 'the rules cannot compare the target and actual; say how far it was met')}`,
      ),
    );
  if (weight !== undefined) tail.push(text(zh ? `，分值${points(weight)}分` : `; weight ${points(weight)} points`));
  if (stated !== undefined) tail.push(text(cannotScore(d, stated)));
  return tail;
}

function cannotScore(d: Drafting, stated: number): string {
  return spaced(
    d,
    mark(
      d.lang,
      'verify',
      d.lang === 'zh'
        ? `表中得分${points(stated)}分，按规则尚无法计分`
        : `the form states ${points(stated)} points; the rules cannot score it yet`,
    ),
  );
}

/**
 * An adjusted target is the one judged against, so the sentence gives the start of the year's target after it:
 * （年初2200篇）; nothing when the form left that blank.
 */
function initialTarget(d: Drafting, i: number): Part[] {
  const ind = d.result.form.indicators[i];
  if (!ind.initialTarget || readEntry(ind.initialTarget).kind === 'empty') return [];
  const words = INDICATOR_WORDS[d.lang];
  return [
    text(words.initial[0]),
    ...quoted(ind.initialTarget, valuePart(d, ref.ind(i, 'initialTarget'), ind.initialTarget, '')),
    text(words.initial[1]),
  ];
}

/** （n）name：年度指标值…，实际完成值…，verdict，得分…（分值…）【待核实…】；偏差原因：…。 */
export function indicatorParagraph(d: Drafting, i: number, n: number): Omit<Drafted, 'label'> & { label: string } {
  const zh = d.lang === 'zh';
  const ind = d.result.form.indicators[i];
  const check = d.result.check.indicators[i];
  const nameText = withoutClosingMark(inWords(d.lang, cleanLeftovers(ind.name)));
  // A name written as a sentence (…边海防官兵320人。) loses its full stop before the colon: never 。：
  const name = valuePart(
    d,
    ref.ind(i, 'name'),
    { value: ind.name, cell: ind.nameCell },
    fill(d, `第${ind.index}项指标名称`, `the name of indicator ${ind.index}`),
    CLOSING_MARKS,
  );
  const who = nameText || (zh ? `第${ind.index}项指标` : `indicator ${ind.index}`);
  const target = indicatorValue(d, i, 'target', fill(d, `${who}的年度指标值`, `the target of ${who}`));
  const actual = indicatorValue(d, i, 'actual', fill(d, `${who}的实际完成值`, `the actual of ${who}`));
  const tail = scoreClause(d, ind, check);
  const words = INDICATOR_WORDS[d.lang];
  const adjusted = ind.initialTarget !== undefined;
  const parts: Part[] = [
    text(zh ? `（${n}）` : `(${n}) `),
    name,
    text(
      zh
        ? `：${adjusted ? words.adjustedTarget : words.target}`
        : `: ${adjusted ? words.adjustedTarget : words.target} `,
    ),
    ...quoted(ind.target, target),
    ...initialTarget(d, i),
    text(zh ? `，${words.actual}` : `, ${words.actual} `),
    ...quoted(ind.actual, actual),
    {
      kind: 'asDrafted',
      ...drafted(d, [
        [ref.ind(i, 'target'), ind.target],
        [ref.ind(i, 'actual'), ind.actual],
        [ref.ind(i, 'weight'), ind.weight],
        [ref.ind(i, 'statedScore'), ind.statedScore],
      ]),
      then: tail,
      stale: stale(d),
    },
    // A stand-in (。, 无, /) says nothing: no reason clause for it.
    ...(isBlankText(ind.deviation)
      ? []
      : [
          {
            kind: 'ifText' as const,
            ref: ref.ind(i, 'deviation'),
            then: [text(zh ? '；偏差原因：' : '; reason for the deviation: '), prose(d, ref.ind(i, 'deviation'), '')],
          },
        ]),
    text(zh ? '。' : '.'),
  ];
  return { id: `p3.ind.${i + 1}`, role: 'body', owner: 'ziping', parts, label: `${zh ? `（${n}）` : `(${n}) `}${who}` };
}

// ---------------------------------------------------------------- sections 四 and 五

/** Each indicator's verdict, with or without a 分值 to score it. */
function verdicts(d: Drafting): (Verdict | undefined)[] {
  return d.result.check.indicators.map((c) => (c.assessment?.ok ? c.assessment : c.unscored));
}

function indicatorNames(d: Drafting, pick: (a: Verdict) => boolean): string[] {
  const all = verdicts(d);
  return d.result.check.indicators
    .map((c, i) =>
      all[i] && pick(all[i])
        ? withoutClosingMark(inWords(d.lang, cleanLeftovers(d.result.form.indicators[i].name) || c.name))
        : undefined,
    )
    .filter((x): x is string => !!x);
}

/** Section 四, from the rule's verdicts and the budget findings. */
function problems(d: Drafting): Part[][] {
  const has = (code: string) => d.result.findings.some((f) => f.code === code);
  return [
    missedTargets(d),
    has('BUDGET_LOW_EXECUTION') ? lowExecution(d) : undefined,
    has('BUDGET_OVERSPENT') ? overspent(d) : undefined,
    has('BUDGET_ADJUSTED') && d.result.form.budget.initialBudget ? adjusted(d) : undefined,
    overachieved(d),
  ].filter((paragraph): paragraph is Part[] => paragraph !== undefined);
}

const quotedList = (d: Drafting, names: string[]) => names.map((x) => `“${x}”`).join(d.lang === 'zh' ? '、' : ', ');

function missedTargets(d: Drafting): Part[] | undefined {
  const zh = d.lang === 'zh';
  const missed = indicatorNames(d, (a) => !a.met);
  if (!missed.length) return undefined;
  // Pointing to the reasons is true only where the form gives one for every missed indicator; else they are asked for.
  const all = verdicts(d);
  const reasonless = d.result.form.indicators.some(
    (ind, i) => all[i] !== undefined && !all[i].met && isBlankText(ind.deviation),
  );
  const why = reasonless
    ? zh
      ? `，${mark(d.lang, 'fill', '未达成年度指标值的原因')}。`
      : `; ${mark(d.lang, 'fill', 'why they were missed')}.`
    : zh
      ? '，原因见各指标的偏差原因分析。'
      : '; the reasons are given with each indicator.';
  const names = quotedList(d, missed);
  return [
    text(zh ? `部分绩效指标未达到年度指标值：${names}${why}` : `Some indicators missed their targets: ${names}${why}`),
  ];
}

/** A sentence said of the budget's figures as drafted: once they change, it asks for a redraft (never a rate with a gap). */
function ofBudgetAsDrafted(d: Drafting, then: Part[]): Part[] {
  const b = d.result.form.budget;
  return [
    {
      kind: 'asDrafted',
      ...drafted(d, [
        [ref.form('fullYearBudget'), b.fullYearBudget],
        [ref.form('executed'), b.executed],
      ]),
      then,
      stale: stale(d),
    },
  ];
}

function lowExecution(d: Drafting): Part[] {
  const zh = d.lang === 'zh';
  return ofBudgetAsDrafted(d, [
    {
      kind: 'percent',
      num: ref.form('executed'),
      den: ref.form('fullYearBudget'),
      lead: zh ? '预算执行率为' : 'The execution rate was ',
      missing: '',
    },
    text(
      zh
        ? '，低于规定水平，部分资金未能按计划支出。'
        : ', below the required level: some funds were not spent as planned.',
    ),
  ]);
}

/** Spending above the budget (BUDGET_OVERSPENT) is a problem the report must own, and only the unit knows why. */
function overspent(d: Drafting): Part[] {
  const zh = d.lang === 'zh';
  return ofBudgetAsDrafted(d, [
    text(zh ? '全年执行数' : 'Spending of '),
    amountWithUnit(d, ref.form('executed'), fill(d, '全年执行数', 'the amount executed')),
    text(zh ? '，超过全年预算数' : ' exceeded the full-year budget of '),
    amountWithUnit(d, ref.form('fullYearBudget'), fill(d, '全年预算数', 'the full-year budget')),
    text(
      zh
        ? `，${mark(d.lang, 'fill', '超出预算支出的原因')}。`
        : `; ${mark(d.lang, 'fill', 'why spending exceeded the budget')}.`,
    ),
  ]);
}

function adjusted(d: Drafting): Part[] {
  const zh = d.lang === 'zh';
  return [
    text(zh ? '全年预算数' : 'The full-year budget was '),
    amountWithUnit(d, ref.form('fullYearBudget'), fill(d, '全年预算数', 'the full-year budget'), zh ? '，' : ', '),
    {
      kind: 'change',
      current: ref.form('fullYearBudget'),
      base: ref.form('initialBudget'),
      percent: true,
      words: changeWords(
        d.lang,
        'initialBudget',
        true,
        d.result.form.amountUnit,
        fill(d, '年初预算数', 'the initial budget'),
      ),
    },
    text(
      zh
        ? '，年中预算调整幅度较大，预算编制的准确性有待提高。'
        : ': a large mid-year adjustment; the initial budget should be more accurate.',
    ),
  ];
}

/** Why an actual far exceeded its target is the unit's to say: the form does not hold it, so it is only offered. */
function overachieved(d: Drafting): Part[] | undefined {
  const over = indicatorNames(d, (a) => a.overachieved);
  if (!over.length) return undefined;
  const names = quotedList(d, over);
  return [
    text(
      d.lang === 'zh'
        ? `部分指标实际完成值远超年度指标值：${names}，${mark(d.lang, 'confirm', '年度指标值设定偏低')}。`
        : `Some actuals far exceeded their targets: ${names}; ${mark(d.lang, 'confirm', 'the targets were set too low')}.`,
    ),
  ];
}

/** Section 五: a starting point for each kind of problem found. */
function steps(d: Drafting): string[] {
  const zh = d.lang === 'zh';
  const out: string[] = [];
  const assessed = verdicts(d).filter((a): a is Verdict => a !== undefined);
  if (assessed.some((a) => !a.met || a.overachieved || a.costAsCeiling))
    out.push(
      zh
        ? '科学合理设定绩效目标和指标值，细化、量化绩效指标，成本指标明确上限，对未达成的指标逐项分析原因并加以改进。'
        : 'Set realistic targets, make indicators specific and measurable, give cost indicators an explicit ceiling, and follow up every missed target.',
    );
  if (d.result.findings.some((f) => f.code === 'BUDGET_LOW_EXECUTION' || f.code === 'BUDGET_ADJUSTED'))
    out.push(
      zh
        ? '加强预算编制与执行管理，提高年初预算的准确性，加快预算执行进度。'
        : 'Budget more accurately at the start of the year and spend to plan.',
    );
  out.push(
    zh
      ? '加强绩效管理知识学习，提升绩效自评质量。'
      : 'Build up performance-management skills to improve the self-evaluation.',
  );
  return out;
}
