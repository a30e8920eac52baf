import { a1, type CellValue, type GridCell, type MergedRange } from '../cells';
import { formKindOf, type FormData, type Typed } from '../formData';
import { DEFAULT_PROFILE, type RuleProfile } from '../profile';
import { roundExcel } from '../round';
import { budgetScoreFormula, executionRateFormula, scoreBudget } from '../budgetScore';
import type { CellStyle, CellValidation, SheetPlan } from './sheetPlan';
import type { BudgetField, IndicatorField } from './annex1';
import { BREAKDOWN, BUDGET_HEADER, BUDGET_TOTAL, GOAL, HEADER_FIELDS, INDICATOR_HEADER, TITLES } from './annex1';

/** Where each value of the written form stands, for the add-in's formulas, recomputation and flags. */
interface Annex1Positions {
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

type Kind = ReturnType<typeof formKindOf>;
type BudgetCells = Record<BudgetField, string>;

/** A sheet being laid out: its cells, merged areas, styles and validations. Rows and columns count from 0. */
class SheetWriter {
  readonly cells: (GridCell | undefined)[][] = [];
  readonly merges: MergedRange[] = [];
  readonly styles: { range: string; style: CellStyle }[] = [];
  readonly validations: CellValidation[] = [];

  /** Writes a value (in a number format) and returns the cell's address. */
  put(row: number, col: number, value: CellValue | undefined, numFmt?: string): string {
    (this.cells[row] ??= [])[col] = { value: value ?? null, ...(numFmt ? { numFmt } : {}) };
    return a1(row, col);
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    if (bottom > top || right > left) this.merges.push({ top, left, bottom, right });
  }

  /** A text over merged cells. */
  label(row: number, left: number, right: number, text: string, bottom = row): void {
    this.put(row, left, text);
    this.merge(row, left, bottom, right);
  }

  /** Gives a written cell a formula, with the value Excel would compute for it. */
  formula(address: string, formula: string, value: CellValue): void {
    const cell = this.cellAt(address);
    cell.formula = formula;
    cell.value = value;
  }

  valueAt(address: string): CellValue {
    return this.cellAt(address).value;
  }

  style(top: number, left: number, bottom: number, right: number, style: CellStyle): void {
    const range = top === bottom && left === right ? a1(top, left) : `${a1(top, left)}:${a1(bottom, right)}`;
    this.styles.push({ range, style });
  }

