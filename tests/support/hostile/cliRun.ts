import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { run } from '../../../src/cli/main';
import { parseA1 } from '../../../src/core/cells';
import { FINDING_CODES } from '../../../src/core/findings';
import type { Expect, HostileFile } from './corpus';

/** What became of one file: its findings, one line of error, the "holds no form" line, or a crash. */
export type Outcome = 'results' | 'error-line' | 'no-form-line' | 'crash';

export interface JsonFinding {
  code?: unknown;
  severity?: unknown;
  sheet?: unknown;
  cell?: unknown;
  message?: unknown;
  expected?: unknown;
  found?: unknown;
}

export interface JsonResult {
  file: string;
  sheet: string;
  form: string;
  findings: JsonFinding[];
}

/** What `ziping check --json` printed, parsed. */
export interface CliOutput {
  code: number;
  /** Undefined when stdout was no JSON object with a results array. */
  results?: JsonResult[];
  /** Stdout when it is no JSON (its first 2000 characters); '' when it parsed. */
  stdout: string;
  stderrLines: string[];
  /** An exception that escaped run() (it must never happen). */
  thrown?: string;
}

export interface FileRun {
  name: string;
  kind: string;
  expect: Expect;
  outcome: Outcome;
  /** Exit code. */
  code: number;
  stderrLines: string[];
  /** Forms found, and their findings. */
  forms: number;
  findings: number;
  /** Breaches of the output contract (contractProblems and findingProblems). */
  problems: string[];
  /** Findings about a cell that do not name it (cellless). */
  cellless: string[];
  ms: number;
  /** Most heap in use while the file was checked, above what was in use before it (MiB). */
  peakHeapMiB: number;
}

/** Finding codes about the form or sheet as a whole, which may have no cell: the form or a label was not found. */
export const WHOLE_FORM_CODES = new Set(['FORM_NOT_FOUND', 'FIELD_MISSING']);

/**
 * A file taking longer than this is a hang, not a slow file: the slowest corpus file reads in about 2 s on an idle
 * machine, and 20 s was passed at load 24 on 2 cores. Speed itself is printed by `npm run bench`, never asserted.
 */
export const HANG_MS = 60_000;

const INTERNAL = /内部出错|ZiPing failed while checking|please report it/;
const STACK = /^\s*at\s|\n\s+at\s|\bat .*\(.*:\d+:\d+\)/;
const GARBAGE = /TypeError|ReferenceError|RangeError|SyntaxError|undefined|\[object Object\]|\bNaN\b/;
const NO_FORM = /中没有自评表|holds no self-evaluation form/;

