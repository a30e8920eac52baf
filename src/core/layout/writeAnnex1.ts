import { a1, type CellValue, type GridCell, type MergedRange } from '../cells';
import { formKindOf, type FormData, type Typed } from '../formData';
import { DEFAULT_PROFILE, type RuleProfile } from '../profile';
import { roundExcel } from '../round';
import { budgetScoreFormula, executionRateFormula, scoreBudget } from '../budgetScore';
import type { CellStyle, CellValidation, SheetPlan } from './sheetPlan';
import type { BudgetField, IndicatorField } from './annex1';
import { BREAKDOWN, BUDGET_HEADER, BUDGET_TOTAL, GOAL, HEADER_FIELDS, INDICATOR_HEADER, TITLES } from './annex1';

/** Where each value of the written form stands, for the add-in's formulas, recomputation and flags. */
export interface Annex1Positions {
  budget: Record<BudgetField, string>;
  breakdown: Record<string, string>;
  goal: { planned: string; achieved: string };
  indicators: Record<'target' | 'actual' | 'weight' | 'statedScore' | 'deviation' | 'name', string>[];
  total: { weight: string; score: string };
  unit: string;
}

export interface Annex1Sheet extends SheetPlan {
  positions: Annex1Positions;
}

const HEADER_FILL = '#F2F2F2';
const AMOUNT = '#,##0.00';
const POINTS = '0.00';
const QUALITATIVE = ['达成年度指标', '部分达成年度指标并具有一定效果', '未达成年度指标且效果较差', '是', '否'];

/** Columns of the indicator table as ZiPing writes them (A is the vertical 绩效指标 label). */
const TABLE: IndicatorField[] = ['level1', 'level2', 'name', 'target', 'actual', 'weight', 'statedScore', 'deviation'];
const BUDGET_COLUMNS: BudgetField[] = [
  'initialBudget',
  'fullYearBudget',
  'executed',
  'weight',
  'statedRate',
  'statedScore',
];
const WIDTH = 9;

