import type { Grid } from './cells';
import { checkForm, type FormCheck } from './check';
import { Collector } from './check/collector';
import { compareFindings, type Finding } from './findings';
import type { Entry, Form, Indicator } from './model';
import { DEFAULT_PROFILE, type RuleProfile } from './profile';
import { readForms } from './reader/readForm';
import { roundExcel } from './round';

export interface FormResult {
  sheet: string;
  /** The sheets the form lies on: its own, then those its table goes on over (续表), in workbook order. */
  sheets: string[];
  form: Form;
  check: FormCheck;
  /** What the reader could not place, then every check's finding, errors first. */
  findings: Finding[];
}

/** Reads and checks every form on one sheet; a sheet with none gets FORM_NOT_FOUND. */
export function checkFormsOnSheet(
  grid: Grid,
  profile: RuleProfile = DEFAULT_PROFILE,
): { results: FormResult[]; notFound?: Finding } {
  const { forms, findings } = readForms(grid);
  if (forms.length === 0) return { results: [], notFound: formNotFound(grid.name) };
  return { results: forms.map((form, i) => withUncalculated([grid], resultFor(form, findings[i], profile))) };
}

const MISSING_CODES = new Set(['FIELD_MISSING', 'IND_TARGET_MISSING', 'IND_ACTUAL_MISSING', 'IND_WEIGHT_MISSING']);

/**
 * Sheets saved with formulas but no results: one note that ZiPing computed them (the file was never recalculated),
 * and no finding calling a formula it could not compute missing. `grids` are the sheets the form lies on (its own,
 * then its 续表), whose cells after the first are named with their sheet.
 */
function withUncalculated(grids: Grid[], result: FormResult): FormResult {
  const cells = grids.flatMap((grid, i) =>
    (grid.uncalculated ?? []).map((c) => ({ ...c, named: i === 0 ? c.cell : `${grid.name}!${c.cell}` })),
  );
  if (cells.length === 0) return result;
  const named = (f: Finding) => (f.sheet === grids[0].name ? f.cell : `${f.sheet}!${f.cell}`);
  const blank = new Set(cells.filter((c) => !c.computed).map((c) => c.named));
  const findings = result.findings.filter((f) => !(MISSING_CODES.has(f.code) && f.cell && blank.has(named(f)!)));
  const out = new Collector(grids[0].name);
  const computed = cells.filter((c) => c.computed).length;
  const first = cells.slice(0, 5).map((c) => c.named);
  const more = cells.length > first.length ? '…' : '';
  out.add(
    'FORMULA_NOT_CALCULATED',
    { cell: cells[0].named },
    {
      zh: `此表保存时未重新计算：${cells.length} 个公式没有计算结果（${first.join('、')}${more}），ZiPing 已自行计算其中 ${computed} 个${computed < cells.length ? '，其余按未填写处理但不报缺失' : ''}`,
      en: `this sheet was saved without recalculation: ${cells.length} formulas have no result (${first.join(', ')}${more}); ZiPing computed ${computed} of them${computed < cells.length ? ', the rest are left blank and not reported missing' : ''}`,
    },
    undefined,
    cells.length,
  );
  return { ...result, findings: [...findings, ...out.findings.map(onItsSheet)].sort(compareFindings) };
}

/**
 * Checks every form in a workbook; sheets with no form are skipped. An empty list means the workbook has none. A
 * table continued on the next sheets (续表: the header repeated, more indicators, the 总分) is checked with its form,
 * over MAX_CONTINUATIONS sheets at most.
 */
export function checkWorkbook(grids: Grid[], profile: RuleProfile = DEFAULT_PROFILE): FormResult[] {
  return joinContinuations(grids.map((grid) => ({ grid, ...readForms(grid) }))).map((joined) =>
    checkJoined(joined, profile),
  );
}

/**
 * How many sheets after its own a form's table may go on over (续表, 续表二 …): a longer run of table-only sheets is
 * read as forms of their own, and the add-in reads no more neighbours than this on either side of a sheet.
 */
