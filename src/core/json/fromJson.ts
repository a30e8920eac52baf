import type { CellValue } from '../cells';
import type { BreakdownKey, BreakdownPart, Entry, Form, Indicator, Level1Group } from '../model';

type Json = Record<string, unknown>;

/**
 * Reads a form given as JSON in the shape of fixtures/lukou-2022.json. Every value keeps its JSON path as its
 * "cell", so that findings name the field. Anything of the wrong type is kept as text for the checks to report.
 */
export function formFromJson(data: unknown, sheet: string): Form | { error: { zh: string; en: string } } {
  const error = notAForm(data);
  if (error) return { error };
  const root = data as Json;
  const kind = typeof root.form === 'string' && /project/i.test(root.form) ? 'project' : 'department';
  const budget = obj(root.budget);
  const { indicators, groups } = indicatorsFrom(root.indicators);
  const goal = obj(root.overallGoal);
  const year = typeof root.year === 'number' ? root.year : Number.parseInt(text(root.year), 10);
  return {
    kind,
    sheet,
    year: Number.isFinite(year) ? year : undefined,
    unit: optional(root.unit, 'unit'),
    project: kind === 'project' ? { name: optional(root.projectName ?? root.project, 'projectName') } : undefined,
    amountUnit: root.amountUnit === '元' || root.amountUnit === '亿元' ? root.amountUnit : '万元',
    budget: {
      labelCell: 'budget',
      initialBudget: optional(budget.initialBudget, 'budget.initialBudget'),
      fullYearBudget: entry(budget.fullYearBudget, 'budget.fullYearBudget'),
      executed: entry(budget.executed, 'budget.executed'),
      weight: entry(budget.weight, 'budget.weight'),
      statedRate: entry(budget.statedExecutionRate ?? budget.statedRate, 'budget.statedExecutionRate'),
      statedScore: entry(budget.statedScore, 'budget.statedScore'),
      ...breakdownFrom(budget),
    },
    goal: {
      planned: entry(goal.planned, 'overallGoal.planned'),
      achieved: entry(goal.achieved, 'overallGoal.achieved'),
      labelCell: 'overallGoal',
    },
    level1Groups: groups,
    indicators,
    statedTotal: entry(root.statedTotal, 'statedTotal'),
    ...(root.statedGrade !== undefined ? { statedGrade: entry(root.statedGrade, 'statedGrade') } : {}),
    totalLabelCell: 'statedTotal',
  };
}

/** Why the JSON is no form: not an object, or neither budget nor indicators. */
function notAForm(data: unknown): { zh: string; en: string } | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { zh: '不是自评表 JSON：顶层应为对象', en: 'not a form in JSON: the top level must be an object' };
  if (!('budget' in data) && !('indicators' in data))
    return {
      zh: '不是自评表 JSON：缺少 budget 和 indicators',
      en: 'not a form in JSON: it has neither budget nor indicators',
    };
  return undefined;
}

const obj = (v: unknown): Json => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : {});
const entry = (v: unknown, path: string): Entry => ({ cell: path, value: cellValue(v) });
const optional = (v: unknown, path: string): Entry | undefined => (v === undefined ? undefined : entry(v, path));

/** The breakdown rows given: by income (部门), by spending (基本/项目 for a department, 当年/结转/其他 for a project). */
function breakdownFrom(budget: Json): { byIncome: BreakdownPart[]; bySpending: BreakdownPart[] } {
  const income = obj(budget.byIncome);
  const spending = obj(budget.byExpenditure ?? budget.bySpending);
  const part = (source: Json, base: string, name: string, key: BreakdownKey, label: string) =>
    name in source
      ? { key, label, labelCell: `${base}.${name}`, amount: entry(source[name], `${base}.${name}`) }
      : undefined;
  const given = (parts: (BreakdownPart | undefined)[]) => parts.filter((p): p is BreakdownPart => p !== undefined);
  const spendingBase = 'byExpenditure' in budget ? 'budget.byExpenditure' : 'budget.bySpending';
  return {
    byIncome: given([
      part(income, 'budget.byIncome', 'generalPublicBudget', 'generalPublicBudget', '一般公共预算'),
      part(income, 'budget.byIncome', 'governmentFund', 'governmentFund', '政府性基金拨款'),
      part(income, 'budget.byIncome', 'specialAccountNonTax', 'specialAccountNonTax', '纳入专户管理的非税收入拨款'),
      part(income, 'budget.byIncome', 'other', 'otherFunds', '其他资金'),
    ]),
    bySpending: given([
      part(spending, spendingBase, 'basic', 'basic', '基本支出'),
      part(spending, spendingBase, 'project', 'project', '项目支出'),
      part(spending, spendingBase, 'currentYearAppropriation', 'currentYearAppropriation', '当年财政拨款'),
      part(spending, spendingBase, 'carryOver', 'carryOver', '上年结转资金'),
      part(spending, spendingBase, 'other', 'otherFunds', '其他资金'),
    ]),
  };
}

/** The indicators, and their level-1 groups in the order they first appear (the weight the first one declares). */
function indicatorsFrom(raw: unknown): { indicators: Indicator[]; groups: Level1Group[] } {
  const groups = new Map<string, Level1Group>();
  const indicators = (Array.isArray(raw) ? raw : []).map((item, i): Indicator => {
    const r = obj(item);
    const path = `indicators[${i}]`;
    const level1 = text(r.level1);
    if (!groups.has(level1)) {
      groups.set(level1, {
        name: level1,
        declaredWeight: typeof r.level1Weight === 'number' ? r.level1Weight : undefined,
        cell: `${path}.level1Weight`,
      });
    }
    return {
      index: i + 1,
      level1,
      level1Cell: `${path}.level1`,
      level2: text(r.level2),
      name: text(r.name),
      nameCell: `${path}.name`,
      target: entry(r.target, `${path}.target`),
      actual: entry(r.actual, `${path}.actual`),
      weight: entry(r.weight, `${path}.weight`),
      statedScore: entry(r.statedScore, `${path}.statedScore`),
      deviation: entry(r.deviation, `${path}.deviation`),
    };
  });
  return { indicators, groups: [...groups.values()] };
}

function cellValue(v: unknown): CellValue {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return JSON.stringify(v);
}

function text(v: unknown): string {
  return typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';
}
