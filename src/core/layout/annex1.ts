import type { BreakdownKey, FormKind } from '../model';

/**
 * The labels of Annex 1: `label` is what ZiPing writes; `match` is what the reader accepts in a sheet made by
 * hand, tested against the label with spaces, line breaks, parentheses and a trailing colon removed.
 */
interface LabelSpec<K extends string = string> {
  key: K;
  label: string;
  match: RegExp[];
}

export type BudgetField = 'initialBudget' | 'fullYearBudget' | 'executed' | 'weight' | 'statedRate' | 'statedScore';

/**
 * Synonyms are listed with where they were seen in docs/spec/annex1.md ("Vocabulary"). Labels are matched folded
 * (see foldLabel): `全年预算数(A)`, `年度预算申请（万元）` and `得 分` all arrive without brackets or spaces.
 */
export const BUDGET_HEADER: LabelSpec<BudgetField>[] = [
  {
    key: 'initialBudget',
    label: '年初预算数',
    // A circled mark folds to a digit: 年初部门预算安排金额(含历年结余结转)① arrives as 年初部门预算安排金额1.
    match: [/^年初预算(数|金额)?$/, /^年初(部门)?预算安排(数|金额)?\d?$/],
  },
  {
    key: 'fullYearBudget',
    label: '全年预算数',
    // 小计③=①+② (年初 + 年中调整): a bare 小计 is no budget column, one with its sum of circled marks is.
    match: [/^全年预算(数|金额)?$/, /^(全年)?调整后?预算(数|金额)?$/, /^预算数$/, /^小计\d+=\d+(\+\d+)+$/],
  },
  {
    key: 'executed',
    label: '全年执行数',
    match: [
      /^全年执行(数|金额)?$/,
      /^(实际|预算)?执行(数|金额)$/,
      /^全年实际支出(数)?$/,
      /^实际支出(数)?$/,
      /^(年度)?拨付(数|金额)\d?$/,
    ],
  },
  { key: 'weight', label: '分值', match: [/^分值$/, /^权重$/, /^执行率权重$/, /^分值权重$/] },
  { key: 'statedRate', label: '执行率', match: [/^(预算|资金)?执行率$/, /^支出实现率(\d+=\d+\/\d+)?$/] },
  { key: 'statedScore', label: '得分', match: [/^(自评)?得分$/, /^评分$/, /^执行率得分$/] },
];

export const BUDGET_TOTAL: LabelSpec<'total'> = {
  key: 'total',
  label: '年度资金总额',
  match: [/^年度(财政)?资金总额/, /^(项目)?资金总额$/, /^总额$/, /^部门预算执行情况$/, /^整体支出规模$/],
};

/**
 * A 合计 row under the budget's parts (Fujian's 财政资金小计 · 项目支出 · 基本支出 · 单位其它收入 · 合 计): the total where
 * no BUDGET_TOTAL row exists. 合计 also ends indicator tables, so the reader takes it only under a budget header.
 */
export const BUDGET_SUM_ROW = /^合计$/;

interface BreakdownSpec extends LabelSpec<BreakdownKey> {
  /** Which breakdown the part belongs to, per form kind. */
  group: Partial<Record<FormKind, 'income' | 'spending'>>;
}

