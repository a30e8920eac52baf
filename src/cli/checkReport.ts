import type { Io } from './io';
import * as path from 'node:path';
import type { Lang } from '../core/findings';
import { DEFAULT_PROFILE } from '../core/profile';
import type { FormResult } from '../core/workbook';
import { loadAndCheck } from './load';
import { langOf, readOptions, SHARED_OPTIONS, stringOf, type OptionSpec } from './options';
import { readReportFile } from './reportInput';
import { uncheckableReport } from '../core/reportCheck/language';
import { formatReportRun, jsonReportRun, type JsonReportResult } from './reportFormat';

export interface CheckReportArgs {
  command: 'check-report';
  report: string;
  against: string;
  json: boolean;
  lang: Lang;
  sheet?: string;
}

export const CHECK_REPORT_USAGE = `  ziping check-report REPORT --against FILE [--json] [--lang zh|en] [--sheet NAME]

  核对自评报告（.txt 或 .docx）中的数字与自评表（.xlsx 或 JSON）是否一致。
  Checks the figures of a self-evaluation report (.txt or .docx) against the form (.xlsx or JSON).
  只核对中文报告；英文报告不核对并说明原因。 / Reads reports in Chinese only; one in English is refused, saying why.

  --against FILE  自评表 / the form to check against
  --sheet NAME    工作簿中有多张表时选定一张 / the form's sheet, when the workbook holds several`;

const CHECK_REPORT_OPTIONS = {
  lang: SHARED_OPTIONS.lang,
  sheet: SHARED_OPTIONS.sheet,
  json: SHARED_OPTIONS.json,
  against: { type: 'string', takes: { zh: '需要一个文件', en: 'takes a file' } },
} satisfies OptionSpec;

/** Parses the arguments after `check-report`; a usage problem comes back as a message, never thrown. */
export function parseCheckReportArgs(rest: string[]): CheckReportArgs | { command: 'help' } | { error: string } {
  const options = readOptions(rest, CHECK_REPORT_OPTIONS);
  if ('help' in options) return { command: 'help' };
  if ('error' in options) return options;
  const against = stringOf(options, 'against');
  const sheet = stringOf(options, 'sheet');
  if (options.positionals.length !== 1) return { error: '请给出一份报告 / name one report to check' };
  if (!against) return { error: '请用 --against 给出自评表 / name the form with --against FILE' };
  const report = options.positionals[0];
  const json = options.values.json === true;
  return {
    command: 'check-report',
    report,
    against,
    json,
    lang: langOf(options),
    ...(sheet !== undefined ? { sheet } : {}),
  };
}

/** `ziping check-report`: 0 no error finding, 1 some error finding, 2 a file unreadable or without a form. */
export async function runCheckReport(args: CheckReportArgs, io: Io): Promise<number> {
  const fail = (message: { zh: string; en: string }) => {
    io.err(`ziping: ${message[args.lang]}`);
    return 2;
  };
  const report = await readReportFile(args.report);
  if (!report.ok) return fail(report.message);
  const english = uncheckableReport(report.text, path.basename(args.report));
  if (english) return fail(english);
  const loaded = await loadAndCheck(args.against, DEFAULT_PROFILE);
  if (!loaded.ok) return fail(loaded.message);
  const forms = pickForms(loaded.results, args);
  if ('error' in forms) return fail(forms.error);
  // Loaded by this command only: `check` starts faster without the report checker.
  const { checkReport } = await import('../core/reportCheck');
  let code = 0;
  const json: JsonReportResult[] = [];
  for (const r of forms.results) {
    const check = checkReport(report.text, r.form);
    if (check.findings.some((f) => f.severity === 'error')) code = 1;
    const run = {
      file: args.report,
      against: args.against,
      sheet: r.sheet,
      form: r.form.kind,
      text: report.text,
      check,
    };
    if (args.json) json.push(jsonReportRun(run, args.lang));
    else io.out(`${formatReportRun(run, args.lang)}\n`);
  }
  if (args.json) io.out(JSON.stringify({ results: json }, null, 2));
  return code;
}

/** The forms to check against: the one on --sheet, or every form the file holds. */
function pickForms(
  results: FormResult[],
  args: CheckReportArgs,
): { results: FormResult[] } | { error: { zh: string; en: string } } {
  if (args.sheet === undefined || /\.json$/i.test(args.against)) return { results };
  const picked = results.filter((r) => r.sheet === args.sheet);
  if (picked.length > 0) return { results: picked };
  const name = path.basename(args.against);
  const sheets = [...new Set(results.map((r) => r.sheet))].join('”“');
  return {
    error: {
      zh: `“${name}”的工作表“${args.sheet}”上没有自评表（有表的工作表：“${sheets}”）`,
      en: `"${name}" has no form on sheet "${args.sheet}" (sheets with a form: "${sheets.replace(/”“/g, '", "')}")`,
    },
  };
}
