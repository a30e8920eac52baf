import { rangeA1 } from '../core/cells';
import { FINDINGS_TITLE, type Bilingual, type Finding, type Lang } from '../core/findings';
import { layoutAnnex1 } from '../core/layout/writeAnnex1';
import { formKindOf, type FormData } from '../core/formData';
import type { RuleProfile } from '../core/profile';
import type { FormKind } from '../core/model';
import type { Outline } from '../core/report/outline';
import { emptyDepartmentForm, emptyProjectForm, sampleForm } from '../core/templates';
import { TITLES } from '../core/layout/annex1';
import { isNoop, planUpdate, type Evaluation, type Snapshot } from './plan';
import type { ChangeEvent, Decision, WorkbookPort } from './port';
import {
  enclosing,
  fitsInside,
  formExtent,
  parseRegion,
  readRegion,
  shiftRegion,
  wholeRows,
  type Rect,
} from './region';
import { readForms } from '../core/reader/readForm';
import { MAX_CONTINUATIONS } from '../core/workbook';
import { emptySheetState, parseState, serializeState, type WorkbookState } from './state';
import { findingsTable } from './findingsTable';
import { decideDraft, locateForDraft, type DraftOptions, type ReportOutcome } from './reportDraft';
import { readReportSheet } from '../core/report/reportSheet';
import { REPORT_COLUMNS } from '../core/report/columns';
import { reportLines, type ReportLine } from '../core/report/text';
import {
  dropsLabels,
  finishDelete,
  finishInsert,
  indicatorTables,
  locateDelete,
  locateInsert,
  locateRoom,
  type RowsDecision,
} from './rows';
import type { RowChange, RowsFinish } from './port';

/**
 * How long a change waits for the next one before the sheet is recomputed: long enough to gather the events of
 * one paste or fill (they arrive together), short enough not to be felt.
 */
const DEBOUNCE_MS = 15;

/** The state key of a sheet whose id is not known yet. */
function nameKey(sheetName: string): string {
  return `name:${sheetName}`;
}

/**
 * What 校验本表 reads of a sheet ZiPing knows no form on, before reading it whole: a form in its usual place fits,
 * and a sheet that is no bigger costs no second look.
 */
const FIRST_LOOK: Rect = { top: 0, left: 0, bottom: 199, right: 25 };

/**
 * Where a report sheet's paragraphs, inputs and hidden tests (F1 down, which a redraft counts to clear) lie: a few
 * hundred rows of its columns, with room to spare.
 */
const REPORT_BLOCK: Rect = { top: 0, left: 0, bottom: 499, right: REPORT_COLUMNS.check };

/** What the port's Excel says of a sheet that is not there (Excel's error code ItemNotFound). */
const SHEET_GONE = 'ItemNotFound';

/** How long an event for a cell ZiPing wrote is taken for ZiPing's own (below ExcelApi 1.14). */
const OWN_WRITE_WINDOW_MS = 2000;

export type FormChoice = 'department' | 'project' | 'sample';

export type View = 'findings' | 'settings' | 'report';

export interface ControllerState {
  ready: boolean;
  /** The pane's page; the ribbon's 生成报告 turns it to the report. */
  view: View;
  busy: boolean;
  lang: Lang;
  profile: RuleProfile;
  /** The last sheet checked, with its findings. */
  evaluation?: Evaluation;
  /** The last report drafted: where it is, and the paragraphs the user rewrote that the new draft would change. */
  report?: ReportOutcome;
  /** What the user should know: fallbacks, errors, results of an action. */
  notices: Notice[];
  /**
   * What stays true until something changes it, shown beside the notices: flags a co-author's edit has made stale;
   * an Excel that cannot start ZiPing with the workbook.
   */
  standing: (Notice & { key: 'stale' | 'startup' })[];
  /** Indicator rows that hold what the user typed, waiting for the user's yes before 删除指标行 removes them. */
  rowsAsk?: { first: number; count: number; text: Bilingual };
}

export interface Notice {
  kind: 'info' | 'success' | 'warning' | 'error';
  text: Bilingual;
}

type Listener = (state: ControllerState) => void;

/**
 * What the ribbon and the pane do, in one place: insert, validate, recompute on change, clear flags, findings
 * sheet, settings. It decides with the pure planner and acts through the port; it never touches Office. The
 * callbacks it hands the port only compute: the controller's own state changes after the port has returned, from
 * what it returned, so a batch the port runs twice leaves the same state as one.
 */
export class Controller {
  private state: ControllerState;
  private readonly listeners = new Set<Listener>();
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  /**
   * Cells ZiPing has just written, by sheet, for Excel without a way to tell its own change events from the
   * user's (below ExcelApi 1.14: no triggerSource). Each is forgotten after its event or a moment.
   */
  private readonly ownWrites = new Map<string, Map<string, number>>();
  private running: Promise<unknown> = Promise.resolve();
  private readonly options: { debounceMs: number; year: number; lang?: Lang };
  /** The workbook settings text as last read or written: a hint for what to read early, never trusted for more. */
  private lastSettings: string | null = null;
  /**
   * Forms' regions moved by rows or columns inserted or deleted since the state was last written, by sheet id;
   * null when an event left it unknown (the sheet is then read whole on its next recomputation).
   */
  private readonly moved = new Map<string, Rect | null>();
  /** A co-author has edited since the settings were last read: a sheet not known to hold a form may hold one now. */
  private remoteSince = false;
  /** Sheets a co-author edited since ZiPing last recomputed them, by id, with their names where known. */
  private readonly stale = new Map<string, string | undefined>();
  private startupAsked = false;
  /**
   * Each form sheet as ZiPing last read it, by id: what a row the user deletes with Excel's own command held (a
   * group label Excel drops with it). Forgotten at any other change of rows, columns or cells, and at a
   * co-author's edit, until the next recomputation reads the sheet again.
   */
  private readonly seen = new Map<string, Snapshot>();

