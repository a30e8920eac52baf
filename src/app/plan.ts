import { parseA1, rangeA1, type Grid } from '../core/cells';
import type { Finding, Lang, Severity } from '../core/findings';
import { SEVERITY_ORDER } from '../core/findings';
import type { Form, Indicator } from '../core/model';
import { readNumber } from '../core/numbers';
import { budgetScoreFormula, budgetScoreWordings, normalizeFormula, scoreBudget } from '../core/budgetScore';
import type { RuleProfile } from '../core/profile';
import { roundExcel } from '../core/round';
import { checkSheetInBook, ruleTotal, type FormResult } from '../core/workbook';
import { propagateWrites } from './linearFormulas';
import { formExtent, readRegion, type Rect } from './region';
import { emptySheetState, type SheetState, type WorkbookState } from './state';

/** What the gateway read from one sheet in the first round trip. */
export interface Snapshot {
  sheetId: string;
  sheetName: string;
  /** The block read, at its real position (row 0 is row 1 of the sheet), with merges where Excel tells them. */
  grid: Grid;
  /** Excel cannot tell merged areas (below ExcelApi 1.13): `grid.merges` is empty whatever the sheet holds. */
  mergesUnknown?: boolean;
  /** Which block was read. */
  read?: Rect;
  /** The sheet's used range (values only); undefined for an empty sheet. */
  used?: Rect;
  /** How many of ZiPing's flags (its conditional formats) the sheet holds now. */
  flagsPresent: number;
  /** How many of ZiPing's notes the sheet holds now; undefined where notes are not supported. */
  notesPresent?: number;
  /**
   * The sheets before and after it (in workbook order) that its forms go on over (续表, 续表二 …), or whose forms go
   * on over it, each as read: their forms are checked whole, as the CLI checks them, and ZiPing writes their scores,
   * flags and notes too.
   */
  before?: Snapshot[];
  after?: Snapshot[];
  /** The ids of every sheet of the workbook, where read: ZiPing's state of a sheet that is gone is dropped. */
  sheetIds?: string[];
}

export interface Flag {
  address: string;
  severity: Severity;
}

/** What the gateway writes in the second round trip; a part left undefined is not touched. */
export interface SheetUpdate {
  /** 得分 cells that take the rule score (null clears a score ZiPing had written). */
  values: { address: string; value: number | null }[];
  /** Formulas ZiPing wrote that the rule profile now words differently (with "="). */
  formulas?: { address: string; formula: string }[];
  /** The full set of flags to show, replacing ZiPing's previous ones. */
  flags?: Flag[];
  /** The full set of notes to show, replacing ZiPing's previous ones. */
  notes?: { address: string; text: string }[];
  sheetState: SheetState;
}

/** A score the user typed, as the pane lists it. */
export interface UserScore {
  key: string;
  cell?: string;
  indicator: string;
  stated?: number;
  ruleScore?: number;
}

export interface Evaluation {
  sheetId: string;
  sheetName: string;
  results: FormResult[];
  notFound?: Finding;
  findings: Finding[];
  userScores: UserScore[];
  /** Each form's total by the rules, where every score can be computed. */
  ruleTotals: (number | undefined)[];
}

export interface PlanOptions {
  lang: Lang;
  /** Notes can be written (ExcelApi 1.18). */
  notes: boolean;
  /** Indicator keys whose score goes back to the rule score. */
  resetScores?: string[];
  /**
   * The user has just changed the rule profile: a budget-score formula in one of ZiPing's wordings (the other
   * capExecutionScore's, or an older one) is worded for the one now in force. Only then — otherwise a formula is the user's to keep.
   */
  rewordFormulas?: boolean;
}

export const NOTE_MARK = '【ZiPing】';

/** The key of an indicator in the sheet state: its place in the tree, and which occurrence of that name. */
function indicatorKeys(form: Form): string[] {
  const seen = new Map<string, number>();
  return form.indicators.map((ind: Indicator) => {
    const base = `${ind.level1}|${ind.level2}|${ind.name}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}#${n}`;
  });
}

/** What an indicator's score follows: its target, actual value and weight, as read. */
function inputsOf(ind: Indicator): string {
  return JSON.stringify([ind.target.value, ind.actual.value, ind.weight.value]);
}

/** What one recomputation writes on a sheet other than the one recomputed (a 续表, or the form before it). */
export interface NeighbourUpdate {
  sheetId: string;
  update: SheetUpdate;
}

/**
 * Decides what one recomputation writes: rule scores into the 得分 cells that are ZiPing's (blank, or holding
 * what ZiPing wrote last), never into a score the user typed; then the flags and notes of the findings that
 * result. A form going on over other sheets (续表) is written on each of them: `update` is the sheet's own,
 * `neighbours` the others'. Pure: the same snapshot and state always give the same update, and applying it changes
 * nothing more the next time (so ZiPing's own writes cannot start a loop).
 */
