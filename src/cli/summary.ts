import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import {
  FINDING_FIELD,
  NO_FINDINGS,
  RULE_TOTAL,
  STATED_TOTAL,
  SEVERITY_NAME,
  SEVERITY_ORDER,
  type Bilingual,
  type Finding,
  type Lang,
  type Severity,
} from '../core/findings';
import { fixed, readNumber, shown } from '../core/numbers';
import { mostSerious } from '../core/seriousness';
import { ruleTotal, type FormResult } from '../core/workbook';
import { FORM_NAME } from './format';

/** A form checked, or a file that could not be read, as the reviewer's summary lists it. */
export type SummaryEntry = { file: string; result: FormResult } | { file: string; unreadable: Bilingual };

/** How many of the most serious findings a form's row spells out. */
const WORST_SHOWN = 3;

const FORMS_SHEET: Bilingual = { zh: '自评表汇总', en: 'Forms' };
const FINDINGS_SHEET: Bilingual = { zh: '全部问题', en: 'Findings' };

const FILE_HEADER: Bilingual = { zh: '文件', en: 'File' };

const FORM_COLUMNS: { key: string; header: Bilingual; width: number }[] = [
  { key: 'file', header: FILE_HEADER, width: 32 },
  { key: 'sheet', header: FINDING_FIELD.sheet, width: 18 },
  { key: 'unit', header: { zh: '单位或项目', en: 'Unit or project' }, width: 30 },
  { key: 'year', header: { zh: '年度', en: 'Year' }, width: 8 },
  { key: 'kind', header: { zh: '表类型', en: 'Form' }, width: 22 },
  { key: 'stated', header: STATED_TOTAL, width: 11 },
  { key: 'rule', header: RULE_TOTAL, width: 14 },
  { key: 'errors', header: SEVERITY_NAME.error.many, width: 8 },
  { key: 'warnings', header: SEVERITY_NAME.warning.many, width: 8 },
  { key: 'notes', header: SEVERITY_NAME.info.many, width: 8 },
  { key: 'worst', header: { zh: '最严重的三个问题', en: 'The three most serious findings' }, width: 90 },
];

const FINDING_COLUMNS: { key: string; header: Bilingual; width: number }[] = [
  { key: 'file', header: FILE_HEADER, width: 32 },
  { key: 'sheet', header: FINDING_FIELD.sheet, width: 18 },
  { key: 'cell', header: FINDING_FIELD.cell, width: 10 },
  { key: 'severity', header: FINDING_FIELD.severity, width: 8 },
  { key: 'code', header: FINDING_FIELD.code, width: 24 },
  { key: 'indicator', header: FINDING_FIELD.indicator, width: 24 },
  { key: 'message', header: FINDING_FIELD.message, width: 90 },
  { key: 'expected', header: FINDING_FIELD.expected, width: 14 },
  { key: 'found', header: FINDING_FIELD.found, width: 14 },
];

function count(findings: Finding[], severity: Severity): number {
  return findings.filter((f) => f.severity === severity).length;
}

/** Worst first: unreadable files, then by errors, warnings and notes, each more first; then by file and sheet. */
function worstFirst(a: SummaryEntry, b: SummaryEntry): number {
  const rank = (e: SummaryEntry) =>
    'unreadable' in e ? [1, 0, 0, 0] : [0, ...SEVERITY_ORDER.map((s) => count(e.result.findings, s))];
  const [ra, rb] = [rank(a), rank(b)];
  for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return rb[i] - ra[i];
  const sheet = (e: SummaryEntry) => ('result' in e ? e.result.sheet : '');
  return a.file.localeCompare(b.file) || sheet(a).localeCompare(sheet(b));
}

function formRow(entry: SummaryEntry, lang: Lang): Record<string, string | number | null> {
  const file = path.basename(entry.file);
  if ('unreadable' in entry) {
    const unreadable = lang === 'zh' ? '无法读取' : 'unreadable';
    return { file, kind: unreadable, errors: 1, warnings: 0, notes: 0, worst: entry.unreadable[lang] };
  }
  const r = entry.result;
  const stated = readNumber(r.form.statedTotal);
  const total = ruleTotal(r.check);
  const worst = mostSerious(r.findings, WORST_SHOWN).map(
    (f, i) => `${i + 1}. ${f.cell ? `${f.cell} ` : ''}${f.message[lang]}`,
  );
  return {
    file,
    sheet: r.sheet,
    unit: shown(r.form.kind === 'department' ? r.form.unit : r.form.project?.name) || null,
    year: r.form.year ?? null,
    kind: FORM_NAME[r.form.kind][lang],
    stated: stated.ok ? Number(fixed(stated.value)) : null,
    rule: total !== undefined ? Number(fixed(total)) : null,
    errors: count(r.findings, 'error'),
    warnings: count(r.findings, 'warning'),
    notes: count(r.findings, 'info'),
    worst: worst.join('\n') || NO_FINDINGS[lang],
  };
}

