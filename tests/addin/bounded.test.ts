import { a1, parseA1 } from '../../src/core/cells';
import { layoutAnnex1 } from '../../src/core/layout/writeAnnex1';
import { sampleForm } from '../../src/core/templates';
import type { ApiVersion } from '../../src/hosts/excelDouble';
import { readWorkbook } from '../../src/hosts/xlsx';
import { longCells } from '../support/hostile/corpus';
import { openInDouble } from '../support/hostile/double';
import { session } from './support';

// Whole sessions on the double: slow on a loaded machine, never waiting on the clock.
jest.setTimeout(60_000);

const sample = layoutAnnex1(sampleForm(), 'x');
const first = sample.positions.indicators[0];

/** `address` moved down by `rows`. */
const down = (address: string, rows: number) => {
  const at = parseA1(address)!;
  return a1(at.row + rows, at.col);
};

/** The sample's values (no formulas), as a block to paste. */
const sampleValues = () =>
  sample.grid.cells.map((row) =>
    Array.from({ length: 13 }, (_, c) => {
      const v = row?.[c]?.value;
      return v === undefined || v === null || typeof v === 'object' ? null : v;
    }),
  );

describe.each<ApiVersion>(['1.7', '1.18'])('what ZiPing reads on an edit (ExcelApi %s)', (apiVersion) => {
  it('an edit on a sheet without a form reads nothing at all', async () => {
    const { double, controller, settle } = await session(apiVersion);
    await controller.insert('sample');
    await settle();
    double.addSheet('台账');
    await settle();
    double.resetSyncCount();
    double.user.type('台账', 'B2', '办公用品');
    double.user.paste(
      '台账',
      'A10',
      Array.from({ length: 200 }, (_, i) => [`凭证${i}`, i * 10]),
    );
    await settle();
    expect(double.syncCount).toBe(0);
  });

  it('follows the form when the user inserts rows into it or above it: the next edit is read whole, in two round trips', async () => {
    const { double, controller, settle } = await session(apiVersion);
    await controller.insert('sample');
    await settle();
    double.user.type('Sheet1', first.statedScore, null);
    await settle();
    // Rows under the title, then above the whole form: 10 rows down in all, 40% of the form's height.
    double.user.insertRows('Sheet1', 3, 6);
    await settle();
    double.user.insertRows('Sheet1', 1, 4);
    await settle();
    double.resetSyncCount();
    double.user.type('Sheet1', down(first.actual, 10), '9个');
    await settle();
    expect(double.syncCount).toBe(2);
    expect(double.inspect('Sheet1').value(down(first.statedScore, 10))).toBe(2.5);
    const evaluation = controller.current.evaluation!;
    expect(evaluation.results[0].form.indicators).toHaveLength(11);
    expect(evaluation.findings.filter((f) => f.code === 'FIELD_MISSING')).toEqual([]);
  });

  it('校验本表 finds a form the user pasted far down a sheet ZiPing has never seen, and flags it', async () => {
    const { double, controller, settle } = await session(apiVersion);
    double.addSheet('汇总');
    double.user.paste('汇总', 'A1', [['说明：以下为某单位的自评表']]);
    double.user.paste('汇总', 'A301', sampleValues());
    await settle();
    double.activate('汇总');
    const evaluation = await controller.validate();
    await settle();
    expect(evaluation?.results).toHaveLength(1);
    const cost = down(sample.positions.indicators[5].statedScore, 300);
    expect(evaluation?.findings.filter((f) => f.cell === cost).map((f) => f.code)).toContain('IND_SCORE_TOO_HIGH');
    expect(double.effectiveFill('汇总', cost)).not.toBeNull();
    // From now on its edits are read from its region.
    double.resetSyncCount();
    double.user.type('汇总', down(first.actual, 300), '9个');
    await settle();
    expect(double.syncCount).toBeLessThanOrEqual(2);
    expect(controller.current.evaluation?.findings.map((f) => [f.cell, f.code])).toContainEqual([
      down(first.actual, 300),
      'IND_NOT_MET',
    ]);
  });

  it('a form whose cells hold more than 5 MB of text (Excel on the web refuses such a response) is validated, and an edit of it flagged', async () => {
    // 30,000-character unit name, goal, indicator names, targets, actual values and deviation notes: ~8 MB of JSON
    // as values and formulas, in 25 rows.
    const file = (await longCells()).find((f) => f.name === 'long-everything.xlsx')!;
    const grids = await readWorkbook(file.buffer, file.name);
    const { double, controller, settle } = await session(apiVersion, openInDouble(grids, apiVersion));
    const sheet = grids[0].name;
    const evaluation = await controller.validate(double.sheetId(sheet));
    await settle();
    expect(controller.current.notices.map((n) => n.kind)).toEqual(['success']);
    expect(evaluation?.results).toHaveLength(1);
    const indicator = evaluation!.results[0].form.indicators.find(
      (i) => typeof i.weight.value === 'number' && i.statedScore?.cell,
    )!;
    const cell = indicator.statedScore!.cell!;
    double.user.type(sheet, cell, (indicator.weight.value as number) + 10);
    await settle();
    expect(controller.current.notices.filter((n) => n.kind === 'error')).toEqual([]);
    expect(controller.current.evaluation?.findings.map((f) => [f.cell, f.code])).toContainEqual([
      cell,
      'IND_SCORE_ABOVE_WEIGHT',
    ]);
    expect(double.effectiveFill(sheet, cell)).not.toBeNull();
  });

  it('添加指标行 and 删除指标行 on a form whose cells hold more than 5 MB of text: the rows are read in blocks', async () => {
    const file = (await longCells()).find((f) => f.name === 'long-everything.xlsx')!;
    const grids = await readWorkbook(file.buffer, file.name);
    const { double, controller, settle } = await session(apiVersion, openInDouble(grids, apiVersion));
    const sheet = grids[0].name;
    const evaluation = await controller.validate(double.sheetId(sheet));
    await settle();
    const named = evaluation!.results[0].form.indicators.filter((i) => i.nameCell);
    const last = parseA1(named[named.length - 1].nameCell!)!;
    const count = named.length;
    double.user.select(sheet, a1(last.row, last.col));

    const added = await controller.addIndicatorRow();
    await settle();
    expect(added).toMatchObject({ ok: true, change: { kind: 'insert', first: last.row + 2, count: 1 } });
    expect(controller.current.notices.map((n) => n.kind)).toEqual(['success']);
    double.user.type(sheet, a1(last.row + 1, last.col), '新增指标');
    await settle();
    const names = () => controller.current.evaluation!.results[0].form.indicators.filter((i) => i.nameCell);
    expect(names()).toHaveLength(count + 1);

    double.user.select(sheet, a1(last.row + 1, last.col));
    await controller.deleteIndicatorRow(last.row + 2);
    await settle();
    expect(controller.current.notices.map((n) => n.kind)).toEqual(['success']);
    expect(names()).toHaveLength(count);
    expect(double.inspect(sheet).value(a1(last.row + 1, last.col))).not.toBe('新增指标');
  });

  it('生成报告 on a form with a ledger of more than 5 MB below it on the same sheet drafts the report, and redrafts it', async () => {
    const { double, controller, settle } = await session(apiVersion);
    await controller.insert('sample');
    await settle();
    // 4,000 rows of 10 cells of 30 Chinese characters: about 7 MB as values and formulas.
    const text = '办公用品采购及维修费用明细核对记录备查（凭证）'.padEnd(30, '账');
    double.user.paste(
      'Sheet1',
      'A60',
      Array.from({ length: 4000 }, (_, r) => Array.from({ length: 10 }, (_, c) => `${text}${r}-${c}`)),
    );
    await settle();
    await controller.draftReport('zh');
    await settle();
    expect(controller.current.notices.map((n) => [n.kind, n.text.zh])).toEqual([
      ['success', '自评报告已起草到工作表“Sheet1·自评报告”'],
    ]);
    expect(double.inspect('Sheet1·自评报告').values('B1:B200').flat()).toContain('一、预算单位基本情况');
    double.activate('Sheet1');
    await controller.draftReport('zh');
    await settle();
    expect(controller.current.notices.map((n) => n.kind)).toEqual(['success']);
  });

  it('a sheet with 600 merged areas below the form (Excel lists at most 512 at once): edits are scored and 生成报告 drafts', async () => {
    const { double, controller, settle } = await session(apiVersion);
    await controller.insert('sample');
    await settle();
    await double.host.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      for (let r = 600; r < 1200; r++) ws.getRange(`A${r}:B${r}`).merge();
      ws.getRange('A600:A1199').values = Array.from({ length: 600 }, (_, i) => [`合并备注${i}`]);
      await ctx.sync();
    });
    await settle();
    double.user.type('Sheet1', first.statedScore, null);
    await settle();
    double.user.type('Sheet1', first.actual, '9个');
    await settle();
    expect(double.inspect('Sheet1').value(first.statedScore)).toBe(2.5);
    await controller.draftReport('zh');
    await settle();
    expect(controller.current.notices.map((n) => n.kind)).toEqual(['success']);
  });
});
