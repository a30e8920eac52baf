import type { Bilingual, Lang } from '../core/findings';
import { HIDDEN_FORMAT, layoutAnnex2 } from '../core/layout/writeAnnex2';
import { defaultOutline, reportOutline } from '../core/report/draft';
import { outlineToKeep, type Outline } from '../core/report/outline';
import type { UserWords } from '../core/report/outlineEdit';
import type { FormKind } from '../core/model';
import { reportFileName, signingUnit } from '../core/report/document';
import { initialInputs, type InputValues } from '../core/report/inputs';
import {
  gapFills,
  gapsIn,
  linkedFormSheet,
  planRedraft,
  wordsUnder,
  readReportSheet,
  userWords,
  type ExistingReport,
  type Proposal,
  type ReportGap,
} from '../core/report/reportSheet';
import { shownRows } from '../core/report/text';
import { checkSheetInBook, continuationSides, MAX_CONTINUATIONS, type FormResult } from '../core/workbook';
import { a1 } from '../core/cells';
import { FIRST_ROW, OUTLINE_CELL, REPORT_COLUMNS } from '../core/report/columns';
import type { CellInput, DraftRead, ReportWrite, SheetContent } from './port';
import { uniqueName } from './sheetNames';
import { parseState, serializeState, type WorkbookState } from './state';

export interface ReportOutcome {
  ok: true;
  formSheet: string;
  reportSheet: string;
  created: boolean;
  /** Paragraphs the user rewrote for which the draft now reads differently: theirs to take or leave. */
  proposals: Proposal[];
  replaced: number;
  lang: Lang;
  /** What the exported .docx is called and who signs it: from the form's unit (or project), year and kind. */
  document: { fileName: string; title: string; unit: string };
  /** Paragraphs that still hold gap marks, as drafted: what the pane counts and lists. */
  gaps: ReportGap[];
  /** The outline the report follows, and the kind of form it is for: what the pane lets the user change. */
  outline: Outline;
  kind: FormKind;
  /** What 恢复默认提纲 goes back to: the profile's outline, else the built-in one. */
  defaultOutline: Outline;
  /** Paragraphs holding the user's own words, by block: the pane asks before a block holding them goes. */
  written: UserWords[];
}

/** What a redraft does besides following the form: the outline the user just saved, paragraphs whose block they deleted. */
export interface DraftOptions {
  outline?: Outline;
  drop?: ReadonlySet<string>;
}

type DraftResult = ReportOutcome | { ok: false; problem: Bilingual };

/**
 * Which other sheets drafting must read: the report of the active form, or the form of the active report; and the
 * sheets after the form that its table may go on over (续表), when its last form has no 总分 (the form of a report,
 * not read yet: those ZiPing found when it last recomputed it, else the sheets after it).
 */
export function locateForDraft(read: DraftRead): { others: string[] } {
  const report = readReportSheet(read.active.grid);
  if (report) {
    const form = linkedFormSheet(read.active.grid);
    const at = read.sheets.findIndex((s) => s.name === form);
    if (at < 0) return { others: form ? [form] : [] };
    // A form ZiPing has recomputed: the 续表 it found then; else the sheets after it that could be.
    const known = parseState(read.settings).state.sheets[read.sheets[at].id];
    const after = known
      ? (known.continued ?? [])
      : read.sheets.slice(at + 1, at + 1 + MAX_CONTINUATIONS).map((s) => s.id);
    return { others: [read.sheets[at].id, ...after] };
  }
  const link = parseState(read.settings).state.reports[read.active.id];
  const at = read.sheets.findIndex((s) => s.id === read.active.id);
  const after = continuationSides(read.active.grid).next
    ? read.sheets.slice(at + 1, at + 1 + MAX_CONTINUATIONS).map((s) => s.id)
    : [];
  if (!link) return { others: after };
  const byId = link.id && read.sheets.find((s) => s.id === link.id);
  return { others: [byId ? byId.id : link.name, ...after] };
}

/**
 * The form that starts on `formSheet`, checked with the sheets right after it that its table goes on over (续表),
 * as far as they were read.
 */
function formOn(formSheet: SheetContent, read: DraftRead, others: SheetContent[]): FormResult | undefined {
  const at = read.sheets.findIndex((s) => s.id === formSheet.id);
  const after: SheetContent[] = [];
  for (let i = at + 1; at >= 0 && i < read.sheets.length && after.length < MAX_CONTINUATIONS; i++) {
    const next = others.find((o) => o.id === read.sheets[i].id);
    if (!next) break;
    after.push(next);
  }
  const { results } = checkSheetInBook(formSheet.grid, { after: after.map((o) => o.grid) });
  return results.find((r) => r.sheet === formSheet.name);
}

