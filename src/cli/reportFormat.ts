import { NO_FINDINGS_SENTENCE, type Lang } from '../core/findings';
import type { ReportCheck, ReportFinding } from '../core/reportCheck';
import { FORM_NAME, groupedLines } from './format';

export interface ReportRun {
  /** The report file. */
  file: string;
  /** The form file it was checked against, and the form's sheet. */
  against: string;
  sheet: string;
  form: 'department' | 'project';
  text: string;
  check: ReportCheck;
}

/** 1-based line of an offset, for the readable report. */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** The readable report: a heading, findings grouped by severity with their line, and a tally. */
export function formatReportRun(r: ReportRun, lang: Lang): string {
  const lines: string[] = [];
  const kind = FORM_NAME[r.form][lang];
  lines.push(
    lang === 'zh'
      ? `${r.file} · 对照 ${r.against} 工作表“${r.sheet}” · ${kind}`
      : `${r.file} · against ${r.against}, sheet "${r.sheet}" · ${kind}`,
  );
  const { findings, matched, unmatched } = r.check;
  const total = matched.length + unmatched.length;
  lines.push(
    lang === 'zh'
      ? `  已与表中数字对应 ${matched.length} 个（共 ${total} 个数字；其余的表中没有可对照的数）`
      : `  matched ${matched.length} of ${total} figures to the form (the form holds nothing to check the others against)`,
  );
  if (findings.length === 0) {
    lines.push(`  ${NO_FINDINGS_SENTENCE[lang]}`);
    return lines.join('\n');
  }
  const where = (f: ReportFinding) =>
    lang === 'zh' ? `第${lineOf(r.text, f.span[0])}行` : `line ${lineOf(r.text, f.span[0])}`;
  lines.push(...groupedLines(findings, where, lang));
  return lines.join('\n');
}

export interface JsonReportResult {
  file: string;
  sheet: string;
  form: 'department' | 'project';
  /** How many of the text's figures were matched to a quantity on the form, of how many: "matched 37 of 90". */
  matched: number;
  figures: number;
  findings: Record<string, string | number | [number, number]>[];
  unmatched: { text: string; sentence: string; span: [number, number] }[];
}

export function jsonReportRun(r: ReportRun, lang: Lang): JsonReportResult {
  return {
    file: r.file,
    sheet: r.sheet,
    form: r.form,
    matched: r.check.matched.length,
    figures: r.check.matched.length + r.check.unmatched.length,
    findings: r.check.findings.map((f) => {
      const out: Record<string, string | number | [number, number]> = {
        code: f.code,
        severity: f.severity,
        sentence: f.sentence,
        span: f.span,
        message: f.message[lang],
      };
      if (f.expected !== undefined) out.expected = f.expected;
      if (f.found !== undefined) out.found = f.found;
      return out;
    }),
    unmatched: r.check.unmatched.map((m) => ({ text: m.text, sentence: m.sentence, span: m.span })),
  };
}