  constructor(
    private readonly gateway: WorkbookPort,
    options: { debounceMs?: number; year?: number; lang?: Lang } = {},
  ) {
    this.options = {
      debounceMs: options.debounceMs ?? DEBOUNCE_MS,
      year: options.year ?? new Date().getFullYear() - 1,
      lang: options.lang,
    };
    const { state } = parseState(null);
    gateway.onWaitForEdit = () =>
      this.notify('info', {
        zh: '您正在编辑单元格：按 Enter 完成输入后，ZiPing 会继续',
        en: 'a cell is being edited: press Enter to finish, and ZiPing carries on',
      });
    this.state = {
      ready: false,
      view: 'findings',
      busy: false,
      lang: options.lang ?? 'zh',
      profile: state.profile,
      notices: [],
      standing: [],
    };
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    listener(this.state);
    return () => this.listeners.delete(listener);
  }

  get current(): ControllerState {
    return this.state;
  }

  private set(patch: Partial<ControllerState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l(this.state);
  }

  private notify(kind: ControllerState['notices'][number]['kind'], text: Bilingual): void {
    this.set({ notices: [{ kind, text }] });
  }

  /** Reads the workbook's settings and starts listening for edits. */
  async start(): Promise<void> {
    await this.guard(async () => {
      this.lastSettings = await this.gateway.readSettings();
      const { state, problems } = parseState(this.lastSettings);
      this.set({ profile: state.profile, notices: problems.map((text) => ({ kind: 'warning' as const, text })) });
      await this.gateway.onChange((e) => this.onChange(e));
      this.set({ ready: true });
      if (Object.keys(state.sheets).length > 0) await this.startWithWorkbook();
      // A form's 续表 are recomputed with it: once for the whole form.
      const done = new Set<string>();
      for (const id of Object.keys(state.sheets)) {
        if (id.startsWith(nameKey('')) || done.has(id)) continue;
        await this.recomputeOnOpen(id);
        for (const other of parseState(this.lastSettings).state.sheets[id]?.continued ?? []) done.add(other);
      }
    });
  }

  /**
   * A form sheet, as the workbook opens (with Excel's shared runtime, before anyone opens the pane): it may have
   * been edited where ZiPing was not running, so its scores and flags are recomputed now, not at the next edit.
   * A sheet deleted meanwhile is passed over.
   */
  private async recomputeOnOpen(sheetId: string): Promise<void> {
    await this.serial(async () => {
      try {
        await this.recomputeSheet(sheetId, { explicit: false });
      } catch (e) {
        if ((e as { code?: unknown } | null)?.code !== SHEET_GONE) throw e;
      }
    });
  }

  setLang(lang: Lang): void {
    this.set({ lang });
  }

  show(view: View): void {
    this.set({ view });
  }

  /** Inserts a form: into the active sheet when empty, else into a new sheet. */
  async insert(choice: FormChoice): Promise<void> {
    const data: FormData =
      choice === 'sample'
        ? sampleForm()
        : choice === 'project'
          ? emptyProjectForm(this.options.year)
          : emptyDepartmentForm(this.options.year);
    // The sample is validated as it lands, so its flags are there at once; an empty form waits for typing.
    await this.insertData(data, choice === 'sample');
  }

  /** Writes a form with the given figures; with `validate`, its rule scores, flags and notes go in the same write. */
  async insertData(data: FormData, validate: boolean): Promise<void> {
    await this.serial(async () => {
      const kind = formKindOf(data);
      const plan = layoutAnnex1(data, 'Sheet', parseState(this.lastSettings).state.profile);
      const name = `${TITLES[kind]}${data.year ?? ''}`;
      const found = readRegion(readForms(plan.grid).forms.map((f) => formExtent(f)));
      const region = found && rangeA1(found);
      let evaluation: Evaluation | undefined;
      let stateWritten: string | undefined;
      let written: Snapshot | undefined;
      const { sheetName, sheetId, writtenRange, createdSheet } = await this.gateway.insert(
        plan,
        name,
        // Pure: `evaluation` and `stateWritten` are this call's locals, replaced if the port runs the batch again.
        (sheetName, knownId, settings) => {
          const workbook = this.workbookState(settings);
          const key = knownId ?? nameKey(sheetName);
          const snapshot: Snapshot = {
            sheetId: key,
            sheetName,
            grid: { ...plan.grid, name: sheetName },
            flagsPresent: 0,
            notesPresent: 0,
          };
          written = snapshot;
          const planned = validate
            ? planUpdate(snapshot, workbook, { lang: this.state.lang, notes: this.gateway.caps.notes })
            : undefined;
          evaluation = planned?.evaluation;
          const update = planned?.update ?? { values: [], sheetState: { ...emptySheetState(), region } };
          // The new sheet's state goes into the same write, so that the saved workbook knows what ZiPing wrote.
          stateWritten = serializeState({ ...workbook, sheets: { ...workbook.sheets, [key]: update.sheetState } });
          return { update, settings: stateWritten };
        },
      );
      if (stateWritten !== undefined) this.lastSettings = stateWritten;
      if (written) this.seen.set(sheetId, { ...written, sheetId });
      await this.startWithWorkbook();
      this.rememberOwnWrites(sheetId, [writtenRange]);
      this.set({ evaluation: evaluation && { ...evaluation, sheetId } });
      this.notify(
        'success',
        createdSheet
          ? {
              zh: `当前工作表已有内容，自评表已写入新工作表“${sheetName}”`,
              en: `the active sheet has content, so the form went into a new sheet “${sheetName}”`,
            }
          : { zh: `自评表已写入“${sheetName}”`, en: `the form was written into “${sheetName}”` },
      );
    });
  }

