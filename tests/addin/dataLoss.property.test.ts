import fc from 'fast-check';
import { layoutAnnex1 } from '../../src/core/layout/writeAnnex1';
import { sampleForm } from '../../src/core/templates';
import { session, type Session } from './support';

const positions = layoutAnnex1(sampleForm(), 'x').positions;
const inputCells = [
  positions.budget.initialBudget,
  positions.budget.fullYearBudget,
  positions.budget.executed,
  positions.goal.planned,
  ...positions.indicators.flatMap((i) => [i.target, i.actual, i.weight, i.deviation]),
];
const scoreCells = positions.indicators.map((i) => i.statedScore);
const typedValues = fc.oneof(
  fc.constantFrom(
    '≥20个',
    '9个',
    '100%',
    '是',
    '否',
    '部分达成年度指标并具有一定效果',
    '2022-12-31',
    '12月底前',
    '/',
    '',
    '受疫情影响',
  ),
  fc.integer({ min: 0, max: 30000 }),
  fc.string({ maxLength: 6 }),
);

type Action =
  | { kind: 'type'; cell: string; value: string | number }
  | { kind: 'score'; index: number; value: number }
  | { kind: 'undo' }
  | { kind: 'validate' }
  | { kind: 'clear' }
  | { kind: 'insert' }
  | { kind: 'draft' }
  | { kind: 'rewrite'; text: string }
  | { kind: 'profile'; overachievement: number }
  | { kind: 'reset'; index: number };

const action: fc.Arbitrary<Action> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('type' as const),
      cell: fc.constantFrom(...inputCells),
      value: typedValues,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('score' as const),
      index: fc.nat(10),
      value: fc.integer({ min: 0, max: 12 }),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'undo' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'validate' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'clear' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'insert' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'draft' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('rewrite' as const),
      text: fc.constantFrom('我们自己写的一段。', '另一段说明'),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('profile' as const), overachievement: fc.constantFrom(1.1, 1.2, 1.5) }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('reset' as const), index: fc.nat(10) }) },
);

/** What the user typed, by sheet and cell, as the workbook showed it right after they typed it. */
type Typed = Map<string, string | number | boolean>;

function record(s: Session, typed: Typed, sheet: string, cell: string): void {
  typed.set(`${sheet}!${cell}`, s.double.inspect(sheet).value(cell));
}

async function run(s: Session, a: Action, typed: Typed): Promise<void> {
  const { double, controller } = s;
  switch (a.kind) {
    case 'type':
      if (double.user.type('Sheet1', a.cell, a.value)) record(s, typed, 'Sheet1', a.cell);
      break;
    case 'score':
      if (double.user.type('Sheet1', scoreCells[a.index], a.value)) record(s, typed, 'Sheet1', scoreCells[a.index]);
      break;
    case 'undo':
      await s.settle();
      if (double.user.undo())
        for (const key of typed.keys()) {
          const [sheet, cell] = key.split('!');
          record(s, typed, sheet, cell);
        }
      break;
    case 'validate':
      double.activate('Sheet1');
      await controller.validate();
      break;
    case 'clear':
      double.activate('Sheet1');
      await controller.clearFlags();
      break;
    case 'insert': {
      const before = double.sheetNames().length;
      double.activate('Sheet1');
      await controller.insert('department');
      expect(double.sheetNames().length).toBe(before + 1);
      break;
    }
    case 'draft':
      double.activate('Sheet1');
      await controller.draftReport('zh');
      break;
    case 'rewrite': {
      const report = double.sheetNames().find((n) => n.endsWith('自评报告'));
      if (!report) break;
      const s2 = double.inspect(report);
      const row = [...Array(60).keys()].map((i) => i + 2).find((r) => s2.value(`A${r}`) === 'p2.2');
      if (row && double.user.type(report, `B${row}`, a.text)) record(s, typed, report, `B${row}`);
      break;
    }
    case 'profile':
      await controller.setProfile({ ...controller.current.profile, overachievement: a.overachievement });
      break;
    case 'reset': {
      const score = controller.current.evaluation?.userScores.find((u) => u.cell === scoreCells[a.index]);
      if (!score) break;
      // The one change to a typed cell the user asks for: their score goes back to the rule's.
      typed.delete(`Sheet1!${scoreCells[a.index]}`);
      await controller.resetScore(score.key);
      break;
    }
  }
  await s.settle();
}

jest.setTimeout(240_000);

describe('whatever the user and ZiPing do, in any order', () => {
  it("no cell the user typed into changes, clearing flags restores every format, the user's paragraphs stay", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 3, maxLength: 12 }), async (actions) => {
        const s = await session('1.18');
        await s.controller.insert('sample');
        await s.settle();
        const typed: Typed = new Map();
        for (const a of actions) {
          // The user's typing may change a format (100% in a General cell becomes 0%); ZiPing's actions never do.
          const formats = new Map(inputCells.map((c) => [c, s.double.inspect('Sheet1').format(c)]));
          await run(s, a, typed);
          if (!['type', 'score', 'undo', 'rewrite'].includes(a.kind)) {
            for (const [cell, format] of formats)
              expect([cell, s.double.inspect('Sheet1').format(cell)]).toEqual([cell, format]);
          }
          for (const [key, value] of typed) {
            const [sheet, cell] = key.split('!');
            expect([key, s.double.inspect(sheet).value(cell)]).toEqual([key, value]);
          }
          expect(s.double.handlerErrors).toEqual([]);
          expect(s.controller.current.notices.filter((n) => n.kind === 'error')).toEqual([]);
          if (a.kind === 'clear') {
            for (const cell of inputCells)
              expect([cell, s.double.effectiveFill('Sheet1', cell)]).toEqual([
                cell,
                s.double.inspect('Sheet1').fill(cell),
              ]);
          }
        }
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 20) },
    );
  });
});
