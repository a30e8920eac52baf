import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Grid } from '../../src/core/cells';
import { checkFormsOnSheet, checkWorkbook } from '../../src/core/workbook';
import { isWorkbookError, readWorkbook } from '../../src/hosts/xlsx';
import type { ApiVersion } from '../../src/hosts/excelDouble';
import { session } from '../addin/support';
import { hostileCorpus, type HostileFile } from '../support/hostile/corpus';
import { openInDouble } from '../support/hostile/double';

/**
 * Issue 6 in the add-in: every readable workbook of the hostile corpus opened in a fresh Excel double, ZiPing's
 * controller and gateway running on it, 校验本表 on each sheet, then an edit by the user (which ZiPing answers
 * through its change handler). Nothing may throw into Office, no notice may say an action failed, and the pane
 * must show each sheet's findings or say it holds no form. The 50,000-row sheet goes through the reader alone.
 */

interface SheetVisit {
  file: string;
  sheet: string;
  /** Forms the controller found, and the CLI's reader on the same grid. */
  forms: number;
  readerForms: number;
  findings: number;
  notFound: boolean;
  evaluationOfSheet: boolean;
  notices: { kind: string; text: string }[];
}

interface FileVisit {
  file: HostileFile;
  apiVersion: ApiVersion | 'reader';
  sheets: SheetVisit[];
  handlerErrors: string[];
  /** What went wrong outside ZiPing's guard: reading the file, opening the double, a throw out of the controller. */
  thrown?: string;
  ms: number;
}

/** The hand-made odd files (not the random ones) also go through Excel 2019's API, without merged-cell detection. */
const ALSO_ON_1_7 = (f: HostileFile) => !['annex-variant', 'junk-plain', 'junk-labelled', 'big'].includes(f.kind);

async function visit(file: HostileFile, apiVersion: ApiVersion): Promise<FileVisit> {
  const started = Date.now();
  const out: FileVisit = { file, apiVersion, sheets: [], handlerErrors: [], ms: 0 };
  try {
    const grids = await readWorkbook(file.buffer, file.name);
    if (file.kind === 'big') {
      out.apiVersion = 'reader';
      out.sheets = grids.map((grid) => readerVisit(file, grid));
      return out;
    }
    // A workbook without a sheet cannot be opened in Excel; the reader still must not find a form in it.
    if (grids.length === 0) {
      out.apiVersion = 'reader';
      if (checkWorkbook(grids).length > 0) out.thrown = 'a form found in a workbook without sheets';
      return out;
    }
    const double = openInDouble(grids, apiVersion);
    const { controller, settle } = await session(apiVersion, double);
    for (const grid of grids) {
      const id = double.sheetId(grid.name);
      const evaluation = await controller.validate(id);
      await settle();
      const state = controller.current;
      out.sheets.push({
        file: file.name,
        sheet: grid.name,
        forms: evaluation?.results.length ?? 0,
        readerForms: checkFormsOnSheet(grid).results.length,
        findings: evaluation?.findings.length ?? 0,
        notFound: evaluation?.notFound?.code === 'FORM_NOT_FOUND',
        evaluationOfSheet: state.evaluation?.sheetId === id,
        notices: state.notices.map((n) => ({ kind: n.kind, text: n.text.zh })),
      });
    }
    // The user types a remark below the sheet's content: ZiPing's change handler recomputes the sheet.
    const first = grids[0].name;
    const used = double.inspect(first).usedRange();
    const bottom = Number(/(\d+)$/.exec(used ?? 'A1')?.[1] ?? 1);
    double.user.type(first, `A${bottom + 2}`, '备注：已与决算报表核对');
    await settle();
    const after = controller.current;
    if (after.notices.some((n) => n.kind === 'error'))
      out.thrown = `after an edit: ${after.notices.map((n) => n.text.en).join(' | ')}`;
    out.handlerErrors = double.handlerErrors.map((e) => (e instanceof Error ? `${e.name}: ${e.message}` : String(e)));
  } catch (e) {
    out.thrown = isWorkbookError(e)
      ? `unreadable: ${e.code}`
      : e instanceof Error
        ? `${e.name}: ${e.message}`
        : String(e);
  } finally {
    out.ms = Date.now() - started;
  }
  return out;
}

function readerVisit(file: HostileFile, grid: Grid): SheetVisit {
  const { results, notFound } = checkFormsOnSheet(grid);
  return {
    file: file.name,
    sheet: grid.name,
    forms: results.length,
    readerForms: results.length,
    findings: results.reduce((s, r) => s + r.findings.length, 0) + (notFound ? 1 : 0),
    notFound: notFound?.code === 'FORM_NOT_FOUND',
    evaluationOfSheet: true,
    notices: notFound ? [{ kind: 'warning', text: `工作表“${grid.name}”中找不到自评表` }] : [],
  };
}

const ARTIFACTS = path.join(__dirname, '..', '..', 'test-artifacts');

