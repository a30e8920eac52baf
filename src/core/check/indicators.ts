import type { Entry, Form, Indicator } from '../model';
import type { RuleProfile } from '../profile';
import {
  fixed,
  isBlankText,
  isResidue,
  readEntry,
  readIndicatorEntry,
  readNumber,
  shown,
  type NumberRead,
} from '../numbers';
import { roundExcel } from '../round';
import { assessIndicator, type Assessment } from '../scoring';
import { ONE_CHARACTER_SIGNS, wordsBeforeFigure } from '../values';
import type { Band, ReadValue } from '../values/types';
import type { Collector } from './collector';

export interface IndicatorResult {
  index: number;
  name: string;
  weight?: number;
  statedScore?: number;
  /** The rule's verdict and score; only where the form gives a 分值 to score with. */
  assessment?: Assessment;
  /** Where it gives none: the verdict alone (rules.md: not met and overachieved need no 分值). */
  unscored?: Verdict;
}

/** Met, missed or far above, and the qualitative band: the rule's verdict, which needs no weight. */
export interface Verdict {
  met: boolean;
  overachieved: boolean;
  band?: { band: Band };
  costAsCeiling: boolean;
}

const BAND_NAME = {
  met: { zh: '达成年度指标', en: 'met' },
  partial: { zh: '部分达成年度指标并具有一定效果', en: 'partly met' },
  notMet: { zh: '未达成年度指标且效果较差', en: 'not met' },
};

/** A name or value quoted in a message: long texts (a 30,000-character cell) are cut, as the value reader cuts them. */
function brief(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > 30 ? `${one.slice(0, 30)}…` : one;
}

const q = (entry: Parameters<typeof shown>[0]) => brief(shown(entry));

/**
 * A target or actual in a message: a figure as written, its signs folded; words, and a figure with words before it
 * (完成时间为2022年12月30日), between “…”, as the drafted report writes them.
 */
function valueText(entry: Entry): string {
  const read = readEntry(entry);
  const text = [...q(entry)].map((ch) => ONE_CHARACTER_SIGNS.get(ch) ?? ch).join('');
  return read.kind === 'label' || read.kind === 'unreadable' || wordsBeforeFigure(read) ? `“${text}”` : text;
}

export function checkIndicators(form: Form, profile: RuleProfile, out: Collector): IndicatorResult[] {
  return form.indicators.map((ind) => checkIndicator(form, ind, profile, out));
}

type Assessed = Extract<Assessment, { ok: true }>;

/** One indicator row being checked: what names it in a message, and where its findings go. */
interface Row {
  ind: Indicator;
  /** The indicator's name as messages quote it (#3 when it has none). */
  who: string;
  out: Collector;
  /** Columns the reader could not find: each has one FIELD_MISSING of its own, which no row repeats. */
  absent: Set<string>;
  at: (cell?: string) => { cell?: string; indicator: string };
}

/** An indicator's target and actual as the findings (and the report checker's) name them. */
export const VALUE_NAME = {
  target: { zh: '年度指标值', en: 'target' },
  actual: { zh: '实际完成值', en: 'actual' },
} as const;

const readable = (kind: string) => kind === 'quantity' || kind === 'date' || kind === 'label';
/** Scores and weights are compared as the form shows them, to 0.01. */
const hundredths = (n: number) => roundExcel(n, 2);

function checkIndicator(form: Form, ind: Indicator, profile: RuleProfile, out: Collector): IndicatorResult {
  const who = brief(ind.name) || `#${ind.index}`;
  const row: Row = {
    ind,
    who,
    out,
    absent: new Set(form.absentColumns ?? []),
    at: (cell?: string) => ({ cell: cell ?? ind.nameCell, indicator: who }),
  };
  const result: IndicatorResult = { index: ind.index, name: who };
  if (isResidue({ value: ind.name })) nameIsResidue(row);
  // A row with values and no name still counts: which indicator it is must be said.
  else if (ind.name.trim() === '' && !row.absent.has('name')) out.missing('三级指标', ind.nameCell, who);
  const target = readIndicatorValue(row, 'target');
  const actual = readIndicatorValue(row, 'actual');
  const weight = readWeight(row);
  if (weight.ok) result.weight = weight.value;
  const stated = readStatedScore(row, weight);
  if (stated?.ok) result.statedScore = stated.value;
  checkScoreShare(row, weight, stated);
  if (!(readable(target.kind) && readable(actual.kind))) {
    residueNote(ind, who, out);
    return result;
  }
  // Not met and overachieved need no 分值: without one the indicator is assessed, but not scored.
  const assessment = assessIndicator(
    { level1: ind.level1, level2: ind.level2, target, actual, weight: weight.ok ? weight.value : 0, year: form.year },
    profile,
  );
  if (weight.ok) result.assessment = assessment;
  else if (assessment.ok) {
    const { met, overachieved, band, costAsCeiling } = assessment;
    result.unscored = { met, overachieved, costAsCeiling, ...(band ? { band: { band: band.band } } : {}) };
  }
  // A blank 得分 is reported only once the rule can score the indicator: otherwise its cause is reported instead.
  const scoreBlank = stated !== undefined && !stated.ok && stated.empty;
  if (scoreBlank && assessment.ok && weight.ok) out.blankScore(ind.statedScore?.cell, who);
  if (!assessment.ok) {
    reportUnassessable(row, assessment);
    residueNote(ind, who, out);
    return result;
  }
  reportOutcome(row, assessment, profile);
  const unexplained =
    weight.ok && stated?.ok ? checkStatedAgainstRule(row, assessment, weight.value, stated.value) : false;
  const scoreBelowWeight = weight.ok && stated?.ok === true && hundredths(stated.value) < hundredths(weight.value);
  checkDeviationNote(row, assessment, scoreBelowWeight, unexplained);
  return result;
}

