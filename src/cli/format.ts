import { SEVERITY_ORDER, findingRecord, type Finding, type Lang, type Severity } from '../core/findings';
import { TITLES } from '../core/layout/annex1';
import { ruleTotal, type FormResult } from '../core/workbook';
import { fixed, readNumber, shown } from '../core/numbers';

export const SEVERITY_NAME: Record<Severity, Record<Lang, string>> = {
  error: { zh: '错误', en: 'Errors' },
  warning: { zh: '警告', en: 'Warnings' },
  info: { zh: '提示', en: 'Notes' },
};

export const FORM_NAME = { department: { zh: TITLES.department, en: 'department form' }, project: { zh: TITLES.project, en: 'project form' } };

/** The readable report of one form: a heading, findings grouped by severity with their cells, and a tally. */
export function formatResult(file: string, r: FormResult, lang: Lang): string {
  const lines: string[] = [];
  const kind = FORM_NAME[r.form.kind][lang];
  lines.push(lang === 'zh' ? `${file} · 工作表“${r.sheet}” · ${kind}` : `${file} · sheet "${r.sheet}" · ${kind}`);
  const who = shown(r.form.kind === 'department' ? r.form.unit : r.form.project?.name);
  const year = r.form.year ? (lang === 'zh' ? `${r.form.year}年度` : `${r.form.year}`) : '';
  if (who || year) lines.push(`  ${[who, year].filter(Boolean).join(' · ')}`);
  const total = ruleTotal(r.check);
  const stated = readNumber(r.form.statedTotal);
  if (total !== undefined) {
    const statedText = stated.ok ? fixed(stated.value) : '—';
    lines.push(lang === 'zh' ? `  按规则计算总分 ${fixed(total)}，表上填报 ${statedText}` : `  rule total ${fixed(total)}, stated on the form ${statedText}`);
  }
  if (r.findings.length === 0) {
    lines.push(lang === 'zh' ? '  未发现问题。' : '  No findings.');
    return lines.join('\n');
  }
  lines.push(...groupedLines(r.findings, (f) => f.cell ?? '—', lang));
  return lines.join('\n');
}

/** Findings grouped by severity, each line led by where it is (a cell, a line of a report), then a tally. */
export function groupedLines<F extends { severity: Severity; code: string; message: Finding['message'] }>(findings: F[], where: (f: F) => string, lang: Lang): string[] {
  const lines: string[] = [];
  const width = Math.max(4, ...findings.map((f) => where(f).length));
  for (const severity of SEVERITY_ORDER) {
    const group = findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push(`  ${SEVERITY_NAME[severity][lang]} (${group.length})`);
    for (const f of group) lines.push(`    ${where(f).padEnd(width)}  ${f.code}  ${f.message[lang]}`);
  }
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  lines.push(
    lang === 'zh'
      ? `  合计：错误 ${count('error')}，警告 ${count('warning')}，提示 ${count('info')}`
      : `  In all: ${count('error')} errors, ${count('warning')} warnings, ${count('info')} notes`,
  );
  return lines;
}

export interface JsonResult {
  file: string;
  sheet: string;
  form: 'department' | 'project';
  findings: Record<string, string | number>[];
}

export function jsonResult(file: string, r: FormResult, lang: Lang): JsonResult {
  return { file, sheet: r.sheet, form: r.form.kind, findings: r.findings.map((f: Finding) => findingRecord(f, lang)) };
}
