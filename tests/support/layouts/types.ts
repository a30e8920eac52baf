import type { Expected } from '../workbook';

/** Cells of a form a finding may land on. Not every layout has all of them. */
export type FormCellName =
  | 'title'
  | 'year'
  | 'unit'
  | 'projectName'
  | 'department'
  | 'implementer'
  | 'budgetHeader'
  | 'budgetTotalLabel'
  | 'initialBudget'
  | 'fullYearBudget'
  | 'executed'
  | 'budgetWeight'
  | 'rate'
  | 'budgetScore'
  | 'generalPublicBudget'
  | 'governmentFund'
  | 'specialAccountNonTax'
  | 'other'
  | 'basic'
  | 'project'
  | 'currentYearFunds'
  | 'carryOverFunds'
  | 'otherFunds'
  | 'planned'
  | 'achieved'
  | 'indicatorHeader'
  | 'totalWeight'
  | 'totalScore';

export type IndicatorField =
  | 'level1'
  | 'level2'
  | 'name'
  | 'target'
  | 'targetKind'
  | 'targetValue'
  | 'targetUnit'
  | 'actual'
  | 'weight'
  | 'score'
  | 'convertedScore'
  | 'deviation';

/** One level-3 indicator row. */
export interface IndicatorPlace {
  /** 1-based sheet row. */
  row: number;
  /** The 三级指标 name, as in lukou-2022.json (the cell may add spaces). */
  name: string;
  /**
   * A1 address of the cell holding each field's value for this row. A label merged over several rows (level-1,
   * level-2, a shared deviation note) is given by its merged range's top-left cell, which is where the value is.
   */
  cells: Partial<Record<IndicatorField, string>>;
}

/** Where one form sits in a sheet. */
export interface FormPlaces {
  sheet: string;
  kind: 'department' | 'project';
  /** What the budget block's header says the amounts are in. */
  amountsIn: '万元' | '元';
  /** Top-left cell of the form's table (its first label). */
  origin: string;
  /** 1-based row of 年度资金总额. */
  budgetTotalRow: number;
  /** 1-based rows of the level-3 indicators, top to bottom. */
  indicatorRows: number[];
  /** 1-based rows inside the indicator table that hold no indicator (blank or "/"). */
  placeholderRows: number[];
  /** 1-based rows of budget sub-rows that repeat 分值/执行率/得分 (must not be counted twice). */
  repeatedScoreRows: number[];
  indicators: IndicatorPlace[];
  cells: Partial<Record<FormCellName, string>>;
}

/** What was written to one sheet, as it should read back. */
export interface SheetContents {
  name: string;
  /** Every non-empty cell, by A1 address (merged ranges: top-left only). */
  cells: Map<string, Expected>;
  merges: string[];
  hiddenRows: number[];
  hiddenColumns: number[];
}

export interface BuiltLayout {
  /** Layout name, also used in the file name. */
  name: string;
  fileName: string;
  buffer: Buffer;
  /** The first (for most layouts the only) form. */
  form: FormPlaces;
  forms: FormPlaces[];
  sheets: SheetContents[];
}
