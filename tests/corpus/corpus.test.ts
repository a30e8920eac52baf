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

  it('lists as known gaps only expectations that exist and are still unmet (the list can only shrink)', () => {
    const outcomes = new Map(results.flatMap((r) => r.outcomes).map((o) => [o.id, o]));
    const stale = Object.keys(knownGaps).filter((id) => !outcomes.has(id) || outcomes.get(id)!.met);
    expect(
      stale.map((id) => `${id}: ${outcomes.has(id) ? 'now met — delete it from knownGaps.ts' : 'no such expectation'}`),
    ).toEqual([]);
  });
});