/**
 * Drafts (or redrafts) the report of the form on the active sheet, or of the form the active report belongs
 * to. A redraft keeps every paragraph the user rewrote and the figures they typed into the input block.
 */
export function decideDraft(
  read: DraftRead,
  others: SheetContent[],
  lang: Lang,
  accept: ReadonlySet<string>,
  options: DraftOptions = {},
): Decision {
  const { formSheet, reportSheet } = draftSheets(read, others);
  const fail = (problem: Bilingual) => ({ result: { ok: false as const, problem } });
  if (!formSheet)
    return fail({
      zh: '找不到此报告所依据的自评表工作表（可能已删除）',
      en: 'the form sheet this report was drafted from cannot be found (deleted?)',
    });
  const result = formOn(formSheet, read, others);
  if (!result)
    return fail({
      zh: `工作表“${formSheet.name}”中找不到自评表：请在自评表所在的工作表上生成报告`,
      en: `no form on sheet “${formSheet.name}”: draft the report from the form’s sheet`,
    });

  const existing = reportSheet ? readReportSheet(reportSheet.grid) : undefined;
  const state = parseState(read.settings).state;
  const outline = options.outline ?? reportOutline(result, state.profile, existing, state.outlines);
  const title = outline.title[lang];
  const draft: Draft = {
    result,
    formSheet,
    state,
    lang,
    outline,
    document: { fileName: reportFileName(result.form, title, lang), title, unit: signingUnit(result.form) },
    inputs: existing ? (existing.inputs as InputValues) : initialInputs(result.form),
  };
  if (existing && reportSheet) return redraftReport(draft, reportSheet, existing, accept, options.drop);
  return createReport(draft, read.sheets);
}

type Decision = { write?: ReportWrite; settings?: string; result: DraftResult };

/** What a draft is made from: the form checked, its sheet, the workbook's state, and the outline it follows. */
interface Draft {
  result: FormResult;
  formSheet: SheetContent;
  /** The workbook's state, parsed afresh: the link to the report is recorded in it. */
  state: WorkbookState;
  lang: Lang;
  outline: Outline;
  document: ReportOutcome['document'];
  /** The figures of the input block: the user's, else the form's. */
  inputs: InputValues;
}

/**
 * The form and the report a draft is about: the active sheet and the report linked to it (by the state's link, or
 * the report's own), or the active report and the form it names. Other sheets may have been read early on a guess.
 */
function draftSheets(
  read: DraftRead,
  others: SheetContent[],
): { formSheet?: SheetContent; reportSheet?: SheetContent } {
  if (readReportSheet(read.active.grid) !== undefined) {
    const linkedForm = linkedFormSheet(read.active.grid);
    return {
      formSheet: others.find((o) => o.name === linkedForm && !readReportSheet(o.grid)),
      reportSheet: read.active,
    };
  }
  const link = parseState(read.settings).state.reports[read.active.id];
  const reportSheet = others.find(
    (o) =>
      readReportSheet(o.grid) &&
      (o.id === link?.id || o.name === link?.name || linkedFormSheet(o.grid) === read.active.name),
  );
  return { formSheet: read.active, reportSheet };
}

/** A first draft: a report sheet of its own, named after the form's, and the link to it in the state. */
function createReport(draft: Draft, sheets: DraftRead['sheets']): Decision {
  const { result, formSheet, state, lang, outline, inputs } = draft;
  const wanted = lang === 'zh' ? `${formSheet.name}·自评报告` : `${formSheet.name} report`;
  const taken = sheets.map((s) => s.name);
  const name = uniqueName(wanted, taken);
  const plan = layoutAnnex2(result, formSheet.name, inputs, lang, name, undefined, outline);
  state.reports[formSheet.id] = { name };
  return {
    write: { kind: 'create', name, plan },
    settings: serializeState(state),
    result: outcome(draft, {
      reportSheet: name,
      created: true,
      proposals: [],
      replaced: plan.paragraphs.length,
      gaps: gapsIn(plan.paragraphs, labelsOf(plan.paragraphs)),
      written: [],
    }),
  };
}

/**
 * A redraft of an existing report: the paragraphs that follow the form are replaced, the user's own are kept (or
 * proposed a new wording), the outline is stored when it changed, and the link is recorded again when it moved.
 */