export function planUpdate(
  snapshot: Snapshot,
  state: WorkbookState,
  options: PlanOptions,
): { update: SheetUpdate; neighbours: NeighbourUpdate[]; evaluation: Evaluation } {
  const sheets = [...(snapshot.before ?? []), snapshot, ...(snapshot.after ?? [])];
  const check = (grids: Grid[]) =>
    checkSheetInBook(
      grids[sheets.indexOf(snapshot)],
      { before: grids.slice(0, sheets.indexOf(snapshot)), after: grids.slice(sheets.indexOf(snapshot) + 1) },
      state.profile,
    );
  const first = check(sheets.map((s) => s.grid));
  const reset = new Set(options.resetScores ?? []);
  const grids = sheets.map((s) => cloneRows(s.grid));
  const planned = sheets.map((sheet, i) => {
    const previous = state.sheets[sheet.sheetId] ?? emptySheetState();
    const name = sheet.grid.name;
    const scores = planRewrites(first.results, name, previous, reset);
    for (const { address, value } of scores.values) setValue(grids[i], address, value);
    const formulas: NonNullable<SheetUpdate['formulas']> = [];
    const propagated = [...scores.values];
    for (const result of options.rewordFormulas ? first.results.filter((r) => r.sheet === name) : []) {
      const rewrite = budgetScoreRewrite(result.form, sheet.grid, state.profile);
      if (!rewrite) continue;
      formulas.push({ address: rewrite.address, formula: `=${rewrite.formula}` });
      if (rewrite.before !== null) scores.before.set(rewrite.address, rewrite.before);
      propagated.push({ address: rewrite.address, value: rewrite.value });
      setFormula(grids[i], rewrite.address, rewrite.formula, rewrite.value);
    }
    if (propagated.length > 0) propagateWrites(grids[i], scores.before, propagated);
    return { sheet, previous, scores, formulas, written: propagated.length > 0 };
  });
  const second = planned.some((p) => p.written) ? check(grids) : first;
  const here = snapshot.grid.name;
  const touching = second.results.filter((r) => r.sheets.includes(here));
  const updates = planned.map(({ sheet, previous, scores, formulas }) => {
    const name = sheet.grid.name;
    const next: SheetState = { ...scores.state, flags: {} };
    const findings = [
      ...second.results.flatMap((r) => r.findings),
      ...(sheet === snapshot && second.notFound ? [second.notFound] : []),
    ];
    const marks = planMarks(
      findings.filter((f) => f.sheet === name),
      previous,
      sheet,
      options,
    );
    next.flags = marks.state;
    const region = readRegion(
      second.results.filter((r) => r.sheets.includes(name)).map((r) => formExtent(r.form, name)),
    );
    if (region) next.region = rangeA1(region);
    // The sheets read with this one: the next recomputation of any of them reads the others in its first read.
    if (sheets.length > 1) next.continued = sheets.filter((s) => s !== sheet).map((s) => s.sheetId);
    const update: SheetUpdate = { values: scores.values, sheetState: next };
    if (formulas.length > 0) update.formulas = formulas;
    if (marks.flags) update.flags = marks.flags;
    if (marks.notes) update.notes = marks.notes;
    return { sheetId: sheet.sheetId, update };
  });
  const update = updates[sheets.indexOf(snapshot)].update;
  const owned = new Set(
    updates.flatMap(({ update: u }) => [...u.sheetState.userScores, ...Object.keys(u.sheetState.held ?? {})]),
  );
  return {
    update,
    neighbours: updates.filter((u) => u.update !== update),
    evaluation: {
      sheetId: snapshot.sheetId,
      sheetName: snapshot.sheetName,
      results: touching,
      notFound: second.notFound,
      findings: [...touching.flatMap((r) => r.findings), ...(second.notFound ? [second.notFound] : [])],
      // A score the user undid is theirs, as one they typed, until an input of it changes.
      userScores: userScoresOf(touching, owned),
      ruleTotals: touching.map((r) => ruleTotal(r.check)),
    },
  };
}

/** A cell a form names ("E4" on its own sheet, "续表!E4" on another), as an address on `sheet`; else undefined. */
function cellOn(sheet: string, formSheet: string, cell: string | undefined): string | undefined {
  if (cell === undefined) return undefined;
  const at = cell.lastIndexOf('!');
  if (at < 0) return formSheet === sheet ? cell : undefined;
  return cell.slice(0, at) === sheet ? cell.slice(at + 1) : undefined;
}