/** Runs `ziping check --json` in this process with its output captured. */
export async function cliJson(argv: string[]): Promise<CliOutput> {
  const out: string[] = [];
  const err: string[] = [];
  let code = -1;
  let thrown: string | undefined;
  try {
    code = await run(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  } catch (e) {
    thrown = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  }
  return parseOutput(code, out.join('\n'), err.join('\n'), thrown);
}

export function parseOutput(code: number, stdout: string, stderr: string, thrown?: string): CliOutput {
  let results: JsonResult[] | undefined;
  try {
    const parsed: unknown = JSON.parse(stdout);
    const list = typeof parsed === 'object' && parsed !== null ? (parsed as { results?: unknown }).results : undefined;
    if (Array.isArray(list)) results = list as JsonResult[];
  } catch {
    results = undefined;
  }
  const stderrLines = stderr.split('\n').filter((l) => l !== '');
  // The text itself is kept only when it is not the JSON it should be (it can run to megabytes).
  const kept = results ? '' : stdout.slice(0, 2000);
  return thrown === undefined
    ? { code, results, stdout: kept, stderrLines }
    : { code, results, stdout: kept, stderrLines, thrown };
}

/** The stderr lines that name a file (by its base name). */
export function linesNaming(lines: string[], name: string): string[] {
  return lines.filter((l) => l.includes(name));
}

/** How a file fared, from the lines that name it and its results. */
export function outcomeOf(name: string, results: JsonResult[], lines: string[]): Outcome {
  const mine = linesNaming(lines, name);
  const own = results.filter((r) => path.basename(r.file) === name);
  if (mine.some((l) => INTERNAL.test(l) || STACK.test(l) || GARBAGE.test(l))) return 'crash';
  if (own.length > 0 && mine.length === 0) return 'results';
  if (own.length === 0 && mine.length === 1) return NO_FORM.test(mine[0]) ? 'no-form-line' : 'error-line';
  return 'crash';
}

/** What each expectation must give. */
export const EXPECTED_OUTCOME: Record<Expect, Outcome> = {
  form: 'results',
  error: 'error-line',
  'no-form': 'no-form-line',
};

/** Every way the output breaks the contract, one string each (empty when it keeps it). */
export function contractProblems(output: CliOutput): string[] {
  const problems: string[] = [];
  if (output.thrown) problems.push(`run() threw: ${output.thrown}`);
  if (!output.results) problems.push(`stdout is no JSON {"results": [...]}: ${output.stdout.slice(0, 200)}`);
  for (const line of output.stderrLines) {
    if (STACK.test(line)) problems.push(`stack trace on stderr: ${line.slice(0, 200)}`);
    if (GARBAGE.test(line)) problems.push(`garbage on stderr: ${line.slice(0, 200)}`);
    if (INTERNAL.test(line)) problems.push(`internal error on stderr: ${line.slice(0, 200)}`);
    if (!line.startsWith('ziping: ')) problems.push(`stderr line without "ziping: ": ${line.slice(0, 200)}`);
  }
  return problems;
}

/** Findings lacking what every finding must have: a known code, its severity, a message, a sheet. */
export function findingProblems(results: JsonResult[]): string[] {
  const problems: string[] = [];
  for (const r of results) {
    for (const f of r.findings) {
      const where = `${path.basename(r.file)} ${r.sheet} ${String(f.code)} ${String(f.cell ?? '—')}`;
      if (typeof f.code !== 'string' || !(f.code in FINDING_CODES)) problems.push(`${where}: unknown code`);
      else if (f.severity !== FINDING_CODES[f.code as keyof typeof FINDING_CODES].severity)
        problems.push(`${where}: severity ${String(f.severity)}`);
      if (typeof f.message !== 'string' || f.message.trim() === '') problems.push(`${where}: no message`);
      else if (/undefined|\[object Object\]|\bNaN\b/.test(f.message))
        problems.push(`${where}: message says ${f.message.slice(0, 120)}`);
      if (typeof f.sheet !== 'string') problems.push(`${where}: no sheet`);
      if (f.cell !== undefined && (typeof f.cell !== 'string' || !parseA1(f.cell)))
        problems.push(`${where}: cell is no A1 address`);
      for (const key of ['expected', 'found'] as const) {
        const v = f[key];
        if (v !== undefined && typeof v !== 'string' && !(typeof v === 'number' && Number.isFinite(v)))
          problems.push(`${where}: ${key} is ${JSON.stringify(v)}`);
      }
    }
  }
  return problems;
}

/** Findings about a cell that do not name it. */
export function cellless(results: JsonResult[]): string[] {
  const out: string[] = [];
  for (const r of results) {
    for (const f of r.findings) {
      if (f.cell === undefined && !WHOLE_FORM_CODES.has(String(f.code))) {
        out.push(`${path.basename(r.file)} · ${r.sheet} · ${String(f.code)}: ${String(f.message).slice(0, 100)}`);
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Files on disk, and measuring each

export async function writeCorpus(files: HostileFile[], prefix = 'ziping-hostile-'): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), prefix));
  for (const f of files) await fs.writeFile(path.join(dir, f.name), f.buffer);
  return dir;
}

let gcFn: ((options?: { type: 'major' | 'minor' }) => void) | undefined | null = null;

/**
 * Collects garbage: global.gc when node runs with --expose-gc, else the same function fetched through V8's flags
 * (jest runs without the flag). A minor collection empties the young generation only, in milliseconds; a major
 * one takes a tenth of a second on jest's heap. False when no collection can be forced.
 */
export function collectGarbage(type: 'major' | 'minor' = 'major'): boolean {
  if (gcFn === null) {
    const global = (globalThis as { gc?: () => void }).gc;
    if (typeof global === 'function') gcFn = global;
    else {
      try {
        v8.setFlagsFromString('--expose-gc');
        const fn: unknown = vm.runInNewContext('gc');
        gcFn = typeof fn === 'function' ? (fn as () => void) : undefined;
      } catch {
        gcFn = undefined;
      }
    }
  }
  if (!gcFn) return false;
  if (type === 'minor') gcFn({ type });
  else gcFn();
  return true;
}

const MiB = 2 ** 20;

export interface EachFile {
  runs: FileRun[];
  /** Heap held after the whole pass, once collected, above what was held before it (MiB): leaks add up here. */
  retainedMiB: number;
  /** Whether garbage could be collected between files (else the heap figures include earlier files' garbage). */
  gc: boolean;
}

/**
 * Checks each file on its own, in this process, timing it and sampling the heap while it runs (a minor collection
 * before each file, a major one before and after the pass). Only figures are kept, so that the heap stays small.
 */
export async function checkEachFile(
  dir: string,
  files: HostileFile[],
  argv: string[] = ['check', '--json'],
): Promise<EachFile> {
  const runs: FileRun[] = [];
  const gc = collectGarbage('major');
  const passBase = process.memoryUsage().heapUsed;
  for (const f of files) {
    collectGarbage('minor');
    const base = process.memoryUsage().heapUsed;
    let peak = base;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }, 1);
    const started = process.hrtime.bigint();
    let output: CliOutput;
    try {
      output = await cliJson([...argv, path.join(dir, f.name)]);
    } finally {
      clearInterval(sampler);
    }
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    const results = output.results ?? [];
    runs.push({
      name: f.name,
      kind: f.kind,
      expect: f.expect,
      outcome: output.thrown || !output.results ? 'crash' : outcomeOf(f.name, results, output.stderrLines),
      code: output.code,
      stderrLines: output.stderrLines,
      forms: results.length,
      findings: results.reduce((s, r) => s + r.findings.length, 0),
      problems: [...contractProblems(output), ...findingProblems(results)],
      cellless: cellless(results),
      ms,
      peakHeapMiB: Math.max(0, peak - base) / MiB,
    });
  }
  collectGarbage('major');
  return { runs, retainedMiB: (process.memoryUsage().heapUsed - passBase) / MiB, gc };
}

