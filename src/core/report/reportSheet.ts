import { a1, type CellValue, type Grid } from '../cells';
import { INPUT_FIELDS, inputLabel } from './inputs';
import type { Annex2Sheet } from '../layout/writeAnnex2';
import { FIRST_ROW, GAP_FILL, inputAddress, REPORT_COLUMNS, REPORT_MARK } from './columns';
import { marksIn } from './words';
import { parseOutline, type Outline } from './outline';
import { contentHash } from './contentHash';
import { isHeadingId, type KeepHeading } from './draft';

/** What a report cell holds, as written: "=formula" or the text. */
function contentOf(formula: string | undefined, value: CellValue): string {
  if (formula) return `=${formula}`;
  if (value === null) return '';
  return typeof value === 'object' ? value.error : String(value);
}

export interface ReportRow {
  /** The sheet row it stands in (0-based). */
  row?: number;
  id?: string;
  content: string;
  /** What it shows now (a formula's result). */
  shown: string;
  hash?: string;
}

export interface ExistingReport {
  sheetName: string;
  rows: ReportRow[];
  inputs: Record<string, CellValue>;
  /** Where each input's value stands now: found by its label, since rows may have been inserted above it. */
  inputAt: Record<string, string>;
  /** The outline the report was drafted to, when it is not the built-in one. */
  outline?: Outline;
  /** How many hidden test cells the last draft wrote (F1 down: Annex2Sheet's checks), to clear those left over. */
  checks: number;
}

/** A report sheet ZiPing drafted, recognised by the mark in A1; undefined for any other sheet. */
export function readReportSheet(grid: Grid): ExistingReport | undefined {
  const mark = grid.cells[0]?.[REPORT_COLUMNS.id]?.value;
  if (mark !== REPORT_MARK) return undefined;
  const rows: ReportRow[] = [];
  for (let r = 1; r < grid.cells.length; r++) {
    const row = grid.cells[r];
    const idCell = row?.[REPORT_COLUMNS.id]?.value;
    const text = row?.[REPORT_COLUMNS.text];
    const hashCell = row?.[REPORT_COLUMNS.hash]?.value;
    const content = contentOf(text?.formula, text?.value ?? null);
    if (idCell === undefined && content === '') continue;
    rows.push({
      row: r,
      id: typeof idCell === 'string' && idCell !== '' ? idCell : undefined,
      content,
      shown: contentOf(undefined, text?.value ?? null),
      hash: typeof hashCell === 'string' ? hashCell : undefined,
    });
  }
  const inputs: Record<string, CellValue> = {};
  const inputAt: Record<string, string> = {};
  const byLabel = new Map(
    INPUT_FIELDS.flatMap((f) =>
      (['zh', 'en'] as const).flatMap((lang) =>
        (['万元', '元', '亿元'] as const).map((unit) => [inputLabel(f, lang, unit), f.key] as [string, string]),
      ),
    ),
  );
  grid.cells.forEach((row, r) => {
    const label = row?.[REPORT_COLUMNS.label]?.value;
    const key = typeof label === 'string' ? byLabel.get(label.trim()) : undefined;
    if (!key || inputAt[key]) return;
    inputAt[key] = a1(r, REPORT_COLUMNS.value);
    inputs[key] = row?.[REPORT_COLUMNS.value]?.value ?? null;
  });
  INPUT_FIELDS.forEach((f, i) => {
    if (inputAt[f.key]) return;
    // A label the user removed: its figure is missing, and the input's usual place stands in for it.
    inputAt[f.key] = inputAddress(i);
    inputs[f.key] = null;
  });
  let checks = 0;
  while (grid.cells[checks]?.[REPORT_COLUMNS.check]?.formula) checks++;
  return { sheetName: grid.name, rows, inputs, inputAt, outline: storedOutline(grid), checks };
}

/** The outline kept in the report sheet's OUTLINE_CELL; undefined when there is none or it cannot be read. */
function storedOutline(grid: Grid): Outline | undefined {
  const text = grid.cells[0]?.[REPORT_COLUMNS.hash]?.value;
  if (typeof text !== 'string' || !text.startsWith('{')) return undefined;
  try {
    return parseOutline(JSON.parse(text)).outline;
  } catch {
    return undefined;
  }
}

