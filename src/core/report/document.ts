import type { Lang } from '../findings';
import type { Form } from '../model';

/** "2026年12月2日" / "2 December 2026". */
export function documentDate(date: Date, lang: Lang): string {
  if (lang === 'zh') return `${date.getFullYear()}年${date.getMonth() + 1}月${date.getDate()}日`;
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}

/** The unit a report is signed by: the department form's unit, the project form's implementer (or department). */
export function signingUnit(form: Form): string {
  const pick = form.kind === 'department' ? [form.unit] : [form.project?.implementer, form.project?.department];
  for (const e of pick) if (typeof e?.value === 'string' && e.value.trim() !== '') return e.value.trim();
  return '';
}

/**
 * The file name a finance bureau expects: unit (or project), year, kind —
 * 渌口区住房保障服务中心2022年度部门整体支出绩效自评报告.docx. Characters no file system takes are dropped.
 */
export function reportFileName(form: Form, title: string, lang: Lang): string {
  const who =
    form.kind === 'project' && typeof form.project?.name?.value === 'string'
      ? form.project.name.value.trim()
      : signingUnit(form);
  const year = form.year ? (lang === 'zh' ? `${form.year}年度` : ` ${form.year} `) : '';
  const name = `${who}${year}${title}`.replace(/[\\/:*?"<>|\r\n\t]+/g, '').trim();
  return `${name || title}.docx`;
}