  /** Validates a sheet (the active one by default): recomputes, flags, and lists every finding. */
  async validate(sheetId?: string, resetScores?: string[]): Promise<Evaluation | undefined> {
    return this.serial(() => this.recompute(sheetId, { explicit: true, resetScores }));
  }

  /** Gives an indicator its rule score back, in place of the score the user typed. */
  async resetScore(key: string): Promise<void> {
    await this.validate(this.state.evaluation?.sheetId, [key]);
  }

  async clearFlags(): Promise<void> {
    await this.serial(async () => {
      const sheetId = this.state.evaluation?.sheetId;
      // A form's 续表 lose their flags with it: they were flagged with it.
      const also = sheetId === undefined ? [] : (parseState(this.lastSettings).state.sheets[sheetId]?.continued ?? []);
      const count = await this.gateway.clearFlags(
        sheetId,
        (current, sheetIds) => {
          const { state } = parseState(current);
          const known = sheetIds.filter((id) => state.sheets[id]);
          if (known.length === 0) return undefined;
          for (const id of known) state.sheets[id] = { ...state.sheets[id], flags: {} };
          return serializeState(state);
        },
        also,
      );
      this.notify('success', {
        zh: `已清除 ${count} 处标记，单元格恢复原有格式`,
        en: `${count} flags cleared; the cells keep their own formats`,
      });
    });
  }

  /**
   * Drafts Annex 2 for the form on the active sheet (or redrafts it from its report sheet): a new sheet the
   * first time; afterwards ZiPing's own paragraphs follow the form, the user's rewrites stay, and where the new
   * draft reads differently from a rewrite the pane offers it. `accept` takes those offers.
   */
  async draftReport(lang: Lang = this.state.lang, accept: string[] = [], options: DraftOptions = {}): Promise<void> {
    await this.serial(async () => {
      // The forms and reports the workbook's settings link, as last seen: read with the active sheet, whichever of
      // them that is, to save a round trip.
      const links = parseState(this.lastSettings).state.reports;
      const known = [...new Set(Object.entries(links).flatMap(([formId, link]) => [formId, link.id ?? link.name]))];
      const { result: drafted, written } = await this.gateway.draftReport(
        locateForDraft,
        (read, others) => {
          const decided = decideDraft(read, others, lang, new Set(accept), options);
          return { ...decided, result: { outcome: decided.result, settings: decided.settings ?? read.settings } };
        },
        known,
        rangeA1(this.draftBlock()),
      );
      this.lastSettings = drafted.settings;
      const result = drafted.outcome;
      if (written) this.rememberOwnWrites(written.sheetId, [written.range]);
      if (!result.ok) {
        this.notify('warning', result.problem);
        return;
      }
      this.set({ report: result, view: 'report' });
      const what = result.created
        ? {
            zh: `自评报告已起草到工作表“${result.reportSheet}”`,
            en: `the report was drafted into sheet “${result.reportSheet}”`,
          }
        : {
            zh: `自评报告已更新：${result.replaced} 段随表更新，${result.proposals.length} 段您改写过的内容待您决定`,
            en: `the report was updated: ${result.replaced} paragraphs follow the form, ${result.proposals.length} you rewrote await your choice`,
          };
      this.notify('success', what);
    });
  }

  /**
   * What drafting reads of each sheet: the forms' regions known from the settings, where 校验本表 first looks for
   * a form, and a report sheet's rows; never a whole sheet (a ledger beside the form may hold far more than the
   * 5 MB a response may carry on the web).
   */
  private draftBlock(): Rect {
    const known = Object.values(parseState(this.lastSettings).state.sheets)
      .map((sheet) => parseRegion(sheet.region))
      .filter((r): r is Rect => r !== undefined);
    return enclosing([FIRST_LOOK, REPORT_BLOCK, ...known]);
  }

  /** The report as it stands now, paragraph by paragraph (one round trip). */
  async reportLines(): Promise<ReportLine[] | undefined> {
    const sheet = this.state.report?.reportSheet;
    if (!sheet) {
      this.notify('warning', { zh: '请先生成报告', en: 'draft the report first' });
      return undefined;
    }
    const content = await this.serial(() => this.gateway.readSheetContent(sheet));
    const report = content && readReportSheet(content.grid);
    if (!report) {
      this.notify('warning', { zh: `找不到报告工作表“${sheet}”`, en: `the report sheet “${sheet}” cannot be found` });
      return undefined;
    }
    return reportLines(report.rows);
  }

