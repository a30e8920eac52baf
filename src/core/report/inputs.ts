import type { AmountUnit } from '../model';
import type { Bilingual } from '../findings';

type InputKind = 'amount' | 'count' | 'text';

export interface InputField {
  key: string;
  label: Bilingual;
  kind: InputKind;
  /**
   * Where Annex 1 may state the same figure (a `form:` path of the resolver): when it does and the user has typed
   * nothing, the input's cell is prefilled with a formula to the form's cell, and the report takes it from there.
   */
  form?: string;
}

/**
 * The figures and words the report needs that Annex 1 does not hold, in the order of the input block; a field with
 * `form` is one some forms do hold (基本支出's 年初预算数), taken from the form when it states it.
 */
export const INPUT_FIELDS: InputField[] = [
  { key: 'sections', label: { zh: '内设股室（个）', en: 'Sections' }, kind: 'count' },
  { key: 'staff', label: { zh: '在职人员（人）', en: 'Staff on payroll' }, kind: 'count' },
  { key: 'budgetedStaff', label: { zh: '其中预算编制人员（人）', en: 'of whom budgeted staff' }, kind: 'count' },
  { key: 'retiredCadres', label: { zh: '离休人员（人）', en: 'Retired cadres (离休)' }, kind: 'count' },
  { key: 'retired', label: { zh: '退休人员（人）', en: 'Retired staff' }, kind: 'count' },
  { key: 'level', label: { zh: '预算级次', en: 'Budget level' }, kind: 'text' },
  {
    key: 'basicInitialBudget',
    label: { zh: '基本支出年初预算数（万元）', en: 'Basic spending, initial budget (万元)' },
    kind: 'amount',
    form: 'part:basic:initialBudget',
  },
  {
    key: 'basicInitialReason',
    label: { zh: '基本支出较年初预算变化原因', en: 'Why basic spending differs from its initial budget' },
    kind: 'text',
  },
  { key: 'personnel', label: { zh: '人员经费决算数（万元）', en: 'Personnel costs, final (万元)' }, kind: 'amount' },
  {
    key: 'personnelInitialBudget',
    label: { zh: '人员经费年初预算数（万元）', en: 'Personnel costs, initial budget (万元)' },
    kind: 'amount',
  },
  { key: 'personnelReason', label: { zh: '人员经费变化原因', en: 'Why personnel costs changed' }, kind: 'text' },
  {
    key: 'basicPriorYear',
    label: { zh: '上年基本支出（万元）', en: 'Basic spending last year (万元)' },
    kind: 'amount',
  },
  {
    key: 'basicPriorReason',
    label: { zh: '基本支出较上年变化原因', en: 'Why basic spending changed from last year' },
    kind: 'text',
  },
  { key: 'publicFunds', label: { zh: '公用经费决算数（万元）', en: 'Public funds, final (万元)' }, kind: 'amount' },
  {
    key: 'publicFundsPriorYear',
    label: { zh: '上年公用经费（万元）', en: 'Public funds last year (万元)' },
    kind: 'amount',
  },
  { key: 'publicFundsReason', label: { zh: '公用经费变化原因', en: 'Why public funds changed' }, kind: 'text' },
  {
    key: 'projectPriorYear',
    label: { zh: '上年项目支出（万元）', en: 'Project spending last year (万元)' },
    kind: 'amount',
  },
  { key: 'projectReason', label: { zh: '项目支出变化原因', en: 'Why project spending changed' }, kind: 'text' },
  {
    key: 'capital',
    label: { zh: '基本建设类项目支出（万元）', en: 'Capital construction spending (万元)' },
    kind: 'amount',
  },
  {
    key: 'capitalPriorYear',
    label: { zh: '上年基本建设类项目支出（万元）', en: 'Capital construction last year (万元)' },
    kind: 'amount',
  },
  {
    key: 'capitalReason',
    label: { zh: '基本建设类项目支出变化原因', en: 'Why capital construction changed' },
    kind: 'text',
  },
  {
    key: 'districtFunds',
    label: { zh: '项目资金来源：区级资金（万元）', en: 'Project funding: district level (万元)' },
    kind: 'amount',
  },
  {
    key: 'specialBonds',
    label: { zh: '项目资金来源：专项债资金（万元）', en: 'Project funding: special bonds (万元)' },
    kind: 'amount',
  },
  {
    key: 'higherLevelFunds',
    label: { zh: '项目资金来源：其他上级资金（万元）', en: 'Project funding: other higher levels (万元)' },
    kind: 'amount',
  },
];

/** The input block of a form's report: the department report needs these figures; the project report takes all it says from the form. */
export function inputFieldsFor(kind: 'department' | 'project'): InputField[] {
  return kind === 'department' ? INPUT_FIELDS : [];
}

/** A field's label in the form's amount unit: （万元） becomes （元） on a form kept in 元, （亿元） in 亿元. */
export function inputLabel(field: InputField, lang: 'zh' | 'en', unit: AmountUnit): string {
  const label = field.label[lang];
  return unit === '万元' ? label : label.replace(/万元/g, unit);
}

export type InputValues = Partial<Record<string, string | number | null>>;

const SAMPLE_UNIT = '株洲市渌口区住房保障服务中心';

/** The inputs of a first draft: the sample's own figures when the form is the sample, else none yet. */
export function initialInputs(form: { unit?: { value: unknown }; year?: number }): InputValues {
  return form.unit?.value === SAMPLE_UNIT && form.year === 2022 ? SAMPLE_INPUTS : {};
}

/** The sample's figures, as its report states them (fixtures/lukou-2022.json, report.*). */
export const SAMPLE_INPUTS: InputValues = {
  sections: 6,
  staff: 35,
  budgetedStaff: 29,
  retiredCadres: 1,
  retired: 42,
  level: '区一级预算单位',
  basicInitialBudget: 423.5,
  basicInitialReason: '人员经费和防疫等资金增加',
  personnel: 553.33,
  personnelInitialBudget: 166.45,
  personnelReason: '新增1名人员和工资增加',
  basicPriorYear: 777.35,
  basicPriorReason: '人员经费增加和抗疫支出增加',
  publicFunds: 386.59,
  publicFundsPriorYear: 262.7,
  publicFundsReason: '防疫和创文创卫增加及医疗费补助增加',
  projectPriorYear: 10156.39,
  projectReason: '老旧小区改造等项目支出增加',
  capital: 16273.88,
  capitalPriorYear: 275.6,
  capitalReason: '增加了526厂老旧小区基础设施建设等资金',
  districtFunds: 856.59,
  specialBonds: 14800,
  higherLevelFunds: 1418.75,
};
