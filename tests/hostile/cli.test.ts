import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { readWorkbook } from '../../src/hosts/xlsx';
import { annex1Values } from '../support/hostile/annexValues';
import { hostileCorpus, type HostileFile } from '../support/hostile/corpus';
import {
  EXPECTED_OUTCOME,
  HANG_MS,
  cellless,
  checkEachFile,
  cliJson,
  contractProblems,
  findingProblems,
  linesNaming,
  outcomeOf,
  parseOutput,
  summarise,
  writeCorpus,
  type CliOutput,
  type EachFile,
} from '../support/hostile/cliRun';

/**
 * Issue 6: hostile and odd input through `ziping check --json`. The corpus (tests/support/hostile/corpus.ts) is
 * written to a temporary folder and checked as a whole folder once in a child process (node bin/ziping.js, with a
 * time limit and a capped heap) and once in this process, then file by file in this process to time each and
 * watch its memory. Each file must get findings on cells, or one line naming it; never a stack trace, never a
 * hang.
 */

const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'ziping.js');
const BUILT = path.join(ROOT, 'dist', 'cli', 'ziping.js');
const ARTIFACTS = path.join(ROOT, 'test-artifacts');
/** The child checks the whole corpus in a heap this small: memory stays bounded whatever the files hold. */
const CHILD_HEAP_MIB = 256;
const CHILD_TIMEOUT_MS = 90_000;

let files: HostileFile[];
let dir: string;
let childHung = false;
/** What the child process took, for the summary. */
let childFigures: { seconds: number; maxRssMiB: number; heapCapMiB: number; stdoutBytes: number } | undefined;
/** What the child process took, for the summary. */
const once = <T>(work: () => Promise<T>) => {
  let done: Promise<T> | undefined;
  return () => (done ??= work());
};

beforeAll(async () => {
  files = await hostileCorpus();
  dir = await writeCorpus(files);
}, 120_000);

