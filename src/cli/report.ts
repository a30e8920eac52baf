import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Grid } from '../core/cells';
import type { Lang } from '../core/findings';
import { layoutAnnex2 } from '../core/layout/writeAnnex2';
import { documentDate, reportFileName, signingUnit } from '../core/report/document';
import { initialInputs, type InputValues } from '../core/report/inputs';
import { linkedFormSheet, planRedraft, readReportSheet, wordsUnder } from '../core/report/reportSheet';
import { linesAsItStands, reportLines, type ReportLine } from '../core/report/text';
import { checkFormsOnSheet } from '../core/workbook';
import { isWorkbookError, readWorkbook } from '../hosts/xlsx';
import type { Io } from './io';
import { loadProfile } from './profile';
import { langOf, readOptions, SHARED_OPTIONS, stringOf, type OptionSpec } from './options';
import { ATTACHMENT_LINE } from '../core/report/words';
import { reportOutline } from '../core/report/draft';

export interface ReportArgs {
  command: 'report';
  file: string;
  /** The .docx to write, or a folder to write it into under its usual name; the current folder when absent. */
  out?: string;
  sheet?: string;
  lang: Lang;
  /** Leave out the 附件2 line above the title. */
  noAttachment?: boolean;
  /** A rule profile (JSON): its rules score the form, its report outline (if any) orders the report. */
  profile?: string;
}

export const REPORT_USAGE = `  ziping report FILE.xlsx [--out FILE.docx|FOLDER] [--sheet NAME] [--lang zh|en] [--no-attachment] [--profile FILE]

  把工作簿中的自评报告（没有时按自评表起草）导出为 Word 文档；不给 --out 时按“单位+年度+报告名称”命名。
  报告提纲依次取自：--profile 中的 reportOutlines、工作簿中报告所用的提纲、内置提纲。
  Exports the workbook's report (drafted from its form when there is none) as a Word document, named after
  the unit, the year and the kind of report unless --out names it. --no-attachment leaves out the 附件2 line.
  The outline is the profile's reportOutlines, else the one the workbook's report was drafted to, else the built-in one.`;

const REPORT_OPTIONS = {
  lang: SHARED_OPTIONS.lang,
  profile: SHARED_OPTIONS.profile,
  sheet: SHARED_OPTIONS.sheet,
  out: { type: 'string', takes: { zh: '后应给出 .docx 文件或文件夹', en: 'takes a .docx file or a folder' } },
  'no-attachment': { type: 'boolean' },
} satisfies OptionSpec;

/** Parses \`ziping report\`'s arguments; a usage problem comes back as a message. */
export function parseReportArgs(rest: string[]): ReportArgs | { command: 'help' } | { error: string } {
  const options = readOptions(rest, REPORT_OPTIONS);
  if ('help' in options) return { command: 'help' };
  if ('error' in options) return options;
  const [file, extra] = options.positionals;
  if (!file) return { error: '请给出工作簿 / name the workbook' };
  if (extra !== undefined) return { error: `只能给出一个工作簿 / one workbook only: ${extra}` };
  return {
    command: 'report',
    file,
    out: stringOf(options, 'out'),
    sheet: stringOf(options, 'sheet'),
    lang: langOf(options),
    noAttachment: options.values['no-attachment'] === true,
    profile: stringOf(options, 'profile'),
  };
}

/**
 * `ziping report FILE.xlsx --out FILE.docx [--sheet NAME]`: the report drafted in the workbook, as it stands
 * (the user's paragraphs as written, ZiPing's computed from the form), or a fresh draft from the form when the
 * workbook has no report yet, as a Word document.
 */
export async function reportCommand(args: ReportArgs, io: Io): Promise<number> {
  const say = (zh: string, en: string) => io.err(`ziping: ${args.lang === 'zh' ? zh : en}`);
  const profile = await loadProfile(args.profile, args.lang, io);
  if (!profile) return 2;
  let grids: Grid[];
  try {
    grids = await readWorkbook(await fs.readFile(args.file), path.basename(args.file));
  } catch (e) {
    if (isWorkbookError(e)) say(e.bilingual.zh, e.bilingual.en);
    else say(`无法打开“${args.file}”`, `cannot open "${args.file}"`);
    return 2;
  }
  const pick = args.sheet ? grids.filter((g) => g.name === args.sheet) : grids;
  if (args.sheet && pick.length === 0) {
    say(`“${args.file}”中没有名为“${args.sheet}”的工作表`, `"${args.file}" has no sheet named "${args.sheet}"`);
    return 2;
  }
  const reportGrid =
    pick.find((g) => readReportSheet(g)) ??
    (args.sheet ? grids.find((g) => readReportSheet(g) && linkedFormSheet(g) === args.sheet) : undefined);
  const formName = reportGrid ? linkedFormSheet(reportGrid) : undefined;
  const formGrid = formName
    ? grids.find((g) => g.name === formName)
    : pick.find((g) => checkFormsOnSheet(g, profile).results.length > 0);
  const result = formGrid && checkFormsOnSheet(formGrid, profile).results[0];
  let lines: ReportLine[];
  if (reportGrid && result) {
    const existing = readReportSheet(reportGrid)!;
    const drafted = layoutAnnex2(
      result,
      formGrid.name,
      existing.inputs as InputValues,
      args.lang,
      reportGrid.name,
      existing.inputAt,
      reportOutline(result, profile, existing),
      wordsUnder(existing.rows),
    );
    lines = linesAsItStands(planRedraft(existing, drafted).block, drafted.paragraphs, existing.rows);
  } else if (reportGrid) {
    // The form it was drafted from is gone: the text as Excel last saved it.
    lines = reportLines(readReportSheet(reportGrid)!.rows);
  } else if (result) {
    lines = layoutAnnex2(
      result,
      formGrid.name,
      initialInputs(result.form),
      args.lang,
      undefined,
      undefined,
      reportOutline(result, profile, undefined),
    ).paragraphs.map((p) => ({
      role: p.role,
      text: p.text,
    }));
  } else {
    say(`“${args.file}”中既没有自评报告也没有自评表`, `"${args.file}" holds neither a report nor a form`);
    return 2;
  }
  const title = lines.find((l) => l.role === 'title')?.text ?? lines[0]?.text ?? 'report';
  const form = result?.form;
  // Word's writer is loaded only by the command that writes Word: `check` starts faster without it.
  const [{ Packer }, { reportDocument }] = await Promise.all([import('docx'), import('../core/report/docx')]);
  const document = reportDocument(lines, title, {
    attachment: args.noAttachment ? undefined : ATTACHMENT_LINE[args.lang],
    signature:
      form && signingUnit(form) ? { unit: signingUnit(form), date: documentDate(new Date(), args.lang) } : undefined,
  });
  const fileName = form ? reportFileName(form, title, args.lang) : `${reportGrid?.name ?? title}.docx`;
  const out = await outputPath(args.out, fileName);
  await fs.writeFile(out, await Packer.toBuffer(document));
  io.out(args.lang === 'zh' ? `已写出 ${out}（${lines.length} 段）` : `wrote ${out} (${lines.length} paragraphs)`);
  return 0;
}

/** --out as given when it names a file; inside it when it is a folder; the current folder when absent. */
async function outputPath(out: string | undefined, fileName: string): Promise<string> {
  if (out === undefined) return fileName;
  const isFolder =
    /[\\/]$/.test(out) ||
    (await fs.stat(out).then(
      (s) => s.isDirectory(),
      () => false,
    ));
  return isFolder ? path.join(out, fileName) : out;
}
