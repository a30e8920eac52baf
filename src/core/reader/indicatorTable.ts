import { a1 } from '../cells';
import type { Entry, Indicator, Level1Group, RequiredColumn } from '../model';
import {
  DETAIL_ROW,
  INDICATOR_ANCHOR,
  INDICATOR_HEADER,
  NOTE_ROW,
  NUMBERED_DETAIL,
  NUMBERED_INDICATOR,
  TOTAL_ROW,
  type IndicatorField,
} from '../layout/annex1';
import { splitInline } from './inline';
import { placeholderKind, withoutCoreMark } from '../values';
import { readNumber } from '../numbers';
import { readGrade } from '../grade';
import type { Collector } from '../check/collector';
import type { SheetView } from './sheetView';

type Span = { left: number; right: number };

export interface IndicatorTable {
  indicators: Indicator[];
  /** Required columns not found (each reported once). */
  absent: RequiredColumn[];
  groups: Level1Group[];
  statedTotal?: Entry;
  totalLabelCell?: string;
  lastRow: number;
}

const REQUIRED: RequiredColumn[] = ['name', 'target', 'actual', 'weight', 'statedScore', 'deviation'];

/** Reads the indicator table whose 三级指标 header is at `anchor`, down to its 总分 row or the region's end. */
export function readIndicatorTable(
  view: SheetView,
  anchor: { row: number; col: number },
  bottom: number,
  out: Collector,
  headerTotal?: Entry,
): IndicatorTable {
  const { spans, dataTop, unplaced } = readHeader(view, anchor.row);
  const nameSpan = spans.get('name') ?? { left: anchor.col, right: anchor.col };
  const levels = new Levels(view, spans);
  let indicators: Indicator[] = [];
  const numbered = new NumberedItems();
  let blankRun = 0;
  let lastRow = dataTop - 1;
  let total: StatedTotal | undefined;
  for (let r = dataTop; r < Math.min(bottom, view.rows); r++) {
    total = totalOn(view, r, nameSpan.right, spans.get('statedScore'));
    if (total) break;
    if (rowIsBlank(view, r)) {
      if (++blankRun >= 3) break;
      continue;
    }
    blankRun = 0;
    if (isNoteRow(view, r, nameSpan.right)) continue;
    if (coveredByWideMerge(view, r, nameSpan.left, spans)) {
      // A note across the table ends it; a total may still follow the note.
      total = totalBelow(view, r + 1, Math.min(bottom, r + 6), nameSpan.right, spans.get('statedScore'));
      break;
    }
    if (view.label(r, nameSpan.left) === INDICATOR_ANCHOR) break;
    lastRow = r;
    levels.follow(r);
    const row = readRow(view, r, spans, nameSpan);
    if (DETAIL_ROW.test(row.name) && isBlankValue(row.weight)) continue;
    if (isEmptyRow(row)) {
      reportResidueRow(view, r, spans, row, out);
      continue;
    }
    indicators.push({
      index: indicators.length + 1,
      level1: levels.level1.name,
      level1Cell: levels.level1.cell,
      level2: levels.level2,
      name: row.name,
      nameCell: row.nameCell,
      ...(row.core ? { core: true } : {}),
      target: row.target,
      ...(row.initialTarget ? { initialTarget: row.initialTarget } : {}),
      actual: row.actual,
      weight: row.weight ?? { cell: a1(r, nameSpan.right + 1), value: null },
      statedScore: row.statedScore,
      ...(row.scoreShare ? { scoreShare: row.scoreShare } : {}),
      deviation: row.deviation,
    });
    numbered.follow(indicators, `${levels.level1.name}/${levels.level2}`, isBlankValue(row.weight));
  }
  indicators = numbered.withoutDetails(indicators);
  if (total) lastRow = total.lastRow;
  const absent = absentColumns(spans, indicators);
  for (const key of absent) {
    const spec = INDICATOR_HEADER.find((s) => s.key === key);
    out.missingColumn(spec?.label ?? key, a1(anchor.row, anchor.col), unplaced);
  }
  if (indicators.length === 0) reportNoIndicator(anchor, a1(dataTop, nameSpan.left), out);
  // No 总分 row: a total stated above the tables stands for it.
  const statedTotal = total?.statedTotal ?? headerTotal;
  if (!total && !headerTotal) out.missing('总分', a1(lastRow + 1, anchor.col));
  return {
    indicators,
    absent,
    groups: [...levels.groups.values()],
    statedTotal,
    totalLabelCell: total?.totalLabelCell,
    lastRow,
  };
}