let visits: FileVisit[] = [];

beforeAll(async () => {
  const files = (await hostileCorpus()).filter((f) => f.expect !== 'error');
  for (const f of files) {
    visits.push(await visit(f, '1.18'));
    if (ALSO_ON_1_7(f)) visits.push(await visit(f, '1.7'));
  }
}, 180_000);

afterAll(() => {
  visits = [];
});

const label = (v: FileVisit) => `${v.file.name} (${v.apiVersion})`;

describe('the add-in on hostile and odd workbooks (Excel double)', () => {
  it('visits every readable workbook of the corpus', () => {
    expect(visits.length).toBeGreaterThan(250);
    expect(visits.some((v) => v.file.kind === 'big' && v.apiVersion === 'reader')).toBe(true);
  });

  it('nothing throws into Office: no handler error, no exception out of the controller, no "action did not complete"', () => {
    expect(visits.filter((v) => v.thrown).map((v) => `${label(v)}: ${v.thrown}`)).toEqual([]);
    expect(
      visits.filter((v) => v.handlerErrors.length > 0).map((v) => `${label(v)}: ${v.handlerErrors.join(' | ')}`),
    ).toEqual([]);
    const errors = visits.flatMap((v) =>
      v.sheets.flatMap((s) =>
        s.notices.filter((n) => n.kind === 'error').map((n) => `${label(v)} ${s.sheet}: ${n.text}`),
      ),
    );
    expect(errors).toEqual([]);
  });

  it('the pane shows each sheet: the forms on it with their findings, or a FORM_NOT_FOUND notice', () => {
    const wrong = visits.flatMap((v) =>
      v.sheets.flatMap((s) => {
        if (!s.evaluationOfSheet) return [`${label(v)} ${s.sheet}: the pane shows another sheet`];
        if (s.forms > 0) return [];
        const told = s.notices.some((n) => n.kind === 'warning' && n.text.includes('找不到自评表'));
        return s.notFound && told ? [] : [`${label(v)} ${s.sheet}: no form, and no FORM_NOT_FOUND notice`];
      }),
    );
    expect(wrong).toEqual([]);
  });

  it('a workbook with a form shows it on some sheet; one without shows none', () => {
    const wrong = visits.flatMap((v) => {
      const found = v.sheets.some((s) => s.forms > 0);
      return found === (v.file.expect === 'form')
        ? []
        : [`${label(v)}: expected ${v.file.expect}, forms on ${v.sheets.filter((s) => s.forms > 0).length} sheets`];
    });
    expect(wrong).toEqual([]);
  });

  it('with merged areas known (ExcelApi 1.18), the add-in finds the forms the CLI finds in the same file', () => {
    const wrong = visits
      .filter((v) => v.apiVersion === '1.18')
      .flatMap((v) =>
        v.sheets
          .filter((s) => s.forms !== s.readerForms)
          .map((s) => `${label(v)} ${s.sheet}: ${s.forms} forms in Excel, ${s.readerForms} in the file`),
      );
    expect(wrong).toEqual([]);
  });

  it("after each 校验本表 the pane's notices speak of the sheet just validated, not of one validated before", () => {
    const stale = visits.flatMap((v) =>
      v.sheets.flatMap((s) =>
        s.notices
          .filter((n) => /找不到自评表/.test(n.text) && !n.text.includes(`“${s.sheet}”`))
          .map((n) => `${label(v)} ${s.sheet}: ${n.text}`),
      ),
    );
    expect(stale).toEqual([]);
  });

  it('no workbook takes more than 20 s; figures written to test-artifacts/hostile-addin-summary.json', async () => {
    const slowest = [...visits]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 5)
      .map((v) => ({ file: v.file.name, apiVersion: v.apiVersion, ms: v.ms }));
    const sheets = visits.flatMap((v) => v.sheets);
    const summary = {
      workbooks: visits.length,
      byApi: visits.reduce<Record<string, number>>(
        (acc, v) => ((acc[v.apiVersion] = (acc[v.apiVersion] ?? 0) + 1), acc),
        {},
      ),
      sheets: sheets.length,
      sheetsWithForms: sheets.filter((s) => s.forms > 0).length,
      formNotFound: sheets.filter((s) => s.notFound).length,
      findings: sheets.reduce((n, s) => n + s.findings, 0),
      thrown: visits.filter((v) => v.thrown).length,
      handlerErrors: visits.reduce((n, v) => n + v.handlerErrors.length, 0),
      totalSeconds: Math.round(visits.reduce((n, v) => n + v.ms, 0) / 100) / 10,
      slowest,
    };
    await fs.mkdir(ARTIFACTS, { recursive: true });
    await fs.writeFile(path.join(ARTIFACTS, 'hostile-addin-summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
    expect(visits.filter((v) => v.ms > 20_000).map((v) => `${label(v)}: ${v.ms} ms`)).toEqual([]);
  });
});
