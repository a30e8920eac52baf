import ExcelJS from 'exceljs';
import { FLAG_FILL, FLAG_FORMULA } from '../../src/addin/excel/gateway';
import { SETTINGS_KEY, SHEET_KEY_PREFIX } from '../../src/app/state';
import { layoutAnnex1 } from '../../src/core/layout/writeAnnex1';
import { sampleForm } from '../../src/core/templates';
import { ExcelDouble } from '../../src/hosts/excelDouble';
import type { SavedWorkbook } from '../../src/hosts/excelDouble/workbook';
import { charsToPoints, openXlsx, pointsToChars, readXlsx, saveXlsx, SETTINGS_SHEET } from '../../src/preview/xlsx';
import { session } from '../addin/support';
import { wordLike } from '../support/layouts';

const positions = layoutAnnex1(sampleForm(), 'x').positions;
const cost = positions.indicators[5];
const first = positions.indicators[0];

/** The sample inserted and checked by ZiPing on a double, with a profile of its own and a score typed by the user. */
async function zipingWorkbook() {
  const s = await session('1.18');
  await s.controller.insert('sample');
  await s.settle();
  await s.controller.setProfile({ ...s.controller.current.profile, overachievement: 1.5 });
  await s.settle();
  return s;
}

/** A cell's format without properties set to Excel's defaults (an .xlsx file does not tell them apart). */
function own(format: object): Record<string, unknown> {
  const defaults: Record<string, unknown> = {
    numberFormat: 'General',
    bold: false,
    italic: false,
    wrapText: false,
    horizontalAlignment: 'General',
    verticalAlignment: 'Bottom',
    fill: null,
  };
  return Object.fromEntries(Object.entries(format).filter(([k, v]) => v !== undefined && defaults[k] !== v));
}

/** A cell's validation without the block it was set on (.xlsx joins alike neighbouring validations, as Excel does). */
function rule(v: ({ range: string } & Record<string, unknown>) | null): Record<string, unknown> | null {
  if (!v) return null;
  const { range: _range, ...rest } = v;
  return rest;
}

