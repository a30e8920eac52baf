import type { Bilingual, Lang } from '../core/findings';
import { parseProfile, type RuleProfile } from '../core/profile';
import type { Severity } from '../core/findings';
import type { FormKind } from '../core/model';
import { parseReportOutlines, type Outline } from '../core/report/outline';
import { parseRegion } from './region';

/**
 * The workbook setting under which ZiPing keeps what travels with the file: the rule profile, the language, the
 * reports. Each sheet's state has a setting of its own (SHEET_KEY_PREFIX + the sheet's id), so that two writers —
 * two co-authors, or two sheets recomputed at once — each write only their sheet's and never overwrite the other's.
 * A workbook saved before kept the sheets inside SETTINGS_KEY: read as before, moved out at the next write.
 */
export const SETTINGS_KEY = 'ziping';
export const SHEET_KEY_PREFIX = 'ziping.sheet.';

/** Whether a workbook setting is one of ZiPing's state. */
export function isStateKey(key: string): boolean {
  return key === SETTINGS_KEY || key.startsWith(SHEET_KEY_PREFIX);
}

/**
 * The state as one text (what parseState reads) from the stored settings: the workbook's, with each sheet's own
 * setting in `sheets` (over a sheet kept inside the workbook's by an older ZiPing). null when none is stored.
 */
export function joinSettings(stored: Map<string, string>): string | null {
  const base = stored.get(SETTINGS_KEY);
  const sheets = [...stored].filter(([key]) => key.startsWith(SHEET_KEY_PREFIX));
  if (sheets.length === 0) return base ?? null;
  let workbook: Record<string, unknown> = {};
  if (base !== undefined) {
    const parsed = parseObject(base);
    // A damaged workbook setting is passed on as it is, so that parseState says so.
    if (!parsed) return base;
    workbook = parsed;
  }
  const inside = parseObject(JSON.stringify(workbook.sheets ?? {})) ?? {};
  for (const [key, text] of sheets) inside[key.slice(SHEET_KEY_PREFIX.length)] = parseObject(text) ?? text;
  return JSON.stringify({ ...workbook, sheets: inside });
}

/** The settings to store for a state text (from serializeState): the workbook's, and one per sheet. */
export function splitSettings(text: string): Map<string, string> {
  const parsed = parseObject(text);
  if (!parsed) return new Map([[SETTINGS_KEY, text]]);
  const { sheets, ...workbook } = parsed;
  const out = new Map([[SETTINGS_KEY, JSON.stringify(workbook)]]);
  if (typeof sheets === 'object' && sheets !== null)
    for (const [id, sheet] of Object.entries(sheets)) out.set(SHEET_KEY_PREFIX + id, JSON.stringify(sheet));
  return out;
}

/**
 * Whether two stored texts hold the same value, whatever the order of their keys: a writer must not rewrite (with
 * what it read, maybe before a co-author's write) a setting it did not change.
 */
export function sameSetting(a: string | undefined, b: string): boolean {
  if (a === b) return true;
  if (a === undefined) return false;
  try {
    return canonical(JSON.parse(a)) === canonical(JSON.parse(b));
  } catch {
    return false;
  }
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null)
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const v: unknown = JSON.parse(text);
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
const STATE_VERSION = 1;

/** What ZiPing remembers about one sheet, keyed by the worksheet's id (stable across renames). */
export interface SheetState {
  /** The rule scores ZiPing last wrote into 得分, by indicator key: a different value there is the user's own. */
  written: Record<string, number>;
  /** Indicators whose 得分 the user typed; kept and checked, never overwritten. */
  userScores: string[];
  /** The flags now shown, by A1 address. */
  flags: Record<string, Severity>;
  /** The block that holds the sheet's forms with a margin (A1): all ZiPing reads of the sheet on an edit. */
  region?: string;
  /** What each 得分 cell ZiPing wrote held before its last write (null: blank): what an undo of it brings back. */
  replaced?: Record<string, number | null>;
  /**
   * Scores whose last ZiPing write the user undid, with the inputs (target, actual, weight) they were undone at:
   * ZiPing leaves them as they are until one of those inputs changes.
   */
  held?: Record<string, string>;
  /**
   * The other sheets (ids, in workbook order) read with this one last time, because its forms go on over them or
   * theirs over it (续表): read with it in the first round trip next time.
   */
  continued?: string[];
}

export interface WorkbookState {
  version: number;
  profile: RuleProfile;
  lang: Lang;
  sheets: Record<string, SheetState>;
  /** The report drafted from each form, by the form sheet's id: the report sheet's name (and id once known). */
  reports: Record<string, { name: string; id?: string }>;
  /**
   * The user's own report outlines (changed in the pane), by kind of form: kept apart from the profile's, which
   * 恢复默认提纲 goes back to.
   */
  outlines?: Partial<Record<FormKind, Outline>>;
}