/** What becomes of one indicator's 得分 cell. */
type ScoreDecision =
  /** The user undid ZiPing's last write: the cell stays as it is until an input changes. */
  | { kind: 'held'; written: number; replaced: number | null; inputs: string }
  /** The user's own score: kept, and checked. */
  | { kind: 'user' }
  /** ZiPing's: `want` is its rule score (null: none can be computed); `has` is what the cell holds now. */
  | { kind: 'rule'; want: number | null; has: number | null; blank: boolean };

/**
 * Whose an indicator's 得分 is, from what the cell holds, the rule score, and what ZiPing remembers of the cell
 * (previous: the sheet's state; reset: the user gave the score back to the rule). Pure.
 */
function decideScore(
  ind: Indicator,
  key: string,
  rule: number | undefined,
  previous: SheetState,
  reset: boolean,
): ScoreDecision {
  const current = readNumber(ind.statedScore);
  const last = previous.written[key];
  const blank = !current.ok && current.empty;
  const has = current.ok ? roundExcel(current.value, 2) : null;
  const inputs = inputsOf(ind);
  // The cell holds again what ZiPing's last write replaced: the user undid it. It stays so until an input changes.
  const wasReplaced = previous.replaced?.[key];
  const undone =
    !reset &&
    last !== undefined &&
    wasReplaced !== undefined &&
    has !== roundExcel(last, 2) &&
    (wasReplaced === null ? blank : has === roundExcel(wasReplaced, 2));
  const heldAt = previous.held?.[key];
  if (undone && (heldAt === undefined || heldAt === inputs))
    return { kind: 'held', written: last, replaced: wasReplaced, inputs: heldAt ?? inputs };
  const ours = blank || undone || (current.ok && last !== undefined && has === roundExcel(last, 2));
  if (!reset && !blank && (previous.userScores.includes(key) || !ours)) return { kind: 'user' };
  return { kind: 'rule', want: rule ?? null, has, blank };
}

/**
 * The rule scores written into the 得分 cells on sheet `sheet` of `results` that are ZiPing's, and what that sheet's
 * state then remembers of them (written, the user's, replaced, held; no flags). `before`: what each cell written
 * held.
 */
function planRewrites(
  results: FormResult[],
  sheet: string,
  previous: SheetState,
  reset: Set<string>,
): { values: SheetUpdate['values']; before: Map<string, number>; state: SheetState } {
  const state: SheetState = { written: {}, userScores: [], flags: {} };
  const values: SheetUpdate['values'] = [];
  const before = new Map<string, number>();
  const replaced: Record<string, number | null> = {};
  const held: Record<string, string> = {};
  for (const result of results) {
    const keys = indicatorKeys(result.form);
    result.form.indicators.forEach((ind, i) => {
      const key = keys[i];
      const cell = cellOn(sheet, result.sheet, ind.statedScore?.cell);
      if (!cell || !parseA1(cell)) return;
      const assessment = result.check.indicators[i]?.assessment;
      const decided = decideScore(
        ind,
        key,
        assessment?.ok ? assessment.ruleScore : undefined,
        previous,
        reset.has(key),
      );
      if (decided.kind === 'held') {
        state.written[key] = decided.written;
        replaced[key] = decided.replaced;
        held[key] = decided.inputs;
      } else if (decided.kind === 'user') {
        state.userScores.push(key);
      } else {
        const { want, has, blank } = decided;
        if (want !== null) state.written[key] = want;
        if (has !== want) {
          replaced[key] = blank ? null : has;
          if (has !== null) before.set(cell, has);
          values.push({ address: cell, value: want });
        } else if (previous.replaced?.[key] !== undefined) replaced[key] = previous.replaced[key];
      }
    });
  }
  if (Object.keys(replaced).length > 0) state.replaced = replaced;
  if (Object.keys(held).length > 0) state.held = held;
  return { values, before, state };
}

/**
 * The flags and notes of a sheet's findings: each given only when it differs from what the sheet shows (the
 * state's flags, the flags and notes the snapshot found), with the flags the state then remembers.
 */
function planMarks(
  findings: Finding[],
  previous: SheetState,
  present: { flagsPresent: number; notesPresent?: number },
  options: PlanOptions,
): { flags?: Flag[]; notes?: { address: string; text: string }[]; state: Record<string, Severity> } {
  const flags = flagsOf(findings);
  const state: Record<string, Severity> = {};
  for (const f of flags) state[f.address] = f.severity;
  const flagsChanged = !sameFlags(previous.flags, state) || present.flagsPresent !== flags.length;
  const notes = options.notes ? notesOf(findings, options.lang) : undefined;
  const notesChanged = notes !== undefined && (flagsChanged || present.notesPresent !== notes.length);
  return { ...(flagsChanged ? { flags } : {}), ...(notesChanged ? { notes } : {}), state };
}

