import type { Bilingual } from '../findings';
import type { BreakdownKey, BreakdownPart, Entry, Form } from '../model';
import { readNumber } from '../numbers';
import type { Column, FigureContext, Subject } from './labels';

/** A quantity the form holds, in the form's amount unit (a rate in %). */
export interface FormQuantity {
  name: Bilingual;
  value: number;
  percent: boolean;
  /** Another value the same words may name (年度资金总额: the budget, or what was spent). */
  alternative?: number;
}

const SUBJECT_NAMES: Record<Subject, Bilingual> = {
  total: { zh: '年度资金总额', en: 'total funds' },
  basic: { zh: '基本支出', en: 'basic spending' },
  project: { zh: '项目支出', en: 'project spending' },
  generalPublicBudget: { zh: '一般公共预算', en: 'general public budget' },
  governmentFund: { zh: '政府性基金拨款', en: 'government fund appropriation' },
  stateCapital: { zh: '国有资本经营预算', en: 'state capital operations budget' },
  specialAccountNonTax: { zh: '纳入专户管理的非税收入拨款', en: 'special-account non-tax revenue' },
  unitFunds: { zh: '单位资金', en: "the unit's own funds" },
  otherFunds: { zh: '其他资金', en: 'other funds' },
  currentYearAppropriation: { zh: '当年财政拨款', en: 'current-year appropriation' },
  carryOver: { zh: '上年结转资金', en: 'carry-over from last year' },
};

const COLUMN_NAMES: Record<Column, Bilingual> = {
  initialBudget: { zh: '年初预算数', en: 'initial budget' },
  fullYearBudget: { zh: '全年预算数', en: 'full-year budget' },
  executed: { zh: '全年执行数', en: 'amount executed' },
  rate: { zh: '预算执行率', en: 'budget execution rate' },
};

function amount(form: Form, entry: Entry | undefined): number | undefined {
  const read = readNumber(entry, form.amountUnit);
  return read.ok && !read.percent ? read.value : undefined;
}

function partOf(form: Form, key: BreakdownKey): BreakdownPart | undefined {
  return [...form.budget.byIncome, ...form.budget.bySpending].find((p) => p.key === key);
}

/** The quantity a subject and column name on this form, or undefined when the form does not hold it. */
export function quantityFor(form: Form, ctx: FigureContext): FormQuantity | undefined {
  const { subject, column } = ctx;
  if (!subject && !column) return undefined;
  const budget = form.budget;
  if (column === 'rate') {
    if (subject && subject !== 'total') return undefined;
    const full = amount(form, budget.fullYearBudget);
    const executed = amount(form, budget.executed);
    if (full === undefined || executed === undefined || full === 0) return undefined;
    return { name: COLUMN_NAMES.rate, value: (executed / full) * 100, percent: true };
  }
  if (!subject || subject === 'total') {
    const col = column ?? 'fullYearBudget';
    const value = amount(form, budget[col]);
    if (value === undefined) return undefined;
    const name = subject
      ? {
          zh: `${SUBJECT_NAMES.total.zh}${column ? `（${COLUMN_NAMES[col].zh}）` : ''}`,
          en: `${SUBJECT_NAMES.total.en}${column ? ` (${COLUMN_NAMES[col].en})` : ''}`,
        }
      : COLUMN_NAMES[col];
    const alternative = subject && !column ? amount(form, budget.executed) : undefined;
    return { name, value, percent: false, ...(alternative !== undefined ? { alternative } : {}) };
  }
  const part = partOf(form, subject);
  if (!part) return undefined;
  const entry = part.columns
    ? part.columns[column ?? 'executed']
    : column === 'initialBudget' || column === 'fullYearBudget'
      ? undefined
      : part.amount;
  const value = amount(form, entry);
  return value === undefined ? undefined : { name: SUBJECT_NAMES[subject], value, percent: false };
}
