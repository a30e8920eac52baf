import { a1, parseA1, type Grid } from '../cells';
import type { Finding } from '../findings';
import type {
  AmountUnit,
  BreakdownPart,
  BudgetBlock,
  Entry,
  Form,
  FormKind,
  Indicator,
  Level1Group,
  UnplacedLabel,
} from '../model';
import {
  BREAKDOWN,
  BUDGET_HEADER,
  BUDGET_SUM_ROW,
  BUDGET_TOTAL,
  FLAT_INDICATOR_ANCHOR,
  GOAL,
  GRADE_LABEL,
  HEADER_FIELDS,
  HEADER_TOTAL,
  INDICATOR_ANCHOR,
  INDICATOR_HEADER,
  TITLES,
  matches,
  type BudgetField,
} from '../layout/annex1';
import { Collector } from '../check/collector';
import { SheetView } from './sheetView';
import { readIndicatorTable } from './indicatorTable';
import { splitInline } from './inline';
import { readNumber } from '../numbers';

export { splitInline };

export interface SheetForms {
  forms: Form[];
  /** What the reader could not place (FIELD_MISSING naming the label looked for, FORM_NOT_FOUND, IND_PLACEHOLDER). */
  findings: Finding[][];
}

/** Texts that may fold to 三级指标 or to 年度资金总额 (spaces and line breaks may stand between the characters). */
const MAY_BE_ANCHOR = /三[\s\u3000]*级|指[\s\u3000]*标[\s\u3000]*名[\s\u3000]*称/;
/**
 * What a BUDGET_TOTAL or BUDGET_SUM_ROW label holds (资金总额, 部门预算执行情况, 整体支出规模, 合计): the cheap test
 * before folding.
 */
const MAY_BE_TOTAL =
  /总[\s\u3000]*额|执[\s\u3000]*行[\s\u3000]*情[\s\u3000]*况|支[\s\u3000]*出[\s\u3000]*规[\s\u3000]*模|合[\s\u3000]*计/;
/** How many rows a 合计 total may stand under its budget header (its parts come between them). */
const SUM_ROW_REACH = 12;

/** Finds every Annex 1 form on a sheet by its labels. A sheet with none yields no forms. */
export function readForms(grid: Grid): SheetForms {
  const bands = columnBands(new SheetView(grid));
  if (bands.length <= 1) return readColumnBand(grid);
  // Forms side by side: each is read in its own columns, as it would be alone.
  const all: SheetForms = { forms: [], findings: [] };
  for (const band of bands) {
    const part = readColumnBand(clipColumns(grid, band.left, band.right));
    all.forms.push(...part.forms);
    all.findings.push(...part.findings);
  }
  return all;
}

/**
 * The column bands of forms laid side by side: each indicator header row (一级指标 … 偏差原因) is a run of filled
 * cells; runs that share no column are different forms, and the columns between them are split halfway.
 */
function columnBands(view: SheetView): { left: number; right: number }[] {
  const runs: { left: number; right: number }[] = [];
  for (let r = 0; r < view.rows; r++) {
    const row = view.grid.cells[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const raw = row[c]?.value;
      if (typeof raw !== 'string' || !MAY_BE_ANCHOR.test(raw) || view.label(r, c) !== INDICATOR_ANCHOR) continue;
      let left = view.span(r, c).left;
      while (left > 0 && !view.isEmpty(r, left - 1)) left = view.span(r, left - 1).left;
      let right = view.span(r, c).right;
      while (right + 1 < view.cols && !view.isEmpty(r, right + 1)) right = view.span(r, right + 1).right;
      runs.push({ left, right });
    }
  }
  runs.sort((a, b) => a.left - b.left);
  const merged: { left: number; right: number }[] = [];
  for (const run of runs) {
    const last = merged[merged.length - 1];
    if (last && run.left <= last.right) last.right = Math.max(last.right, run.right);
    else merged.push({ ...run });
  }
  if (merged.length <= 1) return merged;
  return merged.map((band, i) => ({
    left: i === 0 ? 0 : Math.floor((merged[i - 1].right + band.left) / 2) + 1,
    right:
      i === merged.length - 1 ? Math.max(view.cols - 1, band.right) : Math.floor((band.right + merged[i + 1].left) / 2),
  }));
}