/** Whether applying an update would change anything in the workbook. */
export function isNoop(update: SheetUpdate, previous: SheetState | undefined): boolean {
  return (
    update.values.length === 0 &&
    update.formulas === undefined &&
    update.flags === undefined &&
    update.notes === undefined &&
    JSON.stringify(update.sheetState) === JSON.stringify(previous ?? emptySheetState())
  );
}

function userScoresOf(results: FormResult[], owned: Set<string>): UserScore[] {
  const out: UserScore[] = [];
  for (const result of results) {
    const keys = indicatorKeys(result.form);
    result.form.indicators.forEach((ind, i) => {
      if (!owned.has(keys[i])) return;
      const a = result.check.indicators[i]?.assessment;
      const stated = readNumber(ind.statedScore);
      out.push({
        key: keys[i],
        cell: ind.statedScore?.cell,
        indicator: ind.name,
        stated: stated.ok ? stated.value : undefined,
        ruleScore: a?.ok ? a.ruleScore : undefined,
      });
    });
  }
  return out;
}

/** One flag per cell, of the most severe finding on it. */
function flagsOf(findings: Finding[]): Flag[] {
  const byCell = new Map<string, Severity>();
  for (const f of findings) {
    if (!f.cell || !parseA1(f.cell)) continue;
    const had = byCell.get(f.cell);
    if (!had || SEVERITY_ORDER.indexOf(f.severity) < SEVERITY_ORDER.indexOf(had)) byCell.set(f.cell, f.severity);
  }
  return [...byCell]
    .map(([address, severity]) => ({ address, severity }))
    .sort((a, b) => a.address.localeCompare(b.address));
}

function notesOf(findings: Finding[], lang: Lang): { address: string; text: string }[] {
  const byCell = new Map<string, string[]>();
  for (const f of findings) {
    if (!f.cell || !parseA1(f.cell)) continue;
    byCell.set(f.cell, [...(byCell.get(f.cell) ?? []), f.message[lang]]);
  }
  return [...byCell]
    .map(([address, messages]) => ({ address, text: `${NOTE_MARK}${messages.join('\n')}` }))
    .sort((a, b) => a.address.localeCompare(b.address));
}

function sameFlags(a: Record<string, Severity>, b: Record<string, Severity>): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}

function cloneRows(grid: Grid): Grid {
  return { ...grid, cells: grid.cells.map((row) => (row ? [...row] : row)) };
}

/**
 * The budget score's formula, when it is in one of ZiPing's wordings but not the one for the profile in force,
 * worded for the rule in force so that Excel's score follows it. Any other formula stays as written (and is checked).
 */
function budgetScoreRewrite(
  form: Form,
  grid: Grid,
  profile: RuleProfile,
): { address: string; formula: string; value: number | null; before: number | null } | undefined {
  const { fullYearBudget, executed, weight, statedScore } = form.budget;
  if (!fullYearBudget?.cell || !executed?.cell || !weight?.cell || !statedScore?.cell) return undefined;
  const at = parseA1(statedScore.cell);
  const written = at ? grid.cells[at.row]?.[at.col]?.formula : undefined;
  if (!written) return undefined;
  const cells = { fullYearBudget: fullYearBudget.cell, executed: executed.cell, weight: weight.cell };
  const wanted = budgetScoreFormula(cells, profile.capExecutionScore);
  const ours = budgetScoreWordings(cells).map(normalizeFormula);
  if (normalizeFormula(written) === normalizeFormula(wanted) || !ours.includes(normalizeFormula(written)))
    return undefined;
  const [full, exec, w, had] = [
    readNumber(fullYearBudget),
    readNumber(executed),
    readNumber(weight),
    readNumber(statedScore),
  ];
  const scored = full.ok && exec.ok && w.ok ? scoreBudget(full.value, exec.value, w.value, profile) : undefined;
  return {
    address: statedScore.cell,
    formula: wanted,
    value: scored?.ruleScore ?? null,
    before: had.ok ? had.value : null,
  };
}

function setFormula(grid: Grid, address: string, formula: string, value: number | null): void {
  setValue(grid, address, value);
  const at = parseA1(address)!;
  grid.cells[at.row][at.col] = { ...grid.cells[at.row][at.col]!, formula };
}

function setValue(grid: Grid, address: string, value: number | null): void {
  const at = parseA1(address);
  if (!at) return;
  const row = (grid.cells[at.row] ??= []);
  const had = row[at.col];
  row[at.col] = { ...(had ?? {}), value };
}
