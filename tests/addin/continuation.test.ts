import type { Grid } from '../../src/core/cells';
import { checkWorkbook } from '../../src/core/workbook';
import { ExcelDouble, type ApiVersion } from '../../src/hosts/excelDouble';
import { INDICATOR_HEADER, INDICATORS, handProject } from '../reader/handForms';
import { handLaid, span } from '../support/handLaid';
import { session } from './support';

/** A form whose table goes on over a second sheet (续表, header repeated), 群众满意度 (续表!E4) not met. */
function twoSheets(): Grid[] {
  const first = handProject({ indicators: INDICATORS.slice(0, 3), total: [null] }, '自评表');
  const missed = INDICATORS.map((row) => [...row]);
  missed[4][4] = '80%';
  missed[4][7] = '部分群众未回访';
  const rest = handLaid('续表', [
    [span('续表', 8)],
    INDICATOR_HEADER,
    ...missed.slice(3),
    [span('总分', 5), 100, 99.5, null],
  ]);
  // What the double holds: the values, without merged cells.
  return [first, rest].map((g) => ({ ...g, merges: [] }));
}

const valuesOf = (grid: Grid) => {
  const width = Math.max(...grid.cells.map((row) => row?.length ?? 0));
  return Array.from(grid.cells, (row) =>
    Array.from({ length: width }, (_, c) => {
      const v = row?.[c]?.value;
      return v === undefined || typeof v === 'object' ? null : v;
    }),
  );
};

async function opened(apiVersion: ApiVersion, grids = twoSheets()) {
  const double = new ExcelDouble({ apiVersion, sharedRuntime: true, sheets: grids.map((g) => g.name) });
  for (const g of grids) double.user.paste(g.name, 'A1', valuesOf(g));
  const s = await session(apiVersion, double);
  await s.settle();
  const cli = checkWorkbook(grids).flatMap((r) => r.findings.map(where));
  return { ...s, cli };
}

const where = (f: { code: string; sheet: string; cell?: string }) => `${f.code} ${f.sheet}!${f.cell ?? ''}`;