/** The grid with only the columns from `left` to `right` kept, at their places (A1 addresses stay the sheet's). */
function clipColumns(grid: Grid, left: number, right: number): Grid {
  const cells = grid.cells.map((row) =>
    row ? row.map((cell, c) => (c >= left && c <= right ? cell : undefined)) : row,
  );
  const merges = grid.merges
    .filter((m) => m.right >= left && m.left <= right)
    .map((m) => ({ ...m, left: Math.max(m.left, left), right: Math.min(m.right, right) }));
  return { ...grid, cells, merges };
}

function readColumnBand(grid: Grid): SheetForms {
  const view = new SheetView(grid);
  const anchors = findAnchors(view);
  const forms: ReadForm[] = [];
  const findings: Finding[][] = [];
  let regionTop = 0;
  for (let i = 0; i < anchors.length; i++) {
    const nextTop = i + 1 < anchors.length ? anchors[i + 1].top : view.rows;
    const out = new Collector(grid.name);
    const form = readRegion(view, anchors[i], regionTop, nextTop, out);
    forms.push(form);
    findings.push(out.findings);
    regionTop = Math.max(regionTop, form.lastRow + 1);
  }
  return { forms: forms.map(({ lastRow: _lastRow, ...form }) => form), findings };
}

interface BudgetRow {
  row: number;
  col: number;
  /** A 合计 row under its parts, its header this many rows or fewer above it. */
  reach?: number;
}

interface Anchor {
  /** First row that belongs to this form's search region. */
  top: number;
  budgetRow?: BudgetRow;
  indicatorHeader?: { row: number; col: number };
}

/**
 * One anchor per form: a 三级指标 header, paired with the 年度资金总额 row above it (or, with none, a 合计 row under a
 * budget header); a budget row with no indicator table after it still makes a form (whose table is then reported
 * missing).
 */
function findAnchors(view: SheetView): Anchor[] {
  const budgetRows: BudgetRow[] = [];
  const sumRows: BudgetRow[] = [];
  const headers: { row: number; col: number }[] = [];
  const namedOnRow = new Map<number, boolean>();
  for (let r = 0; r < view.rows; r++) {
    const row = view.grid.cells[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const raw = row[c]?.value;
      // Cheap test first: folding every cell of a large sheet would dominate the read.
      if (typeof raw !== 'string' || !(MAY_BE_ANCHOR.test(raw) || MAY_BE_TOTAL.test(raw))) continue;
      const label = view.label(r, c);
      if (label === INDICATOR_ANCHOR || label === `${INDICATOR_ANCHOR}名称` || isFlatHeader(view, r, label, namedOnRow))
        headers.push({ row: r, col: c });
      else if (matches(BUDGET_TOTAL, label)) budgetRows.push({ row: r, col: c });
      else if (BUDGET_SUM_ROW.test(label)) sumRows.push({ row: r, col: c, reach: SUM_ROW_REACH });
    }
  }
  const anchors: Anchor[] = [];
  let previousHeader = -1;
  for (const header of headers) {
    const between = budgetRows.filter((x) => x.row > previousHeader && x.row < header.row);
    // The last 合计 before the table is the total only where its budget header comes after the previous table
    // (whose own 合计 it is not). Only the last: a hostile sheet of many 合计 cells costs one header search.
    const lastSum = between.length === 0 ? sumRows.filter((x) => x.row < header.row).pop() : undefined;
    const sum =
      lastSum && lastSum.row > previousHeader && (findBudgetHeader(view, lastSum).headerRow ?? -1) > previousHeader
        ? lastSum
        : undefined;
    const budgetRow = between.pop() ?? sum;
    // Budget rows with no table of their own before this one are forms whose table is missing.
    for (const lone of between) anchors.push({ top: lone.row, budgetRow: lone });
    anchors.push({ top: budgetRow ? budgetRow.row : header.row, budgetRow, indicatorHeader: header });
    previousHeader = header.row;
  }
  for (const lone of budgetRows.filter((x) => x.row > previousHeader)) anchors.push({ top: lone.row, budgetRow: lone });
  anchors.sort((x, y) => x.top - y.top);
  return anchors;
}