export const MAX_CONTINUATIONS = 5;

/** A form as read, with what the reader could not place and the sheets it lies on (its own first). */
interface Joined {
  form: Form;
  findings: Finding[];
  grids: Grid[];
}

function checkJoined({ form, findings, grids }: Joined, profile: RuleProfile): FormResult {
  const result = resultFor(form, findings, profile);
  return withUncalculated(grids, { ...result, sheets: grids.map((g) => g.name) });
}

/** A form that is only an indicator table: no budget row, no goal, no unit or project named. */
function isTableOnly(form: Form): boolean {
  return (
    form.budget.labelCell === undefined &&
    form.goal.labelCell === undefined &&
    form.goal.planned === undefined &&
    form.unit?.value == null &&
    form.project?.name?.value == null &&
    form.indicators.length > 0
  );
}

/** A sheet's forms as read, each with what the reader could not place. */
interface ReadSheet {
  grid: Grid;
  forms: Form[];
  findings: Finding[][];
}

/**
 * Every form of the sheets in order, a sheet's table-only first form joined to the last form of the sheet just
 * before it (续表), never across a sheet between them.
 */
function joinContinuations(sheets: ReadSheet[]): Joined[] {
  const out: Joined[] = [];
  sheets.forEach((sheet, i) => {
    const last = out[out.length - 1];
    const adjacent = last !== undefined && last.grids[last.grids.length - 1] === sheets[i - 1]?.grid;
    if (adjacent && last.grids.length <= MAX_CONTINUATIONS && joinContinuation(last, sheet))
      last.grids.push(sheet.grid);
    sheet.forms.forEach((form, j) => out.push({ form, findings: sheet.findings[j], grids: [sheet.grid] }));
  });
  return out;
}

/**
 * Appends a sheet's table-only first form to the form before it (the last form of the sheet before) when that form's
 * table has no 总分: the table went on over a page (续表). The sheet then no longer holds that form. Its cells are
 * named with their sheet ("续表!E4") until the findings are made. Returns whether it joined.
 */
function joinContinuation(last: { form: Form; findings: Finding[] } | undefined, sheet: ReadSheet): boolean {
  const next = sheet.forms[0];
  if (!last || !next || last.form.totalLabelCell !== undefined || !isTableOnly(next)) return false;
  const more = qualified(next, sheet.grid.name);
  last.form.indicators.push(
    ...more.indicators.map((ind, i) => ({ ...ind, index: last.form.indicators.length + i + 1 })),
  );
  for (const group of more.level1Groups)
    if (!last.form.level1Groups.some((g) => g.name === group.name)) last.form.level1Groups.push(group);
  last.form.statedTotal = more.statedTotal;
  last.form.totalLabelCell = more.totalLabelCell;
  const dropped = (f: Finding, label: string) => f.code === 'FIELD_MISSING' && f.expected === label;
  const kept = last.findings.filter((f) => !dropped(f, '总分'));
  const added = sheet.findings[0].filter((f) => !dropped(f, '年度资金总额'));
  last.findings.splice(0, last.findings.length, ...kept, ...added);
  sheet.forms.shift();
  sheet.findings.shift();
  return true;
}

/**
 * Which neighbours a sheet's forms may go on with: the next sheet when its last form's table has no 总分, the sheet
 * before when its first form is only an indicator table (a 续表).
 */
export function continuationSides(grid: Grid): { previous: boolean; next: boolean } {
  const { forms } = readForms(grid);
  return {
    previous: forms.length > 0 && isTableOnly(forms[0]),
    next: forms.length > 0 && forms[forms.length - 1].totalLabelCell === undefined,
  };
}

/** The sheets before and after one, in workbook order (the nearest last in `before`, first in `after`). */
export interface Neighbours {
  before?: Grid[];
  after?: Grid[];
}

