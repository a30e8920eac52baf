import type { Form, Level1Group } from '../model';
import { level1Key, type RuleProfile } from '../profile';
import { fixed, isBlankText, isResidue, readNumber, shown } from '../numbers';
import { roundExcel } from '../round';
import { gradeOf, readGrade } from '../grade';
import type { IndicatorResult } from './indicators';
import type { Collector } from './collector';

/** Level-1 weights against the profile, level-3 weights against their level 1, all weights against 100. */
export function checkWeights(form: Form, profile: RuleProfile, indicators: IndicatorResult[], out: Collector): void {
  checkBudgetWeight(form, profile, out);
  for (const group of form.level1Groups) checkLevel1Weights(form, group, profile, indicators, out);
  checkWeightTotal(form, indicators, out);
}

/** The budget execution weight against the profile's 预算执行. */
function checkBudgetWeight(form: Form, profile: RuleProfile, out: Collector): void {
  const budgetWeight = readNumber(form.budget.weight);
  const expected = profile.level1Weights['预算执行'];
  if (!budgetWeight.ok || expected === undefined || roundExcel(budgetWeight.value, 2) === expected) return;
  out.add(
    'WEIGHTS_LEVEL1',
    { cell: form.budget.weight?.cell ?? form.budget.labelCell },
    {
      zh: `预算执行的分值 ${fixed(budgetWeight.value)} 与规则方案的 ${expected} 不同`,
      en: `the budget execution weight ${fixed(budgetWeight.value)} differs from the profile's ${expected}`,
    },
    fixed(expected),
    fixed(budgetWeight.value),
  );
}

/** A level-1 group's weight (as stated, else its indicators' sum) against the profile, and its indicators' sum. */
function checkLevel1Weights(
  form: Form,
  group: Level1Group,
  profile: RuleProfile,
  indicators: IndicatorResult[],
  out: Collector,
): void {
  const members = form.indicators
    .map((ind, i) => ({ ind, r: indicators[i] }))
    .filter(({ ind }) => ind.level1 === group.name);
  const memberWeightsKnown = members.every(({ r }) => r.weight !== undefined);
  const sum = roundExcel(
    members.reduce((s, { r }) => s + (r.weight ?? 0), 0),
    2,
  );
  const weight = group.declaredWeight ?? (memberWeightsKnown ? sum : undefined);
  const expected = profile.level1Weights[level1Key(group.name)];
  // A group without indicators yet (a blank template) has its weight still to come: the missing rows say so.
  if (weight !== undefined && expected !== undefined && members.length > 0 && roundExcel(weight, 2) !== expected) {
    // The weights under it are what the user changes (ZiPing's level-1 label adds them up by formula).
    out.add(
      'WEIGHTS_LEVEL1',
      { cell: members[0].ind.weight?.cell ?? group.cell },
      {
        zh: `一级指标“${group.name}”的分值 ${fixed(weight)} 与规则方案的 ${expected} 不同`,
        en: `the level-1 weight of “${group.name}”, ${fixed(weight)}, differs from the profile's ${expected}`,
      },
      fixed(expected),
      fixed(weight),
    );
  }
  if (
    group.declaredWeight !== undefined &&
    memberWeightsKnown &&
    members.length > 0 &&
    sum !== roundExcel(group.declaredWeight, 2)
  ) {
    out.add(
      'WEIGHTS_SUM',
      { cell: group.cell },
      {
        zh: `“${group.name}”下各三级指标分值合计 ${fixed(sum)}，不等于其分值 ${fixed(group.declaredWeight)}`,
        en: `the level-3 weights under “${group.name}” add up to ${fixed(sum)}, not to its weight ${fixed(group.declaredWeight)}`,
      },
      fixed(group.declaredWeight),
      fixed(sum),
    );
  }
}

/** Every weight, budget execution's and each indicator's, against 100; only when all of them are numbers. */
function checkWeightTotal(form: Form, indicators: IndicatorResult[], out: Collector): void {
  const budgetWeight = readNumber(form.budget.weight);
  if (!budgetWeight.ok || indicators.length === 0 || indicators.some((r) => r.weight === undefined)) return;
  const total = roundExcel(indicators.reduce((s, r) => s + (r.weight ?? 0), 0) + budgetWeight.value, 2);
  if (total === 100) return;
  out.add(
    'WEIGHTS_SUM',
    { cell: form.statedTotal?.cell ?? form.totalLabelCell ?? form.budget.weight?.cell },
    {
      zh: `全部分值（预算执行与各三级指标）合计 ${fixed(total)}，不等于 100`,
      en: `all weights (budget execution and every indicator) add up to ${fixed(total)}, not 100`,
    },
    '100.00',
    fixed(total),
  );
}

