import { type ApiVersion, type ExcelDouble } from '../../src/hosts/excelDouble';
import { layoutAnnex1 } from '../../src/core/layout/writeAnnex1';
import { sampleForm } from '../../src/core/templates';
import { openInDouble } from '../support/hostile/double';
import { session, type Session } from './support';

// Whole sessions on the double, several to a test: slow on a loaded machine, never waiting on the clock.
jest.setTimeout(60_000);

/**
 * The row's cells have the data validations (input prompt, 分值 0–100, the 实际完成值 list) of the row above: from
 * ExcelApi 1.8, where ZiPing writes them; at 1.7 there are none.
 */
function expectValidationsAbove(sheet: ReturnType<ExcelDouble['inspect']>, row: number, apiVersion: ApiVersion): void {
  for (const col of 'EFGH') {
    const { range: _above, ...expected } = sheet.validation(`${col}${row - 1}`) ?? { range: '' };
    const { range: _new, ...found } = sheet.validation(`${col}${row}`) ?? { range: '' };
    expect(found).toEqual(expected);
  }
  const weight = sheet.validation(`G${row}`);
  if (apiVersion === '1.7') expect(weight).toBeNull();
  else expect(weight).toMatchObject({ rule: { decimal: { operator: 'Between', formula1: 0, formula2: 100 } } });
}

/**
 * 添加指标行 / 删除指标行 on the Excel double, as a user does them: select a row of the indicator table, press the
 * button, type the indicator; the form's merges, 分值/得分 totals and ZiPing's scores follow. Expected cells are
 * read off the blank form and the sample as ZiPing lays them out (header on row 14, 总分 under the table).
 */