/** The form sheet a report's formulas refer to ('附件1'!F6 → 附件1). */
export function linkedFormSheet(grid: Grid): string | undefined {
  for (const row of grid.cells) {
    const f = row?.[REPORT_COLUMNS.text]?.formula;
    if (!f) continue;
    const m = /'((?:[^']|'')+)'!|(?<![A-Za-z0-9_.'])([^\s'!"&(),=+\-*/<>$]+)!\$?[A-Z]{1,3}\$?\d/.exec(f);
    if (m) return (m[1] ?? m[2]).replace(/''/g, "'");
  }
  return undefined;
}

/** A paragraph the user rewrote, for which ZiPing's new draft reads differently: theirs to take or leave. */
export interface Proposal {
  id: string;
  /** Where it stands, as a reader names it: 三、（3）资金成本. */
  label: string;
  current: string;
  proposed: string;
}

/** A paragraph that still holds gap marks (【请填写：…】), and the cell it stands in. */
export interface ReportGap {
  id: string;
  label: string;
  cell: string;
  marks: string[];
}

/** The paragraphs with gap marks, by what each shows now; `rows[i]` stands in row i + 2. */
export function gapsIn(rows: { id: string; text: string }[], labels: ReadonlyMap<string, string>): ReportGap[] {
  return rows.flatMap((row, i) => {
    const marks = marksIn(row.text);
    return marks.length === 0
      ? []
      : [{ id: row.id, label: labels.get(row.id) ?? row.id, cell: `B${i + FIRST_ROW + 1}`, marks }];
  });
}

/**
 * The fills a redraft writes in the text column: the gap fill on each row that shows a gap mark now; none on a
 * row ZiPing had filled that no longer shows one (the user wrote over the gap, or another paragraph moved there);
 * every other row as the user left it. A row was filled if it showed a mark, or holds a paragraph whose draft has
 * one (the user's words over ZiPing's 【请填写：…】). `after[i]` stands in row i + 2.
 */
export function gapFills(
  before: ReportRow[],
  after: { text: string }[],
  drafted: { id: string; text: string }[],
): { range: string; color: string | null }[] {
  const markedIds = new Set(drafted.filter((p) => marksIn(p.text).length > 0).map((p) => p.id));
  const had = new Set(
    before
      .filter((r) => r.row !== undefined && (marksIn(r.shown).length > 0 || (r.id && markedIds.has(r.id))))
      .map((r) => r.row!),
  );
  const out: { range: string; color: string | null }[] = [];
  after.forEach((r, i) => {
    const row = FIRST_ROW + i;
    if (marksIn(r.text).length > 0) out.push({ range: a1(row, REPORT_COLUMNS.text), color: GAP_FILL });
    else if (had.has(row)) out.push({ range: a1(row, REPORT_COLUMNS.text), color: null });
    had.delete(row);
  });
  for (const row of had) out.push({ range: a1(row, REPORT_COLUMNS.text), color: null });
  return out;
}

interface Redraft {
  /** Rows 2… of columns A (id), B (content) and C (hash), blanks where old rows are left over. */
  block: string[][];
  /** Rows (0-based from row 2) that are headings, for bold. */
  headingRows: number[];
  proposals: Proposal[];
  replaced: number;
  kept: number;
}

/**
 * Merges a new draft into the report as it stands: ZiPing's own paragraphs (their hash still matches) take the
 * new draft; a paragraph the user rewrote stays as it is unless its id is in `accept`, and if the draft now
 * reads differently it becomes a proposal; paragraphs the user added stay after the paragraph they followed, and
 * so do rewritten paragraphs the draft no longer has, unless their id is in `drop` (the user deleted their block).
 */
