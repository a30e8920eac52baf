import { FLAG_FILL } from '../../src/addin/excel/gateway';
import { layoutAnnex1 } from '../../src/core/layout/writeAnnex1';
import { sampleForm } from '../../src/core/templates';
import { ExcelDouble, type ApiVersion } from '../../src/hosts/excelDouble';
import { session } from './support';

/** Where the sample's cells land when ZiPing writes it into an empty sheet. */
const positions = layoutAnnex1(sampleForm(), 'x').positions;
const cost = positions.indicators[5];
const first = positions.indicators[0];

const codesAt = (
  controller: { current: { evaluation?: { findings: { code: string; cell?: string }[] } } },
  cell: string,
) =>
  (controller.current.evaluation?.findings ?? [])
    .filter((f) => f.cell === cell)
    .map((f) => f.code)
    .sort();

describe.each<ApiVersion>(['1.7', '1.14', '1.18'])('ZiPing in Excel (ExcelApi %s)', (apiVersion) => {
  it('inserts the sample into the empty sheet and flags what is wrong on its cells', async () => {
    const { double, controller, settle } = await session(apiVersion);
    double.resetSyncCount();
    await controller.insert('sample');
    await settle();
    expect(double.sheetNames()).toEqual(['Sheet1']);
    expect(codesAt(controller, cost.statedScore)).toEqual(['IND_SCORE_TOO_HIGH']);
    expect(double.effectiveFill('Sheet1', cost.statedScore)).toBe(FLAG_FILL.error);
    expect(double.effectiveFill('Sheet1', positions.indicators[1].actual)).toBe(FLAG_FILL.warning);
    const notes = double.inspect('Sheet1').notes();
    if (apiVersion === '1.18')
      expect(notes.find((n) => n.address === cost.actual)?.content).toContain('未达到年度指标值');
    else expect(notes).toEqual([]);
  });

  it('inserts into a new sheet when the active one has content, and never touches it', async () => {
    const { double, controller, settle } = await session(apiVersion);
    double.user.type('Sheet1', 'B2', '我的数据');
    await settle();
    await controller.insert('department');
    await settle();
    expect(double.sheetNames()).toEqual(['Sheet1', '部门整体支出绩效自评表2022']);
    expect(double.inspect('Sheet1').value('B2')).toBe('我的数据');
    expect(double.inspect('Sheet1').usedRange()).toBe('B2');
  });

  it('recomputes on a typed edit: the rule score it owns follows, in at most two round trips', async () => {
    const { double, controller, settle } = await session(apiVersion);
    await controller.insert('sample');
    await settle();
    // The user hands the score back to ZiPing by clearing it.
    double.user.type('Sheet1', first.statedScore, null);
    await settle();
    expect(double.inspect('Sheet1').value(first.statedScore)).toBe(5);
    double.resetSyncCount();
    double.user.type('Sheet1', first.actual, '9个');
    await settle();
    expect(double.inspect('Sheet1').value(first.statedScore)).toBe(2.5);
    expect(codesAt(controller, first.actual)).toEqual(['IND_NOT_MET']);
    expect(double.effectiveFill('Sheet1', first.actual)).toBe(FLAG_FILL.warning);
    expect(double.syncCount).toBeLessThanOrEqual(2);
    // Nothing keeps going by itself: ZiPing's own writes start no loop.
    double.resetSyncCount();
    await new Promise((r) => setTimeout(r, 30));
    await settle();
    expect(double.syncCount).toBe(0);
  });

  it('keeps a score the user typed, checks it, and gives the rule score back on request', async () => {
    const { double, controller, settle } = await session(apiVersion);
    await controller.insert('sample');
    await settle();
    expect(double.inspect('Sheet1').value(cost.statedScore)).toBe(10);
    const typed = controller.current.evaluation?.userScores.find((s) => s.indicator === '资金成本');
    expect(typed).toMatchObject({ stated: 10, ruleScore: 0 });
    await controller.resetScore(typed!.key);
    await settle();
    expect(double.inspect('Sheet1').value(cost.statedScore)).toBe(0);
    expect(codesAt(controller, cost.statedScore)).toEqual([]);
    // Total follows in Excel, and no TOTAL_WRONG appears.
    expect(double.inspect('Sheet1').value(positions.total.score)).toBe(90);
    expect(controller.current.evaluation?.findings.map((f) => f.code)).not.toContain('TOTAL_WRONG');
    // Typing a score of one's own above the rule: kept, and flagged.
    double.user.type('Sheet1', cost.statedScore, 8);
    await settle();
    expect(double.inspect('Sheet1').value(cost.statedScore)).toBe(8);
    expect(codesAt(controller, cost.statedScore)).toEqual(['IND_SCORE_TOO_HIGH']);
  });

  it('recomputes once after a pasted block, and after a deleted row', async () => {
    const { double, controller, settle } = await session(apiVersion);
    await controller.insert('sample');
    await settle();
    const row = Number(first.actual.slice(1));
    double.resetSyncCount();
    double.user.paste('Sheet1', first.target, [
      ['≥20个', '19个'],
      ['≥800户', '995户'],
    ]);
    await settle();
    expect(double.syncCount).toBeLessThanOrEqual(2);
    expect(codesAt(controller, first.actual)).toEqual(['IND_NOT_MET']);
    double.user.deleteRows('Sheet1', row, 1);
    await settle();
    const evaluation = controller.current.evaluation!;
    expect(evaluation.results[0].form.indicators).toHaveLength(10);
    expect(evaluation.findings.some((f) => f.indicator === '改造小区数')).toBe(false);
    // The row below moved up: its own warning is now flagged where 改造小区数 was, and only flags of findings remain.
    expect(codesAt(controller, first.actual)).toEqual(['IND_OVERACHIEVED']);
    const flagged = double
      .inspect('Sheet1')
      .conditionalFormats()
      .map((c) => c.address)
      .sort();
    expect(flagged).toEqual([...new Set(evaluation.findings.filter((f) => f.cell).map((f) => f.cell))].sort());
  });

  it('follows an undo: what is undone is what gets checked', async () => {
    const { double, controller, settle } = await session(apiVersion);
    await controller.insert('sample');
    await settle();
    const before = controller.current.evaluation!.findings.map((f) => `${f.code}@${f.cell}`);
    double.user.type('Sheet1', first.actual, '9个');
    expect(double.user.undo()).toBe(true);
    await settle();
    expect(double.inspect('Sheet1').value(first.actual)).toBe('19个');
    expect(controller.current.evaluation!.findings.map((f) => `${f.code}@${f.cell}`)).toEqual(before);
  });

  it('waits while the user is typing in a cell (IME), then works on what was typed', async () => {
    const { double, controller, settle } = await session(apiVersion);
    await controller.insert('sample');
    await settle();
    double.user.beginEdit('Sheet1', first.actual);
    let done = false;
    const validation = controller.validate().then(() => (done = true));
    await new Promise((r) => setTimeout(r, 40));
    expect(done).toBe(false);
    double.user.endEdit('17个');
    await validation;
    await settle();
    expect(codesAt(controller, first.actual)).toEqual(['IND_NOT_MET']);
  });

  it('clears its flags and notes; the cells keep their own formats exactly', async () => {
    const { double, controller, settle } = await session(apiVersion);
    await controller.insert('sample');
    await settle();
    const s = double.inspect('Sheet1');
    const own = s.fill(cost.statedScore);
    await controller.clearFlags();
    await settle();
    expect(double.effectiveFill('Sheet1', cost.statedScore)).toBe(own);
    expect(s.conditionalFormats()).toEqual([]);
    expect(s.notes()).toEqual([]);
    expect(s.fill(cost.statedScore)).toBe(own);
  });

  it("leaves a co-author's edit to their own client: no write from here", async () => {
    const { double, controller, settle } = await session(apiVersion);
    await controller.insert('sample');
    await settle();
    double.resetSyncCount();
    double.remote.type('Sheet1', first.actual, '9个');
    await settle();
    expect(double.syncCount).toBe(0);
  });
});

