import { a1, absoluteA1, type CellValue, type GridCell } from '../cells';
import type { AmountUnit } from '../model';
import { FIRST_ROW, GAP_FILL, inputAddress, REPORT_COLUMNS, REPORT_MARK } from '../report/columns';
import type { Lang } from '../findings';
import { draftReport, outlineFor, type KeepHeading, type ReportParagraph } from '../report/draft';
import { inputFieldsFor, inputLabel, type InputField, type InputValues } from '../report/inputs';
import { outlineToKeep, type Outline } from '../report/outline';
import { AMOUNT_PLACES, marksIn } from '../report/words';
import { EXCEL_FORMULA_CHARS, EXCEL_FUNCTION_ARGS } from '../excelLimits';
import { formulaOf, placesFormat, renderParts, withinExcelLimits, type Resolver, type Spill } from '../report/parts';
import { reportResolver } from '../report/resolver';
import type { FormResult } from '../workbook';
import type { CellStyle, SheetPlan } from './sheetPlan';
import { contentHash } from '../report/contentHash';

export { GAP_FILL };

/** A number format that shows nothing: the outline kept in the sheet is for ZiPing, not the reader. */
export const HIDDEN_FORMAT = ';;;';

/** The input block's name: its heading, and the title of its cells' prompts. */
const INPUT_BLOCK = { zh: '报告数据', en: 'Report data' };

/** The input block's heading. */
const INPUT_HEADING = {
  zh: `${INPUT_BLOCK.zh}（自评表中没有的请填写；取自自评表的已填入，可改）`,
  en: `${INPUT_BLOCK.en} (fill in what Annex 1 lacks; figures taken from it are filled in, and may be changed)`,
};

interface DraftedParagraph {
  id: string;
  owner: ReportParagraph['owner'];
  role: ReportParagraph['role'];
  /** What goes into column B: a formula (ZiPing's paragraphs) or text (the user's). */
  formula?: string;
  /** The text the paragraph shows for the figures as they stand. */
  text: string;
  /** Where it stands, as a reader names it: 三、（3）资金成本. */
  label: string;
  /** The outline block it was drafted for (blockId); none for the title and headings. */
  block?: string;
}

export interface Annex2Sheet extends SheetPlan {
  paragraphs: DraftedParagraph[];
  /** Input key → its value cell on the report sheet. */
  inputs: Record<string, string>;
  /** The hidden test cells (F1, F2, …) the paragraphs refer to, with their formulas: none unless one was needed. */
  checks: { address: string; formula: string }[];
}

type Cells = (GridCell | undefined)[][];

const put = (cells: Cells, row: number, col: number, value: CellValue, extra: Partial<GridCell> = {}) =>
  ((cells[row] ??= [])[col] = { value, ...extra });

/**
 * Lays out Annex 2 on a sheet of its own: the input block, and the report with one paragraph per row, each of
 * ZiPing's a formula over Annex 1 (on `formSheet`) and the input block, so that Excel keeps the text current.
 * `keep` (a redraft) keeps an empty heading the user wrote under.
 */