export interface HostileSummary {
  files: number;
  bytes: number;
  kinds: Record<string, number>;
  expected: Record<Expect, number>;
  outcomes: { results: number; errorLines: number; noFormLines: number; crashes: number; hangs: number };
  /** Files whose outcome is not what they expect. */
  unexpected: string[];
  findings: number;
  longest: { file: string; ms: number };
  mostMemory: { file: string; peakHeapMiB: number };
  /** Heap held after the file-by-file pass above what was held before it. */
  retainedAfterAllMiB: number;
  gc: boolean;
  node: string;
}

export function summarise(files: HostileFile[], { runs, retainedMiB, gc }: EachFile): HostileSummary {
  const count = <T extends string>(values: T[]) =>
    values.reduce<Record<string, number>>((acc, v) => ((acc[v] = (acc[v] ?? 0) + 1), acc), {});
  const longest = runs.reduce((a, b) => (b.ms > a.ms ? b : a), runs[0]);
  const mostMemory = runs.reduce((a, b) => (b.peakHeapMiB > a.peakHeapMiB ? b : a), runs[0]);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    files: files.length,
    bytes: files.reduce((s, f) => s + f.buffer.length, 0),
    kinds: count(files.map((f) => f.kind)),
    expected: { form: 0, error: 0, 'no-form': 0, ...count(files.map((f) => f.expect)) },
    outcomes: {
      results: runs.filter((r) => r.outcome === 'results').length,
      errorLines: runs.filter((r) => r.outcome === 'error-line').length,
      noFormLines: runs.filter((r) => r.outcome === 'no-form-line').length,
      crashes: runs.filter((r) => r.outcome === 'crash').length,
      hangs: runs.filter((r) => r.ms > HANG_MS).length,
    },
    unexpected: runs
      .filter((r) => r.outcome !== EXPECTED_OUTCOME[r.expect])
      .map((r) => `${r.name}: expected ${r.expect}, got ${r.outcome}`),
    findings: runs.reduce((s, r) => s + r.findings, 0),
    longest: { file: longest?.name ?? '', ms: round(longest?.ms ?? 0) },
    mostMemory: { file: mostMemory?.name ?? '', peakHeapMiB: round(mostMemory?.peakHeapMiB ?? 0) },
    retainedAfterAllMiB: round(retainedMiB),
    gc,
    node: process.version,
  };
}