function nameIsResidue({ ind, out, at }: Row): void {
  out.add(
    'IND_PLACEHOLDER',
    at(ind.nameCell),
    {
      zh: `三级指标名称“${ind.name}”是模板残留，请填写实际指标`,
      en: `the indicator name “${ind.name}” is template residue: name the real indicator`,
    },
    undefined,
    ind.name,
  );
}

/** Reads the target or the actual; reports it blank (or template residue) or unreadable. */
function readIndicatorValue({ ind, who, out, absent, at }: Row, which: 'target' | 'actual'): ReadValue {
  const value = readIndicatorEntry(ind, which);
  const name = VALUE_NAME[which];
  const cell = at(ind[which].cell);
  if (value.kind === 'empty' && !absent.has(which)) {
    const residue = value.placeholder === 'residue';
    out.add(
      which === 'target' ? 'IND_TARGET_MISSING' : 'IND_ACTUAL_MISSING',
      cell,
      {
        zh: `“${who}”的${name.zh}${residue ? `是模板残留“${value.text}”` : '未填写'}`,
        en: `the ${name.en} of “${who}” is ${residue ? `template residue “${value.text}”` : 'blank'}`,
      },
      undefined,
      value.text,
    );
  } else if (value.kind === 'unreadable') {
    out.add(
      'IND_UNREADABLE',
      cell,
      { zh: `“${who}”的${name.zh}${value.reason.zh}`, en: `the ${name.en} of “${who}”: ${value.reason.en}` },
      undefined,
      value.text,
    );
  }
  return value;
}

function readWeight({ ind, who, out, absent, at }: Row): NumberRead {
  const weight = readNumber(ind.weight);
  if (!weight.ok && !absent.has('weight')) {
    out.add(
      'IND_WEIGHT_MISSING',
      at(ind.weight.cell),
      {
        zh: `“${who}”的分值${weight.empty ? '未填写' : `“${weight.text}”不是数字`}`,
        en: `the weight of “${who}” is ${weight.empty ? 'blank' : `“${weight.text}”, not a number`}`,
      },
      undefined,
      weight.text,
    );
  }
  return weight;
}

/** Reads the stated 得分 (undefined when the form has no such column); reports it unreadable or above the weight. */
function readStatedScore({ ind, who, out, at }: Row, weight: NumberRead): NumberRead | undefined {
  if (!ind.statedScore) return undefined;
  const stated = readNumber(ind.statedScore);
  if (!stated.ok && !stated.empty) {
    out.add(
      'IND_UNREADABLE',
      at(ind.statedScore.cell),
      {
        zh: `“${who}”的得分“${stated.text}”不是数字`,
        en: `the score of “${who}”, “${stated.text}”, is not a number`,
      },
      undefined,
      stated.text,
    );
  }
  if (weight.ok && stated.ok && hundredths(stated.value) > hundredths(weight.value)) {
    out.add(
      'IND_SCORE_ABOVE_WEIGHT',
      at(ind.statedScore.cell),
      {
        zh: `“${who}”的得分 ${fixed(stated.value)} 高于分值 ${fixed(weight.value)}`,
        en: `the score of “${who}”, ${fixed(stated.value)}, is above its weight ${fixed(weight.value)}`,
      },
      fixed(weight.value),
      fixed(stated.value),
    );
  }
  return stated;
}

/**
 * 得分系数(%) (Chongqing): the form states the score twice, in points and as a share of the weight, and 指标权重 ×
 * 得分系数 must be the 指标得分 (within what the share's shown digits allow: 100% is 99.5%–100.5%). The higher of the two
 * is reported at its own cell, as IND_SCORE_TOO_HIGH (rules.md). A plain 92 under the (%) header is 92%; 0.92, a share.
 */
