import * as path from 'node:path';
import { USAGE, parseArgs, type CheckArgs } from './args';
import { batchSummary, formatResult, jsonResult, type Checked, type JsonResult } from './format';
import { expandPaths } from './load';
import { checkFiles } from './parallel';
import { runCheckReport } from './checkReport';
import { reportCommand } from './report';
import { loadProfile } from './profile';
import type { SummaryEntry } from './summary';

export type { Io } from './io';
import type { Io } from './io';

const processIo: Io = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

/** The `ziping` command. Returns the exit code: 0 no error finding, 1 some error finding, 2 a file unreadable or without a form. */
export async function run(argv: string[], io: Io = processIo): Promise<number> {
  const args = parseArgs(argv);
  if ('error' in args) {
    io.err(`ziping: ${args.error}`);
    io.err(USAGE);
    return 2;
  }
  if (args.command === 'help') {
    io.out(USAGE);
    return 0;
  }
  try {
    if (args.command === 'check-report') return await runCheckReport(args, io);
    if (args.command === 'report') return await reportCommand(args, io);
    return await check(args, io);
  } catch (e) {
    // Nothing should reach here; if something does, it is one line, not a stack trace.
    io.err(`ziping: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
}

async function check(args: CheckArgs, io: Io): Promise<number> {
  const profile = await loadProfile(args.profile, args.lang, io);
  if (!profile) return 2;
  const expanded = await expandPaths(args.files);
  const missing = expanded.missing;
  // The summary written into a folder it checks is not a form to check on the next run.
  const summaryPath = args.summary ? path.resolve(args.summary) : undefined;
  const files = expanded.files.filter((f) => path.resolve(f) !== summaryPath);
  let code = 0;
  for (const m of missing) {
    io.err(`ziping: ${args.lang === 'zh' ? `找不到文件“${m}”` : `no such file: ${m}`}`);
    code = 2;
  }
  if (files.length === 0 && missing.length === 0) {
    io.err(
      `ziping: ${args.lang === 'zh' ? '所给文件夹中没有 .xlsx 或 .json 文件' : 'the folders given hold no .xlsx or .json file'}`,
    );
    return 2;
  }
  const json: JsonResult[] = [];
  const checked: Checked[] = [];
  const unreadable = [...missing];
  const summary: SummaryEntry[] = missing.map((m) => ({
    file: m,
    unreadable: { zh: `找不到文件“${m}”`, en: `no such file: ${m}` },
  }));
  await checkFiles(files, profile, (file, loaded) => {
    if (!loaded.ok) {
      io.err(`ziping: ${loaded.message[args.lang]}`);
      unreadable.push(file);
      summary.push({ file, unreadable: loaded.message });
      code = 2;
      return;
    }
    for (const r of loaded.results) {
      summary.push({ file, result: r });
      const errors = r.findings.filter((f) => f.severity === 'error').length;
      if (errors > 0 && code === 0) code = 1;
      checked.push({ file, sheet: r.sheet, errors, others: r.findings.length - errors });
      if (args.json) json.push(jsonResult(file, r, args.lang));
      else io.out(`${formatResult(file, r, args.lang)}\n`);
    }
  });
  if (args.json) io.out(JSON.stringify({ results: json }, null, 2));
  else if (files.length + missing.length > 1)
    io.out(batchSummary(files.length + missing.length, checked, unreadable, args.lang));
  if (args.summary) {
    // The .xlsx writer loads only when a summary is asked for.
    const { writeSummary } = await import('./summary');
    const written = await writeSummary(args.summary, summary, args.lang);
    if (!written.ok) {
      io.err(`ziping: ${written.message[args.lang]}`);
      return 2;
    }
    const where = args.lang === 'zh' ? `汇总表已写入 ${args.summary}` : `summary written to ${args.summary}`;
    // With --json, stdout holds the JSON alone.
    if (args.json) io.err(`ziping: ${where}`);
    else io.out(where);
  }
  return code;
}