  /** Writes the findings into a sheet of their own, with links back to the cells, for a reviewer without ZiPing. */
  async writeFindingsSheet(): Promise<void> {
    await this.serial(async () => {
      const evaluation = this.state.evaluation;
      if (!evaluation) {
        this.notify('warning', { zh: '请先校验一张自评表', en: 'validate a form first' });
        return;
      }
      const table = findingsTable(evaluation.findings, this.state.lang);
      const name = await this.gateway.writeTableSheet(
        FINDINGS_TITLE.zh,
        table.header,
        table.rows,
        table.links.map((l) => ({ ...l, sheet: evaluation.sheetName })),
        table.linkColumn,
      );
      this.notify('success', {
        zh: `${FINDINGS_TITLE.zh}已写入工作表“${name}”`,
        en: `the findings were written into sheet “${name}”`,
      });
    });
  }

  /** Selects a cell (a gap in the report) for the user. */
  async selectCell(sheet: string, cell: string): Promise<void> {
    await this.guard(() => this.gateway.select(sheet, cell));
  }

  async select(finding: Finding): Promise<void> {
    if (!finding.cell) return;
    await this.goTo(finding.sheet, finding.cell);
  }

  /** Selects a cell or range of a sheet (a finding's cell, the rows of a 一级指标). */
  async goTo(sheet: string, address: string): Promise<void> {
    await this.guard(() => this.gateway.select(sheet, address));
  }

  /** Saves the rule profile into the workbook and recomputes with it. */
  async setProfile(profile: RuleProfile): Promise<void> {
    await this.serial(async () => {
      // With a form in view, the new profile is saved in the same write as the recomputation it causes.
      if (this.state.evaluation) await this.recompute(this.state.evaluation.sheetId, { explicit: true, profile });
      else {
        this.lastSettings = await this.gateway.updateSettings((current) =>
          serializeState({ ...parseState(current).state, profile }),
        );
        this.set({ profile });
      }
    });
  }

  /**
   * The user's own report outline for this kind of form (changed in the pane), kept in the workbook apart from the
   * profile's; the default outline (`defaultOutline`) stores none, so that the profile's applies again. The report is
   * redrafted to it; `drop` names paragraphs of the user's whose blocks they deleted, after being asked.
   */
  async setReportOutline(kind: FormKind, outline: Outline, drop: string[] = []): Promise<void> {
    const own = JSON.stringify(outline) === JSON.stringify(this.state.report?.defaultOutline) ? undefined : outline;
    await this.serial(async () => {
      this.lastSettings = await this.gateway.updateSettings((current) => {
        const state = parseState(current).state;
        const outlines = { ...state.outlines };
        if (own) outlines[kind] = own;
        else delete outlines[kind];
        return serializeState({ ...state, outlines: Object.keys(outlines).length > 0 ? outlines : undefined });
      });
    });
    await this.draftReport(this.state.report?.lang ?? this.state.lang, [], { outline, drop: new Set(drop) });
  }

  /** 添加指标行: a row under the selected indicator, in its groups; merges, totals and scores take it in. */
  async addIndicatorRow(): Promise<RowsDecision | undefined> {
    return this.changeRows(undefined, (snapshot, selection) => locateInsert(snapshot, selection));
  }

  /**
   * 删除指标行: removes the selected rows of the indicator table. Rows holding what the user typed are removed only
   * with `confirmed` = their first row, after the user was asked (the decision returned says what to ask).
   */
  async deleteIndicatorRow(confirmed?: number): Promise<RowsDecision | undefined> {
    this.set({ rowsAsk: undefined });
    const decided = await this.changeRows(undefined, (snapshot, selection) =>
      locateDelete(snapshot, selection, confirmed),
    );
    if (decided && !decided.ok && 'ask' in decided) this.set({ rowsAsk: decided.ask });
    return decided;
  }

  /** The user keeps the rows 删除指标行 asked about. */
  keepRows(): void {
    this.set({ rowsAsk: undefined });
  }

  /**
   * Room for a paste of `rows` rows from row `top` (1-based) that would run past the indicator table's last row:
   * the missing rows are added under it first (the preview does this; Excel itself pastes over what is below).
   */
  async makeRoom(sheetName: string, top: number, rows: number): Promise<void> {
    await this.changeRows(
      undefined,
      (snapshot) => (snapshot.sheetName === sheetName ? locateRoom(snapshot, top, rows) : { ok: false, problem: FITS }),
      true,
    );
  }

  private async changeRows(
    sheetId: string | undefined,
    locate: (snapshot: Snapshot, selection: string | undefined) => RowsDecision,
    quiet = false,
  ): Promise<RowsDecision | undefined> {
    return this.serial(async () => {
      const region = this.regionOf(sheetId);
      const read = region === undefined || region === 'whole' ? FIRST_LOOK : region;
      // Pure: `finished` is this call's local, replaced if the port runs the batch again.
      let finished: RowsFinish | undefined;
      const {
        result,
        sheetId: id,
        change,
        recomputed,
      } = await this.gateway.changeRows(
        sheetId,
        rangeA1(read),
        (snapshot, selection) => {
          const decided = locate(snapshot, selection);
          return { change: decided.ok ? decided.change : undefined, result: decided };
        },
        (before, after, change) => (finished = finishRows(before, after, change)),
        this.recomputeWithRows,
        this.rowsHint(sheetId),
      );
      if (!result.ok || !change) {
        if ('problem' in result && !quiet) this.notify('warning', result.problem);
        return result;
      }
      this.rowsChanged(id, change);
      this.rememberOwnWrites(id, finished?.cells.map((c) => c.address) ?? []);
      await this.recomputedWithRows(id, recomputed);
      const rows = change.count === 1 ? `${change.first}` : `${change.first}–${change.first + change.count - 1}`;
      this.notify(
        'success',
        change.kind === 'insert'
          ? { zh: `已在第 ${rows} 行添加指标行`, en: `indicator row added at row ${rows}` }
          : { zh: `已删除第 ${rows} 行`, en: `row ${rows} deleted` },
      );
      return result;
    });
  }

