import {
  NO_FINDINGS_SENTENCE,
  RULE_TOTAL,
  STATED_TOTAL,
  SEVERITY_NAME,
  SEVERITY_ORDER,
  findingRecord,
  type Finding,
  type Lang,
  type Severity,
} from '../core/findings';
import { TITLES } from '../core/layout/annex1';
import { ruleTotal, type FormResult } from '../core/workbook';
import { fixed, readNumber, shown } from '../core/numbers';

export const FORM_NAME = {
  department: { zh: TITLES.department, en: 'department form' },
  project: { zh: TITLES.project, en: 'project form' },
};

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
    lines.push(
      lang === 'zh'
        ? `  ${RULE_TOTAL.zh} ${fixed(total)}，${STATED_TOTAL.zh} ${statedText}`
        : `  ${RULE_TOTAL.en} ${fixed(total)}, ${STATED_TOTAL.en.toLowerCase()} ${statedText}`,
    );
  }
  if (r.findings.length === 0) {
    lines.push(`  ${NO_FINDINGS_SENTENCE[lang]}`);
    return lines.join('\n');
  }
  lines.push(...groupedLines(r.findings, (f) => f.cell ?? '—', lang));
  return lines.join('\n');
}

/** Findings grouped by severity, each line led by where it is (a cell, a line of a report), then a tally. */
export function groupedLines<F extends { severity: Severity; code: string; message: Finding['message'] }>(
  findings: F[],
  where: (f: F) => string,
  lang: Lang,
): string[] {
  const lines: string[] = [];
  const width = Math.max(4, ...findings.map((f) => where(f).length));
  for (const severity of SEVERITY_ORDER) {
    const group = findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push(`  ${SEVERITY_NAME[severity].many[lang]} (${group.length})`);
    for (const f of group) lines.push(`    ${where(f).padEnd(width)}  ${f.code}  ${f.message[lang]}`);
  }
  const tally = SEVERITY_ORDER.map((s) => {
    const n = findings.filter((f) => f.severity === s).length;
    const name = SEVERITY_NAME[s][n === 1 ? 'one' : 'many'][lang];
    return lang === 'zh' ? `${name} ${n}` : `${n} ${name.toLowerCase()}`;
  });
  lines.push(lang === 'zh' ? `  合计：${tally.join('，')}` : `  In all: ${tally.join(', ')}`);
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

/** One form's outcome, for the summary of a batch. */
export interface Checked {
  file: string;
  sheet: string;
  errors: number;
  others: number;
}

/**
 * The closing summary when several files were checked (a reviewer's folder of hundreds): how many forms, which
 * have errors, which files could not be read — so nothing scrolled past is missed.
 */
export function batchSummary(files: number, forms: Checked[], unreadable: string[], lang: Lang): string {
  const withErrors = forms.filter((f) => f.errors > 0);
  const minor = forms.filter((f) => f.errors === 0 && f.others > 0).length;
  const clean = forms.length - withErrors.length - minor;
  const lines = [
    lang === 'zh'
      ? `共检查 ${files} 个文件：${forms.length} 份自评表，其中有错误 ${withErrors.length} 份、仅有警告或提示 ${minor} 份、未发现问题 ${clean} 份；无法读取或没有自评表的文件 ${unreadable.length} 个。`
      : `Checked ${files} files: ${forms.length} forms, ${withErrors.length} with errors, ${minor} with warnings or notes only, ${clean} without findings; unreadable or without a form: ${unreadable.length}.`,
  ];
  if (withErrors.length > 0) {
    lines.push(lang === 'zh' ? '  有错误的表：' : '  Forms with errors:');
    for (const f of withErrors)
      lines.push(
        lang === 'zh'
          ? `    ${f.file}（工作表“${f.sheet}”）：错误 ${f.errors}`
          : `    ${f.file} (sheet "${f.sheet}"): ${f.errors} error${f.errors === 1 ? '' : 's'}`,
      );
  }
  if (unreadable.length > 0) {
    lines.push(lang === 'zh' ? '  无法读取或没有自评表：' : '  Could not be read or hold no form:');
    for (const file of unreadable) lines.push(`    ${file}`);
  }
  return lines.join('\n');
}