/** 指标名称 heads a flat indicator table only where its row also names the target and the actual columns. */
function isFlatHeader(view: SheetView, r: number, label: string, namedOnRow: Map<number, boolean>): boolean {
  if (label !== FLAT_INDICATOR_ANCHOR) return false;
  // Once per row: a hostile row of a thousand 指标名称 cells is scanned once, not once per cell.
  let named = namedOnRow.get(r);
  if (named === undefined) {
    const keys = new Set<string>();
    const row = view.grid.cells[r] ?? [];
    for (let col = 0; col < row.length; col = view.span(r, col).right + 1) {
      const raw = row[col]?.value;
      if (typeof raw !== 'string') continue;
      const spec = INDICATOR_HEADER.find((s) => matches(s, view.label(r, col)));
      if (spec) keys.add(spec.key);
    }
    named = keys.has('target') && keys.has('actual');
    namedOnRow.set(r, named);
  }
  return named;
}

type ReadForm = Form & { lastRow: number };

/** How many rows from the 总分 row down the 自评等级 is looked for. */
const GRADE_ROWS = 4;

function readRegion(
  view: SheetView,
  anchor: Anchor,
  regionTop: number,
  regionBottom: number,
  out: Collector,
): ReadForm {
  const top = regionTop;
  const headerRow = anchor.indicatorHeader?.row ?? regionBottom;
  const kind = formKind(view, top, headerRow);
  const budget = anchor.budgetRow ? readBudget(view, anchor.budgetRow, headerRow, kind, out) : undefined;
  if (!anchor.budgetRow)
    out.missing(
      BUDGET_TOTAL.label,
      anchor.indicatorHeader ? a1(anchor.indicatorHeader.row, anchor.indicatorHeader.col) : undefined,
    );
  const anchorCell = a1(anchor.top, anchor.budgetRow?.col ?? anchor.indicatorHeader?.col ?? 0);
  // Only above the budget block: a 自评得分 column of the budget header is no total.
  const aboveTotal = budget ? labelledValue(view, HEADER_TOTAL, top, budget.headerRow) : undefined;
  const aboveRead = aboveTotal && readNumber(aboveTotal);
  // One written but no number (九十九分) is still the total, and reported as such where it stands.
  const headerTotal = aboveRead && (aboveRead.ok || !aboveRead.empty) ? aboveTotal : undefined;
  const table = anchor.indicatorHeader
    ? readIndicatorTable(view, anchor.indicatorHeader, regionBottom, out, headerTotal)
    : undefined;
  if (!anchor.indicatorHeader) out.missing(INDICATOR_ANCHOR, anchorCell);
  const headerTop = budget?.headerRow ?? anchor.top;
  const form: ReadForm = {
    kind,
    sheet: view.grid.name,
    year: findYear(view, top, headerTop),
    amountUnit: findAmountUnit(view, top, (anchor.budgetRow?.row ?? headerTop) + 1),
    budget: budget?.block ?? { byIncome: [], bySpending: [] },
    goal: readGoal(view, top, headerRow),
    level1Groups: table?.groups ?? [],
    indicators: table?.indicators ?? [],
    absentColumns: table?.absent,
    statedTotal: table?.statedTotal,
    totalLabelCell: table?.totalLabelCell,
    anchorCell,
    lastRow: table?.lastRow ?? anchor.budgetRow?.row ?? anchor.top,
  };
  // The 自评等级 stands on the 总分 row or just below it.
  if (table?.totalLabelCell) {
    const grade = labelledValue(view, GRADE_LABEL, table.lastRow, Math.min(regionBottom, table.lastRow + GRADE_ROWS));
    if (grade) form.statedGrade = grade;
  }
  if (kind === 'department') form.unit = labelledValue(view, HEADER_FIELDS.unit, top, headerTop);
  else {
    form.project = {
      name: labelledValue(view, HEADER_FIELDS.projectName, top, headerTop),
      department: labelledValue(view, HEADER_FIELDS.projectDepartment, top, headerTop),
      implementer: labelledValue(view, HEADER_FIELDS.projectImplementer, top, headerTop),
    };
  }
  if (budget && !form.goal.planned && !form.goal.achieved && !form.goal.labelCell)
    placeMissingGoal(view, form.goal, budget, anchor.indicatorHeader?.row ?? regionBottom);
  const named = kind === 'department' ? form.unit : form.project?.name;
  if (!named) form.unplacedName = nameLikeLabel(view, top, headerTop, kind === 'department' ? /(名称|单位)$/ : /名称$/);
  return form;
}