export function planRedraft(
  existing: ExistingReport,
  drafted: Annex2Sheet,
  accept: ReadonlySet<string> = new Set(),
  drop: ReadonlySet<string> = new Set(),
): Redraft {
  const byId = new Map(existing.rows.filter((r) => r.id).map((r) => [r.id!, r]));
  const extrasAfter = new Map<string | undefined, ReportRow[]>();
  let previous: string | undefined;
  for (const row of existing.rows) {
    if (row.id && drafted.paragraphs.some((p) => p.id === row.id)) previous = row.id;
    else if (usersRow(row, drop)) extrasAfter.set(previous, [...(extrasAfter.get(previous) ?? []), row]);
  }
  const block: string[][] = [];
  const headingRows: number[] = [];
  const proposals: Proposal[] = [];
  let replaced = 0;
  let kept = 0;
  const pushExtras = (after: string | undefined) => {
    for (const extra of extrasAfter.get(after) ?? []) {
      block.push([extra.id ?? '', extra.content, extra.hash ?? '']);
      kept++;
    }
  };
  pushExtras(undefined);
  for (const p of drafted.paragraphs) {
    const mine = p.formula ? `=${p.formula}` : p.text;
    const now = byId.get(p.id);
    const theirs = now !== undefined && now.hash !== contentHash(now.content);
    if (p.role === 'heading' || p.role === 'title') headingRows.push(block.length);
    if (theirs && !accept.has(p.id)) {
      block.push([p.id, now.content, now.hash ?? '']);
      kept++;
      if (p.owner === 'ziping' && now.shown !== p.text)
        proposals.push({ id: p.id, label: p.label, current: now.shown, proposed: p.text });
    } else if (
      now &&
      p.owner === 'user' &&
      !accept.has(p.id) &&
      now.content !== '' &&
      now.hash === contentHash(now.content)
    ) {
      // The user's own paragraph, still the placeholder ZiPing wrote: it may follow the language of the draft.
      block.push([p.id, mine, contentHash(mine)]);
    } else {
      if (!now || now.content !== mine) replaced++;
      block.push([p.id, mine, contentHash(mine)]);
    }
    pushExtras(p.id);
  }
  const rowsBefore = existing.rows.length;
  while (block.length < rowsBefore) block.push(['', '', '']);
  return { block, headingRows, proposals, replaced, kept };
}

/**
 * Whether a row holds the user's words, which a redraft keeps: a row they added (no id) or one they rewrote (its
 * content no longer what ZiPing wrote), unless they deleted its block (its id in `drop`).
 */
function usersRow(row: ReportRow, drop: ReadonlySet<string>): boolean {
  if (!row.id) return true;
  return !drop.has(row.id) && row.hash !== undefined && row.hash !== contentHash(row.content);
}

/**
 * Whether the report holds words of the user's under a heading, which a redraft keeps (planRedraft): the heading
 * rewritten, or below it, before the next heading or paragraph the draft has, a row the user added or a paragraph
 * they rewrote that the draft no longer has (not one whose block they deleted, `drop`). An empty heading stays
 * over them, so that they are not read as part of the section before.
 */
export function wordsUnder(rows: readonly ReportRow[], drop: ReadonlySet<string> = new Set()): KeepHeading {
  return (heading, drafted) => {
    const at = rows.findIndex((r) => r.id === heading);
    if (at < 0) return false;
    if (usersRow(rows[at], drop)) return true;
    for (let i = at + 1; i < rows.length; i++) {
      const id = rows[i].id;
      if (isHeadingId(id) || (id && drafted.has(id))) return false;
      if (usersRow(rows[i], drop)) return true;
    }
    return false;
  };
}

/**
 * The paragraphs of a merged report that hold the user's words (rewritten, or kept with 保留我的), with the block
 * each was drafted for: what the pane asks about before a block goes.
 */
export function userWords(
  block: string[][],
  drafted: { id: string; label: string; block?: string }[],
): { id: string; label: string; block: string }[] {
  const byId = new Map(drafted.map((p) => [p.id, p]));
  return block.flatMap(([id, content, hash]) => {
    const p = byId.get(id);
    return p?.block && content !== '' && hash !== contentHash(content) ? [{ id, label: p.label, block: p.block }] : [];
  });
}