export const BREAKDOWN: BreakdownSpec[] = [
  {
    key: 'generalPublicBudget',
    label: '一般公共预算',
    match: [/^一般公共预算(拨款|资金|收入)?$/],
    group: { department: 'income' },
  },
  {
    key: 'governmentFund',
    label: '政府性基金拨款',
    match: [/^政府性基金(预算)?(拨款|收入|资金)?$/],
    group: { department: 'income' },
  },
  {
    key: 'stateCapital',
    label: '国有资本经营预算',
    match: [/^国有资本经营预算(拨款|资金|收入)?$/],
    group: { department: 'income' },
  },
  {
    key: 'specialAccountNonTax',
    label: '纳入专户管理的非税收入拨款',
    match: [/^(纳入)?专户管理的?非税收入(拨款)?$/, /^非税收入(拨款)?$/, /^财政专户管理(的)?资金$/],
    group: { department: 'income', project: 'spending' },
  },
  {
    key: 'unitFunds',
    label: '单位资金',
    match: [/^单位(自有)?资金$/],
    group: { department: 'income', project: 'spending' },
  },
  {
    key: 'otherFunds',
    label: '其他资金',
    match: [/^其他(资金|收入)$/],
    group: { department: 'income', project: 'spending' },
  },
  { key: 'basic', label: '基本支出', match: [/^基本支出$/], group: { department: 'spending' } },
  { key: 'project', label: '项目支出', match: [/^项目支出$/], group: { department: 'spending' } },
  {
    key: 'currentYearAppropriation',
    label: '当年财政拨款',
    match: [/^(当年|本年)?财政(拨款|资金)$/, /^中央、?省、?市补助(县级)?资金$/],
    group: { project: 'spending' },
  },
  {
    key: 'carryOver',
    label: '上年结转资金',
    match: [/^上年结转(结余)?(资金)?$/],
    group: { department: 'income', project: 'spending' },
  },
];

export type IndicatorField =
  | 'level1'
  | 'level1Weight'
  | 'level2'
  | 'name'
  | 'comparison'
  | 'target'
  | 'adjustedTarget'
  | 'unit'
  | 'actual'
  | 'weight'
  | 'statedScore'
  | 'scoreShare'
  | 'deviation';

/** Columns of the indicator table, in the order ZiPing writes them. */
export const INDICATOR_HEADER: LabelSpec<IndicatorField>[] = [
  { key: 'level1', label: '一级指标', match: [/^一级指标$/, /^分解目标$/] },
  { key: 'level1Weight', label: '一级指标分值', match: [/^自评权重$/, /^一级指标(分值|权重)$/] },
  { key: 'level2', label: '二级指标', match: [/^二级指标$/] },
  { key: 'name', label: '三级指标', match: [/^三级指标(名称)?$/, /^指标名称$/] },
  { key: 'comparison', label: '指标性质', match: [/^指标性质$/, /^比较(符|方式)?$/, /^符号$/] },
  {
    key: 'target',
    label: '年度指标值',
    match: [/^(年度|全年|预期|计划|年初)?指标值$/, /^(年度|全年|年初|绩效)?目标值$/],
  },
  /** Chongqing's 调整指标值 beside 年初指标值: when filled, the target the actual is judged against (rules.md). */
  { key: 'adjustedTarget', label: '调整指标值', match: [/^调整(后)?指标值$/] },
  { key: 'unit', label: '度量单位', match: [/^(度量|计量)?单位$/] },
  {
    key: 'actual',
    label: '实际完成值',
    match: [/^(全年|年度|指标)?实际完成(值|情况)?$/, /^(全年)?实际值$/, /^(全年)?完成值$/, /^实际完成指标值$/],
  },
  { key: 'weight', label: '分值', match: [/^分值$/, /^权重$/, /^指标(分值|权重|分值权重)$/, /^参考分值$/] },
  { key: 'statedScore', label: '得分', match: [/^(自评)?得分$/, /^评分$/, /^折算得分$/, /^指标得分$/] },
  { key: 'scoreShare', label: '得分系数', match: [/^得分系数$/] },
  {
    key: 'deviation',
    label: '偏差原因分析及改进措施',
    match: [/^偏差原因/, /^偏差(及|和)原因/, /^未完成原因/, /^(偏差|差异)?原因分析/],
  },
];

export const INDICATOR_ANCHOR = '三级指标';
/** A flat table's header names its indicators 指标名称, with no 一级/二级 tree (Chongqing's 部门整体绩效自评表). */
export const FLAT_INDICATOR_ANCHOR = '指标名称';
/** Rows between the indicators and 总分 that hold a note, not an indicator. */
export const NOTE_ROW: RegExp[] = [/^其他需要说明(的)?(事项|问题|情况)?$/, /^备注$/, /^说明$/, /^填表说明/, /^注$/];
/** A row under an indicator that details it ("其中：县道"): no indicator of its own. */
export const DETAIL_ROW = /^其中/;
/**
 * An indicator numbered 一、二、… with rows numbered 1、2、… under it in the same column, each with a score but no
 * weight of its own (yn-longyang-tfz-2022): the numbered rows detail it when their scores add up to its own.
 */