/** A cell that only names the unit amounts are in: 万元, 元, (亿元). */
const AMOUNT_UNIT_ONLY = /^\(?[千万亿]?元\)?$/;

/**
 * Where the unit's or project's name was not found: the first header label that reads like one (…名称, …单位) with
 * something beside it other than an amount unit (单位 | 万元), and that is no other field's label, so that the finding can name what stands there instead
 * (a page that dropped a character: 级预算单位名称).
 */
function nameLikeLabel(view: SheetView, top: number, bottom: number, like: RegExp): UnplacedLabel | undefined {
  let found: UnplacedLabel | undefined;
  eachCell(view, top, bottom, (r, c) => {
    const label = view.label(r, c);
    if (!like.test(label) || isHeaderLabel(label)) return false;
    const beside = rightOf(view, r, c)?.value;
    // 单位 | 万元 (or 金额单位: 元) says what the amounts are in, not whose form it is.
    if (beside === undefined || AMOUNT_UNIT_ONLY.test(String(beside).normalize('NFKC').trim())) return false;
    found = { text: String(view.raw(r, c)?.value ?? label).trim(), cell: a1(r, c) };
    return true;
  });
  return found;
}

/**
 * Where a form has no goal block: the cell where it would stand, the first column of the row under the budget block
 * (above the indicator table at the latest), and a label between the two that reads like a goal's (…目标…) but is
 * none the reader knows, so that the finding points there and names it.
 */
function placeMissingGoal(view: SheetView, goal: Form['goal'], budget: BudgetRead, tableRow: number): void {
  const { block } = budget;
  const cells = [
    block.labelCell,
    ...[...block.byIncome, ...block.bySpending].flatMap((p) => [
      p.labelCell,
      p.amount?.cell,
      ...Object.values(p.columns ?? {}).map((e) => e?.cell),
    ]),
  ];
  let end = budget.headerRow;
  for (const cell of cells) {
    const at = cell ? parseA1(cell) : undefined;
    if (at) end = Math.max(end, view.merge(at.row, at.col)?.bottom ?? at.row);
  }
  for (let c = 0; c < view.cols; c++) end = Math.max(end, view.merge(budget.headerRow, c)?.bottom ?? end);
  const row = Math.min(end + 1, tableRow);
  let left = view.cols;
  for (let r = budget.headerRow; r <= row && r < view.rows; r++)
    for (let c = 0; c < left; c++) if (!view.isEmpty(r, c)) left = view.master(r, c).col;
  goal.place = a1(row, left < view.cols ? left : 0);
  eachCell(view, row, tableRow, (r, c) => {
    if (view.master(r, c).row !== r || view.master(r, c).col !== c) return false;
    const label = view.label(r, c);
    if (!/目标/.test(label) || label.length > 16 || INDICATOR_HEADER.some((spec) => matches(spec, label))) return false;
    goal.unplaced = { text: String(view.raw(r, c)?.value ?? label).trim(), cell: a1(r, c) };
    goal.place = a1(r, c);
    return true;
  });
}

function eachCell(view: SheetView, top: number, bottom: number, visit: (r: number, c: number) => boolean | void): void {
  for (let r = Math.max(0, top); r < Math.min(bottom, view.rows); r++) {
    const row = view.grid.cells[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      if (row[c] === undefined) continue;
      if (visit(r, c) === true) return;
    }
  }
}

function formKind(view: SheetView, top: number, bottom: number): FormKind {
  let kind: FormKind = 'department';
  // The title may sit a few rows above the region when forms follow each other on one sheet.
  eachCell(view, top, bottom, (r, c) => {
    const label = view.label(r, c);
    if (
      label.includes(TITLES.project) ||
      matches(HEADER_FIELDS.projectName, label) ||
      /^(当年|本年)财政拨款/.test(label)
    ) {
      kind = 'project';
      return true;
    }
    if (label.includes(TITLES.department) || matches(HEADER_FIELDS.unit, label)) return true;
    return false;
  });
  return kind;
}

function findYear(view: SheetView, top: number, bottom: number): number | undefined {
  let year: number | undefined;
  eachCell(view, top, bottom, (r, c) => {
    const v = view.raw(r, c)?.value;
    if (typeof v !== 'string') return false;
    const m = /((?:19|20)\d{2})\s*年度/.exec(v.normalize('NFKC'));
    if (m) year = Number(m[1]);
    return year !== undefined;
  });
  return year;
}

