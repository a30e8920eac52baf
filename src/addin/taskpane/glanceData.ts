import { parseA1, rangeA1 } from '../../core/cells';
import { enclosing, type Rect } from '../../app/region';
import { gradeOf, type Grade } from '../../core/grade';
import type { Entry } from '../../core/model';
import { readNumber } from '../../core/numbers';
import { roundExcel } from '../../core/round';
import { ruleTotal, type FormResult } from '../../core/workbook';

/** One bar of the glance: a 一级指标 (or 预算执行), its 分值, its score by the rules, and the rows it stands on. */
export interface GlanceBar {
  name: string;
  weight: number;
  score: number;
  /** The A1 range of its rows, selected when the bar is clicked. */
  range?: string;
}

/** The form at a glance: the total against 100 with its grade, the execution rate, one bar per 一级指标. */
export interface GlanceData {
  total?: number;
  grade?: Grade;
  /** 全年执行数 ÷ 全年预算数. */
  rate?: number;
  bars: GlanceBar[];
}

/** What the glance shows of a checked form, every score by the rules (where a rule score is missing, the stated one). */
export function glanceOf(result: FormResult): GlanceData {
  const { form, check } = result;
  const bars: GlanceBar[] = [];
  const budgetWeight = readNumber(form.budget.weight);
  if (budgetWeight.ok)
    bars.push({
      name: '预算执行',
      weight: budgetWeight.value,
      score: check.budget?.ruleScore ?? 0,
      range: span([form.budget.labelCell, form.budget.statedScore?.cell]),
    });
  for (const group of form.level1Groups) {
    const members = form.indicators
      .map((ind, i) => ({ ind, r: check.indicators[i] }))
      .filter(({ ind }) => ind.level1 === group.name);
    if (members.length === 0) continue;
    const sum = (pick: (m: (typeof members)[number]) => number | undefined) =>
      roundExcel(
        members.reduce((s, m) => s + (pick(m) ?? 0), 0),
        2,
      );
    bars.push({
      name: group.name,
      weight: sum(({ r }) => r?.weight),
      score: sum(({ r }) => (r?.assessment?.ok ? r.assessment.ruleScore : r?.statedScore)),
      range: span([
        group.cell,
        ...members.flatMap(({ ind }) => [ind.nameCell, cellOf(ind.deviation) ?? cellOf(ind.statedScore)]),
      ]),
    });
  }
  const stated = readNumber(form.statedTotal);
  const total = ruleTotal(check) ?? (stated.ok ? stated.value : undefined);
  return {
    total,
    grade: total === undefined ? undefined : gradeOf(total),
    rate: check.budget?.rate,
    bars,
  };
}

function cellOf(entry: Entry | undefined): string | undefined {
  return entry?.cell;
}

/** The smallest range holding the given cells. */
function span(cells: (string | undefined)[]): string | undefined {
  const at = cells
    .map((c) => (c ? parseA1(c) : undefined))
    .filter((p): p is { row: number; col: number } => p !== undefined)
    .map((p): Rect => ({ top: p.row, left: p.col, bottom: p.row, right: p.col }));
  return at.length === 0 ? undefined : rangeA1(enclosing(at));
}