export function emptySheetState(): SheetState {
  return { written: {}, userScores: [], flags: {} };
}

/**
 * Reads the stored state from untrusted text (a workbook made by another version, edited by hand, or damaged):
 * whatever cannot be used falls back to the defaults, and the problems are returned for the pane to show.
 */
export function parseState(text: string | null | undefined): { state: WorkbookState; problems: Bilingual[] } {
  const fallback = (problem?: Bilingual) => ({
    state: {
      version: STATE_VERSION,
      profile: parseProfile(undefined).profile,
      lang: 'zh' as Lang,
      sheets: {},
      reports: {},
    },
    problems: problem ? [problem] : [],
  });
  if (text === null || text === undefined || text === '') return fallback();
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fallback({
      zh: '工作簿中保存的 ZiPing 设置已损坏，已改用默认设置',
      en: 'the ZiPing settings stored in this workbook are damaged; the defaults are used',
    });
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fallback({
      zh: '工作簿中保存的 ZiPing 设置无法识别，已改用默认设置',
      en: 'the ZiPing settings stored in this workbook are not recognised; the defaults are used',
    });
  }
  const obj = raw as Record<string, unknown>;
  const problems: Bilingual[] = [];
  if (typeof obj.version === 'number' && obj.version > STATE_VERSION) {
    problems.push({
      zh: '此工作簿由更新版本的 ZiPing 保存，部分设置可能无法识别',
      en: 'this workbook was saved by a newer ZiPing; some settings may not be understood',
    });
  }
  const { profile, problems: profileProblems } = parseProfile(obj.profile);
  problems.push(...profileProblems);
  const lang: Lang = obj.lang === 'en' ? 'en' : 'zh';
  const sheets: Record<string, SheetState> = {};
  if (typeof obj.sheets === 'object' && obj.sheets !== null && !Array.isArray(obj.sheets)) {
    for (const [id, value] of Object.entries(obj.sheets as Record<string, unknown>)) {
      const sheet = parseSheetState(value);
      if (sheet) sheets[id] = sheet;
      else
        problems.push({
          zh: `工作表 ${id} 的 ZiPing 记录已损坏，已重置`,
          en: `the ZiPing record of sheet ${id} is damaged and was reset`,
        });
    }
  }
  const reports: WorkbookState['reports'] = {};
  if (typeof obj.reports === 'object' && obj.reports !== null && !Array.isArray(obj.reports)) {
    for (const [formId, link] of Object.entries(obj.reports as Record<string, unknown>)) {
      const l = link as { name?: unknown; id?: unknown } | null;
      if (l && typeof l.name === 'string')
        reports[formId] = typeof l.id === 'string' ? { name: l.name, id: l.id } : { name: l.name };
    }
  }
  const state: WorkbookState = { version: STATE_VERSION, profile, lang, sheets, reports };
  if (obj.outlines !== undefined) {
    const { outlines, problems: outlineProblems } = parseReportOutlines(obj.outlines);
    if (Object.keys(outlines).length > 0) state.outlines = outlines;
    problems.push(...outlineProblems);
  }
  return { state, problems };
}

function parseSheetState(value: unknown): SheetState | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const v = value as Record<string, unknown>;
  const state = emptySheetState();
  if (typeof v.written === 'object' && v.written !== null) {
    for (const [k, n] of Object.entries(v.written as Record<string, unknown>))
      if (typeof n === 'number' && Number.isFinite(n)) state.written[k] = n;
  }
  if (Array.isArray(v.userScores)) state.userScores = v.userScores.filter((x): x is string => typeof x === 'string');
  if (typeof v.flags === 'object' && v.flags !== null) {
    for (const [k, s] of Object.entries(v.flags as Record<string, unknown>))
      if (s === 'error' || s === 'warning' || s === 'info') state.flags[k] = s;
  }
  if (typeof v.region === 'string' && parseRegion(v.region)) state.region = v.region;
  if (typeof v.replaced === 'object' && v.replaced !== null) {
    const replaced: Record<string, number | null> = {};
    for (const [k, n] of Object.entries(v.replaced as Record<string, unknown>))
      if (n === null || (typeof n === 'number' && Number.isFinite(n))) replaced[k] = n;
    if (Object.keys(replaced).length > 0) state.replaced = replaced;
  }
  if (typeof v.held === 'object' && v.held !== null) {
    const held: Record<string, string> = {};
    for (const [k, inputs] of Object.entries(v.held as Record<string, unknown>))
      if (typeof inputs === 'string') held[k] = inputs;
    if (Object.keys(held).length > 0) state.held = held;
  }
  if (Array.isArray(v.continued)) {
    const continued = v.continued.filter((x): x is string => typeof x === 'string');
    if (continued.length > 0) state.continued = continued;
  }
  return state;
}

export function serializeState(state: WorkbookState): string {
  return JSON.stringify(state);
}