/**
 * Reads and checks the forms on one sheet as checkWorkbook does in the whole workbook, from the sheets next to it
 * that its forms may go on over (续表, either way): every form of those sheets, each with the sheets it lies on.
 * A sheet none of whose forms lie on `grid` gets FORM_NOT_FOUND.
 */
export function checkSheetInBook(
  grid: Grid,
  neighbours: Neighbours,
  profile: RuleProfile = DEFAULT_PROFILE,
): { results: FormResult[]; notFound?: Finding } {
  const grids = [...(neighbours.before ?? []), grid, ...(neighbours.after ?? [])];
  const results = checkWorkbook(grids, profile);
  return results.some((r) => r.sheets.includes(grid.name))
    ? { results }
    : { results, notFound: formNotFound(grid.name) };
}

/** The form with every cell it names prefixed by its sheet. */
function qualified(form: Form, sheet: string): Form {
  const q = (cell?: string) => (cell === undefined ? undefined : `${sheet}!${cell}`);
  const entry = <E extends { cell?: string } | undefined>(e: E): E => (e ? { ...e, cell: q(e.cell) } : e);
  return {
    ...form,
    indicators: form.indicators.map((ind) => qualifiedIndicator(ind, q)),
    level1Groups: form.level1Groups.map((g) => ({ ...g, cell: q(g.cell) })),
    statedTotal: entry(form.statedTotal),
    totalLabelCell: q(form.totalLabelCell),
  };
}

/**
 * Every cell an indicator names, its entries' and its `…Cell` labels' alike, so that a field added to Indicator
 * (得分系数, 年初指标值…) is named on its own sheet without being listed here.
 */
function qualifiedIndicator(ind: Indicator, q: (cell?: string) => string | undefined): Indicator {
  const out: Record<string, unknown> = { ...ind };
  for (const [key, value] of Object.entries(ind)) {
    if (key.endsWith('Cell') && typeof value === 'string') out[key] = q(value);
    else if (isEntry(value)) out[key] = { ...value, cell: q(value.cell) };
  }
  return out as unknown as Indicator;
}

function isEntry(value: unknown): value is Entry {
  return typeof value === 'object' && value !== null && 'value' in value;
}

/** A finding on a cell named with its sheet ("续表!E4") is a finding on that sheet. */
function onItsSheet(f: Finding): Finding {
  const at = f.cell?.lastIndexOf('!') ?? -1;
  return at > 0 ? { ...f, sheet: f.cell!.slice(0, at), cell: f.cell!.slice(at + 1) } : f;
}

export function resultFor(form: Form, readerFindings: Finding[], profile: RuleProfile): FormResult {
  const check = checkForm(form, profile);
  const findings = [...readerFindings, ...check.findings].map(onItsSheet).sort(compareFindings);
  return {
    sheet: form.sheet,
    sheets: [form.sheet],
    form,
    check: { ...check, findings: check.findings.map(onItsSheet) },
    findings,
  };
}

export function formNotFound(sheet: string): Finding {
  const out = new Collector(sheet);
  out.add(
    'FORM_NOT_FOUND',
    {},
    {
      zh: `工作表“${sheet}”中找不到自评表：应有“年度资金总额”行和含“三级指标”的指标表头`,
      en: `no self-evaluation form found on sheet “${sheet}”: expected a 年度资金总额 row and an indicator header with 三级指标`,
    },
  );
  return out.findings[0];
}

/**
 * The rule's total: budget score plus every indicator's rule score; undefined while any cannot be computed, and
 * where no indicator was read (a table not found is no total of the budget score alone).
 */
export function ruleTotal(check: FormCheck): number | undefined {
  if (!check.budget || check.indicators.length === 0) return undefined;
  let total = check.budget.ruleScore;
  for (const ind of check.indicators) {
    if (!ind.assessment?.ok) return undefined;
    total += ind.assessment.ruleScore;
  }
  return roundExcel(total, 2);
}