export function layoutAnnex2(
  result: FormResult,
  formSheet: string,
  inputs: InputValues,
  lang: Lang,
  sheetName = '自评报告',
  inputAt?: Record<string, string>,
  outline: Outline = outlineFor(result),
  keep?: KeepHeading,
): Annex2Sheet {
  const cells: Cells = [];
  const fields = inputFieldsFor(result.form.kind);
  const fromForm = reportResolver(result.form, formSheet, new Map());
  const inputBlock = writeInputBlock(cells, fields, inputs, lang, result.form.amountUnit, inputAt, fromForm);
  const resolver = reportResolver(result.form, formSheet, inputBlock.cells);
  const checks: Annex2Sheet['checks'] = [];
  const spill = checkCells(cells, checks);
  const drafted = draftReport(result, lang, outline, keep).map((p): DraftedParagraph => {
    const text = renderParts(p.parts, resolver);
    const base = {
      id: p.id,
      owner: p.owner,
      role: p.role,
      text,
      label: p.label,
      ...(p.block ? { block: p.block } : {}),
    };
    if (p.owner !== 'ziping' || p.parts.every((x) => x.kind === 'text')) return base;
    const formula = formulaOf(p.parts, resolver);
    // Past Excel's limits (the total's tests, over every indicator's cells), the tests go into cells of their own.
    return { ...base, formula: withinExcelLimits(formula, p.parts) ? formula : formulaOf(p.parts, resolver, spill) };
  });
  put(cells, 0, REPORT_COLUMNS.id, REPORT_MARK);
  const kept = outlineToKeep(outline, result.form.kind);
  if (kept) put(cells, 0, REPORT_COLUMNS.hash, kept, { numFmt: HIDDEN_FORMAT });
  drafted.forEach((p, i) => {
    put(cells, i + FIRST_ROW, REPORT_COLUMNS.id, p.id);
    put(cells, i + FIRST_ROW, REPORT_COLUMNS.text, p.text, p.formula ? { formula: p.formula } : {});
    put(cells, i + FIRST_ROW, REPORT_COLUMNS.hash, contentHash(p.formula ? `=${p.formula}` : p.text));
  });
  return {
    grid: {
      name: sheetName,
      cells,
      merges: fields.length > 0 ? [{ top: 0, left: REPORT_COLUMNS.label, bottom: 0, right: REPORT_COLUMNS.value }] : [],
    },
    styles: reportStyles(drafted, fields.length),
    columnWidths: checks.length > 0 ? [4, 90, 3, 34, 16, 3] : [4, 90, 3, 34, 16],
    validations: inputValidations(fields, lang),
    print: { landscape: false, fitToPagesWide: 1 },
    paragraphs: drafted,
    inputs: inputBlock.addresses,
    checks,
  };
}

/**
 * Places an asDrafted part's tests in hidden cells of the check column, F1 down after any placed before, each
 * an AND of as many tests as Excel takes in one formula; the part tests them all with AND over those cells.
 */
function checkCells(cells: Cells, checks: Annex2Sheet['checks']): Spill {
  return (tests) => {
    const first = checks.length;
    const groups: (typeof tests)[] = [];
    let length = 0;
    for (const test of tests) {
      const group = groups[groups.length - 1];
      // "=AND(" and ")" around the tests and the commas between them.
      if (
        !group ||
        group.length === EXCEL_FUNCTION_ARGS ||
        6 + length + 1 + test.formula.length > EXCEL_FORMULA_CHARS
      ) {
        groups.push([test]);
        length = test.formula.length;
      } else {
        group.push(test);
        length += 1 + test.formula.length;
      }
    }
    for (const group of groups) {
      const row = checks.length;
      const formula = `AND(${group.map((t) => t.formula).join(',')})`;
      put(
        cells,
        row,
        REPORT_COLUMNS.check,
        group.every((t) => t.holds),
        { formula, numFmt: HIDDEN_FORMAT },
      );
      checks.push({ address: a1(row, REPORT_COLUMNS.check), formula });
    }
    const cell = (row: number) => absoluteA1(a1(row, REPORT_COLUMNS.check));
    return checks.length - first === 1 ? cell(first) : `AND(${cell(first)}:${cell(checks.length - 1)})`;
  };
}

/**
 * The input block (the figures the report needs that Annex 1 lacks): its heading and one row per field. Returns
 * each field's cell, absolute for the paragraphs' formulas, and its address. On a first draft (no `inputAt`), a
 * field the user has no value for and the form states (`field.form`) is prefilled with a formula to the form's
 * cell, so that the report follows the form through it; what the user types over it wins. A redraft never writes
 * the block: its figures are what the sheet holds.
 */
