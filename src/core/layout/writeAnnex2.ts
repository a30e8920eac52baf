import type { CellValue, GridCell } from '../cells';
import { FIRST_ROW, GAP_FILL, inputAddress, REPORT_COLUMNS, REPORT_MARK } from '../report/columns';
import type { Lang } from '../findings';
import { draftReport, outlineFor, type ReportParagraph } from '../report/draft';
import { inputFieldsFor, inputLabel, type InputValues } from '../report/inputs';
import { outlineToKeep, type Outline } from '../report/outline';
import { AMOUNT_PLACES, marksIn } from '../report/words';
import { formulaOf, placesFormat, renderParts } from '../report/parts';
import { reportResolver } from '../report/resolver';
import type { FormResult } from '../workbook';
import type { CellStyle, SheetPlan } from './sheetPlan';
import { contentHash } from '../report/contentHash';

export { GAP_FILL };

/** A number format that shows nothing: the outline kept in the sheet is for ZiPing, not the reader. */
export const HIDDEN_FORMAT = ';;;';

/** The input block's heading. */
export const INPUT_HEADING = {
  zh: '报告数据（自评表中没有的数字，请填写）',
  en: 'Report data (figures Annex 1 lacks: fill in)',
};

export interface DraftedParagraph {
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
}

/**
 * Lays out Annex 2 on a sheet of its own: the input block, and the report with one paragraph per row, each of
 * ZiPing's a formula over Annex 1 (on `formSheet`) and the input block, so that Excel keeps the text current.
 */
export function layoutAnnex2(
  result: FormResult,
  formSheet: string,
  inputs: InputValues,
  lang: Lang,
  sheetName = '自评报告',
  inputAt?: Record<string, string>,
  outline: Outline = outlineFor(result),
): Annex2Sheet {
  const cells: (GridCell | undefined)[][] = [];
  const put = (row: number, col: number, value: CellValue, extra: Partial<GridCell> = {}) =>
    ((cells[row] ??= [])[col] = { value, ...extra });
  const inputCells = new Map<string, { address: string; value: CellValue }>();
  const inputAddresses: Record<string, string> = {};
  const fields = inputFieldsFor(result.form.kind);
  const unit = result.form.amountUnit;
  if (fields.length > 0) {
    put(0, REPORT_COLUMNS.label, INPUT_HEADING[lang]);
    put(1, REPORT_COLUMNS.label, lang === 'zh' ? '项目' : 'Item');
    put(1, REPORT_COLUMNS.value, lang === 'zh' ? '数值' : 'Value');
  }
  fields.forEach((field, i) => {
    const address = inputAt?.[field.key] ?? inputAddress(i);
    const value = inputs[field.key] ?? null;
    put(i + 2, REPORT_COLUMNS.label, inputLabel(field, lang, unit));
    put(
      i + 2,
      REPORT_COLUMNS.value,
      value,
      field.kind === 'amount'
        ? { numFmt: placesFormat(AMOUNT_PLACES[unit]) }
        : field.kind === 'count'
          ? { numFmt: '0' }
          : { numFmt: '@' },
    );
    inputCells.set(field.key, { address: `$${address.replace(/(\d+)$/, '$$$1')}`, value });
    inputAddresses[field.key] = address;
  });

  const resolver = reportResolver(result.form, formSheet, inputCells);
  const drafted = draftReport(result, lang, outline).map((p): DraftedParagraph => {
    const text = renderParts(p.parts, resolver);
    const base = {
      id: p.id,
      owner: p.owner,
      role: p.role,
      text,
      label: p.label,
      ...(p.block ? { block: p.block } : {}),
    };
    return p.owner === 'ziping' && p.parts.some((x) => x.kind !== 'text')
      ? { ...base, formula: formulaOf(p.parts, resolver) }
      : base;
  });
  put(0, REPORT_COLUMNS.id, REPORT_MARK);
  const kept = outlineToKeep(outline, result.form.kind);
  if (kept) put(0, REPORT_COLUMNS.hash, kept, { numFmt: HIDDEN_FORMAT });
  drafted.forEach((p, i) => {
    put(i + FIRST_ROW, REPORT_COLUMNS.id, p.id);
    put(i + FIRST_ROW, REPORT_COLUMNS.text, p.text, p.formula ? { formula: p.formula } : {});
    put(i + FIRST_ROW, REPORT_COLUMNS.hash, contentHash(p.formula ? `=${p.formula}` : p.text));
  });

  const styles: { range: string; style: CellStyle }[] = [
    { range: `A1:A${drafted.length + FIRST_ROW}`, style: { color: '#A6A6A6', fontSize: 8 } },
    { range: `C1:C${drafted.length + FIRST_ROW}`, style: { color: '#D9D9D9', fontSize: 6 } },
    { range: `B1:B${drafted.length + FIRST_ROW}`, style: { wrap: true, vertical: 'Top' } },
    { range: `B${FIRST_ROW + 1}`, style: { bold: true, fontSize: 16, horizontal: 'Center' } },
  ];
  if (fields.length > 0)
    styles.push(
      { range: `D1:E${fields.length + 2}`, style: { grid: true, wrap: true, vertical: 'Center' } },
      { range: 'D1:E2', style: { bold: true, fill: '#F2F2F2' } },
    );
  drafted.forEach((p, i) => {
    if (p.role === 'heading') styles.push({ range: `B${i + FIRST_ROW + 1}`, style: { bold: true } });
    if (marksIn(p.text).length > 0) styles.push({ range: `B${i + FIRST_ROW + 1}`, style: { fill: GAP_FILL } });
  });
  return {
    grid: {
      name: sheetName,
      cells,
      merges: fields.length > 0 ? [{ top: 0, left: REPORT_COLUMNS.label, bottom: 0, right: REPORT_COLUMNS.value }] : [],
    },
    styles,
    columnWidths: [4, 90, 3, 34, 16],
    validations: fields
      .map((f, i) => ({ range: inputAddress(i), field: f }))
      .filter(({ field }) => field.kind !== 'text')
      .map(({ range }) => ({
        range,
        rule: { kind: 'decimal' as const, min: 0 },
        prompt: {
          title: lang === 'zh' ? '报告数据' : 'Report data',
          message: lang === 'zh' ? '请输入不小于 0 的数字。' : 'Enter a number, 0 or more.',
        },
      })),
    print: { landscape: false, fitToPagesWide: 1 },
    paragraphs: drafted,
    inputs: inputAddresses,
  };
}
