import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as layouts from '../support/layouts';
import type { BuiltLayout, FormPlaces } from '../support/layouts';
import { ziping } from '../support/cli';

interface JsonFinding {
  code: string;
  severity: string;
  sheet: string;
  cell?: string;
  indicator?: string;
}

const builders = {
  wordLike: layouts.wordLike,
  offset: layouts.offset,
  olderBudget: layouts.olderBudget,
  splitTarget: layouts.splitTarget,
  yuan: layouts.yuan,
  mergedNotes: layouts.mergedNotes,
};

let dir: string;
const built = new Map<string, BuiltLayout>();

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ziping-layouts-'));
  for (const [name, build] of Object.entries({ ...builders, project: layouts.project, twoSheets: layouts.twoSheets })) {
    const b = await build();
    built.set(name, b);
    fs.writeFileSync(path.join(dir, b.fileName), b.buffer);
  }
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function cellOf(
  form: FormPlaces,
  indicator: string,
  field: 'target' | 'actual' | 'score' | 'deviation',
): string | undefined {
  return form.indicators.find((i) => i.name === indicator)?.cells[field];
}

/** What the sample's figures must yield, on the cells where this layout put them. */
function expectedSampleFindings(form: FormPlaces): string[] {
  const rows = [
    `IND_SCORE_TOO_HIGH 资金成本 ${cellOf(form, '资金成本', 'score')}`,
    `IND_NOT_MET 资金成本 ${cellOf(form, '资金成本', 'actual')}`,
    `IND_OVERACHIEVED 改造户数 ${cellOf(form, '改造户数', 'actual')}`,
  ];
  // A deviation note merged over 改造小区数 and 改造户数 explains both.
  const noteShared = cellOf(form, '改造户数', 'deviation') === cellOf(form, '改造小区数', 'deviation');
  if (!noteShared) rows.push(`IND_REASON_MISSING 改造户数 ${cellOf(form, '改造户数', 'deviation')}`);
  if (form.cells.initialBudget) rows.push(`BUDGET_ADJUSTED  ${form.cells.fullYearBudget}`);
  const costTarget = cellOf(form, '资金成本', 'target');
  const split = form.indicators[0].cells.targetKind !== undefined;
  if (!split) rows.push(`IND_COST_AS_CEILING 资金成本 ${costTarget}`);
  return rows.sort();
}

describe('ziping check on the sample laid out by hand in different ways', () => {
  it.each(Object.keys(builders))(
    '%s: every finding on the cell that holds the figure, no false alarm',
    async (name) => {
      const b = built.get(name)!;
      const r = await ziping('check', '--json', path.join(dir, b.fileName));
      expect(r.stderr).toBe('');
      expect(r.code).toBe(1);
      const { results } = JSON.parse(r.stdout) as {
        results: { sheet: string; form: string; findings: JsonFinding[] }[];
      };
      expect(results).toHaveLength(1);
      expect(results[0].sheet).toBe(b.form.sheet);
      expect(results[0].form).toBe('department');
      const found = results[0].findings.map((f) => `${f.code} ${f.indicator ?? ''} ${f.cell}`).sort();
      expect(found).toEqual(expectedSampleFindings(b.form));
    },
  );

  it('reads a project form with consistent figures and finds nothing wrong', async () => {
    const b = built.get('project')!;
    const r = await ziping('check', '--json', path.join(dir, b.fileName));
    expect(r.code).toBe(0);
    const { results } = JSON.parse(r.stdout);
    expect(results).toEqual([{ file: path.join(dir, b.fileName), sheet: b.form.sheet, form: 'project', findings: [] }]);
  });

  it('checks every form of a workbook and skips its cover sheet', async () => {
    const b = built.get('twoSheets')!;
    const r = await ziping('check', '--json', path.join(dir, b.fileName));
    const { results } = JSON.parse(r.stdout);
    expect(results.map((x: { sheet: string; form: string }) => [x.sheet, x.form])).toEqual(
      b.forms.map((f) => [f.sheet, f.kind]),
    );
  });

  it('walks a folder, skipping Excel lock files, and reports each workbook', async () => {
    fs.writeFileSync(path.join(dir, '~$wordLike.xlsx'), 'lock');
    const r = await ziping('check', '--json', dir);
    const { results } = JSON.parse(r.stdout);
    const files = new Set(results.map((x: { file: string }) => path.basename(x.file)));
    expect(files).toEqual(new Set([...built.values()].map((b) => b.fileName)));
    expect(r.stderr).toBe('');
    fs.rmSync(path.join(dir, '~$wordLike.xlsx'));
  });
});

describe('files that are not readable workbooks', () => {
  it('get one line each naming the file, exit 2, and the other files are still checked', async () => {
    const bad = fs.mkdtempSync(path.join(os.tmpdir(), 'ziping-bad-'));
    const corrupt = layouts.corruptFiles();
    for (const f of corrupt) fs.writeFileSync(path.join(bad, f.fileName), f.buffer);
    const good = built.get('wordLike')!;
    fs.writeFileSync(path.join(bad, good.fileName), good.buffer);
    const cover = await layouts.buildWorkbook([['封面'], ['2022年度部门决算']]);
    fs.writeFileSync(path.join(bad, 'cover-only.xlsx'), cover);

    const r = await ziping('check', bad);
    expect(r.code).toBe(2);
    const lines = r.stderr.split('\n');
    expect(lines).toHaveLength(corrupt.length + 1);
    for (const f of corrupt) expect(lines.some((l) => l.includes(f.fileName))).toBe(true);
    expect(lines.find((l) => l.includes('cover-only.xlsx'))).toContain('没有自评表');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toContain('资金成本');
    fs.rmSync(bad, { recursive: true, force: true });
  });

  it('says in English what is wrong with --lang en', async () => {
    const bad = fs.mkdtempSync(path.join(os.tmpdir(), 'ziping-bad-'));
    const file = path.join(bad, 'protected.xlsx');
    fs.writeFileSync(file, layouts.corruptFiles().find((f) => f.code === 'encrypted')!.buffer);
    const r = await ziping('check', '--lang', 'en', file);
    expect(r.stderr).toMatch(/^ziping: .*protected\.xlsx.*password/);
    expect(r.stderr).not.toMatch(/[\u4e00-\u9fff]{4}/);
    fs.rmSync(bad, { recursive: true, force: true });
  });
});
