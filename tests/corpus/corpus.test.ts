import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { readWorkbook } from '../../src/hosts/xlsx';
import { flatten } from '../support/grids';
import { xlsxPath } from './build';
import { corpus } from './forms';
import { knownGaps } from './knownGaps';
import { layOut } from './layout';
import { runCorpus, type FormOutcome } from './run';
import { expectationId } from './evaluate';

describe('the corpus of real published forms', () => {
  let results: FormOutcome[];
  beforeAll(async () => {
    results = await runCorpus();
  }, 60_000);

  it('holds forms with unique ids, a source address and expectations with reasons', () => {
    expect(new Set(corpus.map((f) => f.id)).size).toBe(corpus.length);
    for (const form of corpus) {
      expect(form.source).toMatch(/^https?:\/\//);
      expect(form.expectations.length).toBeGreaterThan(0);
      const ids = form.expectations.map((e) => expectationId(form, e));
      expect(new Set(ids).size).toBe(ids.length);
      for (const e of form.expectations) expect(e.reason.length).toBeGreaterThan(5);
    }
  });

  it('docs/corpus.md lists every form with its source address', async () => {
    const doc = await fs.readFile(path.join(__dirname, '../../docs/corpus.md'), 'utf8');
    const rows = doc.split('\n').filter((line) => line.startsWith('| '));
    for (const form of corpus) {
      const row = rows.find((line) => line.startsWith(`| ${form.id} |`)) ?? `no row for ${form.id}`;
      expect(row).toContain(form.source);
      expect(row).toContain(`| ${form.province} |`);
      expect(row).toContain(`| ${form.partial ? 'yes' : 'no'} |`);
    }
  });

  it.each(corpus.map((f) => [f.id, f] as const))(
    '%s: the committed workbook holds what its source file says',
    async (_id, form) => {
      const grids = await readWorkbook(await fs.readFile(xlsxPath(form)), `${form.id}.xlsx`);
      expect(grids.map((g) => g.name)).toEqual(form.sheets.map((s) => s.name));
      form.sheets.forEach((sheet, i) => {
        const read = flatten(grids[i]);
        const source = flatten(layOut(sheet));
        expect(Object.fromEntries(read.cells)).toEqual(Object.fromEntries(source.cells));
        expect(read.merges).toEqual(source.merges);
      });
    },
  );

  it('meets every expectation that is not a known reader gap', () => {
    const unmet = results.flatMap((r) => r.outcomes).filter((o) => !o.met && !(o.id in knownGaps));
    expect(unmet.map((o) => `${o.id} [${o.expectation.kind}] ${o.expectation.reason} — ${o.detail}`)).toEqual([]);
  });

  it('reports a column it cannot find once, and then no per-row finding for that column (rules.md)', () => {
    // The storm: one finding per filled cell of a column the reader did not recognise.
    const perRow: Record<string, string> = {
      实际完成值: 'IND_ACTUAL_MISSING',
      年度指标值: 'IND_TARGET_MISSING',
      分值: 'IND_WEIGHT_MISSING',
      偏差原因分析及改进措施: 'IND_REASON_MISSING',
    };
    const storms = results.flatMap(({ form, findings }) => {
      const columns = findings.filter((f) => f.code === 'FIELD_MISSING' && f.message.zh.startsWith('找不到'));
      const labels = columns.map((f) => String(f.expected));
      const twice = labels
        .filter((l, i) => labels.indexOf(l) !== i)
        .map((l) => `${form.id}: “${l}” column reported twice`);
      const rows = labels
        .filter((l) => perRow[l] && findings.some((f) => f.code === perRow[l]))
        .map((l) => `${form.id}: “${l}” not found, yet ${perRow[l]} reported row by row`);
      return [...twice, ...rows];
    });
    expect(storms).toEqual([]);
  });

  it('lists as known gaps only expectations that exist and are still unmet (the list can only shrink)', () => {
    const outcomes = new Map(results.flatMap((r) => r.outcomes).map((o) => [o.id, o]));
    const stale = Object.keys(knownGaps).filter((id) => !outcomes.has(id) || outcomes.get(id)!.met);
    expect(
      stale.map((id) => `${id}: ${outcomes.has(id) ? 'now met — delete it from knownGaps.ts' : 'no such expectation'}`),
    ).toEqual([]);
  });
});