describe.each<ApiVersion>(['1.7', '1.18'])('indicator rows (ExcelApi %s)', (apiVersion) => {
  it('adds a 三级指标 under a one-row 二级指标 of the blank form; the user types it and sees score and total', async () => {
    const { double, controller, settle } = await session(apiVersion);
    await controller.insert('department');
    await settle();
    const sheet = double.inspect('Sheet1');
    expect(sheet.formula('G24')).toBe('=G6+SUM(G15:G23)');
    double.user.type('Sheet1', 'D15', '改造小区数');
    double.user.type('Sheet1', 'E15', '≥18个');
    double.user.type('Sheet1', 'F15', '19个');
    double.user.type('Sheet1', 'G15', 5);
    await settle();
    double.user.select('Sheet1', 'D15');

    const added = await controller.addIndicatorRow();
    await settle();
    expect(added).toEqual({ ok: true, change: { kind: 'insert', first: 16, count: 1 } });
    // The new row sits in 数量指标 (its label now spans both rows) under 产出指标; the table and totals reach it.
    expect(sheet.merges()).toEqual(expect.arrayContaining(['A14:A24', 'B15:B19', 'C15:C16']));
    expect(sheet.value('C16')).toBe('');
    expect(sheet.formula('G25')).toBe('=G6+SUM(G15:G24)');
    expect(sheet.formula('H25')).toBe('=N(I6)+SUM(H15:H24)');
    expect(sheet.formula('B15')).toContain('SUM(G15:G19)');
    expect(sheet.value('D15')).toBe('改造小区数');

    double.user.type('Sheet1', 'D16', '改造户数');
    double.user.type('Sheet1', 'E16', '≥766户');
    double.user.type('Sheet1', 'F16', '700户');
    double.user.type('Sheet1', 'G16', 5);
    await settle();
    // 700 of 766: the score is the share of the target reached, and the total counts it.
    expect(sheet.value('H16')).toBeCloseTo(4.57, 2);
    expect(sheet.value('H25')).toBeCloseTo(5 + 4.57 + Number(sheet.value('I6') || 0), 2);
    expect(sheet.value('G25')).toBe(10 + 5 + 5);
    expect(String(sheet.value('B15'))).toContain('（10分）');
    const findings = controller.current.evaluation?.findings ?? [];
    expect(findings.filter((f) => f.cell === 'F16').map((f) => f.code)).toContain('IND_NOT_MET');
  });

  it('adds a row under the last 三级指标 (a one-row 一级指标): the 总分 row moves down and its sums take the row in', async () => {
    const { double, controller, settle } = await session(apiVersion);
    await controller.insert('sample');
    await settle();
    const sheet = double.inspect('Sheet1');
    double.user.select('Sheet1', 'H26');

    double.resetSyncCount();
    await controller.addIndicatorRow();
    await settle();
    // Read and selection (with the validations of the table's last row); insert, finish and the scores, predicted.
    expect(double.syncCount).toBe(2);
    expect(sheet.value('A27')).toBe('总分');
    expect(sheet.merges()).toEqual(expect.arrayContaining(['B25:B26', 'C25:C26', 'A27:F27']));
    // Below ExcelApi 1.13 ZiPing cannot see merged areas: the 绩效指标 label, blank all down the table, grows too.
    expect(sheet.merges()).toContain('A14:A26');
    expect(sheet.formula('G27')).toBe('=G6+SUM(G15:G26)');
    expect(sheet.formula('H27')).toBe('=N(I6)+SUM(H15:H26)');
    expect(sheet.formula('B25')).toContain('SUM(G25:G26)');
    const before = Number(sheet.value('H27'));

    expectValidationsAbove(sheet, 26, apiVersion);
    double.user.type('Sheet1', 'D26', '投诉办结率');
    double.user.type('Sheet1', 'E26', '100%');
    double.user.type('Sheet1', 'F26', '100%');
    double.user.type('Sheet1', 'G26', 5);
    await settle();
    expect(sheet.value('H26')).toBe(5);
    expect(sheet.value('H27')).toBe(before + 5);
    expect(sheet.value('G27')).toBe(105);
    expect(String(sheet.value('B25'))).toContain('（15分）');
  });

  it('adds a row under the last row of a merged 一级指标 (效益指标): its label spans the new row', async () => {
    const { double, controller, settle } = await session(apiVersion);
    await controller.insert('sample');
    await settle();
    const sheet = double.inspect('Sheet1');
    double.user.select('Sheet1', 'D24');
    await controller.addIndicatorRow();
    await settle();
    // Excel does not widen B21:B24 over a row inserted under it; ZiPing does, at 1.7 too (it reads no merges there).
    expect(sheet.merges()).toEqual(expect.arrayContaining(['A14:A26', 'B21:B25', 'C24:C25']));
    expect(sheet.value('B26')).toContain('满意度指标');
    expect(sheet.formula('B21')).toContain('SUM(G21:G25)');
    expectValidationsAbove(sheet, 25, apiVersion);
  });

  it('adds a row to a form ZiPing has not validated yet, and writes no score or flag there until it is validated', async () => {
    const { grid } = layoutAnnex1(sampleForm(), 'Sheet1');
    const { double, controller, settle } = await session(apiVersion, openInDouble([grid], apiVersion));
    const sheet = double.inspect('Sheet1');
    const typed = sheet.value('H20');
    double.user.select('Sheet1', 'D25');
    expect(await controller.addIndicatorRow()).toMatchObject({ ok: true });
    await settle();
    expect(sheet.value('A27')).toBe('总分');
    expect(sheet.value('D26')).toBe('');
    expect(sheet.conditionalFormats()).toEqual([]);
    expect(sheet.value('H20')).toBe(typed);
    expect(controller.current.evaluation).toBeUndefined();
  });

  it('asks before deleting a row that holds what the user typed, then deletes it and the totals shrink back', async () => {
    const { double, controller, settle } = await session(apiVersion);
    await controller.insert('sample');
    await settle();
    const sheet = double.inspect('Sheet1');
    const total = sheet.value('H26');
    double.user.select('Sheet1', 'F16');

    const asked = await controller.deleteIndicatorRow();
    await settle();
    expect(asked).toMatchObject({ ok: false, ask: { first: 16, count: 1 } });
    expect(sheet.value('D16')).toBe('改造户数');
    // The pane shows the question (also when 删除指标行 came from the ribbon).
    expect(controller.current.rowsAsk?.text.zh).toContain('第 16 行已填写内容（D16、E16、F16…）');

    double.resetSyncCount();
    const done = await controller.deleteIndicatorRow(16);
    await settle();
    // Read and selection; delete, what finishes it and the recomputation, predicted.
    expect(double.syncCount).toBe(2);
    expect(done).toMatchObject({ ok: true });
    expect(controller.current.rowsAsk).toBeUndefined();
    expect(sheet.value('D16')).toBe('白蚁治理面积');
    expect(sheet.value('A25')).toBe('总分');
    expect(sheet.formula('H25')).toBe('=N(I6)+SUM(H15:H24)');
    expect(sheet.value('H25')).toBe(Number(total) - 5);
    expect(sheet.merges()).toEqual(expect.arrayContaining(['B15:B19', 'C15:C16']));
  });

  it('keeps a group label when its first row is deleted', async () => {
    const { double, controller, settle } = await session(apiVersion);
    await controller.insert('sample');
    await settle();
    const sheet = double.inspect('Sheet1');
    double.user.select('Sheet1', 'D15');
    await controller.deleteIndicatorRow(15);
    await settle();
    expect(sheet.value('D15')).toBe('改造户数');
    expect(sheet.value('C15')).toBe('数量指标');
    expect(sheet.formula('B15')).toContain('SUM(G15:G19)');
    expect(String(sheet.value('B15'))).toContain('（45分）');
    expect(sheet.merges()).toEqual(expect.arrayContaining(['B15:B19', 'C15:C16']));
  });

  it('never deletes the last 三级指标 row, nor acts outside the indicator table', async () => {
    const { double, controller, settle } = await session(apiVersion);
    await controller.insert('sample');
    await settle();
    // 绩效指标 spans the whole table.
    double.user.select('Sheet1', 'A20');
    expect(await controller.deleteIndicatorRow(15)).toMatchObject({ ok: false });
    double.user.select('Sheet1', 'C5');
    expect(await controller.addIndicatorRow()).toMatchObject({ ok: false });
    await settle();
    expect(double.inspect('Sheet1').value('A26')).toBe('总分');
    expect(controller.current.notices[0]?.text.zh).toContain('请先在指标表中选中');
  });

  it("finishes a row the user inserts with Excel's own command under the table's last row", async () => {
    const { double, controller, settle } = await session(apiVersion);
    await controller.insert('sample');
    await settle();
    const sheet = double.inspect('Sheet1');
    double.resetSyncCount();
    double.user.insertRows('Sheet1', 26);
    await settle();
    // Two round trips: read (with the validations above the row), write what finishes it with the scores.
    expect(double.syncCount).toBe(2);
    expect(sheet.formula('H27')).toBe('=N(I6)+SUM(H15:H26)');
    expect(sheet.merges()).toEqual(expect.arrayContaining(['B25:B26', 'C25:C26']));
    expectValidationsAbove(sheet, 26, apiVersion);
    double.user.type('Sheet1', 'D26', '投诉办结率');
    double.user.type('Sheet1', 'E26', '100%');
    double.user.type('Sheet1', 'F26', '90%');
    double.user.type('Sheet1', 'G26', 5);
    await settle();
    expect(sheet.value('H26')).toBe(4.5);
  });
});