  /**
   * Where rows ZiPing adds may go under, from the sheet as last read: each table's last row (a selection on 总分
   * adds under it), whose validations the new rows take.
   */
  private rowsHint(sheetId: string | undefined): { validationRows: number[] } | undefined {
    const seen = this.seen.get(sheetId ?? this.state.evaluation?.sheetId ?? '');
    return seen ? { validationRows: indicatorTables(seen.grid).map((t) => t.bottom) } : undefined;
  }

  /** ZiPing changed rows: the form's region moves with them, and their event (below ExcelApi 1.14) is not news. */
  private rowsChanged(sheetId: string, change: RowChange): void {
    const rows = `${change.first}:${change.first + change.count - 1}`;
    this.follow(sheetId, change.kind === 'insert' ? 'RowInserted' : 'RowDeleted', rows);
    this.rememberOwnWrites(sheetId, [rows]);
  }

  /**
   * Rows the user inserted or deleted with Excel's own command in an indicator table, finished as 添加指标行 and
   * 删除指标行 finish their own: inserted rows join the groups above and the totals reach them; a group label that
   * stood in a deleted row is written again on its group's first row left, from the sheet as ZiPing last read it
   * (`seen`, taken before this event). The sheet is recomputed in the same batch; false when there is nothing to
   * finish (no label to bring back), and the change waits for the usual recomputation.
   */
  private finishUserRows(
    sheetId: string,
    kind: RowChange['kind'],
    address: string,
    seen: Snapshot | undefined,
  ): boolean {
    const rows = wholeRows(address);
    const region = this.regionOf(sheetId);
    if (!rows || region === undefined || region === 'whole') return false;
    const change: RowChange = { kind, first: rows.top + 1, count: rows.bottom - rows.top + 1 };
    if (kind === 'delete' && (!seen || !dropsLabels(seen, change))) return false;
    void this.serial(async () => {
      // Pure: `finished` is this call's local, replaced if the port runs the batch again.
      let finished: RowsFinish | undefined;
      const { recomputed } = await this.gateway.changeRows(
        sheetId,
        rangeA1(region),
        { made: change, result: undefined },
        // Rows Excel has changed: what was read is the sheet after them.
        (now) => (finished = kind === 'insert' ? finishInsert(now, change) : finishDelete(seen!, now, change)),
        this.recomputeKeepingUndo,
      );
      this.rememberOwnWrites(sheetId, finished?.cells.map((c) => c.address) ?? []);
      await this.recomputedWithRows(sheetId, recomputed);
    });
    return true;
  }

  /** How the sheet is recomputed in the batch that changes or finishes rows (pure, as `update`'s decide). */
  private readonly recomputeWithRows = (snapshot: Snapshot, settings: string | null) =>
    this.decide(snapshot, settings, { whole: false, knownOnly: true });

  /**
   * recomputeWithRows for rows the user changed with Excel's own command, leaving the stored settings as they are.
   * From ExcelApi 1.20 ZiPing's writes go on the user's undo stack, but a settings write empties it ("If a
   * particular API doesn't support undo, the application's undo stack is cleared": Excel add-ins' undo
   * capabilities; a settings write does so, as office-js#3141 and the Microsoft 365 Developer Platform idea "Ability
   * to save settings in Excel workbook without clearing Undo stack" report), and what would change there now is only where
   * flags and the form stand: the user could no longer undo the insert or delete they just made. The settings are
   * kept in memory (`lastSettings`) and written with the next recomputation that writes them.
   */
  private readonly recomputeKeepingUndo = (snapshot: Snapshot, settings: string | null) => {
    const decided = this.recomputeWithRows(snapshot, settings);
    return { ...decided, settings: undefined };
  };

  /** Takes in the recomputation made with a row change; a form that reached past the block read is read again. */
  private async recomputedWithRows(sheetId: string, recomputed: Recomputed | undefined): Promise<void> {
    if (recomputed?.complete) await this.recomputed(recomputed, { explicit: false });
    else await this.recomputeSheet(sheetId, { explicit: false });
  }

  /** A change in the workbook: recompute that sheet soon, once, whatever the burst of events. */
  onChange(event: ChangeEvent): void {
    const id = event.worksheetId;
    // ZiPing's own rows (recognised by address below ExcelApi 1.14) have moved the region already.
    if (event.source !== 'Remote' && this.consumeOwnWrite(id, event.address)) return;
    const structural = event.changeType !== undefined && event.changeType !== 'RangeEdited';
    if (structural) this.follow(id, event.changeType!, event.address);
    // What ZiPing last read of the sheet is what it held before these rows moved, and only for this event.
    const seen = this.seen.get(id);
    if (structural || event.source === 'Remote') this.seen.delete(id);
    // Another co-author's edit is handled by their client (or by the formulas); this one must not write.
    if (event.source === 'Remote') {
      this.remoteSince = true;
      this.markStale(id);
      return;
    }
    const rows =
      event.changeType === 'RowInserted' ? 'insert' : event.changeType === 'RowDeleted' ? 'delete' : undefined;
    clearTimeout(this.pending.get(id));
    // Rows finished by ZiPing are recomputed with their finish: no other recomputation is needed for them.
    if (rows && this.finishUserRows(id, rows, event.address, seen)) {
      this.pending.delete(id);
      return;
    }
    this.pending.set(
      id,
      setTimeout(() => {
        this.pending.delete(id);
        void this.serial(() => this.recompute(id, { explicit: false }));
      }, this.options.debounceMs),
    );
  }