function findingRows(entry: SummaryEntry, lang: Lang): Record<string, string | number | null>[] {
  const file = path.basename(entry.file);
  if ('unreadable' in entry)
    return [{ file, severity: SEVERITY_NAME.error.one[lang], message: entry.unreadable[lang] }];
  return entry.result.findings.map((f) => ({
    file,
    sheet: f.sheet,
    cell: f.cell ?? null,
    severity: SEVERITY_NAME[f.severity].one[lang],
    code: f.code,
    indicator: f.indicator ?? null,
    message: f.message[lang],
    expected: f.expected ?? null,
    found: f.found ?? null,
  }));
}

function addTable(
  book: ExcelJS.Workbook,
  name: string,
  columns: { key: string; header: Bilingual; width: number }[],
  rows: Record<string, string | number | null>[],
  lang: Lang,
): void {
  const sheet = book.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1 }],
    // Printed, as a reviewer files it: A4 landscape, every column on the page's width, the header on every page.
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.pageSetup.printTitlesRow = '1:1';
  sheet.columns = columns.map((c) => ({ key: c.key, header: c.header[lang], width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for (const values of rows) {
    const row = sheet.addRow(values);
    row.alignment = { vertical: 'top', wrapText: true };
    row.height = rowHeight(values, columns);
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: columns.length } };
}

/** Points per line of the default 11-point font, with room for Chinese glyphs' taller line. */
const LINE_HEIGHT = 16;
/** Excel's tallest row: "Row height: 409 points" (Excel specifications and limits). */
const MAX_ROW_HEIGHT = 409;
/** Characters that take two of a column's width units (CJK ideographs and punctuation, full-width forms). */
const WIDE = /[\p{Script=Han}\u3000-\u303f\uff00-\uff60\uffe0-\uffe6]/u;

/**
 * Enough height for every wrapped line of the row's longest cell. LibreOffice (7.4 here) does not grow a row to its
 * wrapped text when it opens a file, so without it a form's second and third findings were cut off, on screen and on
 * paper; Excel's own fitting is not documented for opening a file either. A generous estimate from the column widths
 * (a wide character counts two units), so that the text fits in both; never above Excel's tallest row (a goal of
 * 200 characters quoted in a 实为 column 14 wide would need some 500 points).
 */
function rowHeight(values: Record<string, string | number | null>, columns: { key: string; width: number }[]): number {
  let lines = 1;
  for (const { key, width } of columns) {
    const text = values[key];
    if (typeof text !== 'string') continue;
    const wrapped = text
      .split('\n')
      .reduce((sum, line) => sum + Math.max(1, Math.ceil(textWidth(line) / (width - 1))), 0);
    lines = Math.max(lines, wrapped);
  }
  return Math.min(lines * LINE_HEIGHT, MAX_ROW_HEIGHT);
}

function textWidth(text: string): number {
  let units = 0;
  for (const ch of text) units += WIDE.test(ch) ? 2 : 1;
  return units;
}

/**
 * The reviewer's summary workbook: a sheet with a row per form (worst first, with its three most serious findings in
 * words) and a sheet of every finding with its file, sheet and cell. Both have a frozen header and an autofilter, and
 * print on A4 landscape, one page wide, the header repeated.
 */
export async function summaryWorkbook(entries: SummaryEntry[], lang: Lang): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'ZiPing';
  const sorted = [...entries].sort(worstFirst);
  addTable(
    book,
    FORMS_SHEET[lang],
    FORM_COLUMNS,
    sorted.map((e) => formRow(e, lang)),
    lang,
  );
  addTable(
    book,
    FINDINGS_SHEET[lang],
    FINDING_COLUMNS,
    sorted.flatMap((e) => findingRows(e, lang)),
    lang,
  );
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Writes the summary; a message naming the file when it cannot be written (never a throw). */
export async function writeSummary(
  file: string,
  entries: SummaryEntry[],
  lang: Lang,
): Promise<{ ok: true } | { ok: false; message: Bilingual }> {
  try {
    await fs.writeFile(file, await summaryWorkbook(entries, lang));
    return { ok: true };
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : String(e));
    return {
      ok: false,
      message: { zh: `无法写入汇总表“${file}”（${reason}）`, en: `cannot write the summary "${file}" (${reason})` },
    };
  }
}