describe.each<ApiVersion>(['1.7', '1.18'])(
  '校验本表 on a form continued on a second sheet (ExcelApi %s)',
  (apiVersion) => {
    it('on the first sheet: the CLI’s findings, sheets and cells, no 缺少“总分”; three round trips, then two', async () => {
      const { double, controller, settle, cli } = await opened(apiVersion);
      expect(cli).toContain('IND_NOT_MET 续表!E4');
      double.activate('自评表');
      double.resetSyncCount();
      const evaluation = await controller.validate();
      // Read the sheet and learn its neighbours; read the 续表's block; write.
      expect(double.syncCount).toBe(3);
      await settle();
      expect(evaluation?.findings.map(where)).toEqual(cli);
      expect(evaluation?.findings.some((f) => f.expected === '总分')).toBe(false);
      // Clicking the 续表's finding goes to that sheet and cell.
      const notMet = evaluation!.findings.find((f) => f.code === 'IND_NOT_MET')!;
      await controller.select(notMet);
      expect(double.selection()).toEqual({ sheet: '续表', address: 'E4' });
      // ZiPing now knows the 续表: it comes with the first read (and nothing has changed to write).
      double.activate('自评表');
      double.resetSyncCount();
      expect((await controller.validate())?.findings.map(where)).toEqual(cli);
      expect(double.syncCount).toBe(1);
      // An edit's recomputation: the read with the 续表, the write (a score and a flag).
      const actual = evaluation!.results[0].form.indicators[0].actual!.cell!;
      double.resetSyncCount();
      double.user.type('自评表', actual, '100公里');
      await settle();
      expect(double.syncCount).toBe(2);
      expect(controller.current.evaluation!.findings.map(where)).toContain(`IND_NOT_MET 自评表!${actual}`);
      expect(controller.current.evaluation!.findings.map(where)).toContain('IND_NOT_MET 续表!E4');
    });

    it('on the first sheet: the 续表’s cells are flagged there, and a flag goes once its cell is put right', async () => {
      const { double, controller, settle, cli } = await opened(apiVersion);
      double.activate('自评表');
      const evaluation = await controller.validate();
      await settle();
      const flagged = (sheet: string) =>
        double
          .inspect(sheet)
          .conditionalFormats()
          .map((c) => c.address)
          .sort();
      const onRest = [...new Set(evaluation!.findings.filter((f) => f.sheet === '续表').map((f) => f.cell!))].sort();
      expect(cli).toContain('IND_NOT_MET 续表!E4');
      expect(flagged('续表')).toEqual(onRest);
      expect(flagged('续表')).toContain('E4');
      expect(flagged('自评表')).toEqual(
        [...new Set(evaluation!.findings.filter((f) => f.sheet === '自评表' && f.cell).map((f) => f.cell!))].sort(),
      );
      if (apiVersion === '1.18')
        expect(
          double
            .inspect('续表')
            .notes()
            .map((n) => n.address),
        ).toContain('E4');
      double.user.type('续表', 'E4', '95%');
      double.user.type('续表', 'H4', null);
      await settle();
      expect(flagged('续表')).not.toContain('E4');
      double.activate('自评表');
      await controller.validate();
      await settle();
      expect(flagged('续表')).not.toContain('E4');
      expect(controller.current.evaluation!.findings.map(where)).not.toContain('IND_NOT_MET 续表!E4');
    });

    it('a blank 得分 on the 续表 takes the rule score; one the user filled is kept', async () => {
      const grids = twoSheets();
      // 群众出行条件 (续表 row 3) has no score yet; 群众满意度 (row 4) keeps the user's 10 for a target not met.
      grids[1].cells[2][6] = undefined;
      const { double, controller, settle } = await opened(apiVersion, grids);
      double.activate('自评表');
      const evaluation = await controller.validate();
      await settle();
      expect(double.inspect('续表').value('G3')).toBe(30);
      expect(double.inspect('续表').value('G4')).toBe(10);
      expect(evaluation!.userScores.map((u) => [u.cell, u.stated])).toContainEqual(['续表!G4', 10]);
      // The user types over ZiPing's score: it is theirs from now on, from either sheet.
      double.user.type('续表', 'G3', 28);
      await settle();
      double.activate('自评表');
      await controller.validate();
      await settle();
      expect(double.inspect('续表').value('G3')).toBe(28);
    });

    it('on the 续表 sheet: the same findings, flagged on its own cells, cleared by 清除标记 with the first sheet’s', async () => {
      const grids = twoSheets();
      // 养护道路里程 (自评表) misses its target too: a flag on the first sheet.
      const road = grids[0].cells.findIndex((row) => row?.[2]?.value === '养护道路里程');
      grids[0].cells[road][4] = { value: '100公里' };
      grids[0].cells[road][7] = { value: '资金到位晚' };
      const { double, controller, settle, cli } = await opened(apiVersion, grids);
      double.activate('续表');
      const evaluation = await controller.validate();
      await settle();
      expect(evaluation?.findings.map(where)).toEqual(cli);
      const onRest = evaluation!.findings.filter((f) => f.sheet === '续表' && f.cell).map((f) => f.cell!);
      const flagged = double
        .inspect('续表')
        .conditionalFormats()
        .map((c) => c.address);
      expect(flagged.sort()).toEqual([...new Set(onRest)].sort());
      expect(flagged).toContain('E4');
      expect(
        double
          .inspect('自评表')
          .conditionalFormats()
          .map((c) => c.address),
      ).toContain(`E${road + 1}`);
      await controller.clearFlags();
      await settle();
      expect(double.inspect('续表').conditionalFormats()).toEqual([]);
      expect(double.inspect('自评表').conditionalFormats()).toEqual([]);
      if (apiVersion === '1.18') expect(double.inspect('自评表').notes()).toEqual([]);
    });

    it('an edit on the first sheet is checked with the 续表 too: no 缺少“总分”', async () => {
      const { double, controller, settle } = await opened(apiVersion);
      double.activate('自评表');
      await controller.validate();
      await settle();
      const actual = controller.current.evaluation!.results[0].form.indicators[0].actual!.cell!;
      double.user.type('自评表', actual, '1个');
      await settle();
      const findings = controller.current.evaluation!.findings;
      expect(findings.some((f) => f.expected === '总分')).toBe(false);
      expect(findings.map(where)).toContain('IND_NOT_MET 续表!E4');
    });
  },
);

