import type { GridCell } from './cells';

/** One value on the form and where it stands: an A1 cell on a sheet, or a field path in a JSON form. */
export interface Entry {
  cell?: string;
  value: GridCell['value'];
  numFmt?: string;
}

export type FormKind = 'department' | 'project';

/** The indicator table's columns a form must have. */
export type RequiredColumn = 'name' | 'target' | 'actual' | 'weight' | 'statedScore' | 'deviation';

/** A part of a breakdown (一般公共预算, 基本支出, 当年财政拨款…): one amount, or one per budget column. */
export interface BreakdownPart {
  key: BreakdownKey;
  label: string;
  /** Where the label stands; the cell a finding about a blank part points at. */
  labelCell?: string;
  /** One amount for the part (as in the sample, "一般公共预算：2967.76"). */
  amount?: Entry;
  /** Amounts per budget column, when the breakdown repeats the columns. */
  columns?: Partial<Record<BudgetColumn, Entry>>;
}

export type BudgetColumn = 'initialBudget' | 'fullYearBudget' | 'executed';

export type BreakdownKey =
  | 'generalPublicBudget'
  | 'governmentFund'
  | 'stateCapital'
  | 'specialAccountNonTax'
  | 'unitFunds'
  | 'otherFunds'
  | 'basic'
  | 'project'
  | 'currentYearAppropriation'
  | 'carryOver';

/** The 年度资金总额 row and its breakdowns. */
export interface BudgetBlock {
  /** The cell holding the 年度资金总额 label: where findings about the row as a whole point. */
  labelCell?: string;
  initialBudget?: Entry;
  fullYearBudget?: Entry;
  executed?: Entry;
  weight?: Entry;
  statedRate?: Entry;
  /** The rate's header says (%): a plain number under it is a percentage (99.92, and 1.2 is 1.2%, not 120%). */
  statedRateInPercent?: boolean;
  statedScore?: Entry;
  /** 按收入性质分 on the department form. */
  byIncome: BreakdownPart[];
  /** 按支出性质分 on the department form; 当年财政拨款 · 上年结转资金 · 其他资金 on the project form. */
  bySpending: BreakdownPart[];
}

export interface Indicator {
  /** 1-based position in the indicator table, for messages. */
  index: number;
  level1: string;
  level1Cell?: string;
  level2: string;
  name: string;
  nameCell?: string;
  /** Marked ★ on the form: a core indicator (核心指标). The stars are not part of `name`. */
  core?: boolean;
  /** The target the actual is judged against: the 调整指标值 where the form has one and it is filled. */
  target: Entry;
  /**
   * Only when a filled 调整指标值 is the target: the 年初指标值 it replaced (blank where the form left it blank).
   * Said in the report beside the target; no rule reads it.
   */
  initialTarget?: Entry;
  actual: Entry;
  weight: Entry;
  statedScore?: Entry;
  /** 得分系数(%) (Chongqing's flat table): the stated score as a share of the weight. */
  scoreShare?: Entry;
  deviation?: Entry;
}

/** A level-1 group as the form declares it ("产出指标(50分)"). */
export interface Level1Group {
  name: string;
  declaredWeight?: number;
  cell?: string;
}

/** The unit a form's amounts are kept in. */
export type AmountUnit = '元' | '万元' | '亿元';

/** The form the reader found, or the JSON describes, with every value still as typed. */
export interface Form {
  kind: FormKind;
  sheet: string;
  year?: number;
  unit?: Entry;
  /** Project form header: 项目名称, 主管部门, 实施单位. */
  project?: { name?: Entry; department?: Entry; implementer?: Entry };
  /** Amounts on this form are in 万元 unless the form says 元 or 亿元. */
  amountUnit: AmountUnit;
  budget: BudgetBlock;
  goal: {
    planned?: Entry;
    achieved?: Entry;
    labelCell?: string;
    /** No goal found: where its block would stand (the row under the budget block, the form's first column). */
    place?: string;
    /** No goal found: a label there that reads like a goal's (…目标…) but is none the reader knows, as written. */
    unplaced?: UnplacedLabel;
  };
  level1Groups: Level1Group[];
  indicators: Indicator[];
  statedTotal?: Entry;
  /** The 自评等级 the form states, where it has one. */
  statedGrade?: Entry;
  /** The 总分 label's cell, where findings about the total point when no value is found. */
  totalLabelCell?: string;
  /** Where the form starts, for messages ("the form at B3"). */
  anchorCell?: string;
  /** Indicator columns the reader could not find (reported once, as FIELD_MISSING): no per-row finding repeats them. */
  absentColumns?: RequiredColumn[];
  /** Where the unit's or project's name was not found: a header label that reads like its label, as written. */
  unplacedName?: UnplacedLabel;
}

/** A label the reader found but could not place, as written, with its cell: what a FIELD_MISSING names instead. */
export interface UnplacedLabel {
  text: string;
  cell: string;
}
