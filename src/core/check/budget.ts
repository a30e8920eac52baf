import type { BreakdownPart, BudgetBlock, BudgetColumn, Form } from '../model';
import type { RuleProfile } from '../profile';
import { fixed, readNumber, shown, type NumberRead } from '../numbers';
import { roundExcel } from '../round';
import { scoreBudget, type BudgetResult } from '../budgetScore';
import type { Collector } from './collector';

const COLUMN_LABEL: Record<BudgetColumn, string> = {
  initialBudget: '年初预算数',
  fullYearBudget: '全年预算数',
  executed: '全年执行数',
};

/** Checks the 年度资金总额 row and its breakdowns; returns the rule rate and score where they can be computed. */
export function checkBudget(form: Form, profile: RuleProfile, out: Collector): BudgetResult | undefined {
  const b = form.budget;
  // No 年度资金总额 row at all: the reader has said so (FIELD_MISSING), and there is nothing to check.
  if (b.labelCell === undefined) return undefined;
  const unit = form.amountUnit;
  const full = readNumber(b.fullYearBudget, unit);
  const executed = readNumber(b.executed, unit);
  const initial = readNumber(b.initialBudget, unit);

  const fullValue = full.ok ? full.value : undefined;
  if (!full.ok && !full.empty) unreadableFigure(out, '全年预算数', b.fullYearBudget?.cell ?? b.labelCell, full.text);
  // One cause, one finding: a block with no amount anywhere (a page that shows only the rates) is one gap, not one
  // per blank cell, total and parts alike.
  if (
    !full.ok &&
    full.empty &&
    !executed.ok &&
    executed.empty &&
    b.fullYearBudget &&
    b.executed &&
    !breakdownMoney(form)
  ) {
    reportNoAmounts(b, out);
    reportWeight(b, out);
    return undefined;
  }
  const totalEmpty = !fullValue && checkNoBudget(form, full, executed, out);
  if (!executed.ok) {
    // No 全年执行数 column at all: the reader has said so, once.
    if (executed.empty) {
      if (b.executed) out.missing('全年执行数', b.executed.cell ?? b.labelCell);
    } else unreadableFigure(out, '全年执行数', b.executed?.cell, executed.text);
  }
  if (!initial.ok && !initial.empty) unreadableFigure(out, '年初预算数', b.initialBudget?.cell, initial.text);

  if (fullValue && executed.ok) checkOverspent(fullValue, executed.value, b, out);
  if (fullValue && initial.ok && b.initialBudget) checkAdjustment(initial.value, fullValue, profile, b, out);

  // One cause, one finding: parts that cannot add up to an empty total are that finding, not another.
  if (!totalEmpty) {
    checkBreakdown(form, 'income', b.byIncome, { full, executed, initial }, out);
    checkBreakdown(form, 'spending', b.bySpending, { full, executed, initial }, out);
  }

  if (!full.ok || !fullValue || !executed.ok) {
    reportWeight(b, out);
    return undefined;
  }
  // The rate and its checks need no 分值; only the score does.
  const rate = executed.value / fullValue;
  const weight = reportWeight(b, out);
  const result = weight !== undefined ? scoreBudget(fullValue, executed.value, weight, profile) : undefined;
  const allowed = allowedRange(full, executed, weight ?? 0, unit, profile);
  checkStatedRate(rate, allowed, b, out);
  if (result) checkStatedScore(result.ruleScore, allowed, b, out);
  if (rate < profile.lowExecutionRate) reportLowExecution(rate, profile, b, out);
  return result;
}

/**
 * A full-year budget blank or 0: when the breakdown rows hold money and nothing was executed, the total was left
 * empty (true); otherwise no rate can be computed.
 */