function findAmountUnit(view: SheetView, top: number, bottom: number): AmountUnit {
  let unit: AmountUnit = '万元';
  eachCell(view, top, bottom, (r, c) => {
    const v = view.raw(r, c)?.value;
    if (typeof v !== 'string') return false;
    const text = v.normalize('NFKC').replace(/[\s\u3000]+/g, '');
    if (/亿元/.test(text)) {
      unit = '亿元';
      return true;
    }
    if (/万元/.test(text)) {
      unit = '万元';
      return true;
    }
    if (/\(元\)|单位[:：]?元|金额[:：]?元|^元$/.test(text)) {
      unit = '元';
      return true;
    }
    return false;
  });
  return unit;
}

/**
 * The value of a labelled field: after the label's colon in the same cell, or in the next filled cell to its right.
 * Labels earlier in the spec win (预算部门名称 over 填报单位); a stamp placeholder such as （盖章） is no value, nor
 * the year written beside it on the title line (填报单位：（盖章）（2022年度）).
 */
function labelledValue(view: SheetView, spec: { match: RegExp[] }, top: number, bottom: number): Entry | undefined {
  let best: { rank: number; entry: Entry } | undefined;
  const offer = (rank: number, entry: Entry) => {
    const text =
      typeof entry.value === 'string'
        ? entry.value.normalize('NFKC').replace(/[\s\u3000]+|\(?盖章\)?|\((?:\d{4})?年度\)/g, '')
        : entry.value;
    const filled = text !== null && text !== '';
    const score = rank + (filled ? 0 : 100);
    if (!best || score < best.rank) best = { rank: score, entry };
  };
  eachCell(view, top, bottom, (r, c) => {
    const raw = view.raw(r, c)?.value;
    if (typeof raw !== 'string') return false;
    const inline = splitInline(raw);
    const inlineRank = inline ? spec.match.findIndex((re) => re.test(inline.label)) : -1;
    if (inline && inlineRank >= 0) {
      offer(inlineRank, { cell: a1(r, c), value: inline.value === '' ? null : inline.value });
      if (inline.value !== '') return false;
    }
    const rank = inlineRank >= 0 ? inlineRank : spec.match.findIndex((re) => re.test(view.label(r, c)));
    if (rank < 0) return false;
    // A blank field is blank: the label of the next field (主管部门 | | 项目实施单位) is not its value.
    offer(rank, rightOf(view, r, c, isHeaderLabel) ?? { cell: a1(r, view.span(r, c).right + 1), value: null });
    return false;
  });
  return best?.entry;
}

function isHeaderLabel(label: string): boolean {
  return Object.values(HEADER_FIELDS).some((spec) => matches(spec, label));
}

/** The next non-empty cell to the right of (r, c) that is not the same merged cell. */
function rightOf(view: SheetView, r: number, c: number, stopAtLabel?: (label: string) => boolean): Entry | undefined {
  for (let col = view.span(r, c).right + 1; col < view.cols; col = view.span(r, col).right + 1) {
    if (view.isEmpty(r, col)) continue;
    if (stopAtLabel?.(view.label(r, col))) return undefined;
    return view.entry(r, col);
  }
  return undefined;
}

interface BudgetRead {
  block: BudgetBlock;
  headerRow: number;
}