/**
 * The level-1 and level-2 names in force as the rows go down (a merged cell names its group once, on its first
 * row), and the level-1 groups with the weights they declare.
 */
class Levels {
  level1: { name: string; cell?: string } = { name: '', cell: undefined };
  level2 = '';
  readonly groups = new Map<string, Level1Group>();

  constructor(
    private readonly view: SheetView,
    private readonly spans: Map<IndicatorField, Span>,
  ) {}

  follow(r: number): void {
    const { view, spans } = this;
    const l1 = levelText(view, r, spans.get('level1'));
    // The level-1 weight in a column of its own (自评权重 beside 分解目标) rather than in the title.
    const l1Weight = entryAt(view, r, spans.get('level1Weight'))?.value;
    if (l1 && l1.weight === undefined && typeof l1Weight === 'number') l1.weight = l1Weight;
    if (l1) {
      this.level1 = { name: l1.name, cell: l1.cell };
      const group = this.groups.get(l1.name);
      if (!group) this.groups.set(l1.name, { name: l1.name, declaredWeight: l1.weight, cell: l1.cell });
      else if (l1.weight !== undefined && group.declaredWeight === undefined) group.declaredWeight = l1.weight;
    }
    const level2 = spans.get('level2');
    const l2 = levelText(view, r, level2);
    if (l2) this.level2 = l2.name;
    else if (level2 && view.merge(r, level2.left) === undefined && l1) this.level2 = '';
  }
}

/**
 * Rows numbered 1、2、… under an indicator numbered 一、二、… in the same level-2 group, with no weight of their own:
 * they detail it, and are no indicators, when their scores add up to its score (or none is scored).
 */
class NumberedItems {
  private runs: { parent: number; children: number[] }[] = [];
  private open?: { group: string; run: { parent: number; children: number[] } };

  /** Called after each indicator is added: the last one is a numbered indicator, a detail of the open one, or neither. */
  follow(indicators: Indicator[], group: string, noWeight: boolean): void {
    const last = indicators.length - 1;
    const name = indicators[last].name;
    if (this.open && this.open.group === group && noWeight && NUMBERED_DETAIL.test(name)) {
      this.open.run.children.push(last);
      return;
    }
    this.open = undefined;
    if (!NUMBERED_INDICATOR.test(name)) return;
    const run = { parent: last, children: [] };
    this.runs.push(run);
    this.open = { group, run };
  }

  withoutDetails(indicators: Indicator[]): Indicator[] {
    const details = new Set(this.runs.filter((run) => addsUp(indicators, run)).flatMap((run) => run.children));
    if (details.size === 0) return indicators;
    return indicators.filter((_, i) => !details.has(i)).map((ind, i) => ({ ...ind, index: i + 1 }));
  }
}

function addsUp(indicators: Indicator[], run: { parent: number; children: number[] }): boolean {
  if (run.children.length === 0) return false;
  const scores = run.children.map((i) => readNumber(indicators[i].statedScore));
  if (scores.every((s) => !s.ok && s.empty)) return true;
  const parent = readNumber(indicators[run.parent].statedScore);
  if (!parent.ok || scores.some((s) => !s.ok)) return false;
  const sum = scores.reduce((total, s) => total + (s.ok ? s.value : 0), 0);
  return Math.abs(sum - parent.value) < 0.005;
}