  private cellAt(address: string): GridCell {
    const m = /^([A-Z]+)(\d+)$/.exec(address)!;
    return this.cells[Number(m[2]) - 1][m[1].charCodeAt(0) - 65]!;
  }
}

/** Lays out Annex 1 like the official form: the one layout ZiPing writes, and reads back by its labels. */
export function layoutAnnex1(
  data: FormData,
  sheetName = 'Sheet1',
  profile: RuleProfile = DEFAULT_PROFILE,
): Annex1Sheet {
  const kind = formKindOf(data);
  const amountUnit = data.amountUnit ?? '万元';
  const sheet = new SheetWriter();
  const heading = writeHeading(sheet, data, kind);
  const budget = writeBudget(sheet, heading.next, data, kind, amountUnit, profile);
  const goal = writeGoal(sheet, budget.next, data);
  const table = writeIndicatorTable(sheet, goal.next, data);
  const totalRow = table.last + 1;
  const total = writeTotal(sheet, totalRow, data, budget.cells, table);
  styleForm(sheet, { budgetTop: budget.top, budgetBottom: budget.next - 1, headerRow: table.headerRow, totalRow });
  validateInputs(sheet, budget.cells, budget.breakdown, table, amountUnit);
  return {
    grid: { name: sheetName, cells: sheet.cells, merges: sheet.merges },
    styles: sheet.styles,
    columnWidths: [6, 12, 12, 22, 14, 14, 8, 8, 36],
    validations: sheet.validations,
    print: { landscape: true, fitToPagesWide: 1, titleRows: `$${table.headerRow + 1}:$${table.headerRow + 1}` },
    positions: {
      budget: budget.cells,
      breakdown: budget.breakdown,
      goal: goal.cells,
      indicators: table.indicators,
      total,
      unit: heading.unit,
    },
  };
}

/** 附件1 or 附件3, the title, the unit and year; a project form also names its department and implementer. */
function writeHeading(sheet: SheetWriter, data: FormData, kind: Kind): { unit: string; next: number } {
  sheet.put(0, 0, kind === 'department' ? '附件1' : '附件3');
  sheet.label(1, 0, WIDTH - 1, TITLES[kind]);
  sheet.label(2, 0, 4, '填报单位：（盖章）');
  sheet.label(2, 5, WIDTH - 1, data.year ? `（${data.year}年度）` : '（    年度）');
  const r = 3;
  if (kind === 'department') {
    sheet.label(r, 0, 1, HEADER_FIELDS.unit.label);
    const unit = sheet.put(r, 2, data.unit ?? null);
    sheet.merge(r, 2, r, WIDTH - 1);
    return { unit, next: r + 1 };
  }
  sheet.label(r, 0, 1, HEADER_FIELDS.projectName.label);
  const unit = sheet.put(r, 2, data.projectName ?? null);
  sheet.merge(r, 2, r, WIDTH - 1);
  sheet.label(r + 1, 0, 1, HEADER_FIELDS.projectDepartment.label);
  sheet.put(r + 1, 2, data.department ?? data.unit ?? null);
  sheet.merge(r + 1, 2, r + 1, 4);
  sheet.label(r + 1, 5, 5, HEADER_FIELDS.projectImplementer.label);
  sheet.put(r + 1, 6, data.implementer ?? null);
  sheet.merge(r + 1, 6, r + 1, WIDTH - 1);
  return { unit, next: r + 2 };
}

const number = (v: Typed | undefined) => (typeof v === 'number' ? v : NaN);

/** The budget block: its header, the 年度资金总额 row with Excel's own rate and score, then the breakdown rows. */
function writeBudget(
  sheet: SheetWriter,
  top: number,
  data: FormData,
  kind: Kind,
  amountUnit: string,
  profile: RuleProfile,
): { cells: BudgetCells; breakdown: Record<string, string>; top: number; next: number } {
  const breakdownRows = kind === 'department' ? 5 : 3;
  sheet.label(top, 0, 0, `年度预算申请（${amountUnit}）`, top + 1 + breakdownRows);
  sheet.label(top, 1, 2, '');
  BUDGET_COLUMNS.forEach((key, i) => sheet.put(top, 3 + i, BUDGET_HEADER.find((h) => h.key === key)!.label));
  const cells = writeBudgetTotal(sheet, top + 1, data, profile);
  const breakdown: Record<string, string> = {};
  const next =
    kind === 'department'
      ? writeDepartmentBreakdown(sheet, top + 2, data.budget, breakdown)
      : writeProjectBreakdown(sheet, top + 2, data.budget, breakdown);
  return { cells, breakdown, top, next };
}

/** The 年度资金总额 row: the amounts as given; the rate and the score are formulas, with the values Excel computes. */
function writeBudgetTotal(sheet: SheetWriter, r: number, data: FormData, profile: RuleProfile): BudgetCells {
  sheet.label(r, 1, 2, BUDGET_TOTAL.label);
  const b = data.budget;
  const values: Record<BudgetField, Typed | undefined> = {
    initialBudget: b.initialBudget,
    fullYearBudget: b.fullYearBudget,
    executed: b.executed,
    weight: b.weight,
    statedRate: b.statedExecutionRate,
    statedScore: b.statedScore,
  };
  const cells = {} as BudgetCells;
  BUDGET_COLUMNS.forEach((key, i) => {
    const fmt = key === 'statedRate' ? '0.00%' : key === 'weight' || key === 'statedScore' ? POINTS : AMOUNT;
    const value = key === 'statedRate' || key === 'statedScore' ? null : (values[key] ?? null);
    cells[key] = sheet.put(r, 3 + i, value, fmt);
  });
  // Excel computes the rate and the score itself, so the sheet stays right without the add-in.
  const inputs = { fullYearBudget: cells.fullYearBudget, executed: cells.executed, weight: cells.weight };
  const weight = number(b.weight);
  const scored = Number.isFinite(number(b.executed))
    ? scoreBudget(number(b.fullYearBudget), number(b.executed), weight, profile)
    : undefined;
  sheet.formula(cells.statedRate, executionRateFormula(inputs), scored?.rate ?? null);
  sheet.formula(
    cells.statedScore,
    budgetScoreFormula(inputs, profile.capExecutionScore),
    scored && Number.isFinite(weight) ? scored.ruleScore : null,
  );
  return cells;
}

/** 按收入性质分 (four rows) beside 按支出性质分 (two); returns the row after them. */
function writeDepartmentBreakdown(
  sheet: SheetWriter,
  r: number,
  b: FormData['budget'],
  breakdown: Record<string, string>,
): number {
  sheet.label(r, 1, 4, '按收入性质分：');
  sheet.label(r, 5, WIDTH - 1, '按支出性质分：');
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
    sheet.label(r, 1, 3, breakdownLabel(key, i));
    breakdown[field] = sheet.put(r, 4, b.byIncome?.[field] ?? null, AMOUNT);
    if (i < spending.length) {
      const [sField, sKey] = spending[i];
      sheet.label(r, 5, 7, breakdownLabel(sKey, i));
      breakdown[sField] = sheet.put(r, 8, b.byExpenditure?.[sField] ?? null, AMOUNT);
    }
    r++;
  }
  return r;
}