function readBudget(view: SheetView, at: BudgetRow, stop: number, kind: FormKind, out: Collector): BudgetRead {
  const block: BudgetBlock = { labelCell: a1(at.row, at.col), byIncome: [], bySpending: [] };
  const columns = findBudgetHeader(view, at);
  const headerRow = columns.headerRow ?? at.row;
  // A label merged over the header and the figures (部门预算执行情况(万元) over 年初预算数… and the row below):
  // the figures stand on the row under the header.
  const valueRow = columns.headerRow === at.row ? at.row + 1 : at.row;
  const standIn = singleBudgetColumn(columns);
  const inTitle = columns.spans.has('weight') ? undefined : budgetWeightInTitle(view, headerRow, at.row);
  // No 分值 and no 得分 anywhere (Jiangxi's 整体支出规模: amounts and a rate only): the table does not score the
  // budget's execution, and neither column is missing.
  const unscored = inTitle === undefined && !columns.spans.has('weight') && !columns.spans.has('statedScore');
  for (const spec of BUDGET_HEADER) {
    const span = columns.spans.get(spec.key) ?? (spec.key === 'fullYearBudget' ? standIn?.span : undefined);
    if (!span && spec.key === 'weight' && inTitle !== undefined) {
      // No cell: the title's text is no number a formula could refer to.
      block.weight = { value: inTitle };
      continue;
    }
    if (!span) {
      if (spec.key !== 'initialBudget' && !(unscored && (spec.key === 'weight' || spec.key === 'statedScore')))
        out.missing(spec.label, columns.headerRow !== undefined ? a1(columns.headerRow, at.col) : block.labelCell);
      continue;
    }
    block[spec.key] = valueIn(view, valueRow, span);
  }
  if (block.statedRate && /[%％]/.test(columns.rawTexts.get('statedRate') ?? '')) block.statedRateInPercent = true;
  if (standIn) {
    if (standIn.from === 'initialBudget') {
      // One column is not two figures: nothing was adjusted, and the breakdown is read in it once.
      columns.spans.delete('initialBudget');
      delete block.initialBudget;
    }
    out.add(
      'BUDGET_SINGLE_COLUMN',
      { cell: a1(headerRow, standIn.span.left) },
      {
        zh: `预算表只有一个预算数列“${standIn.text}”（${a1(headerRow, standIn.span.left)}），以它作为全年预算数计算执行率`,
        en: `the budget block has one budget column, “${standIn.text}” (${a1(headerRow, standIn.span.left)}): it stands for the full-year budget in the execution rate`,
      },
      '全年预算数',
      standIn.text,
    );
  }
  // A 合计 total stands under its parts: they are read from the header down.
  readBreakdown(view, at.reach ? headerRow + 1 : at.row + 1, stop, columns.spans, kind, block);
  return { block, headerRow };
}

/** "(20分)" in the block's title or "(20分*执行率)" in its 得分 header: the budget's weight on a form with no 分值 column. */
const BUDGET_WEIGHT_IN_TITLE = /\((\d+(?:\.\d+)?)分(?:\)|[*×xX])/;

function budgetWeightInTitle(view: SheetView, headerRow: number, totalRow: number): number | undefined {
  for (let r = Math.min(headerRow, totalRow); r <= totalRow; r++) {
    const row = view.grid.cells[r];
    for (let c = 0; c < (row?.length ?? 0); c++) {
      const raw = row?.[c]?.value;
      // Only the budget's own title or score header: 产出指标（50分） beside it is a level-1 weight.
      if (typeof raw !== 'string' || !/预算|执行|得分/.test(raw)) continue;
      const found = BUDGET_WEIGHT_IN_TITLE.exec(raw.normalize('NFKC').replace(/[\s\u3000]+/g, ''));
      if (found) return Number(found[1]);
    }
  }
  return undefined;
}

/**
 * The one budget column of an older or simpler form: 年初预算数(A) with no 全年预算数, or a bare 预算数. It stands
 * for the full-year budget; undefined when the form has both columns.
 */
function singleBudgetColumn(
  columns: BudgetColumns,
): { span: { left: number; right: number }; text: string; from: BudgetField } | undefined {
  const full = columns.spans.get('fullYearBudget');
  const initial = columns.spans.get('initialBudget');
  if (full && !initial && columns.texts.get('fullYearBudget') === '预算数')
    return { span: full, text: columns.rawTexts.get('fullYearBudget') ?? '预算数', from: 'fullYearBudget' };
  if (!full && initial && columns.spans.has('executed'))
    return { span: initial, text: columns.rawTexts.get('initialBudget') ?? '年初预算数', from: 'initialBudget' };
  return undefined;
}

/** The first filled cell of a column span on a row, or the span's first cell when all are empty. */
function valueIn(view: SheetView, row: number, span: { left: number; right: number }): Entry {
  for (let c = span.left; c <= span.right; c = view.span(row, c).right + 1) {
    if (!view.isEmpty(row, c)) return view.entry(row, c);
  }
  return view.entry(row, span.left);
}

interface BudgetColumns {
  headerRow?: number;
  spans: Map<BudgetField, { left: number; right: number }>;
  /** The folded label each column was found by, and the text as written. */
  texts: Map<BudgetField, string>;
  rawTexts: Map<BudgetField, string>;
}