  /** Resolves when every scheduled recomputation has run (for tests and benchmarks). */
  async idle(): Promise<void> {
    for (;;) {
      while (this.pending.size > 0) await new Promise((r) => setTimeout(r, this.options.debounceMs + 1));
      await this.running;
      if (this.pending.size === 0) return;
    }
  }

  /**
   * A co-author changed a sheet that holds a form: its flags may no longer match it (their Excel may have no
   * ZiPing). The pane says so until ZiPing recomputes it: at the user's next action on the workbook.
   */
  private markStale(sheetId: string): void {
    if (!this.regionOf(sheetId) || this.stale.has(sheetId)) return;
    const name = this.state.evaluation?.sheetId === sheetId ? this.state.evaluation.sheetName : undefined;
    this.stale.set(sheetId, name);
    this.showStale();
  }

  private clearStale(sheetId: string): void {
    if (this.stale.delete(sheetId)) this.showStale();
  }

  private showStale(): void {
    const names = [...this.stale.values()].map((n) => (n ? `“${n}”` : '')).filter((n) => n !== '');
    const which = { zh: names.length > 0 ? names.join('、') : '', en: names.length > 0 ? ` ${names.join(', ')}` : '' };
    this.setStanding(
      'stale',
      this.stale.size === 0
        ? undefined
        : {
            kind: 'warning',
            text: {
              zh: `协作者修改了自评表${which.zh}：标记可能已过时，您下次编辑或校验时将重新计算`,
              en: `a co-author changed the form${which.en}: its flags may be out of date until your next edit or validation`,
            },
          },
    );
  }

  /**
   * Asks Excel to start ZiPing whenever this workbook opens, now that it holds a form, so that edits are
   * recomputed before anyone opens the pane (once a session). Where Excel cannot, the pane says so.
   */
  private async startWithWorkbook(): Promise<void> {
    if (this.startupAsked) return;
    this.startupAsked = true;
    const loads = await this.gateway.loadOnOpen().catch(() => false);
    this.setStanding(
      'startup',
      loads
        ? undefined
        : {
            kind: 'info',
            text: {
              zh: '此版本 Excel 不能随工作簿启动 ZiPing：打开工作簿后请先打开 ZiPing 任务窗格，得分和标记才会随编辑更新',
              en: 'this Excel cannot start ZiPing with the workbook: open the ZiPing pane after opening the workbook so that scores and flags follow your edits',
            },
          },
    );
  }

  private setStanding(key: ControllerState['standing'][number]['key'], notice: Notice | undefined): void {
    const others = this.state.standing.filter((n) => n.key !== key);
    this.set({ standing: notice ? [...others, { ...notice, key }] : others });
  }

  /** Moves a sheet's form region with rows or columns inserted or deleted (by anyone: the region is the sheet's). */
  private follow(sheetId: string, changeType: string, address: string): void {
    const base = this.moved.has(sheetId) ? this.moved.get(sheetId) : this.storedRegion(sheetId);
    if (!base) return;
    this.moved.set(sheetId, shiftRegion(base, changeType, address) ?? null);
  }

  /**
   * The sheets a recomputation of `sheetId` reads in its first round trip, each with its block: those its forms went
   * on over (续表), or that went on over it, last time; for the active sheet (id unknown before reading), those of
   * every sheet known to be such. A sheet whose block is larger than FIRST_LOOK is left to be read on its own.
   */
  private expectedBeside(sheetId: string | undefined): { id: string; region: string }[] {
    const sheets = parseState(this.lastSettings).state.sheets;
    const ids =
      sheetId !== undefined
        ? (sheets[sheetId]?.continued ?? [])
        : [...new Set(Object.values(sheets).flatMap((s) => s.continued ?? []))];
    return ids
      .filter((id) => id !== sheetId)
      .flatMap((id) => {
        // Rows inserted or deleted there since: the block as moved; unknown, none (read on its own).
        const moved = this.moved.get(id);
        const region = moved === undefined ? parseRegion(sheets[id]?.region) : (moved ?? undefined);
        return region && region.bottom <= FIRST_LOOK.bottom && region.right <= FIRST_LOOK.right
          ? [{ id, region: rangeA1(region) }]
          : [];
      })
      .slice(0, 2 * MAX_CONTINUATIONS);
  }

  private storedRegion(sheetId: string): Rect | undefined {
    return parseRegion(parseState(this.lastSettings).state.sheets[sheetId]?.region);
  }