function checkScoreShare({ ind, who, out, at }: Row, weight: NumberRead, stated: NumberRead | undefined): void {
  if (!ind.scoreShare || !weight.ok || !(weight.value > 0) || !stated?.ok) return;
  const share = readNumber(ind.scoreShare);
  if (!share.ok) {
    if (!share.empty)
      out.add(
        'IND_UNREADABLE',
        at(ind.scoreShare.cell),
        {
          zh: `“${who}”的得分系数“${share.text}”不是数字`,
          en: `the score share (得分系数) of “${who}”, “${share.text}”, is not a number`,
        },
        undefined,
        share.text,
      );
    return;
  }
  const scale = !share.percent && share.value <= 1 ? 1 : 100;
  const half = 0.5 * 10 ** -share.decimals;
  const w = weight.value;
  const s = hundredths(stated.value);
  const shareText = q(ind.scoreShare);
  const given = (share.value / scale) * w;
  if (s > hundredths(((share.value + half) / scale) * w)) {
    out.add(
      'IND_SCORE_TOO_HIGH',
      at(ind.statedScore?.cell),
      {
        zh: `“${who}”的得分 ${fixed(s)} 高于指标权重 ${fixed(w)} × 得分系数 ${shareText} 的 ${fixed(given)}`,
        en: `the score of “${who}”, ${fixed(s)}, is above its weight ${fixed(w)} × its score share ${shareText}, ${fixed(given)}`,
      },
      fixed(given),
      fixed(s),
    );
  } else if (s < hundredths(((share.value - half) / scale) * w)) {
    const implied = `${fixed((s / w) * 100)}%`;
    out.add(
      'IND_SCORE_TOO_HIGH',
      at(ind.scoreShare.cell),
      {
        zh: `“${who}”的得分系数 ${shareText} 高于得分 ${fixed(s)} ÷ 指标权重 ${fixed(w)} 的 ${implied}`,
        en: `the score share (得分系数) of “${who}”, ${shareText}, is above its score ${fixed(s)} ÷ its weight ${fixed(w)}, ${implied}`,
      },
      implied,
      shareText,
    );
  }
}

/** Target and actual read, but not comparable: units that don't convert, or an actual in no qualitative band. */
function reportUnassessable({ ind, who, out, at }: Row, assessment: Extract<Assessment, { ok: false }>): void {
  if (assessment.problem === 'unitMismatch') {
    out.add(
      'IND_UNIT_MISMATCH',
      at(ind.actual.cell),
      {
        zh: `“${who}”的年度指标值与实际完成值单位不一致，无法换算（${assessment.detail}）`,
        en: `the target and actual of “${who}” are in units that don't convert (${assessment.detail})`,
      },
      shown(ind.target),
      shown(ind.actual),
    );
    return;
  }
  out.add(
    'IND_UNREADABLE',
    at(ind.actual.cell),
    {
      zh: `“${who}”的实际完成值“${assessment.detail}”无法对应到定性评价档次（达成/部分达成/未达成），也不同于年度指标值`,
      en: `the actual of “${who}”, “${assessment.detail}”, maps to no qualitative band (met / partly met / not met) and differs from the target`,
    },
    shown(ind.target),
    shown(ind.actual),
  );
}

/** How the actual stands against the target: a cost target read as a ceiling, not met, far above it. */
function reportOutcome({ ind, who, out, at }: Row, assessment: Assessed, profile: RuleProfile): void {
  if (assessment.costAsCeiling) {
    out.add(
      'IND_COST_AS_CEILING',
      at(ind.target.cell),
      {
        zh: `成本指标“${who}”的年度指标值“${q(ind.target)}”未写比较符号，按上限（≤）计算`,
        en: `the cost indicator “${who}” has no comparison in its target “${q(ind.target)}”: read as a ceiling (≤)`,
      },
      `≤${shown(ind.target)}`,
      shown(ind.target),
    );
  }
  if (!assessment.met) {
    const band = assessment.band && BAND_NAME[assessment.band.band];
    out.add(
      'IND_NOT_MET',
      at(ind.actual.cell),
      {
        zh: `“${who}”未达到年度指标值：指标值 ${valueText(ind.target)}，实际 ${valueText(ind.actual)}${band ? `，属“${band.zh}”档` : ''}`,
        en: `“${who}” missed its target: target ${valueText(ind.target)}, actual ${valueText(ind.actual)}${band ? ` (${band.en})` : ''}`,
      },
      shown(ind.target),
      shown(ind.actual),
    );
  }
  if (assessment.overachieved) {
    const line = fixed(profile.overachievement * 100, 0);
    out.add(
      'IND_OVERACHIEVED',
      at(ind.actual.cell),
      {
        zh: `“${who}”实际完成值 ${valueText(ind.actual)} 达到年度指标值 ${valueText(ind.target)} 的 ${line}% 以上，指标值可能设定偏低`,
        en: `“${who}” reached ${valueText(ind.actual)}, at least ${line}% of its target ${valueText(ind.target)}: the target may have been set too low`,
      },
      `<${line}% × ${shown(ind.target)}`,
      shown(ind.actual),
    );
  }
}