function checkNoBudget(form: Form, full: NumberRead, executed: NumberRead, out: Collector): boolean {
  const b = form.budget;
  const cell = { cell: b.fullYearBudget?.cell ?? b.labelCell };
  const executedValue = executed.ok ? executed.value : 0;
  // Which of the two it is, as the cell shows it: the reader need not guess between blank and 0.
  const state = full.ok
    ? { zh: `为 ${fixed(full.value)}`, en: `is ${fixed(full.value)}` }
    : full.empty
      ? { zh: '未填写', en: 'is blank' }
      : { zh: '不是数字', en: 'is not a number' };
  if (breakdownMoney(form) && !executedValue) {
    out.add('BUDGET_TOTAL_EMPTY', cell, {
      zh: `年度资金总额${state.zh}，但其下的分项填有金额：应填写各分项的合计`,
      en: `the budget total ${state.en} while its breakdown rows hold money: it should be their sum`,
    });
    return true;
  }
  if (full.ok || (full.empty && b.fullYearBudget)) {
    out.add(
      'BUDGET_MISSING',
      cell,
      {
        zh: `全年预算数${state.zh}，无法计算执行率`,
        en: `the full-year budget ${state.en}: no execution rate can be computed`,
      },
      undefined,
      shown(b.fullYearBudget),
    );
  }
  return false;
}

function breakdownMoney(form: Form): boolean {
  return [...form.budget.byIncome, ...form.budget.bySpending].some((p) => partTotal(p, form.amountUnit) > 0);
}

/** 全年预算数 and 全年执行数 both blank, and no part holding money: BUDGET_MISSING, naming both cells. */
function reportNoAmounts(b: BudgetBlock, out: Collector): void {
  const cells = [b.fullYearBudget?.cell, b.executed?.cell].filter((c): c is string => !!c);
  const where = cells.length > 0 ? `（${cells.join('、')}）` : '';
  const whereEn = cells.length > 0 ? ` (${cells.join(', ')})` : '';
  out.add(
    'BUDGET_MISSING',
    { cell: b.fullYearBudget?.cell ?? b.labelCell },
    {
      zh: `全年预算数与全年执行数均未填写${where}，无法计算执行率`,
      en: `the full-year budget and the amount executed are both blank${whereEn}: no execution rate can be computed`,
    },
    undefined,
    '',
  );
}

function checkOverspent(full: number, executed: number, b: BudgetBlock, out: Collector): void {
  if (roundExcel(executed, 2) <= roundExcel(full, 2)) return;
  out.add(
    'BUDGET_OVERSPENT',
    { cell: b.executed?.cell ?? b.labelCell },
    {
      zh: `全年执行数 ${fixed(executed)} 超过全年预算数 ${fixed(full)}`,
      en: `executed ${fixed(executed)} exceeds the full-year budget ${fixed(full)}`,
    },
    fixed(full),
    fixed(executed),
  );
}

function reportLowExecution(rate: number, profile: RuleProfile, b: BudgetBlock, out: Collector): void {
  const pct = `${fixed(rate * 100)}%`;
  const line = `${fixed(profile.lowExecutionRate * 100, 0)}%`;
  out.add(
    'BUDGET_LOW_EXECUTION',
    { cell: b.executed?.cell ?? b.labelCell },
    {
      zh: `预算执行率 ${pct} 低于 ${line}，自评报告须说明原因`,
      en: `execution rate ${pct} is below ${line}: the report must explain it`,
    },
    `≥${line}`,
    pct,
  );
}

/** The budget's 分值, reported when blank or not a number; a column the reader did not find it has reported itself. */
function reportWeight(b: BudgetBlock, out: Collector): number | undefined {
  if (!b.weight) return undefined;
  const weight = readNumber(b.weight);
  if (weight.ok) return weight.value;
  if (weight.empty) out.missing('分值', b.weight.cell ?? b.labelCell);
  else unreadableFigure(out, '分值', b.weight.cell, weight.text, false);
  return undefined;
}

/** A budget figure that is no number: an amount (全年预算数, a part), or a plain number (分值, 执行率, 得分). */
function unreadableFigure(out: Collector, label: string, cell: string | undefined, text: string, amount = true): void {
  out.add(
    'FIELD_MISSING',
    { cell },
    {
      zh: `“${label}”应为${amount ? '金额' : ''}数字，实为“${text}”`,
      en: `“${label}” should be ${amount ? 'an amount' : 'a number'}, found “${text}”`,
    },
    label,
    text,
  );
}

