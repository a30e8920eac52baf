import type { Io } from './io';
import * as path from 'node:path';
import type { Lang } from '../core/findings';
import { DEFAULT_PROFILE } from '../core/profile';
import type { FormResult } from '../core/workbook';
import { loadAndCheck } from './load';
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

/** Parses the arguments after `check-report`; a usage problem comes back as a message, never thrown. */
export function parseCheckReportArgs(rest: string[]): CheckReportArgs | { command: 'help' } | { error: string } {
  const files: string[] = [];
  let against: string | undefined;
  let sheet: string | undefined;
  let json = false;
  let lang: Lang = 'zh';
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const value = (name: string) => (a === name ? rest[++i] : a.slice(name.length + 1));
    if (a === '--json') json = true;
    else if (a === '--help' || a === '-h') return { command: 'help' };
    else if (a === '--lang' || a.startsWith('--lang=')) {
      const v = value('--lang');
      if (v !== 'zh' && v !== 'en')
        return { error: `--lang 应为 zh 或 en / --lang takes zh or en, got: ${v ?? '(nothing)'}` };
      lang = v;
    } else if (a === '--against' || a.startsWith('--against=')) {
      against = value('--against');
      if (!against) return { error: '--against 需要一个文件 / --against takes a file' };
    } else if (a === '--sheet' || a.startsWith('--sheet=')) {
      sheet = value('--sheet');
      if (!sheet) return { error: '--sheet 需要工作表名称 / --sheet takes a sheet name' };
    } else if (a.startsWith('--')) return { error: `未知选项 / unknown option: ${a}` };
    else files.push(a);
  }
  if (files.length !== 1) return { error: '请给出一份报告 / name one report to check' };
  if (!against) return { error: '请用 --against 给出自评表 / name the form with --against FILE' };
  return { command: 'check-report', report: files[0], against, json, lang, ...(sheet !== undefined ? { sheet } : {}) };
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