describe('preview .xlsx ↔ Excel double', () => {
  it('keeps what ZiPing wrote: values, formulas, formats, merges, widths, flags, notes, validations, settings', async () => {
    const { double } = await zipingWorkbook();
    const bytes = await saveXlsx(double);
    const reopened = await openXlsx(bytes, { apiVersion: '1.18', sharedRuntime: true });
    expect(reopened.sheetNames()).toEqual(double.sheetNames());
    const a = double.inspect('Sheet1');
    const b = reopened.inspect('Sheet1');
    const used = a.usedRange()!;
    expect(b.usedRange()).toBe(used);
    const [, lastCol, lastRow] = /:([A-Z]+)(\d+)$/.exec(used)!;
    for (let r = 1; r <= Number(lastRow); r++) {
      for (let c = 0; c <= lastCol.charCodeAt(0) - 65; c++) {
        const cell = `${String.fromCharCode(65 + c)}${r}`;
        expect([cell, b.formulaOrValue(cell)]).toEqual([cell, a.formulaOrValue(cell)]);
        expect([cell, b.text(cell)]).toEqual([cell, a.text(cell)]);
        expect([cell, own(b.format(cell))]).toEqual([cell, own(a.format(cell))]);
        expect([cell, b.effectiveFill(cell)]).toEqual([cell, a.effectiveFill(cell)]);
        expect([cell, rule(b.validation(cell))]).toEqual([cell, rule(a.validation(cell))]);
      }
    }
    expect(b.merges()).toEqual(a.merges());
    for (let c = 0; c < 10; c++) expect(b.columnWidth(c)).toBeCloseTo(a.columnWidth(c), 6);
    expect(b.conditionalFormats()).toEqual(a.conditionalFormats());
    expect(b.conditionalFormats().every((cf) => cf.formula === FLAG_FORMULA)).toBe(true);
    expect(b.effectiveFill(cost.statedScore)).toBe(FLAG_FILL.error);
    expect(b.notes()).toEqual(a.notes());
    expect(b.pageLayout).toEqual(a.pageLayout);
    // The settings, keyed by the sheet's id, come back whole: the same id, the same text.
    const before = JSON.parse(double.save()) as SavedWorkbook;
    const after = JSON.parse(reopened.save()) as SavedWorkbook;
    expect(after.settings).toEqual(before.settings);
    expect(after.sheets.map((s) => s.id)).toEqual(before.sheets.map((s) => s.id));
    expect(after.activeSheetId).toBe(before.activeSheetId);
    // The workbook's setting and the sheet's own (per-sheet keys: co-authors don't overwrite each other's).
    expect(Object.keys(before.settings).sort()).toEqual([SETTINGS_KEY, `${SHEET_KEY_PREFIX}${before.sheets[0].id}`]);
  });

  it("reopened, ZiPing goes on with its profile and knows the scores it wrote from the user's", async () => {
    const { double, controller, settle } = await zipingWorkbook();
    // The user hands one score back to ZiPing (clears it), and types one of their own.
    double.user.type('Sheet1', first.statedScore, null);
    await settle();
    double.user.type('Sheet1', positions.indicators[1].statedScore, 4);
    await settle();
    const scores = controller.current.evaluation!.userScores.map((s) => `${s.cell}=${s.stated}`);
    expect(scores).toContain(`${positions.indicators[1].statedScore}=4`);
    expect(scores.some((s) => s.startsWith(`${first.statedScore}=`))).toBe(false);
    const bytes = await saveXlsx(double);
    const again = await session('1.18', await openXlsx(bytes, { apiVersion: '1.18', sharedRuntime: true }));
    expect(again.controller.current.profile.overachievement).toBe(1.5);
    expect(again.controller.current.notices).toEqual([]);
    await again.controller.validate();
    await again.settle();
    const evaluation = again.controller.current.evaluation!;
    expect(evaluation.userScores.map((s) => `${s.cell}=${s.stated}`)).toEqual(scores);
    expect(evaluation.findings.map((f) => f.code)).not.toContain('IND_OVERACHIEVED');
    // The score ZiPing wrote is still its own: an edit of the actual moves it.
    again.double.user.type('Sheet1', first.actual, '9个');
    await again.settle();
    expect(again.double.inspect('Sheet1').value(first.statedScore)).toBe(2.5);
    // Recomputation after an edit still works on the reopened file, formulas included.
    const rate = again.double.inspect('Sheet1').text(positions.budget.statedRate);
    again.double.user.type('Sheet1', positions.budget.executed, 10000);
    await again.settle();
    expect(again.double.inspect('Sheet1').text(positions.budget.statedRate)).not.toBe(rate);
  });

  it('writes a real .xlsx: formulas with results, a very hidden settings sheet, flags as formula rules', async () => {
    const { double } = await zipingWorkbook();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await saveXlsx(double)) as unknown as ExcelJS.Buffer);
    const hidden = workbook.getWorksheet(SETTINGS_SHEET)!;
    expect(hidden.state).toBe('veryHidden');
    const sheet = workbook.getWorksheet('Sheet1')!;
    expect(sheet.state).toBe('visible');
    const rate = sheet.getCell(positions.budget.statedRate);
    expect(rate.formula).toBeTruthy();
    expect(typeof rate.result).toBe('number');
    const formattings = (sheet as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] })
      .conditionalFormattings;
    const rules = formattings.flatMap((cf) => cf.rules.map((r) => ({ ref: cf.ref, ...r })));
    const flag = rules.find((r) => r.ref === cost.statedScore)!;
    expect(flag).toMatchObject({ type: 'expression', formulae: ['"ZiPing"="ZiPing"'] });
  });

  it('opens a hand-made workbook: values, merges, widths, dates as serials; no settings', async () => {
    const built = await wordLike();
    const saved = await readXlsx(built.buffer);
    expect(saved.settings).toEqual({});
    const double = ExcelDouble.open(JSON.stringify(saved), { apiVersion: '1.18' });
    const name = double.sheetNames()[0];
    const s = double.inspect(name);
    expect(s.value('A2')).toBe('部门整体支出绩效自评表');
    expect(s.merges()).toContain('A2:I2');
    expect(s.columnWidth('D')).toBeCloseTo(charsToPoints(22), 6);
    expect(pointsToChars(charsToPoints(22))).toBeCloseTo(22, 9);
  });

  it("keeps a user's own sheet named ZiPing apart from the settings sheet", async () => {
    const double = new ExcelDouble({ apiVersion: '1.18', sheets: ['ZiPing'] });
    double.user.type('ZiPing', 'A1', '我的表');
    const reopened = await openXlsx(await saveXlsx(double), { apiVersion: '1.18' });
    expect(reopened.sheetNames()).toEqual(['ZiPing']);
    expect(reopened.inspect('ZiPing').value('A1')).toBe('我的表');
  });
});