/** 当年财政拨款, 上年结转, 其他资金; returns the row after them. */
function writeProjectBreakdown(
  sheet: SheetWriter,
  r: number,
  b: FormData['budget'],
  breakdown: Record<string, string>,
): number {
  const parts = [
    ['currentYearAppropriation', 'currentYearAppropriation'],
    ['carryOver', 'carryOver'],
    ['other', 'otherFunds'],
  ] as const;
  parts.forEach(([field, key], i) => {
    sheet.label(r, 1, 2, breakdownLabel(key, i));
    breakdown[field] = sheet.put(r, 4, b.byExpenditure?.[field] ?? null, AMOUNT);
    r++;
  });
  return r;
}

/** A breakdown row's label; the first of a list opens with 其中：. */
function breakdownLabel(key: string, i: number): string {
  const text = BREAKDOWN.find((s) => s.key === key)!.label;
  return i === 0 ? `其中：${text}` : text;
}

/** The 总体目标 block: planned and achieved side by side. */
function writeGoal(sheet: SheetWriter, r: number, data: FormData): { cells: Annex1Positions['goal']; next: number } {
  sheet.label(r, 0, 0, GOAL.heading.label, r + 1);
  sheet.label(r, 1, 4, GOAL.planned.label);
  sheet.label(r, 5, WIDTH - 1, GOAL.achieved.label);
  const row = r + 1;
  const cells = {
    planned: sheet.put(row, 1, data.overallGoal.planned ?? null),
    achieved: sheet.put(row, 5, data.overallGoal.achieved ?? null),
  };
  sheet.merge(row, 1, row, 4);
  sheet.merge(row, 5, row, WIDTH - 1);
  return { cells, next: row + 1 };
}

interface IndicatorTable {
  indicators: Annex1Positions['indicators'];
  headerRow: number;
  /** The first and last rows of the table's body (one empty row when there is no indicator). */
  first: number;
  last: number;
  rows: number;
}

/** The indicator table: its header, one row per indicator, the level-1 and level-2 names merged over their runs. */
function writeIndicatorTable(sheet: SheetWriter, headerRow: number, data: FormData): IndicatorTable {
  const rows = data.indicators.length;
  sheet.label(headerRow, 0, 0, '绩效指标', headerRow + Math.max(rows, 1));
  TABLE.forEach((key, i) => sheet.put(headerRow, 1 + i, INDICATOR_HEADER.find((h) => h.key === key)!.label));
  const first = headerRow + 1;
  const indicators: Annex1Positions['indicators'] = [];
  const level1Runs: Level1Run[] = [];
  data.indicators.forEach((ind, i) => {
    const row = first + i;
    const prev = data.indicators[i - 1];
    if (!prev || prev.level1 !== ind.level1) {
      const span = countRun(data.indicators, i, (x) => x.level1);
      const weight = ind.level1Weight !== undefined ? `\n（${ind.level1Weight}分）` : '';
      sheet.label(row, 1, 1, `${ind.level1}${weight}`, row + span - 1);
      level1Runs.push({ row, span, name: ind.level1 });
    }
    if (!prev || prev.level2 !== ind.level2 || prev.level1 !== ind.level1) {
      const span = countRun(data.indicators, i, (x) => `${x.level1}/${x.level2}`);
      sheet.label(row, 2, 2, ind.level2, row + span - 1);
    }
    indicators.push({
      name: sheet.put(row, 3, ind.name),
      target: sheet.put(row, 4, ind.target ?? null, '@'),
      actual: sheet.put(row, 5, ind.actual ?? null, '@'),
      weight: sheet.put(row, 6, ind.weight ?? null, POINTS),
      statedScore: sheet.put(row, 7, ind.statedScore ?? null, POINTS),
      deviation: sheet.put(row, 8, ind.deviation ?? null),
    });
  });
  const last = first + Math.max(rows, 1) - 1;
  sumLevel1Weights(sheet, level1Runs, data, first);
  return { indicators, headerRow, first, last, rows };
}

interface Level1Run {
  row: number;
  span: number;
  name: string;
}

/** The level-1 label shows the sum of its weights, so that it follows what the user types. */
function sumLevel1Weights(sheet: SheetWriter, runs: Level1Run[], data: FormData, first: number): void {
  for (const run of runs) {
    const range = `G${run.row + 1}:G${run.row + run.span}`;
    const sum = data.indicators
      .slice(run.row - first, run.row - first + run.span)
      .reduce((s, x) => s + (typeof x.weight === 'number' ? x.weight : 0), 0);
    sheet.formula(
      a1(run.row, 1),
      `"${run.name}"&CHAR(10)&"（"&SUM(${range})&"分）"`,
      `${run.name}\n（${roundExcel(sum, 2)}分）`,
    );
  }
}