/** One row of the table: the indicator's name (★ taken off) and its cells as the header's columns place them. */
interface RowCells {
  name: string;
  nameCell?: string;
  /** Marked ★: a core indicator. */
  core: boolean;
  target: Entry;
  initialTarget?: Entry;
  actual: Entry;
  weight?: Entry;
  statedScore?: Entry;
  scoreShare?: Entry;
  deviation?: Entry;
}

function readRow(view: SheetView, r: number, spans: Map<IndicatorField, Span>, nameSpan: Span): RowCells {
  const nameEntry = view.entry(r, nameSpan.left);
  const written =
    typeof nameEntry.value === 'string'
      ? nameEntry.value.replace(/[\s\u3000]+/g, '')
      : nameEntry.value === null
        ? ''
        : String(nameEntry.value);
  const coreName = withoutCoreMark(written);
  return {
    name: coreName ?? written,
    nameCell: nameEntry.cell,
    core: coreName !== undefined,
    ...targets(view, r, spans),
    actual: composed(view, r, spans, 'actual'),
    weight: entryAt(view, r, spans.get('weight')),
    statedScore: spans.has('statedScore') ? entryAt(view, r, spans.get('statedScore')) : undefined,
    scoreShare: spans.has('scoreShare') ? entryAt(view, r, spans.get('scoreShare')) : undefined,
    deviation: spans.has('deviation') ? entryAt(view, r, spans.get('deviation')) : undefined,
  };
}

/**
 * The 年度指标值, or the 调整指标值 beside it where the form has one and it is filled: the target in force, and then
 * the 年初指标值 it replaced.
 */
function targets(
  view: SheetView,
  r: number,
  spans: Map<IndicatorField, Span>,
): { target: Entry; initialTarget?: Entry } {
  const adjusted = spans.has('adjustedTarget') ? composed(view, r, spans, 'adjustedTarget') : undefined;
  const initial = composed(view, r, spans, 'target');
  return adjusted && !isBlankValue(adjusted) ? { target: adjusted, initialTarget: initial } : { target: initial };
}

/** No values, and no name or only a template's placeholder for one: a row left over, not an indicator. */
function isEmptyRow(row: RowCells): boolean {
  const valuesBlank = [row.target, row.actual, row.weight, row.statedScore].every((e) => isBlankValue(e));
  return valuesBlank && (row.name === '' || placeholderKind(row.name) !== undefined);
}

/** Residue may stand in the name or, on a row of its own, in a level column ("……" under the last group). */
function reportResidueRow(
  view: SheetView,
  r: number,
  spans: Map<IndicatorField, Span>,
  row: RowCells,
  out: Collector,
): void {
  const residue =
    placeholderKind(row.name) === 'residue'
      ? { text: row.name, cell: row.nameCell }
      : ownResidue(view, r, [spans.get('level1'), spans.get('level2')]);
  if (!residue) return;
  out.add(
    'IND_PLACEHOLDER',
    { cell: residue.cell },
    {
      zh: `指标行留有模板残留“${residue.text}”，请填写或删除该行`,
      en: `an indicator row holds template residue “${residue.text}”: fill it in or delete the row`,
    },
    undefined,
    residue.text,
  );
}

/** The required columns the header lacks; a 分值 written in every name's title stands for its column. */
function absentColumns(spans: Map<IndicatorField, Span>, indicators: Indicator[]): RequiredColumn[] {
  const absent = REQUIRED.filter((key) => !spans.has(key));
  if (absent.includes('weight') && weightsFromNames(indicators)) absent.splice(absent.indexOf('weight'), 1);
  return absent;
}

/** A table with no indicator, pointed at its first 三级指标 cell: where the user starts typing. */
function reportNoIndicator(anchor: { row: number; col: number }, firstCell: string, out: Collector): void {
  out.add(
    'FIELD_MISSING',
    { cell: firstCell },
    {
      zh: `指标表（${a1(anchor.row, anchor.col)}）下没有任何三级指标`,
      en: `the indicator table (${a1(anchor.row, anchor.col)}) holds no level-3 indicator`,
    },
    INDICATOR_ANCHOR,
  );
}

/** A weight written in the name's title, "改造户数（5分）": a template with no 分值 column. */
const WEIGHT_IN_TITLE = /\((\d+(?:\.\d+)?)分\)/;