/**
 * The budget header: the nearest row above (or on) the total row that names the budget's columns. Cells above the
 * total's own label (年度预算数（万元） over 总额) are the block's title, not a column.
 */
function findBudgetHeader(view: SheetView, total: BudgetRow): BudgetColumns {
  const labelSpan = view.span(total.row, total.col);
  for (let r = total.row; r >= Math.max(0, total.row - (total.reach ?? 4)); r--) {
    const columns: BudgetColumns = { headerRow: r, spans: new Map(), texts: new Map(), rawTexts: new Map() };
    const row = view.grid.cells[r];
    const width = Math.max(row?.length ?? 0, view.cols);
    for (let c = 0; c < width; c = view.span(r, c).right + 1) {
      const label = view.label(r, c);
      if (!label) continue;
      const span = view.span(r, c);
      if (r !== total.row && span.left <= labelSpan.right && span.right >= labelSpan.left) continue;
      const spec = BUDGET_HEADER.find((s) => matches(s, label));
      if (!spec || columns.spans.has(spec.key)) continue;
      columns.spans.set(spec.key, span);
      columns.texts.set(spec.key, label);
      const raw = view.value(r, c);
      columns.rawTexts.set(spec.key, typeof raw === 'string' ? raw.replace(/[\s\u3000]+/g, '') : label);
    }
    if (columns.spans.has('fullYearBudget') || columns.spans.has('executed')) return columns;
  }
  return { spans: new Map(), texts: new Map(), rawTexts: new Map() };
}

function readBreakdown(
  view: SheetView,
  top: number,
  bottom: number,
  columns: Map<BudgetField, { left: number; right: number }>,
  kind: FormKind,
  block: BudgetBlock,
): void {
  const seen = new Set<string>();
  const rows: { r: number; labels: { c: number; part: BreakdownPart }[] }[] = [];
  for (let r = top; r < Math.min(bottom, view.rows); r++) {
    const row = view.grid.cells[r];
    if (!row) continue;
    if (rowHasGoalOrTable(view, r)) break;
    const labels: { c: number; part: BreakdownPart }[] = [];
    for (let c = 0; c < row.length; c = view.span(r, c).right + 1) {
      const raw = view.raw(r, c)?.value;
      if (typeof raw !== 'string' || view.master(r, c).col !== c || view.master(r, c).row !== r) continue;
      const inline = splitInline(raw);
      const label = inline?.label ?? view.label(r, c);
      const spec = BREAKDOWN.find((s) => s.group[kind] && matches(s, label));
      if (!spec || seen.has(spec.key)) continue;
      seen.add(spec.key);
      const part: BreakdownPart = { key: spec.key, label: spec.label, labelCell: a1(r, c) };
      // "一般公共预算：2967.76": label and amount in one cell. A bare trailing colon is just a label.
      if (inline && inline.value !== '') part.amount = { cell: a1(r, c), value: inline.value };
      labels.push({ c, part });
      (spec.group[kind] === 'income' ? block.byIncome : block.bySpending).push(part);
    }
    if (labels.length > 0) rows.push({ r, labels });
  }
  // Sub-rows that repeat the budget columns (全年预算数, 全年执行数…) are read column by column, all of them.
  const perColumn = rows.some(
    ({ r, labels }) =>
      labels.length === 1 && columnAmounts(view, r, view.span(r, labels[0].c).right, columns).filled >= 2,
  );
  for (const { r, labels } of rows) {
    for (const { c, part } of labels) {
      if (part.amount) continue;
      const right = view.span(r, c).right;
      if (perColumn && labels.length === 1) part.columns = columnAmounts(view, r, right, columns).amounts;
      else
        part.amount = rightOf(view, r, c, isBreakdownLabel) ?? {
          cell: a1(r, right + 1),
          value: null,
        };
    }
  }
}

/** A breakdown part's label, bare or with its amount typed in ("项目支出:156.2"): never another part's amount. */
function isBreakdownLabel(label: string): boolean {
  const inline = splitInline(label)?.label;
  return BREAKDOWN.some((s) => matches(s, label) || (inline !== undefined && matches(s, inline)));
}

