import type { Lang } from '../core/findings';
import { CHECK_REPORT_USAGE, parseCheckReportArgs, type CheckReportArgs } from './checkReport';
import { langOf, readOptions, SHARED_OPTIONS, stringOf, type OptionSpec } from './options';
import { REPORT_USAGE, parseReportArgs, type ReportArgs } from './report';

const CHECK_OPTIONS = {
  lang: SHARED_OPTIONS.lang,
  profile: SHARED_OPTIONS.profile,
  json: SHARED_OPTIONS.json,
  summary: {
    type: 'string',
    takes: { zh: '需要一个 .xlsx 文件名', en: 'takes an .xlsx file name' },
    accepts: (value: string) => /\.xlsx$/i.test(value),
  },
} satisfies OptionSpec;

export interface CheckArgs {
  command: 'check';
  json: boolean;
  lang: Lang;
  profile?: string;
  /** Where to write the reviewer's summary workbook (--summary OUT.xlsx). */
  summary?: string;
  files: string[];
}

export interface HelpArgs {
  command: 'help';
}

export type Args = CheckArgs | CheckReportArgs | ReportArgs | HelpArgs;

export const USAGE = `用法 / usage:
  ziping check [--json] [--lang zh|en] [--profile FILE] [--summary OUT.xlsx] FILE|FOLDER...

  检查自评表（.xlsx 工作簿，或 JSON 格式的表），逐格报告问题。
  Checks self-evaluation forms (.xlsx workbooks, or forms as JSON) and reports every problem by cell.

  --json          在标准输出打印一个 JSON 对象 / print one JSON object on stdout
  --lang zh|en    报告语言，默认中文 / report language, Chinese by default
  --profile FILE  规则方案（JSON）/ rule profile (JSON)
  --summary OUT.xlsx  另写一个汇总工作簿：每表一行（问题最多的在前）及全部问题清单
                      also write a summary workbook: a row per form, worst first, and every finding

${CHECK_REPORT_USAGE}

${REPORT_USAGE}

  退出码 / exit code: 0 无错误 no error · 1 有错误级问题 some finding is an error · 2 文件无法读取或没有自评表 a file cannot be read or holds no form`;

/** Parses the command line; a usage problem comes back as a message, never thrown. */
export function parseArgs(argv: string[]): Args | { error: string } {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h')
    return { command: 'help' };
  if (command === 'check-report') return parseCheckReportArgs(rest);
  if (command === 'report') return parseReportArgs(rest);
  if (command !== 'check') return { error: `未知命令 / unknown command: ${command}` };
  const options = readOptions(rest, CHECK_OPTIONS);
  if ('help' in options) return { command: 'help' };
  if ('error' in options) return options;
  if (options.positionals.length === 0) return { error: '请给出要检查的文件 / name at least one file to check' };
  const profile = stringOf(options, 'profile');
  const summary = stringOf(options, 'summary');
  return {
    command: 'check',
    json: options.values.json === true,
    lang: langOf(options),
    files: options.positionals,
    ...(profile !== undefined ? { profile } : {}),
    ...(summary !== undefined ? { summary } : {}),
  };
}