/**
 * A stated score within the weight, held to the rule: one hundredth over is 尾差, more is too high (above the band's
 * top or the rule score), less on a met indicator needs a reason. True when it reported a score lower than the rule
 * gives with no reason: that finding already asks for the deviation note.
 */
function checkStatedAgainstRule(
  { ind, who, out, at }: Row,
  assessment: Assessed,
  weight: number,
  stated: number,
): boolean {
  if (hundredths(stated) > hundredths(weight)) return false;
  const s = hundredths(stated);
  const max = assessment.band ? assessment.band.max : assessment.ruleScore;
  if (!assessment.band && s > max && hundredths(s - max) <= 0.01) {
    // One hundredth over a rule score computed from exact values: 尾差, a warning (rules.md).
    out.add(
      'ROUNDING_DIFFERENCE',
      at(ind.statedScore?.cell),
      {
        zh: `“${who}”的得分填的是 ${fixed(s)}，按规则计算为 ${fixed(max)}，末位相差一个单位（尾差）`,
        en: `the score of “${who}” is stated as ${fixed(s)}; the rule gives ${fixed(max)}: one unit of the last digit apart (rounding)`,
      },
      fixed(max),
      fixed(s),
    );
  } else if (s > max) {
    const band = assessment.band && BAND_NAME[assessment.band.band];
    const why = band
      ? { zh: `“${band.zh}”档的上限 ${fixed(max)}`, en: `the top of the “${band.en}” band, ${fixed(max)}` }
      : { zh: `按规则计算的 ${fixed(max)}`, en: `the rule score ${fixed(max)}` };
    out.add(
      'IND_SCORE_TOO_HIGH',
      at(ind.statedScore?.cell),
      {
        zh: `“${who}”的得分 ${fixed(s)} 高于${why.zh}`,
        en: `the score of “${who}”, ${fixed(s)}, is above ${why.en}`,
      },
      fixed(max),
      fixed(s),
    );
  } else if (assessment.met && s < assessment.ruleScore && isBlankText(ind.deviation)) {
    out.add(
      'IND_SCORE_UNEXPLAINED',
      at(ind.statedScore?.cell),
      {
        zh: `“${who}”已达到指标值，得分 ${fixed(s)} 却低于应得的 ${fixed(assessment.ruleScore)}，且未说明偏差原因`,
        en: `“${who}” met its target, yet its score ${fixed(s)} is below the rule score ${fixed(assessment.ruleScore)} with no deviation note`,
      },
      fixed(assessment.ruleScore),
      fixed(s),
    );
    return true;
  }
  return false;
}

/** Not met, far above the target or scored below the weight: the deviation note must say why. */
function checkDeviationNote(row: Row, assessment: Assessed, scoreBelowWeight: boolean, unexplained: boolean): void {
  const { ind, who, out, absent, at } = row;
  const needsReason = !assessment.met || assessment.overachieved || scoreBelowWeight;
  if (!needsReason || !isBlankText(ind.deviation) || unexplained || absent.has('deviation')) {
    residueNote(ind, who, out);
    return;
  }
  const because = !assessment.met
    ? { zh: '未达到年度指标值', en: 'missed its target' }
    : assessment.overachieved
      ? { zh: '大幅超出年度指标值', en: 'far exceeded its target' }
      : { zh: '得分低于分值', en: 'scored below its weight' };
  out.add(
    'IND_REASON_MISSING',
    at(ind.deviation?.cell ?? ind.nameCell),
    {
      zh: `“${who}”${because.zh}，须填写偏差原因分析及改进措施`,
      en: `“${who}” ${because.en}: the deviation note must explain it`,
    },
    undefined,
    shown(ind.deviation),
  );
}

function residueNote(ind: Indicator, who: string, out: Collector): void {
  if (!isResidue(ind.deviation)) return;
  out.add(
    'IND_PLACEHOLDER',
    { cell: ind.deviation?.cell, indicator: who },
    {
      zh: `“${who}”的偏差原因是模板残留“${q(ind.deviation)}”`,
      en: `the deviation note of “${who}” is template residue “${q(ind.deviation)}”`,
    },
    undefined,
    shown(ind.deviation),
  );
}