export const NUMBERED_INDICATOR = /^[一二三四五六七八九十]+、/;
export const NUMBERED_DETAIL = /^\d+、/;
export const TOTAL_ROW: RegExp[] = [/^(自评|综合)?总分$/, /^合计$/, /^总计$/, /^(综合|自评|总)得分$/, /^合计得分$/];

export const GOAL = {
  heading: {
    label: '年度总体目标',
    match: [/^(年度)?总体目标$/, /^(年度|当年)绩效目标$/, /^项目年度目标完成情况$/, /^年度目标$/],
  },
  /** The first patterns win: 项目年度目标 and 年度目标 are the planned side only where no 预期目标 is written. */
  planned: {
    label: '预期目标',
    match: [/^预期目标$/, /^计划目标$/, /^(年初)?设定目标$/, /^年初绩效目标$/, /^项目年度目标$/, /^年度目标$/],
  },
  /**
   * 总体目标 beside a heading of its own (年度总体目标 › 总体目标 / 总体目标完成情况, xj-fukang-tjj-2023) labels the planned
   * side; where it is the heading itself, its texts beside it are read as a heading's are.
   */
  plannedBesideHeading: /^总体目标$/,
  achieved: {
    label: '实际完成情况',
    match: [
      /^(全年)?(目标)?实际完成情况$/,
      /^(年度)?总体目标完成情况(综述)?$/,
      /^年度目标完成情况$/,
      /^(全年)?完成情况$/,
    ],
  },
};

export const HEADER_FIELDS = {
  unit: {
    label: '预算部门名称',
    match: [
      /^预算部门(名称)?$/,
      /^(部门|单位|预算单位)名称$/,
      /^(省|市|区|县)级预算单位名称$/,
      /^评价(部门|单位)名称$/,
      /^预算部门、?单位名称$/,
      /^填报单位$/,
      /^部门$/,
    ],
  },
  projectName: { label: '项目名称', match: [/^项目名称$/, /^专项资金名称$/] },
  projectDepartment: { label: '主管部门', match: [/^主管部门$/, /^(县级|市级|省级)主管部门$/] },
  projectImplementer: { label: '实施单位', match: [/^(项目)?实施单位$/] },
};

/** A total stated above the tables (自评得分 98 beside the project name; 自评总分(分) 97.6 in Chongqing's header). */
export const HEADER_TOTAL = { label: '总分', match: [/^自评(总分|得分)$/] };

/** The 自评等级 (优 / 良 / 中 / 差) some forms state beside or below the 总分. */
export const GRADE_LABEL = { label: '自评等级', match: [/^(自评|绩效评价|评价)等级$/] };

export const TITLES: Record<FormKind, string> = {
  department: '部门整体支出绩效自评表',
  project: '项目支出绩效自评表',
};

/**
 * Folds a label for matching: NFKC, no white space of any width, no trailing colon, no parentheses, no leading list
 * mark (1. · 一、 · ①: NFKC would turn a circled ① into a bare 1).
 */
export function foldLabel(text: string): string {
  return text
    .replace(/^[\s\u3000]*[\u2460-\u2473]/, '')
    .normalize('NFKC')
    .replace(/[\s\u3000]+/g, '')
    .replace(/[【〔［[]/g, '(')
    .replace(/[】〕］\]]/g, ')')
    .replace(/\([^()]*\)/g, '')
    .replace(/\([^()]*$/, '')
    .replace(/^[□☑☒■✓√✔]+/, '')
    .replace(/^(?:\d{1,2}|[一二三四五六七八九十]{1,2})[.、．](?!\d)/, '')
    .replace(/^其中[:：]?/, '')
    .replace(/[:：]+$/, '');
}

export function matches(spec: { match: RegExp[] }, folded: string): boolean {
  return spec.match.some((re) => re.test(folded));
}