function checkAdjustment(initial: number, full: number, profile: RuleProfile, b: BudgetBlock, out: Collector): void {
  const share = initial > 0 ? Math.abs(full - initial) / initial : full > 0 ? Infinity : 0;
  if (share <= profile.budgetAdjustmentShare) return;
  const direction = full > initial ? { zh: '追加', en: 'increased' } : { zh: '调减', en: 'reduced' };
  // From an initial budget of 0 there is no share to give: the amount says it all (never （—）).
  const pct = Number.isFinite(share)
    ? { zh: `（${fixed(share * 100)}%）`, en: ` (${fixed(share * 100)}%)` }
    : { zh: '', en: '' };
  out.add(
    'BUDGET_ADJUSTED',
    { cell: b.fullYearBudget?.cell },
    {
      zh: `全年预算数 ${fixed(full)} 较年初预算数 ${fixed(initial)} ${direction.zh} ${fixed(Math.abs(full - initial))}${pct.zh}，自评报告须说明调整原因`,
      en: `the full-year budget ${fixed(full)} ${direction.en} by ${fixed(Math.abs(full - initial))}${pct.en} from the initial ${fixed(initial)}: the report must explain the adjustment`,
    },
    fixed(initial),
    fixed(full),
  );
}

/** The rates and scores the inputs allow: exact inputs allow one; amounts in 万元 are rounded at their last digit. */
interface Allowed {
  rate: { low: number; high: number };
  score: { low: number; high: number };
}

function allowedRange(
  full: Extract<NumberRead, { ok: true }>,
  executed: Extract<NumberRead, { ok: true }>,
  weight: number,
  unit: Form['amountUnit'],
  profile: RuleProfile,
): Allowed | undefined {
  // 万元 and 亿元 figures are 元 figures rounded to the shown digit (two decimals at least); 元 figures are exact.
  if (unit === '元') return undefined;
  const half = (d: number) => 0.5 * 10 ** -Math.max(d, 2);
  const low = scoreBudget(
    full.value + half(full.decimals),
    Math.max(0, executed.value - half(executed.decimals)),
    weight,
    profile,
  );
  const high = scoreBudget(full.value - half(full.decimals), executed.value + half(executed.decimals), weight, profile);
  if (!low || !high) return undefined;
  return {
    rate: { low: low.rate, high: high.rate },
    score: { low: low.ruleScore, high: high.ruleScore },
  };
}

/**
 * How a stated figure compares with the rule's, at the precision it was written with: 'right' (equal, or inside the
 * range rounded inputs allow), 'tail' (one unit of its last digit outside: 尾差), or 'wrong'.
 */
function verdict(
  stated: number,
  exact: number,
  decimals: number,
  range?: { low: number; high: number },
): 'right' | 'tail' | 'wrong' {
  const unit = 10 ** -decimals;
  const s = roundExcel(stated, decimals);
  const low = roundExcel(range ? Math.min(range.low, exact) : exact, decimals);
  const high = roundExcel(range ? Math.max(range.high, exact) : exact, decimals);
  if (s >= low - 1e-9 && s <= high + 1e-9) return 'right';
  const distance = s < low ? low - s : s - high;
  return distance <= unit + 1e-9 ? 'tail' : 'wrong';
}

function roundingDifference(
  out: Collector,
  cell: string | undefined,
  what: { zh: string; en: string },
  expected: string,
  found: string,
): void {
  out.add(
    'ROUNDING_DIFFERENCE',
    { cell },
    {
      zh: `${what.zh}填的是 ${found}，按规则计算为 ${expected}，末位相差一个单位（尾差）`,
      en: `${what.en} is stated as ${found}; the rule gives ${expected}: one unit of the last digit apart (rounding)`,
    },
    expected,
    found,
  );
}