/** Lays out Annex 1 like the official form: the one layout ZiPing writes, and reads back by its labels. */
export function layoutAnnex1(
  data: FormData,
  sheetName = 'Sheet1',
  profile: RuleProfile = DEFAULT_PROFILE,
): Annex1Sheet {
  const kind = formKindOf(data);
  const amountUnit = data.amountUnit ?? '万元';
  const cells: (GridCell | undefined)[][] = [];
  const merges: MergedRange[] = [];
  const put = (row: number, col: number, value: CellValue | undefined, numFmt?: string) => {
    (cells[row] ??= [])[col] = { value: value ?? null, ...(numFmt ? { numFmt } : {}) };
    return a1(row, col);
  };
  const merge = (top: number, left: number, bottom: number, right: number) => {
    if (bottom > top || right > left) merges.push({ top, left, bottom, right });
  };
  const label = (row: number, left: number, right: number, text: string, bottom = row) => {
    put(row, left, text);
    merge(row, left, bottom, right);
  };
  const formula = (address: string, f: string, value: CellValue) => {
    const m = /^([A-Z]+)(\d+)$/.exec(address)!;
    const cell = cells[Number(m[2]) - 1][m[1].charCodeAt(0) - 65]!;
    cell.formula = f;
    cell.value = value;
  };
  const styles: { range: string; style: CellStyle }[] = [];
  const style = (top: number, left: number, bottom: number, right: number, st: CellStyle) =>
    styles.push({
      range: top === bottom && left === right ? a1(top, left) : `${a1(top, left)}:${a1(bottom, right)}`,
      style: st,
    });
  const validations: CellValidation[] = [];

  put(0, 0, kind === 'department' ? '附件1' : '附件3');
  label(1, 0, WIDTH - 1, TITLES[kind]);
  label(2, 0, 4, '填报单位：（盖章）');
  label(2, 5, WIDTH - 1, data.year ? `（${data.year}年度）` : '（    年度）');
  let r = 3;
  let unitCell: string;
  if (kind === 'department') {
    label(r, 0, 1, HEADER_FIELDS.unit.label);
    unitCell = put(r, 2, data.unit ?? null);
    merge(r, 2, r, WIDTH - 1);
    r++;
  } else {
    label(r, 0, 1, HEADER_FIELDS.projectName.label);
    unitCell = put(r, 2, data.projectName ?? null);
    merge(r, 2, r, WIDTH - 1);
    r++;
    label(r, 0, 1, HEADER_FIELDS.projectDepartment.label);
    put(r, 2, data.department ?? data.unit ?? null);
    merge(r, 2, r, 4);
    label(r, 5, 5, HEADER_FIELDS.projectImplementer.label);
    put(r, 6, data.implementer ?? null);
    merge(r, 6, r, WIDTH - 1);
    r++;
  }

  // Budget block: header, 年度资金总额, breakdown rows.
  const budgetTop = r;
  const breakdownRows = kind === 'department' ? 5 : 3;
  label(budgetTop, 0, 0, `年度预算申请（${amountUnit}）`, budgetTop + 1 + breakdownRows);
  label(r, 1, 2, '');
  BUDGET_COLUMNS.forEach((key, i) => put(r, 3 + i, BUDGET_HEADER.find((h) => h.key === key)!.label));
  r++;
  label(r, 1, 2, BUDGET_TOTAL.label);
  const b = data.budget;
  const budgetValues: Record<BudgetField, Typed | undefined> = {
    initialBudget: b.initialBudget,
    fullYearBudget: b.fullYearBudget,
    executed: b.executed,
    weight: b.weight,
    statedRate: b.statedExecutionRate,
    statedScore: b.statedScore,
  };
  const budget = {} as Record<BudgetField, string>;
  BUDGET_COLUMNS.forEach((key, i) => {
    const fmt = key === 'statedRate' ? '0.00%' : key === 'weight' || key === 'statedScore' ? POINTS : AMOUNT;
    const value = key === 'statedRate' || key === 'statedScore' ? null : (budgetValues[key] ?? null);
    budget[key] = put(r, 3 + i, value, fmt);
  });
  // Excel computes the rate and the score itself, so the sheet stays right without the add-in.
  const budgetCells = { fullYearBudget: budget.fullYearBudget, executed: budget.executed, weight: budget.weight };
  const number = (v: Typed | undefined) => (typeof v === 'number' ? v : NaN);
  const weightN = number(b.weight);
  const scored = Number.isFinite(number(b.executed))
    ? scoreBudget(number(b.fullYearBudget), number(b.executed), weightN, profile)
    : undefined;
  formula(budget.statedRate, executionRateFormula(budgetCells), scored?.rate ?? null);
  formula(
    budget.statedScore,
    budgetScoreFormula(budgetCells, profile.capExecutionScore),
    scored && Number.isFinite(weightN) ? scored.ruleScore : null,
  );
  const budgetRow = r;
  r++;
  const breakdown: Record<string, string> = {};
  if (kind === 'department') {
    label(r, 1, 4, '按收入性质分：');
    label(r, 5, WIDTH - 1, '按支出性质分：');
    r++;
    const income = [
      ['generalPublicBudget', 'generalPublicBudget'],
      ['governmentFund', 'governmentFund'],
      ['specialAccountNonTax', 'specialAccountNonTax'],
      ['other', 'otherFunds'],
    ] as const;
    const spending = [
      ['basic', 'basic'],
      ['project', 'project'],
    ] as const;
    for (let i = 0; i < 4; i++) {
      const [field, key] = income[i];
      const text = BREAKDOWN.find((s) => s.key === key)!.label;
      label(r, 1, 3, i === 0 ? `其中：${text}` : text);
      breakdown[field] = put(r, 4, b.byIncome?.[field] ?? null, AMOUNT);
      if (i < spending.length) {
        const [sField, sKey] = spending[i];
        const sText = BREAKDOWN.find((s) => s.key === sKey)!.label;
        label(r, 5, 7, i === 0 ? `其中：${sText}` : sText);
        breakdown[sField] = put(r, 8, b.byExpenditure?.[sField] ?? null, AMOUNT);
      }
      r++;
    }
  } else {
    const parts = [
      ['currentYearAppropriation', 'currentYearAppropriation'],
      ['carryOver', 'carryOver'],
      ['other', 'otherFunds'],
    ] as const;
    parts.forEach(([field, key], i) => {
      const text = BREAKDOWN.find((s) => s.key === key)!.label;
      label(r, 1, 2, i === 0 ? `其中：${text}` : text);
      breakdown[field] = put(r, 4, b.byExpenditure?.[field] ?? null, AMOUNT);
      r++;
    });
  }

  label(r, 0, 0, GOAL.heading.label, r + 1);
  label(r, 1, 4, GOAL.planned.label);
  label(r, 5, WIDTH - 1, GOAL.achieved.label);
  r++;
  const goal = {
    planned: put(r, 1, data.overallGoal.planned ?? null),
    achieved: put(r, 5, data.overallGoal.achieved ?? null),
  };
  merge(r, 1, r, 4);
  merge(r, 5, r, WIDTH - 1);
  r++;

  const headerRow = r;
  const rows = data.indicators.length;
  label(headerRow, 0, 0, '绩效指标', headerRow + Math.max(rows, 1));
  TABLE.forEach((key, i) => put(headerRow, 1 + i, INDICATOR_HEADER.find((h) => h.key === key)!.label));
  r++;
  const indicators: Annex1Positions['indicators'] = [];
  const level1Runs: { row: number; span: number; name: string; weight?: number }[] = [];
  data.indicators.forEach((ind, i) => {
    const row = r + i;
    const prev = data.indicators[i - 1];
    if (!prev || prev.level1 !== ind.level1) {
      const span = countRun(data.indicators, i, (x) => x.level1);
      const weight = ind.level1Weight !== undefined ? `\n（${ind.level1Weight}分）` : '';
      label(row, 1, 1, `${ind.level1}${weight}`, row + span - 1);
      level1Runs.push({ row, span, name: ind.level1, weight: ind.level1Weight });
    }
    if (!prev || prev.level2 !== ind.level2 || prev.level1 !== ind.level1) {
      const span = countRun(data.indicators, i, (x) => `${x.level1}/${x.level2}`);
      label(row, 2, 2, ind.level2, row + span - 1);
    }
    indicators.push({
      name: put(row, 3, ind.name),
      target: put(row, 4, ind.target ?? null, '@'),
      actual: put(row, 5, ind.actual ?? null, '@'),
      weight: put(row, 6, ind.weight ?? null, POINTS),
      statedScore: put(row, 7, ind.statedScore ?? null, POINTS),
      deviation: put(row, 8, ind.deviation ?? null),
    });
  });
  const first = r;
  const last = r + Math.max(rows, 1) - 1;
  r = last + 1;
  // The level-1 label shows the sum of its weights, so that it follows what the user types.
  for (const run of level1Runs) {
    const range = `G${run.row + 1}:G${run.row + run.span}`;
    const sum = data.indicators
      .slice(run.row - first, run.row - first + run.span)
      .reduce((s, x) => s + (typeof x.weight === 'number' ? x.weight : 0), 0);
    formula(
      a1(run.row, 1),
      `"${run.name}"&CHAR(10)&"（"&SUM(${range})&"分）"`,
      `${run.name}\n（${roundExcel(sum, 2)}分）`,
    );
  }
  label(r, 0, 5, '总分');
  const total = { weight: put(r, 6, null, POINTS), score: put(r, 7, null, POINTS) };
  put(r, 8, null);
  const weightSum =
    data.indicators.reduce((s, x) => s + (typeof x.weight === 'number' ? x.weight : 0), 0) +
    (Number.isFinite(weightN) ? weightN : 0);
  formula(total.weight, `${budget.weight}+SUM(G${first + 1}:G${last + 1})`, roundExcel(weightSum, 2));
  const stated = data.indicators.map((x) => x.statedScore);
  const budgetScore = cells[budgetRow][8]?.value;
  formula(
    total.score,
    `N(${budget.statedScore})+SUM(H${first + 1}:H${last + 1})`,
    roundExcel(
      stated.reduce<number>((s, x) => s + (typeof x === 'number' ? x : 0), 0) +
        (typeof budgetScore === 'number' ? budgetScore : 0),
      2,
    ),
  );

  // Looks: title, headers, grid lines, wrapping.
  style(1, 0, 1, WIDTH - 1, { bold: true, fontSize: 16, horizontal: 'Center' });
  style(3, 0, r, WIDTH - 1, { grid: true, wrap: true, vertical: 'Center' });
  style(budgetTop, 0, budgetTop, WIDTH - 1, { bold: true, horizontal: 'Center', fill: HEADER_FILL });
  style(budgetTop, 0, budgetTop + 1 + breakdownRows, 0, { bold: true, horizontal: 'Center' });
  style(headerRow, 0, headerRow, WIDTH - 1, { bold: true, horizontal: 'Center', fill: HEADER_FILL });
  style(headerRow, 0, r, 0, { bold: true, horizontal: 'Center' });
  style(r, 0, r, WIDTH - 1, { bold: true });

  const col = (letter: string) => `${letter}${first + 1}:${letter}${last + 1}`;
  const amountCells = [budget.initialBudget, budget.fullYearBudget, budget.executed, ...Object.values(breakdown)];
  for (const cell of amountCells) {
    validations.push({
      range: cell,
      rule: { kind: 'decimal', min: 0 },
      prompt: { title: '金额', message: `请输入金额（${amountUnit}），不小于 0。` },
    });
  }
  validations.push({
    range: budget.weight,
    rule: { kind: 'decimal', min: 0, max: 100 },
    prompt: { title: '分值', message: '预算执行的分值，默认 10 分。' },
  });
  if (rows > 0) {
    validations.push({
      range: col('G'),
      rule: { kind: 'decimal', min: 0, max: 100 },
      prompt: { title: '分值', message: '该三级指标的分值（0–100）。' },
    });
    validations.push({
      range: col('F'),
      rule: { kind: 'list', items: QUALITATIVE },
      prompt: {
        title: '实际完成值',
        message: '填写实际完成的数值（如 19个、96%、2022-12-31），定性指标可从下拉列表选择。',
      },
    });
    validations.push({
      range: col('H'),
      rule: { kind: 'decimal', min: 0, max: 100 },
      prompt: { title: '得分', message: '留空由 ZiPing 按规则计算；自行填写的得分将按规则检查。' },
    });
  }

  return {
    grid: { name: sheetName, cells, merges },
    styles,
    columnWidths: [6, 12, 12, 22, 14, 14, 8, 8, 36],
    validations,
    print: { landscape: true, fitToPagesWide: 1, titleRows: `$${headerRow + 1}:$${headerRow + 1}` },
    positions: { budget, breakdown, goal, indicators, total, unit: unitCell },
  };
}

function countRun<T>(items: T[], start: number, key: (item: T) => string): number {
  let n = 1;
  while (start + n < items.length && key(items[start + n]) === key(items[start])) n++;
  return n;
}