  /**
   * What to read to recompute a sheet: its forms' region; "whole" when an event left it unknown; undefined when
   * no form is known there. For the active sheet (id unknown before reading), the block of every known form.
   * A form ZiPing put in a new sheet is known under the sheet's name until its first recomputation.
   */
  private regionOf(sheetId: string | undefined): Rect | 'whole' | undefined {
    if (sheetId !== undefined) {
      const moved = this.moved.get(sheetId);
      if (moved !== undefined) return moved ?? 'whole';
      const stored = this.storedRegion(sheetId);
      if (stored) return stored;
    }
    const candidates = Object.entries(parseState(this.lastSettings).state.sheets)
      .filter(([key]) => sheetId === undefined || key.startsWith(nameKey('')))
      .map(([, sheet]) => parseRegion(sheet.region))
      .filter((r): r is Rect => r !== undefined);
    return candidates.length > 0 ? enclosing(candidates) : undefined;
  }

  private rememberOwnWrites(sheetId: string, addresses: string[]): void {
    if (this.gateway.caps.triggerSource || addresses.length === 0) return;
    const now = Date.now();
    const mine = this.ownWrites.get(sheetId) ?? new Map<string, number>();
    for (const a of addresses) mine.set(a.replace(/\$/g, ''), now);
    this.ownWrites.set(sheetId, mine);
  }

  private consumeOwnWrite(sheetId: string, address: string): boolean {
    const mine = this.ownWrites.get(sheetId);
    const local = address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, '');
    const at = mine?.get(local);
    if (at === undefined) return false;
    mine!.delete(local);
    return Date.now() - at < OWN_WRITE_WINDOW_MS;
  }

  /** The state stored in the workbook: its rule profile is the one in force (a co-author may have changed it). */
  private workbookState(settings: string | null, profile?: RuleProfile): WorkbookState {
    const { state } = parseState(settings);
    return profile ? { ...state, profile } : state;
  }

  /** What one recomputation writes, decided from what the port read (pure: see the class comment). */
  private decide(
    snapshot: Snapshot,
    settings: string | null,
    opts: { resetScores?: string[]; profile?: RuleProfile; whole?: boolean; knownOnly?: boolean },
  ): Decision<Recomputed> {
    const { state } = parseState(settings);
    const workbook = this.workbookState(settings, opts.profile);
    // A sheet ZiPing added keeps its state under its name until its id is known: from now on, under its id.
    const byName = workbook.sheets[nameKey(snapshot.sheetName)];
    if (byName && !workbook.sheets[snapshot.sheetId]) {
      const { [nameKey(snapshot.sheetName)]: _moved, ...rest } = workbook.sheets;
      workbook.sheets = { ...rest, [snapshot.sheetId]: byName };
    }
    // The state of a sheet that is gone (deleted, a 续表 with it) goes with the next write.
    const ids = snapshot.sheetIds && new Set(snapshot.sheetIds);
    const gone = ids ? Object.keys(workbook.sheets).filter((key) => !key.startsWith(nameKey('')) && !ids.has(key)) : [];
    for (const key of gone) delete workbook.sheets[key];
    const { update, neighbours, evaluation } = planUpdate(snapshot, workbook, {
      lang: this.state.lang,
      notes: this.gateway.caps.notes,
      resetScores: opts.resetScores,
      rewordFormulas: opts.profile !== undefined,
    });
    const previous = state.sheets[snapshot.sheetId];
    const profileChanged = JSON.stringify(workbook.profile) !== JSON.stringify(state.profile);
    const noop =
      isNoop(update, previous) &&
      neighbours.every((n) => isNoop(n.update, state.sheets[n.sheetId])) &&
      gone.length === 0 &&
      !profileChanged;
    const result = {
      evaluation,
      profileInForce: workbook.profile,
      sheetId: snapshot.sheetId,
      settings,
      complete: true,
      snapshot,
    };
    // A form reaching the edge of the block read may go on beyond it: nothing is decided on part of a form. Nor,
    // with `knownOnly`, on a sheet ZiPing knows no form on (rows changed there are no more reason than an edit).
    if ((!opts.whole && !readWhole(snapshot, evaluation)) || (opts.knownOnly && !workbook.sheets[snapshot.sheetId]))
      return { update, result: { ...result, complete: false }, noop: true };
    if (noop || (evaluation.results.length === 0 && !previous && !profileChanged && gone.length === 0))
      return { update, result, noop: true };
    const sheets = { ...workbook.sheets, [snapshot.sheetId]: update.sheetState };
    for (const n of neighbours) sheets[n.sheetId] = n.update.sheetState;
    const next = serializeState({ ...workbook, sheets });
    const written = [{ sheetId: snapshot.sheetId, update }, ...neighbours].map((n) => ({
      sheetId: n.sheetId,
      addresses: [...n.update.values, ...(n.update.formulas ?? [])].map((v) => v.address),
    }));
    return { update, neighbours, result: { ...result, settings: next, written }, settings: next, noop: false };
  }

  /** Recomputes a sheet, after the sheets a co-author changed since (so that the user acts on current flags). */
  private async recompute(
    sheetId: string | undefined,
    opts: { explicit: boolean; resetScores?: string[]; profile?: RuleProfile },
  ): Promise<Evaluation | undefined> {
    for (const other of [...this.stale.keys()])
      if (other !== sheetId) await this.recomputeSheet(other, { explicit: false });
    return this.recomputeSheet(sheetId, opts);
  }

  private async recomputeSheet(
    sheetId: string | undefined,
    opts: { explicit: boolean; resetScores?: string[]; profile?: RuleProfile },
  ): Promise<Evaluation | undefined> {
    let region = this.regionOf(sheetId);
    if (region === undefined && !opts.explicit && this.remoteSince) {
      // A co-author's ZiPing may have found a form on this sheet since the settings were read.
      this.remoteSince = false;
      this.lastSettings = await this.gateway.readSettings();
      region = this.regionOf(sheetId);
    }
    // An edit on a sheet without a form: nothing is read.
    if (region === undefined && !opts.explicit) return undefined;
    const decide = (whole: boolean) => (snapshot: Snapshot, settings: string | null) =>
      this.decide(snapshot, settings, { ...opts, whole });
    let decided =
      region === 'whole'
        ? undefined
        : await this.gateway.update(
            sheetId,
            rangeA1(region ?? FIRST_LOOK),
            decide(false),
            this.expectedBeside(sheetId),
          );
    if (!decided?.complete) {
      // The form reaches beyond the block read, or moved: it is found on the whole sheet, then its block is read.
      const content = await this.gateway.readSheetContent(decided?.sheetId ?? sheetId!);
      if (!content) return undefined;
      const found = readRegion(readForms(content.grid).forms.map((f) => formExtent(f))) ?? {
        top: 0,
        left: 0,
        bottom: 0,
        right: 0,
      };
      decided = await this.gateway.update(content.id, rangeA1(found), decide(true), this.expectedBeside(content.id));
    }
    return this.recomputed(decided, opts);
  }

  /** The controller's state and the pane after a recomputation the port has written. */
  private async recomputed(decided: Recomputed, opts: { explicit: boolean }): Promise<Evaluation> {
    this.moved.delete(decided.sheetId);
    if (decided.evaluation.results.length > 0) this.seen.set(decided.sheetId, decided.snapshot);
    else this.seen.delete(decided.sheetId);
    const continued = (settings: string | null) => parseState(settings).state.sheets[decided.sheetId]?.continued ?? [];
    const now = continued(decided.settings);
    // Sheets read with this one last time that no longer go with it (its form got its own 总分, or they moved):
    // their flags and scores were the form's, so they are recomputed on their own, before the pane shows this one.
    const detached = continued(this.lastSettings).filter(
      (id) => !now.includes(id) && decided.snapshot.sheetIds?.includes(id),
    );
    this.lastSettings = decided.settings;
    this.clearStale(decided.sheetId);
    for (const { sheetId, addresses } of decided.written ?? []) this.rememberOwnWrites(sheetId, addresses);
    for (const id of detached) await this.recomputeSheet(id, { explicit: false });
    const { evaluation, profileInForce } = decided;
    if (profileInForce !== this.state.profile) this.set({ profile: profileInForce });
    if (opts.explicit || evaluation.results.length > 0) this.set({ evaluation });
    if (evaluation.results.length > 0) await this.startWithWorkbook();
    if (opts.explicit && evaluation.results.length === 0) {
      this.notify('warning', {
        zh: `工作表“${evaluation.sheetName}”中找不到自评表`,
        en: `no self-evaluation form on sheet “${evaluation.sheetName}”`,
      });
    } else if (opts.explicit) {
      // What is said now is about this sheet: a notice left from another sheet would mislead.
      const errors = evaluation.findings.filter((f) => f.severity === 'error').length;
      this.notify(errors > 0 ? 'warning' : 'success', {
        zh: `已校验“${evaluation.sheetName}”：${evaluation.findings.length} 项问题，其中错误 ${errors} 项`,
        en: `validated “${evaluation.sheetName}”: ${evaluation.findings.length} findings, ${errors} of them errors`,
      });
    }
    return evaluation;
  }

  /** One action at a time: recomputations and commands queue behind each other. */
  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.running.then(() => this.guard(work));
    this.running = next.catch(() => undefined);
    return next as Promise<T>;
  }

  private async guard<T>(work: () => Promise<T>): Promise<T | undefined> {
    this.set({ busy: true });
    try {
      return await work();
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      this.notify('error', { zh: `操作未完成：${detail}`, en: `the action did not complete: ${detail}` });
      return undefined;
    } finally {
      this.set({ busy: false });
    }
  }
}