/** Amounts under the budget columns right of a breakdown label, and how many of them are filled. */
function columnAmounts(
  view: SheetView,
  r: number,
  labelRight: number,
  columns: Map<BudgetField, { left: number; right: number }>,
): { amounts: NonNullable<BreakdownPart['columns']>; filled: number } {
  const amounts: NonNullable<BreakdownPart['columns']> = {};
  let filled = 0;
  for (const key of ['initialBudget', 'fullYearBudget', 'executed'] as const) {
    const span = columns.get(key);
    if (!span || span.left <= labelRight) continue;
    const entry = valueIn(view, r, span);
    if (!view.isEmpty(r, span.left) || entry.value !== null) filled++;
    amounts[key] = entry;
  }
  return { amounts, filled };
}

function rowHasGoalOrTable(view: SheetView, r: number): boolean {
  const row = view.grid.cells[r] ?? [];
  for (let c = 0; c < row.length; c++) {
    const label = view.label(r, c);
    if (
      label &&
      (matches(GOAL.heading, label) ||
        matches(GOAL.planned, label) ||
        label === INDICATOR_ANCHOR ||
        label === '绩效指标')
    )
      return true;
  }
  return false;
}

function readGoal(view: SheetView, top: number, bottom: number): Form['goal'] {
  const goal: Form['goal'] = {};
  let heading: { r: number; c: number } | undefined;
  const isGoalLabel = (l: string) => matches(GOAL.heading, l) || matches(GOAL.planned, l) || matches(GOAL.achieved, l);
  const rankIn = (spec: { match: RegExp[] }, label: string) => spec.match.findIndex((re) => re.test(label));
  // Each side takes the label its spec ranks first (预期目标 over 项目年度目标), the top-left one among equals.
  const best: Partial<Record<'planned' | 'achieved', { rank: number; r: number; c: number }>> = {};
  eachCell(view, top, bottom, (r, c) => {
    if (view.master(r, c).row !== r || view.master(r, c).col !== c) return false;
    const label = view.label(r, c);
    if (!label) return false;
    if (matches(GOAL.heading, label) && !heading) heading = { r, c };
    const besideHeading =
      GOAL.plannedBesideHeading.test(label) && heading !== undefined && (heading.r !== r || heading.c !== c);
    for (const side of ['planned', 'achieved'] as const) {
      const rank = side === 'planned' && besideHeading ? GOAL.planned.match.length : rankIn(GOAL[side], label);
      if (rank >= 0 && (best[side] === undefined || rank < best[side].rank)) best[side] = { rank, r, c };
    }
    return false;
  });
  for (const side of ['planned', 'achieved'] as const) {
    const at = best[side];
    if (!at) continue;
    // A label that is also the heading (年度目标 with its text beside it) has no text below it to take.
    if (heading && heading.r === at.r && heading.c === at.c && best[side === 'planned' ? 'achieved' : 'planned'])
      continue;
    goal[side] = below(view, at.r, at.c, bottom, isGoalLabel) ??
      rightOf(view, at.r, at.c, isGoalLabel) ?? { cell: a1(at.r + 1, at.c), value: null };
  }
  if (heading) {
    goal.labelCell = a1(heading.r, heading.c);
    // A heading with its text beside it and no 预期目标/实际完成情况 labels: the planned text, then the achieved one.
    if (!goal.planned && !goal.achieved) {
      goal.planned = rightOf(view, heading.r, heading.c, isGoalLabel);
      const at = goal.planned?.cell ? parseA1(goal.planned.cell) : undefined;
      if (at) goal.achieved = rightOf(view, at.row, at.col, isGoalLabel);
    }
  } else if (goal.planned?.cell) goal.labelCell = goal.planned.cell;
  return goal;
}

/** The first filled cell below (r, c), within its column span, above `bottom`; stops at a label. */
function below(
  view: SheetView,
  r: number,
  c: number,
  bottom: number,
  stop: (label: string) => boolean,
): Entry | undefined {
  const { left, right } = view.span(r, c);
  const start = (view.merge(r, c)?.bottom ?? r) + 1;
  for (let row = start; row < Math.min(bottom, start + 4, view.rows); row++) {
    for (let col = left; col <= right; col++) {
      if (view.isEmpty(row, col)) continue;
      if (
        stop(view.label(row, col)) ||
        view.label(row, col) === INDICATOR_ANCHOR ||
        view.label(row, col) === '绩效指标'
      )
        return undefined;
      return view.entry(row, col);
    }
  }
  return undefined;
}

export type { Level1Group, Indicator };
