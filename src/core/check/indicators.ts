import type { Form, Indicator } from '../model';
import type { RuleProfile } from '../profile';
import { fixed, isBlankText, isResidue, readEntry, readNumber, shown } from '../numbers';
import { roundExcel } from '../round';
import { assessIndicator, type Assessment } from '../scoring';
import type { Collector } from './collector';

export interface IndicatorResult {
  index: number;
  name: string;
  weight?: number;
  statedScore?: number;
  assessment?: Assessment;
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

export function checkIndicators(form: Form, profile: RuleProfile, out: Collector): IndicatorResult[] {
  return form.indicators.map((ind) => checkIndicator(form, ind, profile, out));
}

function checkIndicator(form: Form, ind: Indicator, profile: RuleProfile, out: Collector): IndicatorResult {
  const who = brief(ind.name) || `#${ind.index}`;
  const at = (cell?: string) => ({ cell: cell ?? ind.nameCell, indicator: who });
  const result: IndicatorResult = { index: ind.index, name: who };

  if (isResidue({ value: ind.name })) {
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

  const target = readEntry(ind.target);
  const actual = readEntry(ind.actual);
  // A column the reader could not find has one FIELD_MISSING of its own: no per-row finding repeats it.
  const absent = new Set(form.absentColumns ?? []);
  if (target.kind === 'empty' && !absent.has('target')) {
    out.add(
      'IND_TARGET_MISSING',
      at(ind.target.cell),
      {
        zh: `“${who}”的年度指标值${target.placeholder === 'residue' ? `是模板残留“${target.text}”` : '未填写'}`,
        en: `the target of “${who}” is ${target.placeholder === 'residue' ? `template residue “${target.text}”` : 'blank'}`,
      },
      undefined,
      target.text,
    );
  } else if (target.kind === 'unreadable') {
    out.add(
      'IND_UNREADABLE',
      at(ind.target.cell),
      { zh: `“${who}”的年度指标值${target.reason.zh}`, en: `the target of “${who}”: ${target.reason.en}` },
      undefined,
      target.text,
    );
  }
  if (actual.kind === 'empty' && !absent.has('actual')) {
    out.add(
      'IND_ACTUAL_MISSING',
      at(ind.actual.cell),
      {
        zh: `“${who}”的实际完成值${actual.placeholder === 'residue' ? `是模板残留“${actual.text}”` : '未填写'}`,
        en: `the actual of “${who}” is ${actual.placeholder === 'residue' ? `template residue “${actual.text}”` : 'blank'}`,
      },
      undefined,
      actual.text,
    );
  } else if (actual.kind === 'unreadable') {
    out.add(
      'IND_UNREADABLE',
      at(ind.actual.cell),
      { zh: `“${who}”的实际完成值${actual.reason.zh}`, en: `the actual of “${who}”: ${actual.reason.en}` },
      undefined,
      actual.text,
    );
  }

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
  if (weight.ok) result.weight = weight.value;

  const stated = ind.statedScore ? readNumber(ind.statedScore) : undefined;
  // A blank 得分 is reported only once the rule can score the indicator: otherwise its cause is reported instead.
  const scoreBlank = ind.statedScore !== undefined && stated !== undefined && !stated.ok && stated.empty;
  if (ind.statedScore && stated && !stated.ok && !stated.empty) {
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
  if (stated?.ok) result.statedScore = stated.value;
  if (weight.ok && stated?.ok && roundExcel(stated.value, 2) > roundExcel(weight.value, 2)) {
    out.add(
      'IND_SCORE_ABOVE_WEIGHT',
      at(ind.statedScore?.cell),
      {
        zh: `“${who}”的得分 ${fixed(stated.value)} 高于分值 ${fixed(weight.value)}`,
        en: `the score of “${who}”, ${fixed(stated.value)}, is above its weight ${fixed(weight.value)}`,
      },
      fixed(weight.value),
      fixed(stated.value),
    );
  }

  const readable = (k: string) => k === 'quantity' || k === 'date' || k === 'label';
  const hasReason = !isBlankText(ind.deviation);
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
  if (scoreBlank && assessment.ok && weight.ok) out.missing('得分', ind.statedScore?.cell, who);
  if (!assessment.ok) {
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
    } else {
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
    residueNote(ind, who, out);
    return result;
  }

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
    const bandText = assessment.band ? `，属“${BAND_NAME[assessment.band.band].zh}”档` : '';
    out.add(
      'IND_NOT_MET',
      at(ind.actual.cell),
      {
        zh: `“${who}”未达到年度指标值：指标值 ${q(ind.target)}，实际 ${q(ind.actual)}${bandText}`,
        en: `“${who}” missed its target: target ${q(ind.target)}, actual ${q(ind.actual)}${assessment.band ? ` (${BAND_NAME[assessment.band.band].en})` : ''}`,
      },
      shown(ind.target),
      shown(ind.actual),
    );
  }
  if (assessment.overachieved) {
    out.add(
      'IND_OVERACHIEVED',
      at(ind.actual.cell),
      {
        zh: `“${who}”实际完成值 ${q(ind.actual)} 达到年度指标值 ${q(ind.target)} 的 ${fixed(profile.overachievement * 100, 0)}% 以上，指标值可能设定偏低`,
        en: `“${who}” reached ${q(ind.actual)}, at least ${fixed(profile.overachievement * 100, 0)}% of its target ${q(ind.target)}: the target may have been set too low`,
      },
      `<${fixed(profile.overachievement * 100, 0)}% × ${shown(ind.target)}`,
      shown(ind.actual),
    );
  }

  let unexplained = false;
  if (weight.ok && stated?.ok && roundExcel(stated.value, 2) <= roundExcel(weight.value, 2)) {
    const s = roundExcel(stated.value, 2);
    const max = assessment.band ? assessment.band.max : assessment.ruleScore;
    if (!assessment.band && s > max && roundExcel(s - max, 2) <= 0.01) {
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
      const why = assessment.band
        ? {
            zh: `“${BAND_NAME[assessment.band.band].zh}”档的上限 ${fixed(max)}`,
            en: `the top of the “${BAND_NAME[assessment.band.band].en}” band, ${fixed(max)}`,
          }
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
    } else if (assessment.met && s < assessment.ruleScore && !hasReason) {
      unexplained = true;
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
    }
  }

  const scoreBelowWeight =
    weight.ok && stated?.ok === true && roundExcel(stated.value, 2) < roundExcel(weight.value, 2);
  const needsReason = !assessment.met || assessment.overachieved || scoreBelowWeight;
  if (needsReason && !hasReason && !unexplained && !absent.has('deviation')) {
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
  } else {
    residueNote(ind, who, out);
  }
  return result;
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