function checkStatedRate(rate: number, allowed: Allowed | undefined, b: BudgetBlock, out: Collector): void {
  if (!b.statedRate) return;
  const stated = readNumber(b.statedRate);
  if (!stated.ok) {
    if (stated.empty) out.missing('执行率', b.statedRate?.cell ?? b.labelCell);
    else unreadableFigure(out, '执行率', b.statedRate?.cell, stated.text, false);
    return;
  }
  // A rate typed as a plain number: under a header saying (%) a percentage; elsewhere up to 1.5 a ratio (0.96),
  // above it a percentage (96).
  const inPercent = stated.percent || b.statedRateInPercent === true || stated.value > 1.5;
  const statedPct = inPercent ? stated.value : stated.value * 100;
  const decimals = Math.min(10, inPercent ? stated.decimals : Math.max(0, stated.decimals - 2));
  const computed = roundExcel(rate * 100, decimals);
  const range = allowed && { low: allowed.rate.low * 100, high: allowed.rate.high * 100 };
  const judged = verdict(statedPct, rate * 100, decimals, range);
  if (judged === 'right') return;
  if (judged === 'tail') {
    roundingDifference(
      out,
      b.statedRate?.cell,
      { zh: '执行率', en: 'the execution rate' },
      `${fixed(computed, decimals)}%`,
      shown(b.statedRate),
    );
    return;
  }
  out.add(
    'BUDGET_RATE_WRONG',
    { cell: b.statedRate?.cell },
    {
      zh: `执行率应为 ${fixed(computed, decimals)}%（全年执行数 ÷ 全年预算数），填的是 ${shown(b.statedRate)}`,
      en: `the execution rate should be ${fixed(computed, decimals)}% (executed ÷ full-year budget), the form says ${shown(b.statedRate)}`,
    },
    `${fixed(computed, decimals)}%`,
    shown(b.statedRate),
  );
}

function checkStatedScore(ruleScore: number, allowed: Allowed | undefined, b: BudgetBlock, out: Collector): void {
  if (!b.statedScore) return;
  const stated = readNumber(b.statedScore);
  if (!stated.ok) {
    if (stated.empty) out.blankScore(b.statedScore?.cell ?? b.labelCell);
    else unreadableFigure(out, '得分', b.statedScore?.cell, stated.text, false);
    return;
  }
  // Scores compare at 0.01, whatever the precision typed: a full 10 for 9.58 is not rounding.
  const judged = verdict(stated.value, ruleScore, 2, allowed?.score);
  if (judged === 'right') return;
  if (judged === 'tail') {
    roundingDifference(
      out,
      b.statedScore?.cell,
      { zh: '预算执行得分', en: 'the budget score' },
      fixed(ruleScore),
      fixed(stated.value),
    );
    return;
  }
  const diff = roundExcel(stated.value - ruleScore, 2);
  if (diff > 0) {
    out.add(
      'BUDGET_SCORE_TOO_HIGH',
      { cell: b.statedScore?.cell },
      {
        zh: `预算执行得分 ${fixed(stated.value)} 高于按执行率计算的 ${fixed(ruleScore)}`,
        en: `the budget score ${fixed(stated.value)} is above the rule score ${fixed(ruleScore)}`,
      },
      fixed(ruleScore),
      fixed(stated.value),
    );
  } else if (diff < 0) {
    out.add(
      'BUDGET_SCORE_LOW',
      { cell: b.statedScore?.cell },
      {
        zh: `预算执行得分 ${fixed(stated.value)} 低于按执行率计算的 ${fixed(ruleScore)}`,
        en: `the budget score ${fixed(stated.value)} is below the rule score ${fixed(ruleScore)}`,
      },
      fixed(ruleScore),
      fixed(stated.value),
    );
  }
}

interface Totals {
  full: NumberRead;
  executed: NumberRead;
  initial: NumberRead;
}

function partTotal(part: BreakdownPart, unit: Form['amountUnit']): number {
  const values = [part.amount, ...Object.values(part.columns ?? {})].map((e) => readNumber(e, unit));
  return values.reduce((sum, v) => sum + (v.ok ? Math.abs(v.value) : 0), 0);
}