function writeInputBlock(
  cells: Cells,
  fields: InputField[],
  inputs: InputValues,
  lang: Lang,
  unit: AmountUnit,
  inputAt: Record<string, string> | undefined,
  fromForm: Resolver,
): { cells: Map<string, { address: string; value: CellValue }>; addresses: Record<string, string> } {
  const absolute = new Map<string, { address: string; value: CellValue }>();
  const addresses: Record<string, string> = {};
  if (fields.length > 0) {
    put(cells, 0, REPORT_COLUMNS.label, INPUT_HEADING[lang]);
    put(cells, 1, REPORT_COLUMNS.label, lang === 'zh' ? '项目' : 'Item');
    put(cells, 1, REPORT_COLUMNS.value, lang === 'zh' ? '数值' : 'Value');
  }
  fields.forEach((field, i) => {
    const address = inputAt?.[field.key] ?? inputAddress(i);
    const typed = inputs[field.key] ?? null;
    const prefill = inputAt === undefined && (typed === null || typed === '') ? formFigure(field, fromForm) : undefined;
    const value = prefill ? prefill.value : typed;
    const numFmt = field.kind === 'amount' ? placesFormat(AMOUNT_PLACES[unit]) : field.kind === 'count' ? '0' : '@';
    put(cells, i + 2, REPORT_COLUMNS.label, inputLabel(field, lang, unit));
    put(cells, i + 2, REPORT_COLUMNS.value, value, {
      numFmt,
      ...(prefill?.formula ? { formula: prefill.formula } : {}),
    });
    absolute.set(field.key, { address: absoluteA1(address), value });
    addresses[field.key] = address;
  });
  return { cells: absolute, addresses };
}

/**
 * The figure the form states for an input field, and the formula to its cell; no formula when the form holds it as
 * text (the number is written instead, as the resolver does), nothing when the form does not state it. The formula
 * shows the cell only while it holds a number: a bare reference shows 0 for an emptied cell, which the report would
 * state as the figure; blank, the report asks for it again.
 */
function formFigure(field: InputField, fromForm: Resolver): { value: number; formula?: string } | undefined {
  if (!field.form) return undefined;
  const value = fromForm.value(`form:${field.form}`);
  if (typeof value !== 'number') return undefined;
  const address = fromForm.address(`form:${field.form}`);
  return Number(address) === value ? { value } : { value, formula: `IF(ISNUMBER(${address}),${address},"")` };
}

/** Looks: the id and hash columns faint, the text wrapped, the title, headings bold, paragraphs with gaps filled. */
function reportStyles(drafted: DraftedParagraph[], inputRows: number): { range: string; style: CellStyle }[] {
  const styles: { range: string; style: CellStyle }[] = [
    { range: `A1:A${drafted.length + FIRST_ROW}`, style: { color: '#A6A6A6', fontSize: 8 } },
    { range: `C1:C${drafted.length + FIRST_ROW}`, style: { color: '#D9D9D9', fontSize: 6 } },
    { range: `B1:B${drafted.length + FIRST_ROW}`, style: { wrap: true, vertical: 'Top' } },
    { range: `B${FIRST_ROW + 1}`, style: { bold: true, fontSize: 16, horizontal: 'Center' } },
  ];
  if (inputRows > 0)
    styles.push(
      { range: `D1:E${inputRows + 2}`, style: { grid: true, wrap: true, vertical: 'Center' } },
      { range: 'D1:E2', style: { bold: true, fill: '#F2F2F2' } },
    );
  drafted.forEach((p, i) => {
    if (p.role === 'heading') styles.push({ range: `B${i + FIRST_ROW + 1}`, style: { bold: true } });
    if (marksIn(p.text).length > 0) styles.push({ range: `B${i + FIRST_ROW + 1}`, style: { fill: GAP_FILL } });
  });
  return styles;
}

/** The input block's figures: numbers, 0 or more (its texts are free). */
function inputValidations(fields: InputField[], lang: Lang): SheetPlan['validations'] {
  return fields
    .map((f, i) => ({ range: inputAddress(i), field: f }))
    .filter(({ field }) => field.kind !== 'text')
    .map(({ range }) => ({
      range,
      rule: { kind: 'decimal' as const, min: 0 },
      prompt: {
        title: INPUT_BLOCK[lang],
        message: lang === 'zh' ? '请输入不小于 0 的数字。' : 'Enter a number, 0 or more.',
      },
    }));
}