/** A 续表 sheet: the header repeated, then indicator rows, then (on the last one) the 总分 row. */
function restSheet(name: string, rows: (typeof INDICATORS)[number][], total: boolean): Grid {
  return handLaid(name, [
    [span(name, 8)],
    INDICATOR_HEADER,
    ...rows,
    ...(total ? [[span('总分', 5), 100, 99.5, null]] : []),
  ]);
}

async function workbook(grids: Grid[], payloadLimitBytes?: number) {
  const plain = grids.map((g) => ({ ...g, merges: [] }));
  const double = new ExcelDouble({
    apiVersion: '1.18',
    sharedRuntime: true,
    sheets: plain.map((g) => g.name),
    ...(payloadLimitBytes === undefined ? {} : { payloadLimitBytes }),
  });
  for (const g of plain) double.user.paste(g.name, 'A1', valuesOf(g));
  const s = await session('1.18', double);
  await s.settle();
  return { ...s, cli: checkWorkbook(plain).flatMap((r) => r.findings.map(where)) };
}

const flagsOn = (double: ExcelDouble, sheet: string) =>
  double
    .inspect(sheet)
    .conditionalFormats()
    .map((c) => c.address)
    .sort();

describe('a form continued over more sheets, or next to sheets that are no 续表', () => {
  it('a chain 自评表 → 续表 → 续表二 is read from its last sheet as the CLI reads it, and flagged on each', async () => {
    const last = restSheet('续表二', INDICATORS.slice(4), true);
    last.cells[2][4] = { value: '80%' };
    last.cells[2][7] = { value: '部分群众未回访' };
    const { double, controller, settle, cli } = await workbook([
      handProject({ indicators: INDICATORS.slice(0, 2), total: [null] }, '自评表'),
      restSheet('续表', INDICATORS.slice(2, 4), false),
      last,
    ]);
    expect(cli).toContain('IND_NOT_MET 续表二!E3');
    double.activate('续表二');
    double.resetSyncCount();
    const evaluation = await controller.validate();
    // The sheet, then 续表 and then 自评表 step by step, then the write.
    expect(double.syncCount).toBe(4);
    await settle();
    expect(evaluation!.findings.map(where)).toEqual(cli);
    expect(evaluation!.results[0].sheets).toEqual(['自评表', '续表', '续表二']);
    expect(flagsOn(double, '续表二')).toContain('E3');
    // Validating the first sheet now reads the whole chain in its first round trip (and has nothing to write).
    double.activate('自评表');
    double.resetSyncCount();
    expect((await controller.validate())!.findings.map(where)).toEqual(cli);
    expect(double.syncCount).toBe(1);
    expect(flagsOn(double, '自评表')).toEqual([]);
  });

  it('a sheet after the form that is no 续表 (another form, a sheet of notes) is never joined, nor flagged', async () => {
    const first = handProject({ indicators: INDICATORS.slice(0, 3), total: [null] }, '自评表');
    const notes: Grid = {
      name: '说明',
      cells: [[{ value: '填表说明' }], [{ value: '群众满意度以回访为准' }]],
      merges: [],
    };
    const other = handProject({}, '另一张表');
    const { double, controller, settle } = await workbook([first, notes, other]);
    double.activate('自评表');
    const evaluation = await controller.validate();
    await settle();
    expect(evaluation!.findings.map((f) => f.expected)).toContain('总分');
    expect(evaluation!.results.map((r) => r.sheets)).toEqual([['自评表']]);
    expect(flagsOn(double, '说明')).toEqual([]);
    double.activate('说明');
    await controller.validate();
    await settle();
    expect(controller.current.evaluation!.results).toEqual([]);
    // The other form, right after a form without 总分, stays a form of its own.
    double.deleteSheet('说明');
    double.activate('自评表');
    const again = await controller.validate();
    await settle();
    expect(again!.results.map((r) => r.sheets)).toEqual([['自评表']]);
    expect(flagsOn(double, '另一张表')).toEqual([]);
  });

  it('deleting the 续表 leaves no state of it: the first sheet lacks its 总分 again', async () => {
    const { double, controller, settle } = await opened('1.18');
    double.activate('自评表');
    await controller.validate();
    await settle();
    const restId = double.sheetId('续表');
    const stored = () => Object.keys((JSON.parse(double.save()) as { settings: object }).settings);
    expect(stored()).toContain(`ziping.sheet.${restId}`);
    double.deleteSheet('续表');
    double.activate('自评表');
    double.resetSyncCount();
    const evaluation = await controller.validate();
    // The 续表 expected in the first read is gone: the read again without it, then the write.
    expect(double.syncCount).toBe(3);
    await settle();
    expect(evaluation!.findings.map((f) => f.expected)).toContain('总分');
    expect(evaluation!.findings.filter((f) => f.sheet !== '自评表')).toEqual([]);
    expect(stored()).not.toContain(`ziping.sheet.${restId}`);
    double.resetSyncCount();
    await controller.validate();
    expect(double.syncCount).toBeLessThanOrEqual(2);
  });

  it('a first read that passes what Excel on the web answers at once is read again in parts, with the same result', async () => {
    const fixed = (g: Grid) => ({ ...g, cells: g.cells.map((row) => (row ? [...row] : row)) });
    const measured = await workbook(twoSheets());
    measured.double.activate('自评表');
    await measured.controller.validate();
    await measured.settle();
    const actual = measured.controller.current.evaluation!.results[0].form.indicators[0].actual!.cell!;
    measured.double.resetSyncCount();
    measured.double.user.type('自评表', actual, '100公里');
    await measured.settle();
    const together = measured.double.payloadBytes.response;
    const flagged = { 自评表: flagsOn(measured.double, '自评表'), 续表: flagsOn(measured.double, '续表') };
    expect(flagged.续表).toContain('E4');

    // The same, where a response may carry a byte less than that read of the sheet and its 续表 together.
    const { double, controller, settle, cli } = await workbook(twoSheets().map(fixed), together - 1);
    double.activate('自评表');
    expect((await controller.validate())!.findings.map(where)).toEqual(cli);
    await settle();
    double.resetSyncCount();
    double.user.type('自评表', actual, '100公里');
    await settle();
    expect(double.syncCount).toBeGreaterThan(2);
    expect(controller.current.evaluation!.findings.map(where)).toEqual(
      measured.controller.current.evaluation!.findings.map(where),
    );
    expect({ 自评表: flagsOn(double, '自评表'), 续表: flagsOn(double, '续表') }).toEqual(flagged);
  });

  it('a 续表 of long texts, over what a response may carry, is read in parts the first time too', async () => {
    const grids = twoSheets();
    // Each 偏差原因 on the 续表 a long paragraph: the 续表 read at once passes the limit, one row at a time does not.
    const long = '因部分村组道路施工期间遇连续降雨，工程顺延，已于次年一季度完成并验收。'.repeat(60);
    for (const row of grids[1].cells.slice(2, 4)) if (row) row[7] = { value: long };
    const limit = 20_000;
    expect(long.length * 3 * 2 * 2).toBeGreaterThan(limit);
    const { double, controller, settle, cli } = await workbook(grids, limit);
    expect(cli).toContain('IND_NOT_MET 续表!E4');
    double.activate('自评表');
    const evaluation = await controller.validate();
    await settle();
    expect(evaluation?.findings.map(where)).toEqual(cli);
    expect(flagsOn(double, '续表')).toContain('E4');
  });

  it('a workbook saved with a form and its 续表 is recomputed once for the whole form as it opens', async () => {
    const { double, controller, settle } = await opened('1.18');
    double.activate('自评表');
    await controller.validate();
    await settle();
    const reopened = ExcelDouble.open(double.save(), { apiVersion: '1.18', sharedRuntime: true });
    // What opening costs without a form: the settings read and the change handler.
    const blank = new ExcelDouble({ apiVersion: '1.18', sharedRuntime: true });
    await session('1.18', blank);
    const s = await session('1.18', reopened);
    await s.settle();
    // One read of the form with its 续表, nothing to write: the 续表 is not read again on its own.
    expect(reopened.syncCount - blank.syncCount).toBe(1);
    expect(s.controller.current.evaluation!.findings.map(where)).toContain('IND_NOT_MET 续表!E4');
  });

  it('生成报告 on the first sheet drafts from the whole form: the 续表’s indicators, live on their cells', async () => {
    const { double, controller, settle } = await opened('1.18');
    double.activate('自评表');
    await controller.draftReport('zh');
    await settle();
    const report = double.sheetNames().find((n) => n.includes('自评报告'))!;
    const sheet = double.inspect(report);
    const used = sheet.usedRange(true)!;
    const rows = Number(/\d+$/.exec(used)![0]);
    const texts = Array.from({ length: rows }, (_, r) => String(sheet.value(`B${r + 1}`)));
    const formulas = Array.from({ length: rows }, (_, r) => String(sheet.formulaOrValue(`B${r + 1}`)));
    // 群众满意度, on 续表, is reported with its actual value, from its cell there.
    expect(texts.some((t) => t.includes('群众满意度') && t.includes('80%'))).toBe(true);
    expect(formulas.some((f) => f.includes("'续表'!E4"))).toBe(true);
    expect(texts.join('\n')).not.toContain('总分”');
    // Redrafted from the report sheet, the form is read with its 续表 again.
    double.activate(report);
    await controller.draftReport('zh');
    await settle();
    expect(controller.current.report).toMatchObject({ ok: true, formSheet: '自评表' });
    expect(
      Array.from({ length: rows }, (_, r) => String(sheet.value(`B${r + 1}`))).some(
        (t) => t.includes('群众满意度') && t.includes('80%'),
      ),
    ).toBe(true);
  });

  it('a 续表 grown past its remembered block while ZiPing was not running is read whole when the workbook opens', async () => {
    const { double, controller, settle } = await opened('1.18');
    double.activate('自评表');
    await controller.validate();
    await settle();
    // Edited elsewhere: five more indicator rows on 续表 before its 总分, the last one not met.
    const elsewhere = ExcelDouble.open(double.save(), { apiVersion: '1.18', sharedRuntime: true });
    elsewhere.user.insertRows('续表', 5, 5);
    const added = Array.from({ length: 5 }, (_, i) => [
      '满意度指标',
      '服务对象满意度指标',
      `回访满意度${i + 1}`,
      '≥90%',
      '95%',
      0,
      0,
      null,
    ]);
    added[4][4] = '70%';
    elsewhere.user.paste('续表', 'A5', added);
    const s = await session('1.18', ExcelDouble.open(elsewhere.save(), { apiVersion: '1.18', sharedRuntime: true }));
    await s.settle();
    const evaluation = s.controller.current.evaluation!;
    expect(evaluation.results[0].form.indicators.map((i) => i.name)).toHaveLength(INDICATORS.length + 5);
    expect(evaluation.findings.map(where)).toContain('IND_NOT_MET 续表!E9');
    expect(evaluation.findings.map((f) => f.expected)).not.toContain('总分');
  });

  it('a 续表 that no longer goes with the form (the form got its own 总分) is recomputed on its own', async () => {
    const { double, controller, settle } = await opened('1.18');
    double.activate('自评表');
    const joined = await controller.validate();
    await settle();
    const restId = double.sheetId('续表');
    const stateOf = (id: string) =>
      JSON.parse(
        (JSON.parse(double.save()) as { settings: Record<string, string> }).settings[`ziping.sheet.${id}`],
      ) as {
        continued?: string[];
      };
    expect(stateOf(restId).continued).toEqual([double.sheetId('自评表')]);
    // The first sheet's table now ends with a 总分 row of its own: 续表 is a table of its own.
    const last = joined!.results[0].form.indicators[2].nameCell!;
    const totalRow = Number(/\d+$/.exec(last)![0]) + 1;
    double.user.type('自评表', `A${totalRow}`, '总分');
    await settle();
    expect(controller.current.evaluation!.results.map((r) => r.sheets)).toEqual([['自评表']]);
    expect(stateOf(restId).continued).toBeUndefined();
    // 续表's flags are those of its own findings now (as 校验本表 there gives them).
    const own = flagsOn(double, '续表');
    double.activate('续表');
    const alone = await controller.validate();
    await settle();
    expect(alone!.results.map((r) => r.sheets)).toEqual([['续表']]);
    expect(own).toEqual(
      [...new Set(alone!.findings.filter((f) => f.sheet === '续表' && f.cell).map((f) => f.cell!))].sort(),
    );
  });
});