afterAll(async () => {
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

/** Refuses to run in this process what hung the child: a hang here would take jest down with it. */
function guardHang(): void {
  if (childHung) throw new Error('the child process hung on the corpus: in-process runs skipped');
}

const wholeFolder = once(async (): Promise<CliOutput> => {
  guardHang();
  return cliJson(['check', '--json', dir]);
});

const eachFile = once(async (): Promise<EachFile> => {
  guardHang();
  return checkEachFile(dir, files);
});

describe('ziping check on hostile and odd input', () => {
  it('the corpus holds every kind of file the issue lists', () => {
    const kinds = new Set(files.map((f) => f.kind));
    for (const kind of [
      'zero-byte',
      'truncated',
      'corrupt',
      'renamed',
      'encrypted',
      'big',
      'long-cells',
      'error-formulas',
      'hidden',
      'deleted-rows',
      'crossing-merges',
      'two-forms',
      'no-indicators',
      'annex-variant',
      'junk-plain',
      'junk-labelled',
      'no-form',
    ]) {
      expect(kinds).toContain(kind);
    }
    expect(files.filter((f) => f.kind === 'annex-variant')).toHaveLength(200);
    expect(files.filter((f) => f.kind === 'truncated').length).toBeGreaterThanOrEqual(5);
  });

  it('the annex variants hold every value string of annex1.md ("What is typed into the value cells")', async () => {
    const texts = new Set<string>();
    for (const f of files.filter((x) => x.kind === 'annex-variant').slice(0, 5)) {
      for (const grid of await readWorkbook(f.buffer, f.name))
        for (const row of grid.cells) for (const c of row ?? []) if (typeof c?.value === 'string') texts.add(c.value);
    }
    expect(annex1Values().filter((v) => !texts.has(v))).toEqual([]);
  });

  it(
    `as a child process: the whole folder within ${CHILD_TIMEOUT_MS / 1000} s in a ${CHILD_HEAP_MIB} MiB heap, JSON on stdout, one line per unreadable file`,
    async () => {
      if (!existsSync(BUILT))
        throw new Error(`${BUILT} is missing: run \`npm run build:cli\` (npm test does) before this test`);
      // Outside the folder: the checker would take a .json file in it for a form.
      const rssFile = path.join(dir, '..', `${path.basename(dir)}-rss.json`);
      const started = Date.now();
      let child: SpawnSyncReturns<string>;
      let rss: { maxRssKiB: number } | undefined;
      try {
        child = spawnSync(
          process.execPath,
          [
            `--max-old-space-size=${CHILD_HEAP_MIB}`,
            '--require',
            path.join(__dirname, '..', 'support', 'hostile', 'maxrss.js'),
            BIN,
            'check',
            '--json',
            dir,
          ],
          {
            encoding: 'utf8',
            timeout: CHILD_TIMEOUT_MS,
            maxBuffer: 1 << 30,
            env: { ...process.env, ZIPING_HOSTILE_RSS: rssFile },
          },
        );
        rss = existsSync(rssFile)
          ? (JSON.parse(await fs.readFile(rssFile, 'utf8')) as { maxRssKiB: number })
          : undefined;
      } finally {
        await fs.rm(rssFile, { force: true });
      }
      const seconds = (Date.now() - started) / 1000;
      childFigures = {
        seconds,
        maxRssMiB: Math.round((rss?.maxRssKiB ?? 0) / 1024),
        heapCapMiB: CHILD_HEAP_MIB,
        stdoutBytes: Buffer.byteLength(child.stdout ?? ''),
      };
      childHung = child.error !== undefined && /ETIMEDOUT/.test(String((child.error as NodeJS.ErrnoException).code));
      expect({ hung: childHung, signal: child.signal, error: child.error?.message }).toEqual({
        hung: false,
        signal: null,
        error: undefined,
      });

      const output = parseOutput(child.status ?? -1, child.stdout, child.stderr);
      expect(contractProblems(output)).toEqual([]);
      expect(output.code).toBe(2);
      const outcomes = files.map((f) => `${f.name}: ${outcomeOf(f.name, output.results ?? [], output.stderrLines)}`);
      expect(outcomes).toEqual(files.map((f) => `${f.name}: ${EXPECTED_OUTCOME[f.expect]}`));
      expect(rss?.maxRssKiB).toBeGreaterThan(0);
    },
    CHILD_TIMEOUT_MS + 30_000,
  );

  it(`file by file, in this process: each as it should be, none over ${HANG_MS / 1000} s, exit 0/1 for a form and 2 otherwise; figures written to test-artifacts/hostile-summary.json`, async () => {
    const pass = await eachFile();
    const { runs } = pass;
    // The figures first, so that they are there to read when an assertion below fails.
    const summary = summarise(files, pass);
    await fs.mkdir(ARTIFACTS, { recursive: true });
    const slowest = [...runs]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 5)
      .map((r) => ({ file: r.name, ms: Math.round(r.ms), peakHeapMiB: Math.round(r.peakHeapMiB) }));
    const findingsWithoutCell = runs.flatMap((r) => r.cellless);
    await fs.writeFile(
      path.join(ARTIFACTS, 'hostile-summary.json'),
      `${JSON.stringify({ ...summary, slowest, child: childFigures, findingsWithoutCell }, null, 2)}\n`,
    );

    expect(runs.flatMap((r) => r.problems.map((p) => `${r.name}: ${p}`))).toEqual([]);
    expect(runs.filter((r) => r.ms > HANG_MS).map((r) => `${r.name}: ${Math.round(r.ms)} ms`)).toEqual([]);
    expect(
      runs.filter((r) => (r.expect === 'form' ? r.code === 2 : r.code !== 2)).map((r) => `${r.name}: exit ${r.code}`),
    ).toEqual([]);
    expect(summary.outcomes.crashes).toBe(0);
    expect(summary.outcomes.hangs).toBe(0);
    expect(summary.unexpected).toEqual([]);
  }, 180_000);

  it('in this process, over the folder: every file is in the results or named in exactly one stderr line, and exit code 2', async () => {
    const output = await wholeFolder();
    expect(contractProblems(output)).toEqual([]);
    expect(output.code).toBe(2);
    const results = output.results ?? [];
    const named = new Set(files.map((f) => f.name));
    // Nothing reported about a file that is not in the corpus.
    expect(results.map((r) => path.basename(r.file)).filter((n) => !named.has(n))).toEqual([]);
    expect(output.stderrLines.filter((l) => !files.some((f) => l.includes(f.name)))).toEqual([]);
    const wrong = files.flatMap((f) => {
      const own = results.filter((r) => path.basename(r.file) === f.name).length;
      const lines = linesNaming(output.stderrLines, f.name).length;
      return (own > 0 && lines === 0) || (own === 0 && lines === 1)
        ? []
        : [`${f.name}: ${own} results, ${lines} stderr lines`];
    });
    expect(wrong).toEqual([]);
  }, 120_000);

  it('each file as it should be: a form gives results, an unreadable file one line naming it, a workbook without a form the "holds no form" line', async () => {
    const output = await wholeFolder();
    const got = files.map((f) => `${f.name}: ${outcomeOf(f.name, output.results ?? [], output.stderrLines)}`);
    expect(got).toEqual(files.map((f) => `${f.name}: ${EXPECTED_OUTCOME[f.expect]}`));
    // Checked alone or among the others, a file fares the same.
    expect(got).toEqual((await eachFile()).runs.map((r) => `${r.name}: ${r.outcome}`));
    // The unreadable ones are told apart: no error line passes for "holds no form", nor the reverse.
    const unreadable = files.filter((x) => x.expect !== 'form');
    // Both kinds are in the corpus, so the loop below checks each way round.
    expect(new Set(unreadable.map((f) => f.expect === 'no-form'))).toEqual(new Set([true, false]));
    for (const f of unreadable) {
      const [line] = linesNaming(output.stderrLines, f.name);
      if (f.expect === 'no-form') expect(line).toMatch(/中没有自评表/);
      else expect(line).not.toMatch(/中没有自评表/);
    }
  }, 120_000);

  it('every finding has a known code with its severity, a message and a sheet; cells are A1 addresses; figures are finite', async () => {
    const output = await wholeFolder();
    expect(findingProblems(output.results ?? [])).toEqual([]);
  }, 120_000);

  it('every finding about a cell names the cell (only FORM_NOT_FOUND and FIELD_MISSING may go without)', async () => {
    const output = await wholeFolder();
    expect(cellless(output.results ?? [])).toEqual([]);
  }, 120_000);

  it('the readable report (--lang en) holds no stack trace, internal error or garbage either', async () => {
    guardHang();
    const out: string[] = [];
    const err: string[] = [];
    const { run } = await import('../../src/cli/main');
    const code = await run(['check', '--lang', 'en', dir], { out: (t) => out.push(t), err: (t) => err.push(t) });
    expect(code).toBe(2);
    const text = out.join('\n');
    expect(text).not.toMatch(/\bundefined\b|\[object Object\]|\bNaN\b|TypeError|\n\s+at .*:\d+:\d+/);
    expect(err.filter((l) => /TypeError|undefined|\n\s+at /.test(l))).toEqual([]);
    // One heading per form found.
    expect((text.match(/ · sheet "/g) ?? []).length).toBe((await wholeFolder()).results?.length);
  }, 120_000);
});
