import type { Form } from './model';
import { TITLES } from './layout/annex1';
import { shown } from './numbers';

/** Characters no file system accepts in a name, and control characters (matching them is the point). */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f]+/g;

/**
 * A file's name from the form it holds: unit (or project), year and form, as an accountant files it —
 * 渌口区住房保障服务中心-2022-部门整体支出绩效自评表.xlsx. `document` names another document of the same form
 * (自评报告). Parts the form lacks are left out; undefined when it names neither unit nor project.
 */
export function formFileName(form: Form, extension: string, document: string = TITLES[form.kind]): string | undefined {
  const owner = form.kind === 'project' ? shown(form.project?.name) : shown(form.unit);
  const clean = (text: string) => text.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();
  const unit = owner ? clean(owner) : '';
  if (!unit) return undefined;
  const parts = [unit, form.year !== undefined ? String(form.year) : '', clean(document)].filter(Boolean);
  return `${parts.join('-')}.${extension.replace(/^\./, '')}`;
}
