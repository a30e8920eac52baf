import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { DEFAULT_PROFILE } from '../../src/core/profile';
import type { Loaded } from '../../src/cli/load';
import { MIN_FILES_FOR_THREADS, checkFiles, threadCount } from '../../src/cli/parallel';

/**
 * `ziping check` over a folder checks files on every core (worker threads) once there are enough of them. What the
 * user sees must not change: the same stdout, stderr, exit code and summary workbook as one thread checking the
 * files one by one. Speed is printed by `npm run bench`, never asserted here.
 */

const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'ziping.js');
const CORPUS = path.join(ROOT, 'tests', 'corpus', 'xlsx');
const FAKE_WORKER = path.join(__dirname, '..', 'support', 'crashingWorker.js');
/** Each case runs the command over the folder two or three times, in child processes, on a shared machine. */
const SPAWNS_MS = 120_000;

let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ziping-threads-'));
  // Real forms from the corpus, a JSON form, and files that cannot be read, spread among them by name.
  for (const name of fs.readdirSync(CORPUS)) fs.copyFileSync(path.join(CORPUS, name), path.join(dir, name));
  fs.copyFileSync(path.join(ROOT, 'fixtures', 'lukou-2022.json'), path.join(dir, 'lukou-2022.json'));
  fs.writeFileSync(path.join(dir, 'b-broken.xlsx'), 'not a workbook');
  fs.writeFileSync(path.join(dir, 'm-empty.xlsx'), '');
  fs.writeFileSync(path.join(dir, 'z-bad.json'), '{');
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function check(threads: number, ...argv: string[]) {
  const r = spawnSync(process.execPath, [BIN, 'check', ...argv], {
    encoding: 'utf8',
    env: { ...process.env, ZIPING_THREADS: String(threads) },
    maxBuffer: 1 << 28,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function summaryRows(file: string): Promise<unknown[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const rows: unknown[][] = [];
  for (const sheet of book.worksheets) sheet.eachRow((row) => rows.push([sheet.name, ...(row.values as unknown[])]));
  return rows;
}

describe('ziping check on many files, in worker threads', () => {
  it('the folder is large enough for threads to be used', () => {
    expect(fs.readdirSync(dir).length).toBeGreaterThanOrEqual(MIN_FILES_FOR_THREADS);
    expect(threadCount(fs.readdirSync(dir).length, { ZIPING_THREADS: '2' })).toBe(2);
    expect(threadCount(MIN_FILES_FOR_THREADS - 1, { ZIPING_THREADS: '2' })).toBe(1);
  });

  it('starts a thread per core from 3 cores, but not more than the files pay for, nor more than 8 unless asked', () => {
    expect(threadCount(MIN_FILES_FOR_THREADS, { ZIPING_THREADS: '64' })).toBe(2);
    expect(threadCount(500, { ZIPING_THREADS: '64' })).toBe(62);
    expect(threadCount(500, { ZIPING_THREADS: '1' })).toBe(1);
    expect(threadCount(500, {}, 4)).toBe(4);
    expect(threadCount(500, {}, 16)).toBe(8);
    expect(threadCount(MIN_FILES_FOR_THREADS - 1, {}, 4)).toBe(1);
    // On two cores a worker costs what it saves (npm run bench): one thread unless asked.
    expect(threadCount(500, {}, 2)).toBe(1);
    expect(threadCount(500, { ZIPING_THREADS: '2' }, 2)).toBe(2);
  });

  it(
    'prints the same JSON, the same messages and the same exit code as one thread',
    () => {
      const one = check(1, '--json', dir);
      const two = check(2, '--json', dir);
      const three = check(3, '--json', dir);
      expect(one.code).toBe(2);
      expect(JSON.parse(one.stdout).results.length).toBeGreaterThanOrEqual(20);
      expect(one.stderr.trim().split('\n')).toHaveLength(3);
      expect(two).toEqual(one);
      expect(three).toEqual(one);
    },
    SPAWNS_MS,
  );

  it(
    'prints the same report and writes the same summary workbook as one thread',
    async () => {
      const oneOut = path.join(os.tmpdir(), `ziping-threads-1-${process.pid}.xlsx`);
      const twoOut = path.join(os.tmpdir(), `ziping-threads-2-${process.pid}.xlsx`);
      try {
        const one = check(1, '--lang', 'en', '--summary', oneOut, dir);
        const two = check(2, '--lang', 'en', '--summary', twoOut, dir);
        expect(one.stdout).toContain('summary written to');
        expect(two.stdout.replace(twoOut, oneOut)).toBe(one.stdout);
        expect(two.stderr).toBe(one.stderr);
        expect(two.code).toBe(one.code);
        expect(await summaryRows(twoOut)).toEqual(await summaryRows(oneOut));
      } finally {
        fs.rmSync(oneOut, { force: true });
        fs.rmSync(twoOut, { force: true });
      }
    },
    SPAWNS_MS,
  );
});

describe('a worker that dies', () => {
  it('costs only the file it held: that file gets one line naming it, the others their results, in order', async () => {
    const files = Array.from({ length: MIN_FILES_FOR_THREADS }, (_, i) => `file-${String(i).padStart(2, '0')}.xlsx`);
    files[5] = 'crash.xlsx';
    const seen: [string, Loaded][] = [];
    // This thread checks nothing itself: every file goes through a worker.
    await checkFiles(files, DEFAULT_PROFILE, (file, loaded) => seen.push([file, loaded]), {
      script: FAKE_WORKER,
      workers: 3,
      checkHere: false,
    });
    expect(seen.map(([file]) => file)).toEqual(files);
    const crashed = seen.filter(([, loaded]) => !loaded.ok);
    expect(seen.filter(([, loaded]) => loaded.ok)).toHaveLength(files.length - 1);
    expect(crashed).toHaveLength(1);
    expect(crashed[0][0]).toBe('crash.xlsx');
    expect(crashed[0][1]).toEqual({
      ok: false,
      message: {
        zh: expect.stringMatching(/^检查“crash\.xlsx”时 ZiPing 内部出错（.*the worker crashed.*），请报告此问题$/),
        en: expect.stringMatching(
          /^ZiPing failed while checking "crash\.xlsx" \(.*the worker crashed.*\); please report it$/,
        ),
      },
    });
  });
});