function redraftReport(
  draft: Draft,
  reportSheet: SheetContent,
  existing: ExistingReport,
  accept: ReadonlySet<string>,
  drop: ReadonlySet<string> | undefined,
): Decision {
  const { result, formSheet, state, lang, outline, inputs } = draft;
  const drafted = layoutAnnex2(
    result,
    formSheet.name,
    inputs,
    lang,
    reportSheet.name,
    existing.inputAt,
    outline,
    wordsUnder(existing.rows, drop),
  );
  const merged = planRedraft(existing, drafted, accept, drop);
  const shown = shownRows(merged.block, drafted.paragraphs, existing.rows);
  const kept = outlineToKeep(outline, result.form.kind);
  const stored = state.reports[formSheet.id];
  let settings: string | undefined;
  if (!stored || stored.id !== reportSheet.id || stored.name !== reportSheet.name) {
    state.reports[formSheet.id] = { name: reportSheet.name, id: reportSheet.id };
    settings = serializeState(state);
  }
  // The hidden test cells of the new draft (F1 down), and blanks over those of the last draft left over.
  const checks = [
    ...drafted.checks.map(({ address, formula }) => ({ address, value: `=${formula}`, numFmt: HIDDEN_FORMAT })),
    ...Array.from({ length: Math.max(0, existing.checks - drafted.checks.length) }, (_, i) => ({
      address: a1(drafted.checks.length + i, REPORT_COLUMNS.check),
      value: '',
      numFmt: 'General',
    })),
  ];
  return {
    write: paragraphsWrite(
      reportSheet.name,
      merged.block,
      merged.headingRows,
      [
        ...(kept !== (existing.outline ? outlineToKeep(existing.outline, result.form.kind) : '')
          ? [{ address: OUTLINE_CELL, value: kept, numFmt: HIDDEN_FORMAT }]
          : []),
        ...checks,
      ],
      gapFills(existing.rows, shown, drafted.paragraphs),
    ),
    settings,
    result: outcome(draft, {
      reportSheet: reportSheet.name,
      created: false,
      proposals: merged.proposals,
      replaced: merged.replaced,
      gaps: gapsIn(shown, labelsOf(drafted.paragraphs)),
      written: userWords(merged.block, drafted.paragraphs),
    }),
  };
}

/** What the pane is told of a draft: what was written where, and what it lets the user change next. */
function outcome(
  draft: Draft,
  report: Pick<ReportOutcome, 'reportSheet' | 'created' | 'proposals' | 'replaced' | 'gaps' | 'written'>,
): ReportOutcome {
  const kind = draft.result.form.kind;
  return {
    ok: true,
    formSheet: draft.formSheet.name,
    reportSheet: report.reportSheet,
    created: report.created,
    proposals: report.proposals,
    replaced: report.replaced,
    lang: draft.lang,
    document: draft.document,
    gaps: report.gaps,
    outline: draft.outline,
    kind,
    defaultOutline: defaultOutline(kind, draft.state.profile),
    written: report.written,
  };
}

/**
 * The paragraphs block of a report sheet (columns id, text and mark from FIRST_ROW on) as the port writes it:
 * text stays text except a formula in the text column, headings bold, the text wrapped.
 */
function paragraphsWrite(
  sheet: string,
  block: string[][],
  headingRows: number[],
  values: Extract<ReportWrite, { kind: 'update' }>['values'],
  fills: Extract<ReportWrite, { kind: 'update' }>['fills'],
): ReportWrite {
  const textColumn = REPORT_COLUMNS.text - REPORT_COLUMNS.id;
  const cells = block.map((row) =>
    row.map((cell, c): CellInput => (c === textColumn && cell.startsWith('=') ? { formula: cell } : { value: cell })),
  );
  const text = (row: number) => a1(FIRST_ROW + row, REPORT_COLUMNS.text);
  const body = `${text(0)}:${text(Math.max(0, block.length - 1))}`;
  return {
    kind: 'update',
    sheet,
    at: a1(FIRST_ROW, REPORT_COLUMNS.id),
    cells,
    bold: [{ range: body, on: false }, ...headingRows.map((r) => ({ range: text(r), on: true }))],
    wrap: [body],
    values,
    fills,
  };
}

const labelsOf = (paragraphs: { id: string; label: string }[]) => new Map(paragraphs.map((p) => [p.id, p.label]));
