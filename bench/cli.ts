import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { layoutAnnex1 } from '../src/core/layout/writeAnnex1';
import { writeGridsToXlsx } from '../src/hosts/xlsx';
import { benchForm } from '../tests/support/generate';
import { row } from './measure';

/**
 * `ziping check --json` over 100, 250 and 500 generated workbooks (in folders), each run a fresh Node process of
 * bin/ziping.js, as a user starts it: timed from here, its CPU seconds and peak RSS written by the process itself
 * (tests/support/hostile/maxrss.js, preloaded), so that this process's own memory is not counted.
 */
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
    console.log(
      '\nCLI — ziping check --json over a folder, each run a fresh process (goal: ≥100 workbooks/s, memory flat)',
    );
    // On a shared machine the wall clock follows the other processes; the CPU seconds the command used much less.
    console.log(
      `load average ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')} on ${os.availableParallelism()} cores`,
    );
    console.log(row('workbooks', 'seconds', 'workbooks/s', 'CPU seconds', 'peak RSS MiB'));
    const bin = path.join(__dirname, '..', '..', '..', 'bin', 'ziping.js');
    const preload = path.join(__dirname, '..', '..', '..', 'tests', 'support', 'hostile', 'maxrss.js');
    for (const count of counts) {
      const folders = counts.filter((c) => c <= count).map((c) => path.join(dir, String(c)));
      const rssFile = path.join(dir, `rss-${count}.json`);
      const started = process.hrtime.bigint();
      const child = spawnSync(process.execPath, ['--require', preload, bin, 'check', '--json', ...folders], {
        env: { ...process.env, ZIPING_HOSTILE_RSS: rssFile },
        maxBuffer: 1 << 30,
      });
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (child.status === 2) throw new Error(`a bench workbook could not be read: ${child.stderr}`);
      const { maxRssKiB, cpuSeconds } = JSON.parse(await fs.readFile(rssFile, 'utf8')) as {
        maxRssKiB: number;
        cpuSeconds: number;
      };
      console.log(row(String(count), seconds, count / seconds, cpuSeconds, maxRssKiB / 1024));
    }
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