/** With no 分值 column, every indicator whose name carries its weight takes it; true when all do. */
function weightsFromNames(indicators: Indicator[]): boolean {
  const weights = indicators.map((ind) => WEIGHT_IN_TITLE.exec(ind.name.normalize('NFKC')));
  if (indicators.length === 0 || weights.some((w) => !w)) return false;
  indicators.forEach((ind, i) => (ind.weight = { cell: ind.nameCell, value: Number(weights[i]![1]) }));
  return true;
}

/**
 * Labels above or in an indicator header that name no column of their own: the block's label among them (绩效指标;
 * 年度绩效目标(80分) and 年度绩效目标1(80分) on Hubei's template), never listed as a header not recognised.
 */
const NOT_A_COLUMN = /^(绩效指标|年度绩效目标\d*|指标|序号|备注|说明|评分标准|指标解释)$/;

/**
 * Column spans of the header. The row above may hold labels merged down into it (实际完成值 over two header rows)
 * or grouping labels over it (年度指标值 over 指标性质 | 指标值 | 度量单位): both count, but any label of the header
 * row itself wins. A second header row below refines them.
 */
function readHeader(
  view: SheetView,
  row: number,
): { spans: Map<IndicatorField, Span>; dataTop: number; unplaced: { text: string; cell: string }[] } {
  const spans = new Map<IndicatorField, Span>();
  const rank = new Map<IndicatorField, number>();
  const unplaced: { text: string; cell: string }[] = [];
  let dataTop = row + 1;
  const scan = (r: number, mode: 'upper' | 'header' | 'refining'): boolean => {
    let found = false;
    for (let c = 0; c < view.cols; c = view.span(r, c).right + 1) {
      if (view.master(r, c).row !== r) continue;
      const label = view.label(r, c);
      if (!label) continue;
      const span = view.span(r, c);
      const bottom = view.merge(r, c)?.bottom ?? r;
      if (mode === 'upper' && bottom < row && !labelsUnder(view, row, span)) continue;
      let matched = false;
      for (const spec of INDICATOR_HEADER) {
        const i = spec.match.findIndex((re) => re.test(label));
        if (i < 0) continue;
        matched = true;
        const weight = mode === 'refining' ? -1 : mode === 'upper' ? 100 + i : i;
        // The first pattern wins (分值 over 权重, 得分 over 折算得分); the header row over the row above it.
        if ((rank.get(spec.key) ?? Infinity) <= weight) break;
        spans.set(spec.key, span);
        rank.set(spec.key, weight);
        found = true;
        if (mode !== 'refining') dataTop = Math.max(dataTop, bottom + 1);
        break;
      }
      if (!matched && mode === 'header' && !NOT_A_COLUMN.test(label) && label !== INDICATOR_ANCHOR) {
        const raw = view.value(r, c);
        unplaced.push({ text: typeof raw === 'string' ? raw.replace(/[\s\u3000]+/g, '') : label, cell: a1(r, c) });
      }
    }
    return found;
  };
  if (row > 0) scan(row - 1, 'upper');
  scan(row, 'header');
  if (row + 1 < view.rows && scan(row + 1, 'refining')) dataTop = Math.max(dataTop, row + 2);
  return { spans, dataTop, unplaced };
}

/** Whether the header row holds labels under a span: the span is a group title over them. */
function labelsUnder(view: SheetView, row: number, span: Span): boolean {
  for (let c = span.left; c <= span.right; c = view.span(row, c).right + 1) {
    if (view.master(row, c).row === row && view.label(row, c)) return true;
  }
  return false;
}

function findTotalLabel(view: SheetView, r: number, maxCol: number): number | undefined {
  for (let c = 0; c <= maxCol && c < view.cols; c++) {
    const raw = view.value(r, c);
    if (typeof raw !== 'string' || !/[总合计综]/.test(raw)) continue;
    const label = view.label(r, c);
    if (label && TOTAL_ROW.some((re) => re.test(label))) return view.master(r, c).col;
  }
  return undefined;
}

