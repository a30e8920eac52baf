import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { run } from '../src/cli/main';
import { layoutAnnex1 } from '../src/core/layout/writeAnnex1';
import { writeGridsToXlsx } from '../src/hosts/xlsx';
import { benchForm } from '../tests/support/generate';
import { peakRss, row } from './measure';

/** `ziping check --json` over folders of 100, 250 and 500 generated workbooks, in this process. */
export async function benchCli(): Promise<void> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ziping-bench-'));
  try {
    const counts = [100, 250, 500];
    for (let i = 0; i < counts[counts.length - 1]; i++) {
      const grid = layoutAnnex1(benchForm(11 + (i % 20), i + 1), '附件1').grid;
      const sub = path.join(dir, String(counts.find((c) => i < c)));
      await fs.mkdir(sub, { recursive: true });
      await fs.writeFile(path.join(sub, `unit-${String(i).padStart(3, '0')}.xlsx`), await writeGridsToXlsx([grid]));
    }
    console.log('\nCLI — ziping check --json over a folder (goal: ≥100 workbooks/s, memory flat)');
    console.log(row('workbooks', 'seconds', 'workbooks/s', 'peak RSS MiB'));
    for (const count of counts) {
      const folders = counts.filter((c) => c <= count).map((c) => path.join(dir, String(c)));
      const silent = { out: () => undefined, err: () => undefined };
      const started = process.hrtime.bigint();
      const { result: code, peakMiB } = await peakRss(() => run(['check', '--json', ...folders], silent));
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (code === 2) throw new Error('a bench workbook could not be read');
      console.log(row(String(count), seconds, count / seconds, peakMiB));
    }
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