/**
 * Rows the user deletes with Excel's own Delete (the row header's menu): Excel drops a group label with its row,
 * so ZiPing writes it back on the group's first row left, from the sheet as it last read it, and the form ends as
 * 删除指标行 leaves it. Rows of the sample (header on row 14): 产出指标 B15:B20 over 数量指标 C15:C17, 质量 18,
 * 时效 19, 成本 20; 效益指标 B21:B24; 满意度指标 25; 总分 26.
 */
describe.each<ApiVersion>(['1.7', '1.18'])("rows deleted with Excel's own Delete (ExcelApi %s)", (apiVersion) => {
  async function sample(): Promise<Session> {
    const s = await session(apiVersion);
    await s.controller.insert('sample');
    await s.settle();
    return s;
  }

  /** What the user sees of the indicator table and its findings. */
  function seen({ double, controller }: Session) {
    const sheet = double.inspect('Sheet1');
    const cells: string[] = [];
    for (let r = 14; r <= 27; r++)
      for (const c of 'ABCDEFGHI') cells.push(`${c}${r}=${String(sheet.formulaOrValue(`${c}${r}`))}`);
    const findings = (controller.current.evaluation?.findings ?? []).map((f) => `${f.code} ${f.cell}`).sort();
    return { cells, merges: [...sheet.merges()].sort(), findings };
  }

  /** The same rows deleted by 删除指标行 (asked, then confirmed), on a sample of its own. */
  async function byZiPing(first: number, count: number) {
    const s = await sample();
    s.double.user.select('Sheet1', `D${first}:D${first + count - 1}`);
    await s.controller.deleteIndicatorRow(first);
    await s.settle();
    return seen(s);
  }

  it('the first row of a group: 产出指标 and 数量指标 stay on the rows left, as 删除指标行 leaves them', async () => {
    const s = await sample();
    s.double.resetSyncCount();
    s.double.user.deleteRows('Sheet1', 15);
    await s.settle();
    const sheet = s.double.inspect('Sheet1');
    expect(sheet.value('D15')).toBe('改造户数');
    expect(sheet.value('C15')).toBe('数量指标');
    expect(sheet.formula('B15')).toContain('SUM(G15:G19)');
    expect(String(sheet.value('B15'))).toContain('（45分）');
    expect(sheet.merges()).toEqual(expect.arrayContaining(['B15:B19', 'C15:C16']));
    expect(sheet.formula('H25')).toBe('=N(I6)+SUM(H15:H24)');
    // Labels lost make the reader mistake the groups: the findings are those of the form without that indicator.
    expect(seen(s)).toEqual(await byZiPing(15, 1));
    // Two round trips: read, write the labels back with the scores.
    expect(s.double.syncCount).toBe(2);
  });

  it('every row of the table, deleted alone, ends as 删除指标行 leaves it', async () => {
    for (let row = 15; row <= 25; row++) {
      const s = await sample();
      s.double.user.deleteRows('Sheet1', row);
      await s.settle();
      expect({ row, ...seen(s) }).toEqual({ row, ...(await byZiPing(row, 1)) });
    }
  });

  it("a row inserted with Excel's own Insert under any row of the table ends as 添加指标行 leaves it", async () => {
    for (let row = 15; row <= 25; row++) {
      const own = await sample();
      own.double.user.insertRows('Sheet1', row + 1);
      await own.settle();
      const zi = await sample();
      zi.double.user.select('Sheet1', `D${row}`);
      await zi.controller.addIndicatorRow();
      await zi.settle();
      const validations = (x: Session) =>
        'DEFGHI'.split('').map((c) => x.double.inspect('Sheet1').validation(`${c}${row + 1}`)?.rule ?? null);
      expect({ row, ...seen(own), v: validations(own) }).toEqual({ row, ...seen(zi), v: validations(zi) });
    }
  });

  it('the last row of a group loses no label: nothing is written back, one recomputation', async () => {
    const s = await sample();
    s.double.resetSyncCount();
    s.double.user.deleteRows('Sheet1', 17);
    await s.settle();
    const sheet = s.double.inspect('Sheet1');
    expect(sheet.value('C15')).toBe('数量指标');
    expect(sheet.value('C17')).toBe('质量指标');
    expect(seen(s)).toEqual(await byZiPing(17, 1));
    expect(s.double.syncCount).toBe(2);
  });

  it('a whole 二级指标 group at the top of its 一级指标: 产出指标 moves onto 质量指标', async () => {
    const s = await sample();
    s.double.user.deleteRows('Sheet1', 15, 3);
    await s.settle();
    const sheet = s.double.inspect('Sheet1');
    expect(sheet.value('C15')).toBe('质量指标');
    expect(sheet.formula('B15')).toContain('SUM(G15:G17)');
    expect(String(sheet.value('B15'))).toContain('（30分）');
    expect(sheet.merges()).toContain('B15:B17');
    expect(seen(s)).toEqual(await byZiPing(15, 3));
  });

  it('several rows across two 一级指标 at once: the second group keeps its label, the first keeps its own', async () => {
    const s = await sample();
    s.double.user.deleteRows('Sheet1', 20, 2);
    await s.settle();
    const sheet = s.double.inspect('Sheet1');
    expect(sheet.value('C19')).toBe('时效指标');
    expect(sheet.value('C20')).toBe('社会效益指标');
    expect(sheet.formula('B20')).toContain('SUM(G20:G22)');
    expect(String(sheet.value('B20'))).toContain('（25分）');
    expect(sheet.formula('B15')).toContain('SUM(G15:G19)');
    expect(seen(s)).toEqual(await byZiPing(20, 2));
  });

  it('rows holding the 总分 row: nothing is written back, and the missing 总分 is named on its cell', async () => {
    const s = await sample();
    s.double.user.deleteRows('Sheet1', 25, 2);
    await s.settle();
    const sheet = s.double.inspect('Sheet1');
    expect(sheet.value('A25')).toBe('');
    expect(sheet.value('B21')).toContain('效益指标');
    const missing = s.controller.current.evaluation?.findings.find((f) => f.code === 'FIELD_MISSING');
    expect(missing?.message.zh).toContain('总分');
  });

  it('never writes over a cell the user filled before ZiPing could write the label back', async () => {
    const s = await sample();
    s.double.user.deleteRows('Sheet1', 15);
    // Typed before the delete's event reaches ZiPing.
    s.double.user.type('Sheet1', 'C15', '改造数量');
    await s.settle();
    const sheet = s.double.inspect('Sheet1');
    expect(sheet.value('C15')).toBe('改造数量');
    expect(sheet.formula('B15')).toContain('SUM(G15:G19)');
  });

  it('two deletes before ZiPing hears of the first: no label is written from the sheet as it was before both', async () => {
    const s = await sample();
    s.double.user.deleteRows('Sheet1', 15);
    s.double.user.deleteRows('Sheet1', 15);
    await s.settle();
    const sheet = s.double.inspect('Sheet1');
    // 产出指标 now spans rows 15–18: a label remembered from before would sum G15:G19, one row of 效益指标 too.
    expect(String(sheet.formula('B15') ?? '')).not.toContain('G15:G19');
    expect(sheet.value('B19')).toContain('效益指标');
    expect(sheet.value('D15')).toBe('白蚁治理面积');
  });

  it('a co-author deleting the rows: their ZiPing finishes them, this one writes nothing', async () => {
    const s = await sample();
    s.double.resetSyncCount();
    s.double.remote.deleteRows('Sheet1', 15);
    await s.settle();
    expect(s.double.syncCount).toBe(0);
  });

  it('a row of a blank form just inserted (never recomputed): ZiPing remembers the form it wrote', async () => {
    const s = await session(apiVersion);
    await s.controller.insert('department');
    await s.settle();
    s.double.user.deleteRows('Sheet1', 15);
    await s.settle();
    const sheet = s.double.inspect('Sheet1');
    expect(sheet.value('C15')).toBe('质量指标');
    expect(sheet.formula('B15')).toContain('SUM(G15:G17)');
    expect(String(sheet.value('B15'))).toContain('产出指标');
  });
});
