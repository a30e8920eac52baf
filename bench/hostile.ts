import { promises as fs } from 'node:fs';
import { hostileCorpus } from '../tests/support/hostile/corpus';
import { checkEachFile, summarise, writeCorpus } from '../tests/support/hostile/cliRun';

/**
 * `ziping check --json` over the hostile corpus of issue 6 (tests/support/hostile/corpus.ts), file by file in this
 * process: how many files, what became of them, and the slowest and hungriest single file.
 */
export async function benchHostile(): Promise<void> {
  const started = process.hrtime.bigint();
  const files = await hostileCorpus();
  const built = Number(process.hrtime.bigint() - started) / 1e9;
  const dir = await writeCorpus(files, 'ziping-bench-hostile-');
  try {
    const pass = await checkEachFile(dir, files);
    const s = summarise(files, pass);
    const seconds = pass.runs.reduce((t, r) => t + r.ms, 0) / 1000;
    console.log('\nHostile input — ziping check --json, file by file (goal: no crash, no hang, memory bounded)');
    console.log(
      `  corpus: ${s.files} files, ${(s.bytes / 2 ** 20).toFixed(1)} MiB, built in ${built.toFixed(1)} s; ${Object.entries(
        s.kinds,
      )
        .map(([k, n]) => `${k} ${n}`)
        .join(', ')}`,
    );
    console.log(
      `  expected: ${s.expected.form} with a form, ${s.expected.error} unreadable, ${s.expected['no-form']} without a form`,
    );
    console.log(
      `  outcomes: ${s.outcomes.results} with results (${s.findings} findings), ${s.outcomes.errorLines} one-line errors, ` +
        `${s.outcomes.noFormLines} "holds no form", ${s.outcomes.crashes} crashes, ${s.outcomes.hangs} hangs; ${s.unexpected.length} not as expected`,
    );
    for (const u of s.unexpected.slice(0, 10)) console.log(`    ${u}`);
    const figures = (name: string) => {
      const r = pass.runs.find((x) => x.name === name);
      return r ? `${r.ms.toFixed(1)} ms, ${r.peakHeapMiB.toFixed(1)} MiB of heap` : '';
    };
    const median = [...pass.runs].sort((a, b) => a.ms - b.ms)[Math.floor(pass.runs.length / 2)];
    console.log(`  longest file:     ${s.longest.file} (${figures(s.longest.file)})`);
    console.log(`  most memory file: ${s.mostMemory.file} (${figures(s.mostMemory.file)})`);
    console.log(`  median file:      ${median.name} (${figures(median.name)})`);
    console.log(
      `  all files: ${seconds.toFixed(1)} s; heap held after the pass: ${s.retainedAfterAllMiB.toFixed(1)} MiB${s.gc ? '' : ' (no GC could be forced: figures include garbage)'}`,
    );
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
