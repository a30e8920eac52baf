import type { Lang } from '../core/findings';
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
  lines.push(
    lang === 'zh'
      ? `  与表中数字对应的 ${matched.length} 个，表中没有的 ${unmatched.length} 个`
      : `  ${matched.length} figures name a quantity on the form, ${unmatched.length} do not`,
  );
  if (findings.length === 0) {
    lines.push(lang === 'zh' ? '  未发现问题。' : '  No findings.');
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
  findings: Record<string, string | number | [number, number]>[];
  unmatched: { text: string; sentence: string; span: [number, number] }[];
}

export function jsonReportRun(r: ReportRun, lang: Lang): JsonReportResult {
  return {
    file: r.file,
    sheet: r.sheet,
    form: r.form,
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