const FITS = { zh: '这里没有指标表', en: 'there is no indicator table here' };

/** What one recomputation of a sheet decided, for the controller to take in once the port has written it. */
interface Recomputed {
  evaluation: Evaluation;
  profileInForce: RuleProfile;
  sheetId: string;
  settings: string | null;
  /** The forms read lie wholly inside the block read (false: nothing was decided on what was read). */
  complete: boolean;
  /** The cells ZiPing wrote, by sheet (a form's 续表 too). */
  written?: { sheetId: string; addresses: string[] }[];
  /** What was read. */
  snapshot: Snapshot;
}

function finishRows(before: Snapshot, after: Snapshot | undefined, change: RowChange) {
  return change.kind === 'insert' ? finishInsert(after ?? before, change) : finishDelete(before, after, change);
}

/**
 * Whether what was read holds the sheet's forms whole: each form ends short of the block's edge (by the margin),
 * or, with no form found, nothing of the sheet lies outside the block.
 */
function readWhole(snapshot: Snapshot, evaluation: Evaluation): boolean {
  const read = snapshot.read;
  if (!read) return true;
  if (evaluation.results.length > 0)
    return fitsInside(
      evaluation.results.map((r) => formExtent(r.form, snapshot.grid.name)),
      read,
    );
  const used = snapshot.used;
  return (
    !used || (used.top >= read.top && used.left >= read.left && used.bottom <= read.bottom && used.right <= read.right)
  );
}