const BREAKDOWN_NAME = {
  income: { zh: '按收入性质分', en: 'by income' },
  spending: { zh: '按支出性质分', en: 'by spending' },
  projectSpending: {
    zh: '资金来源（当年财政拨款、上年结转资金、其他资金）',
    en: 'funding (current-year appropriation, carry-over, other funds)',
  },
};

/** Where the user types a part's amount: its amount cell, else its first column's, else beside its label. */
function inputCell(part: BreakdownPart): string | undefined {
  return part.amount?.cell ?? Object.values(part.columns ?? {}).find((e) => e?.cell)?.cell ?? part.labelCell;
}

function checkBreakdown(
  form: Form,
  which: 'income' | 'spending',
  parts: BreakdownPart[],
  totals: Totals,
  out: Collector,
): void {
  if (parts.length === 0) return;
  const code = which === 'income' ? 'BUDGET_INCOME_SUM' : 'BUDGET_SPENDING_SUM';
  const name = which === 'spending' && form.kind === 'project' ? BREAKDOWN_NAME.projectSpending : BREAKDOWN_NAME[which];
  const unit = form.amountUnit;
  for (const part of parts) {
    for (const entry of [part.amount, ...Object.values(part.columns ?? {})]) {
      const v = readNumber(entry, unit);
      if (entry && !v.ok && !v.empty) unreadableFigure(out, part.label, entry.cell, v.text);
    }
  }
  const filled = parts.filter((p) => p.amount !== undefined || Object.keys(p.columns ?? {}).length > 0);
  const anyValue = parts.some((p) => [p.amount, ...Object.values(p.columns ?? {})].some((e) => readNumber(e, unit).ok));
  if (!anyValue) {
    out.missing(name.zh, inputCell(filled[0] ?? parts[0]));
    return;
  }
  const perColumn = parts.some((p) => p.columns && Object.keys(p.columns).length > 0);
  const sum = (pick: (p: BreakdownPart) => ReturnType<typeof readNumber>) =>
    roundExcel(
      parts.reduce((s, p) => {
        const v = pick(p);
        return s + (v.ok ? v.value : 0);
      }, 0),
      2,
    );
  const cellOf = (p: BreakdownPart, col?: BudgetColumn) =>
    (col ? p.columns?.[col]?.cell : p.amount?.cell) ?? p.labelCell;

  if (!perColumn) {
    const total = sum((p) => readNumber(p.amount, unit));
    const candidates = [totals.full, totals.executed].filter((t): t is Extract<NumberRead, { ok: true }> => t.ok);
    if (candidates.length === 0) return;
    if (candidates.some((t) => roundExcel(t.value, 2) === total)) return;
    const expected = candidates
      .map((t) => fixed(t.value))
      .filter((v, i, all) => all.indexOf(v) === i)
      .join(' / ');
    out.add(
      code,
      { cell: cellOf(parts[0]) },
      {
        zh: `${name.zh}各项合计 ${fixed(total)}，与年度资金总额 ${expected} 不符`,
        en: `the parts ${name.en} add up to ${fixed(total)}, not to the budget total ${expected}`,
      },
      expected,
      fixed(total),
    );
    return;
  }
  for (const col of ['initialBudget', 'fullYearBudget', 'executed'] as const) {
    const totalRead = col === 'fullYearBudget' ? totals.full : col === 'executed' ? totals.executed : totals.initial;
    if (!totalRead.ok) continue;
    if (!parts.some((p) => p.columns?.[col] !== undefined && readNumber(p.columns[col], unit).ok)) continue;
    const total = sum((p) => readNumber(p.columns?.[col], unit));
    if (total === roundExcel(totalRead.value, 2)) continue;
    out.add(
      code,
      { cell: cellOf(parts[0], col) },
      {
        zh: `${name.zh}各项的${COLUMN_LABEL[col]}合计 ${fixed(total)}，与年度资金总额的 ${fixed(totalRead.value)} 不符`,
        en: `the parts ${name.en} add up to ${fixed(total)} in ${COLUMN_LABEL[col]}, not to the total's ${fixed(totalRead.value)}`,
      },
      fixed(totalRead.value),
      fixed(total),
    );
  }
}