/** The 总分 row: the weights and the scores summed by formulas, the budget's included. */
function writeTotal(
  sheet: SheetWriter,
  r: number,
  data: FormData,
  budget: BudgetCells,
  table: IndicatorTable,
): Annex1Positions['total'] {
  sheet.label(r, 0, 5, '总分');
  const total = { weight: sheet.put(r, 6, null, POINTS), score: sheet.put(r, 7, null, POINTS) };
  sheet.put(r, 8, null);
  const rows = (col: string) => `${col}${table.first + 1}:${col}${table.last + 1}`;
  const budgetWeight = number(data.budget.weight);
  const weightSum =
    data.indicators.reduce((s, x) => s + (typeof x.weight === 'number' ? x.weight : 0), 0) +
    (Number.isFinite(budgetWeight) ? budgetWeight : 0);
  sheet.formula(total.weight, `${budget.weight}+SUM(${rows('G')})`, roundExcel(weightSum, 2));
  const budgetScore = sheet.valueAt(budget.statedScore);
  const scoreSum =
    data.indicators.reduce<number>((s, x) => s + (typeof x.statedScore === 'number' ? x.statedScore : 0), 0) +
    (typeof budgetScore === 'number' ? budgetScore : 0);
  sheet.formula(total.score, `N(${budget.statedScore})+SUM(${rows('H')})`, roundExcel(scoreSum, 2));
  return total;
}

/** Looks: title, headers, grid lines, wrapping. */
function styleForm(
  sheet: SheetWriter,
  rows: { budgetTop: number; budgetBottom: number; headerRow: number; totalRow: number },
): void {
  const { budgetTop, budgetBottom, headerRow, totalRow } = rows;
  sheet.style(1, 0, 1, WIDTH - 1, { bold: true, fontSize: 16, horizontal: 'Center' });
  sheet.style(3, 0, totalRow, WIDTH - 1, { grid: true, wrap: true, vertical: 'Center' });
  sheet.style(budgetTop, 0, budgetTop, WIDTH - 1, { bold: true, horizontal: 'Center', fill: HEADER_FILL });
  sheet.style(budgetTop, 0, budgetBottom, 0, { bold: true, horizontal: 'Center' });
  sheet.style(headerRow, 0, headerRow, WIDTH - 1, { bold: true, horizontal: 'Center', fill: HEADER_FILL });
  sheet.style(headerRow, 0, totalRow, 0, { bold: true, horizontal: 'Center' });
  sheet.style(totalRow, 0, totalRow, WIDTH - 1, { bold: true });
}

/** Excel's input prompts and limits: amounts not below 0, weights and scores 0–100, the qualitative answers listed. */
function validateInputs(
  sheet: SheetWriter,
  budget: BudgetCells,
  breakdown: Record<string, string>,
  table: IndicatorTable,
  amountUnit: string,
): void {
  const amountCells = [budget.initialBudget, budget.fullYearBudget, budget.executed, ...Object.values(breakdown)];
  for (const cell of amountCells) {
    sheet.validations.push({
      range: cell,
      rule: { kind: 'decimal', min: 0 },
      prompt: { title: '金额', message: `请输入金额（${amountUnit}），不小于 0。` },
    });
  }
  sheet.validations.push({
    range: budget.weight,
    rule: { kind: 'decimal', min: 0, max: 100 },
    prompt: { title: '分值', message: '预算执行的分值，默认 10 分。' },
  });
  if (table.rows === 0) return;
  const col = (letter: string) => `${letter}${table.first + 1}:${letter}${table.last + 1}`;
  sheet.validations.push({
    range: col('G'),
    rule: { kind: 'decimal', min: 0, max: 100 },
    prompt: { title: '分值', message: '该三级指标的分值（0–100）。' },
  });
  sheet.validations.push({
    range: col('F'),
    rule: { kind: 'list', items: QUALITATIVE },
    prompt: {
      title: '实际完成值',
      message: '填写实际完成的数值（如 19个、96%、2022-12-31），定性指标可从下拉列表选择。',
    },
  });
  sheet.validations.push({
    range: col('H'),
    rule: { kind: 'decimal', min: 0, max: 100 },
    prompt: { title: '得分', message: '留空由 ZiPing 按规则计算；自行填写的得分将按规则检查。' },
  });
}

function countRun<T>(items: T[], start: number, key: (item: T) => string): number {
  let n = 1;
  while (start + n < items.length && key(items[start + n]) === key(items[start])) n++;
  return n;
}