/** A row that holds a note (其他需要说明事项, 备注, 说明) in its first columns, not an indicator. */
function isNoteRow(view: SheetView, r: number, maxCol: number): boolean {
  for (let c = 0; c <= maxCol && c < view.cols; c = view.span(r, c).right + 1) {
    if (view.master(r, c).row !== r || view.isEmpty(r, c)) continue;
    const label = view.label(r, c);
    return label !== '' && NOTE_ROW.some((re) => re.test(label));
  }
  return false;
}

/** The total stated below a note that ended the table. */
function totalBelow(
  view: SheetView,
  top: number,
  bottom: number,
  maxCol: number,
  scoreSpan: Span | undefined,
): StatedTotal | undefined {
  for (let r = top; r < Math.min(bottom, view.rows); r++) {
    const total = totalOn(view, r, maxCol, scoreSpan);
    if (total) return total;
  }
  return undefined;
}

interface StatedTotal {
  statedTotal: Entry;
  totalLabelCell: string;
  lastRow: number;
}

/** The total on row r: a 总分 row, or "自评总分：95" in one cell. */
function totalOn(view: SheetView, r: number, maxCol: number, scoreSpan: Span | undefined): StatedTotal | undefined {
  const at = findTotalLabel(view, r, maxCol);
  if (at !== undefined)
    return { statedTotal: totalValue(view, r, at, scoreSpan), totalLabelCell: a1(r, at), lastRow: r };
  for (let c = 0; c <= maxCol && c < view.cols; c = view.span(r, c).right + 1) {
    const raw = view.value(r, c);
    if (typeof raw !== 'string' || view.master(r, c).row !== r || !/[总综]/.test(raw)) continue;
    const inline = splitInline(raw);
    if (inline && inline.value !== '' && TOTAL_ROW.some((re) => re.test(inline.label))) {
      const cell = a1(r, view.master(r, c).col);
      return { statedTotal: { cell, value: inline.value.replace(/分$/, '') }, totalLabelCell: cell, lastRow: r };
    }
  }
  return undefined;
}

function totalValue(view: SheetView, r: number, labelCol: number, scoreSpan: Span | undefined): Entry {
  if (scoreSpan) {
    const e = entryAt(view, r, scoreSpan);
    // A grade under 得分 (总分(100分) · 100 · 自评等级 · 优, yn-baoshan-tyjrswj-2022): the total is the number beside 总分.
    const grade = typeof e?.value === 'string' && readGrade(e.value) !== undefined;
    if (e && !isBlankValue(e) && !grade) return e;
  }
  let last: Entry | undefined;
  for (let c = view.span(r, labelCol).right + 1; c < view.cols; c = view.span(r, c).right + 1) {
    const e = view.entry(r, c);
    if (typeof e.value === 'number' || (typeof e.value === 'string' && /\d/.test(e.value))) last = e;
  }
  return (
    last ?? (scoreSpan ? view.entry(r, scoreSpan.left) : { cell: a1(r, view.span(r, labelCol).right + 1), value: null })
  );
}

function rowIsBlank(view: SheetView, r: number): boolean {
  const row = view.grid.cells[r];
  if (!row) return true;
  for (let c = 0; c < row.length; c++)
    if (row[c] !== undefined && !view.isEmpty(r, c) && view.master(r, c).row === r) return false;
  return true;
}

/** A note merged across the table (填表说明…) ends it. */
function coveredByWideMerge(view: SheetView, r: number, nameCol: number, spans: Map<IndicatorField, Span>): boolean {
  const m = view.merge(r, nameCol);
  if (!m) return false;
  const covered = [...spans.values()].filter((s) => s.left >= m.left && s.right <= m.right).length;
  return covered >= 3;
}

/** Template residue typed on this row itself (not merged down from above) in one of the given columns. */
function ownResidue(
  view: SheetView,
  r: number,
  spans: (Span | undefined)[],
): { text: string; cell: string } | undefined {
  for (const span of spans) {
    if (!span || view.master(r, span.left).row !== r) continue;
    const text = view.label(r, span.left);
    if (text && placeholderKind(text) === 'residue') return { text, cell: a1(r, view.master(r, span.left).col) };
  }
  return undefined;
}

