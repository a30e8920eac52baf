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

async function opened(apiVersion: ApiVersion) {
  const grids = twoSheets();
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
    it('on the first sheet: the CLI’s findings, sheets and cells, no 缺少“总分”, in three round trips', async () => {
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
    });

    it('on the 续表 sheet: the same findings, flagged on its own cells, cleared by 清除标记', async () => {
      const { double, controller, settle, cli } = await opened(apiVersion);
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
      await controller.clearFlags();
      await settle();
      expect(double.inspect('续表').conditionalFormats()).toEqual([]);
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