/** 总分 against the stated scores; skipped when a stated score is missing (that has its own finding). */
export function checkTotal(form: Form, indicators: IndicatorResult[], out: Collector): void {
  // No 总分 row: the reader reported it, on the cell where it was looked for.
  if (!form.statedTotal) return;
  const stated = readNumber(form.statedTotal);
  if (!stated.ok) {
    if (stated.empty) out.missing('总分', form.statedTotal?.cell ?? form.totalLabelCell);
    else
      out.add(
        'FIELD_MISSING',
        { cell: form.statedTotal?.cell },
        { zh: `总分“${stated.text}”不是数字`, en: `the total “${stated.text}” is not a number` },
        '总分',
        stated.text,
      );
    return;
  }
  const budgetScore = readNumber(form.budget.statedScore);
  if (!budgetScore.ok || indicators.some((r) => r.statedScore === undefined)) return;
  const sum = roundExcel(indicators.reduce((s, r) => s + (r.statedScore ?? 0), 0) + budgetScore.value, 2);
  if (sum !== roundExcel(stated.value, 2)) {
    out.add(
      'TOTAL_WRONG',
      { cell: form.statedTotal?.cell },
      {
        zh: `总分应为各项得分之和 ${fixed(sum)}，填的是 ${fixed(stated.value)}`,
        en: `the total should be the sum of the stated scores, ${fixed(sum)}; the form says ${fixed(stated.value)}`,
      },
      fixed(sum),
      fixed(stated.value),
    );
  }
}

const ITEM_MARK =
  /(^|[\n;。])[\s\u3000]*(?:(?:目标|任务)[\s\u3000]*)?(?:\([\s\u3000]*(?:\d{1,2}|[一二三四五六七八九十]{1,2})[\s\u3000]*\)|(?:\d{1,2}|[一二三四五六七八九十]{1,2})[\s\u3000]*[.:、)](?!\d))/g;

/**
 * A goal text as its words, for telling whether the achieved side repeats the planned one: NFKC, no white space
 * or punctuation between the words, and no list mark before an item (目标1: · 1. · 1、 · 一、 · (1) · ①), so that a plan copied under other numbering
 * (目标1:… → 1.…, ah-xuancheng-dzj-2021) is the same text. A number inside an item (完成3061户, 1.5亿) stays, and so
 * does a mark between two numbers (3、5号楼 is not 35号楼).
 */
function goalWords(text: string): string {
  return text
    .replace(/[\u2460-\u2473]/g, '\n')
    .normalize('NFKC')
    .replace(ITEM_MARK, '$1')
    .replace(/(?<=\d)[,:、](?=\d)/g, '·')
    .replace(/[\s;:,!?。、]|\.(?!\d)/g, '');
}

/** 预期目标 and 实际完成情况: present, more than a number, and not the same text twice (list marks aside). */
export function checkGoal(form: Form, out: Collector): void {
  const { planned, achieved, labelCell, place, unplaced } = form.goal;
  if (!planned && !achieved && !labelCell) {
    if (unplaced) out.missingLabel('年度总体目标', unplaced, 'form');
    else if (place) out.missingGoal(place);
    else out.missing('年度总体目标', form.anchorCell);
    return;
  }
  const sides = [
    { entry: planned, zh: '预期目标', en: 'the planned goal' },
    { entry: achieved, zh: '实际完成情况', en: 'the achieved goal' },
  ];
  for (const side of sides) {
    const text = shown(side.entry);
    const cell = side.entry?.cell ?? labelCell ?? planned?.cell ?? achieved?.cell ?? form.anchorCell;
    if (isBlankText(side.entry) || isResidue(side.entry)) {
      out.add(
        'GOAL_MISSING',
        { cell },
        { zh: `年度总体目标的“${side.zh}”未填写`, en: `${side.en} of the overall goal is blank` },
        undefined,
        text,
      );
    } else if (/^[\d\s.,%，。、\-—]+$/.test(text.normalize('NFKC'))) {
      out.add(
        'GOAL_MISSING',
        { cell },
        {
          zh: `年度总体目标的“${side.zh}”只有数字“${text}”，应写明目标内容`,
          en: `${side.en} of the overall goal is only a number, “${text}”`,
        },
        undefined,
        text,
      );
    }
  }
  const p = shown(planned);
  if (p && !isBlankText(planned) && goalWords(p) === goalWords(shown(achieved))) {
    out.add(
      'GOAL_MISSING',
      { cell: achieved?.cell ?? labelCell ?? form.anchorCell },
      {
        zh: '年度总体目标的“实际完成情况”与“预期目标”完全相同，应写明实际完成了什么',
        en: 'the achieved goal repeats the planned goal word for word: say what was achieved',
      },
      undefined,
      shown(achieved),
    );
  }
}

/** The unit's (or project's) name. */
export function checkHeader(form: Form, out: Collector): void {
  const [label, name] = form.kind === 'department' ? ['预算部门名称', form.unit] : ['项目名称', form.project?.name];
  if (!isBlankText(name)) return;
  if (!name && form.unplacedName) out.missingLabel(label, form.unplacedName);
  else out.missing(label, name?.cell ?? form.anchorCell);
}

/** The stated 自评等级 against the stated 总分 (a total that cannot be read has its own finding). */
export function checkGrade(form: Form, out: Collector): void {
  if (!form.statedGrade) return;
  const total = readNumber(form.statedTotal);
  if (!total.ok) return;
  const want = gradeOf(total.value);
  const text = shown(form.statedGrade);
  if (readGrade(text) === want) return;
  out.add(
    'GRADE_WRONG',
    { cell: form.statedGrade.cell },
    text
      ? {
          zh: `自评等级“${text}”与总分 ${fixed(total.value)} 不符：应为“${want}”`,
          en: `the grade “${text}” does not match the total ${fixed(total.value)}: it should be ${want}`,
        }
      : {
          zh: `自评等级未填写：总分 ${fixed(total.value)} 应为“${want}”`,
          en: `the grade is blank: a total of ${fixed(total.value)} is ${want}`,
        },
    want,
    text,
  );
}