describe('the findings sheet', () => {
  it('lists every finding with a link back to its cell, for a reviewer without ZiPing', async () => {
    const { double, controller, settle } = await session('1.18');
    await controller.insert('sample');
    await settle();
    await controller.writeFindingsSheet();
    await settle();
    expect(double.sheetNames()).toEqual(['Sheet1', '校验结果']);
    const s = double.inspect('校验结果');
    expect(s.values('A1:H1')[0]).toEqual(['级别', '单元格', '指标', '代码', '问题', '应为', '实为', '如何改正']);
    const findings = controller.current.evaluation!.findings;
    const rows = s.values(`A2:E${findings.length + 1}`);
    expect(rows.map((r) => r[3])).toEqual(findings.map((f) => f.code));
    expect(s.hyperlink(`B2`)).toMatchObject({ documentReference: `'Sheet1'!${findings[0].cell}` });
  });
});

describe('settings', () => {
  it('travel with the workbook: saved, reopened, used', async () => {
    const { double, controller, settle } = await session('1.18');
    await controller.insert('sample');
    await settle();
    double.resetSyncCount();
    await controller.setProfile({ ...controller.current.profile, overachievement: 1.5 });
    await settle();
    // Saved in the same write as the recomputation it causes.
    expect(double.syncCount).toBe(2);
    expect(controller.current.evaluation?.findings.map((f) => f.code)).not.toContain('IND_OVERACHIEVED');
    const reopened = ExcelDouble.open(double.save(), { apiVersion: '1.18', sharedRuntime: true });
    const again = await session('1.18', reopened);
    expect(again.controller.current.profile.overachievement).toBe(1.5);
  });

  it.each<ApiVersion>(['1.7', '1.14', '1.18'])(
    'reword the budget score formula when the cap on the execution rate is switched, and keep a formula the user wrote (ExcelApi %s)',
    async (apiVersion) => {
      const { double, controller, settle } = await session(apiVersion);
      await controller.insert('department');
      await settle();
      const { fullYearBudget, executed, weight, statedScore } = layoutAnnex1(sampleForm(), 'x').positions.budget;
      double.user.type('Sheet1', fullYearBudget, 100);
      double.user.type('Sheet1', executed, 120);
      double.user.type('Sheet1', weight, 10);
      await settle();
      expect(double.inspect('Sheet1').value(statedScore)).toBe(10);

      double.resetSyncCount();
      await controller.setProfile({ ...controller.current.profile, capExecutionScore: false });
      await settle();
      expect(double.syncCount).toBe(2);
      expect(double.inspect('Sheet1').formula(statedScore)).toBe(
        `=IF(N(${fullYearBudget})>0,ROUND(MAX(0,${executed}/${fullYearBudget})*${weight},2),"")`,
      );
      expect(double.inspect('Sheet1').value(statedScore)).toBe(12);
      expect(codesAt(controller, statedScore)).toEqual([]);
      // ZiPing's own formula write starts nothing more.
      double.resetSyncCount();
      await new Promise((r) => setTimeout(r, 30));
      await settle();
      expect(double.syncCount).toBe(0);

      await controller.setProfile({ ...controller.current.profile, capExecutionScore: true });
      await settle();
      expect(double.inspect('Sheet1').value(statedScore)).toBe(10);
      expect(codesAt(controller, statedScore)).toEqual([]);

      // Typed by the user in ZiPing's uncapped wording while the cap is on: an edit elsewhere does not reword it.
      const uncapped = `=IF(N(${fullYearBudget})>0,ROUND(MAX(0,${executed}/${fullYearBudget})*${weight},2),"")`;
      double.user.type('Sheet1', statedScore, uncapped);
      await settle();
      double.user.type('Sheet1', executed, 130);
      await settle();
      expect(double.inspect('Sheet1').formula(statedScore)).toBe(uncapped);
      expect(double.inspect('Sheet1').value(statedScore)).toBe(13);

      // A formula of the user's own is theirs: ZiPing checks its result and leaves it as written.
      double.user.type('Sheet1', statedScore, `=ROUND(${executed}/${fullYearBudget}*${weight},2)`);
      await settle();
      await controller.setProfile({ ...controller.current.profile, capExecutionScore: false });
      await settle();
      expect(double.inspect('Sheet1').formula(statedScore)).toBe(`=ROUND(${executed}/${fullYearBudget}*${weight},2)`);
    },
  );

  it('follow the workbook: a profile a co-author saved is the one in force here', async () => {
    const a = await session('1.18');
    const b = await session('1.18', a.double.connect());
    await a.controller.insert('sample');
    await a.settle();
    await b.controller.setProfile({ ...b.controller.current.profile, overachievement: 1.5 });
    await b.settle();
    await a.controller.validate();
    await a.settle();
    expect(a.controller.current.profile.overachievement).toBe(1.5);
    expect(a.controller.current.evaluation?.findings.map((f) => f.code)).not.toContain('IND_OVERACHIEVED');
  });

  it('fall back to the defaults, and say so, when the stored text is damaged', async () => {
    const double = new ExcelDouble({ apiVersion: '1.18' });
    const first = await session('1.18', double);
    await first.gateway.writeSettings('{damaged');
    const second = await session('1.18', ExcelDouble.open(double.save(), { apiVersion: '1.18' }));
    expect(second.controller.current.profile.overachievement).toBe(1.2);
    expect(second.controller.current.notices[0]?.text.zh).toContain('已损坏');
  });
});
