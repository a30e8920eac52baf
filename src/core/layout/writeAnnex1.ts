import { a1, type CellValue, type Grid, type GridCell, type MergedRange } from '../cells';
import { formKindOf, type FormData, type Typed } from '../formData';
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

export interface Annex1Sheet {
  grid: Grid;
  positions: Annex1Positions;
  /** Column widths in characters, A to I. */
  columnWidths: number[];
}

/** Columns of the indicator table as ZiPing writes them (A is the vertical 绩效指标 label). */
const TABLE: IndicatorField[] = ['level1', 'level2', 'name', 'target', 'actual', 'weight', 'statedScore', 'deviation'];
const BUDGET_COLUMNS: BudgetField[] = ['initialBudget', 'fullYearBudget', 'executed', 'weight', 'statedRate', 'statedScore'];
const WIDTH = 9;

/** Lays out Annex 1 like the official form: the one layout ZiPing writes, and reads back by its labels. */
export function layoutAnnex1(data: FormData, sheetName = 'Sheet1'): Annex1Sheet {
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
    const fmt = key === 'statedRate' ? '0.00%' : key === 'weight' || key === 'statedScore' ? '0.00' : '#,##0.00';
    budget[key] = put(r, 3 + i, budgetValues[key] ?? null, typeof budgetValues[key] === 'number' || budgetValues[key] == null ? fmt : undefined);
  });
  r++;
  const breakdown: Record<string, string> = {};
  if (kind === 'department') {
    label(r, 1, 4, '按收入性质分：');
    label(r, 5, WIDTH - 1, '按支出性质分：');
    r++;
    const income = [['generalPublicBudget', 'generalPublicBudget'], ['governmentFund', 'governmentFund'], ['specialAccountNonTax', 'specialAccountNonTax'], ['other', 'otherFunds']] as const;
    const spending = [['basic', 'basic'], ['project', 'project']] as const;
    for (let i = 0; i < 4; i++) {
      const [field, key] = income[i];
      const text = BREAKDOWN.find((s) => s.key === key)!.label;
      label(r, 1, 3, i === 0 ? `其中：${text}` : text);
      breakdown[field] = put(r, 4, b.byIncome?.[field] ?? null, '#,##0.00');
      if (i < spending.length) {
        const [sField, sKey] = spending[i];
        const sText = BREAKDOWN.find((s) => s.key === sKey)!.label;
        label(r, 5, 7, i === 0 ? `其中：${sText}` : sText);
        breakdown[sField] = put(r, 8, b.byExpenditure?.[sField] ?? null, '#,##0.00');
      }
      r++;
    }
  } else {
    const parts = [['currentYearAppropriation', 'currentYearAppropriation'], ['carryOver', 'carryOver'], ['other', 'otherFunds']] as const;
    parts.forEach(([field, key], i) => {
      const text = BREAKDOWN.find((s) => s.key === key)!.label;
      label(r, 1, 2, i === 0 ? `其中：${text}` : text);
      breakdown[field] = put(r, 4, b.byExpenditure?.[field] ?? null, '#,##0.00');
      r++;
    });
  }

  label(r, 0, 0, GOAL.heading.label, r + 1);
  label(r, 1, 4, GOAL.planned.label);
  label(r, 5, WIDTH - 1, GOAL.achieved.label);
  r++;
  const goal = { planned: put(r, 1, data.overallGoal.planned ?? null), achieved: put(r, 5, data.overallGoal.achieved ?? null) };
  merge(r, 1, r, 4);
  merge(r, 5, r, WIDTH - 1);
  r++;

  const headerRow = r;
  const rows = data.indicators.length;
  label(headerRow, 0, 0, '绩效指标', headerRow + Math.max(rows, 1));
  TABLE.forEach((key, i) => put(headerRow, 1 + i, INDICATOR_HEADER.find((h) => h.key === key)!.label));
  r++;
  const indicators: Annex1Positions['indicators'] = [];
  data.indicators.forEach((ind, i) => {
    const row = r + i;
    const prev = data.indicators[i - 1];
    if (!prev || prev.level1 !== ind.level1) {
      const span = countRun(data.indicators, i, (x) => x.level1);
      const weight = ind.level1Weight !== undefined ? `\n（${ind.level1Weight}分）` : '';
      label(row, 1, 1, `${ind.level1}${weight}`, row + span - 1);
    }
    if (!prev || prev.level2 !== ind.level2 || prev.level1 !== ind.level1) {
      const span = countRun(data.indicators, i, (x) => `${x.level1}/${x.level2}`);
      label(row, 2, 2, ind.level2, row + span - 1);
    }
    const numeric = (v: Typed | undefined) => (typeof v === 'number' ? '0.00' : undefined);
    indicators.push({
      name: put(row, 3, ind.name),
      target: put(row, 4, ind.target ?? null, typeof ind.target === 'number' ? 'General' : undefined),
      actual: put(row, 5, ind.actual ?? null, typeof ind.actual === 'number' ? 'General' : undefined),
      weight: put(row, 6, ind.weight ?? null, numeric(ind.weight) ?? '0.00'),
      statedScore: put(row, 7, ind.statedScore ?? null, numeric(ind.statedScore) ?? '0.00'),
      deviation: put(row, 8, ind.deviation ?? null),
    });
  });
  r += Math.max(rows, 1);
  label(r, 0, 5, '总分');
  const total = { weight: put(r, 6, null, '0.00'), score: put(r, 7, data.statedTotal ?? null, '0.00') };
  put(r, 8, null);

  for (const row of cells) if (row) for (const c of row) if (c?.numFmt === 'General') delete c.numFmt;
  return {
    grid: { name: sheetName, cells, merges },
    positions: { budget, breakdown, goal, indicators, total, unit: unitCell },
    columnWidths: [6, 12, 12, 22, 14, 14, 8, 8, 36],
  };
}

function countRun<T>(items: T[], start: number, key: (item: T) => string): number {
  let n = 1;
  while (start + n < items.length && key(items[start + n]) === key(items[start])) n++;
  return n;
}