function levelText(
  view: SheetView,
  r: number,
  span: Span | undefined,
): { name: string; weight?: number; cell: string } | undefined {
  if (!span) return undefined;
  const e = view.entry(r, span.left);
  if (typeof e.value !== 'string') return undefined;
  const name = view.label(r, span.left);
  if (!name || placeholderKind(name) !== undefined) return undefined;
  const w = /(\d+(?:\.\d+)?)分/.exec(e.value.normalize('NFKC').replace(/[\s\u3000]+/g, ''));
  return { name, weight: w ? Number(w[1]) : undefined, cell: e.cell! };
}

function entryAt(view: SheetView, r: number, span: Span | undefined): Entry | undefined {
  if (!span) return undefined;
  for (let c = span.left; c <= span.right; c = view.span(r, c).right + 1) {
    if (!view.isEmpty(r, c)) return view.entry(r, c);
  }
  return view.entry(r, span.left);
}

/** A target or actual, joined from a comparison column, the value columns and a unit column where the form splits them. */
function composed(
  view: SheetView,
  r: number,
  spans: Map<IndicatorField, Span>,
  key: 'target' | 'adjustedTarget' | 'actual',
): Entry {
  const span = spans.get(key);
  if (!span) return { value: null };
  const parts: Entry[] = [];
  const pushSpan = (s: Span | undefined) => {
    if (!s) return;
    for (let c = s.left; c <= s.right; c = view.span(r, c).right + 1)
      if (!view.isEmpty(r, c)) parts.push(view.entry(r, c));
  };
  if (key !== 'actual') pushSpan(spans.get('comparison'));
  const beforeValue = parts.length;
  pushSpan(span);
  // A comparison or unit with no value beside it (定量指标 · 次 over a target the unit left blank) is no target.
  if (parts.length === beforeValue) return entryAt(view, r, span) ?? { value: null };
  const valueEnd = parts.length > 0 ? cellText(parts[parts.length - 1]).trim() : '';
  // A unit the value already carries (100% under 计量单位 %) is not written twice.
  if (key !== 'actual') {
    const before = parts.length;
    pushSpan(spans.get('unit'));
    const unit = parts.length > before ? cellText(parts[parts.length - 1]).trim() : '';
    if (unit && valueEnd.endsWith(unit)) parts.pop();
    // 150万 under 万元: the 万 is typed once, not twice (150万万元 would read as 亿元).
    else if (/[万亿]$/.test(valueEnd) && unit.startsWith(valueEnd[valueEnd.length - 1]))
      parts[parts.length - 1] = { ...parts[parts.length - 1], value: unit.slice(1) };
  }
  const meaningful = parts.filter(
    (p) => !(typeof p.value === 'string' && /^[\s\u3000]*定(性|量)(指标)?[\s\u3000]*$/.test(p.value)),
  );
  const unique = meaningful.filter((p, i) => meaningful.findIndex((q) => q.cell === p.cell) === i);
  if (unique.length === 0) return entryAt(view, r, span) ?? { value: null };
  if (unique.length === 1) return unique[0];
  const valueCell = unique.find((p) => typeof p.value === 'number') ?? unique[0];
  return { cell: valueCell.cell, value: unique.map(cellText).join('') };
}

function cellText(e: Entry): string {
  if (typeof e.value === 'number' && e.numFmt?.includes('%')) return `${Number((e.value * 100).toPrecision(12))}%`;
  if (e.value === null) return '';
  if (typeof e.value === 'object') return e.value.error;
  return String(e.value);
}

function isBlankValue(e: Entry | undefined): boolean {
  if (!e || e.value === null) return true;
  if (typeof e.value !== 'string') return false;
  const t = e.value.replace(/[\s\u3000]+/g, '');
  return t === '' || placeholderKind(t) === 'blank';
}
