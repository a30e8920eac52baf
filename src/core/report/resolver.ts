import type { CellValue } from '../cells';
import { parseA1 } from '../cells';
import type { Entry, Form } from '../model';
import { readNumber } from '../numbers';
import type { Resolver } from './parts';

/** A sheet name as a formula writes it: '附件1'. */
function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** The Annex 1 entries the report refers to, by the paths of `ref.form(...)`. */
function formEntry(form: Form, path: string): Entry | undefined {
  const ind = /^ind:(\d+):(\w+)$/.exec(path);
  if (ind) {
    const i = form.indicators[Number(ind[1])];
    if (!i) return undefined;
    const field = ind[2];
    if (field === 'name') return { cell: i.nameCell, value: i.name };
    return (i as unknown as Record<string, Entry | undefined>)[field];
  }
  const part = /^part:(\w+)(?::(initialBudget))?$/.exec(path);
  if (part) {
    const p =
      form.budget.bySpending.find((x) => x.key === part[1]) ?? form.budget.byIncome.find((x) => x.key === part[1]);
    // A part's 年初预算数: only from a column of its own, never its one amount (which is what was spent).
    if (part[2]) return p?.columns?.initialBudget;
    return p?.amount ?? p?.columns?.executed ?? p?.columns?.fullYearBudget;
  }
  switch (path) {
    case 'goal:planned':
      return form.goal.planned;
    case 'goal:achieved':
      return form.goal.achieved;
    case 'project:name':
      return form.project?.name;
    case 'project:department':
      return form.project?.department;
    case 'project:implementer':
      return form.project?.implementer;
    case 'unit':
      return form.kind === 'department' ? form.unit : form.project?.name;
    case 'total':
      return form.statedTotal;
    case 'fullYearBudget':
    case 'executed':
    case 'initialBudget':
    case 'weight':
    case 'statedScore':
    case 'statedRate':
      return form.budget[path];
    default:
      return undefined;
  }
}

const NUMERIC =
  /^(fullYearBudget|executed|initialBudget|weight|statedScore|statedRate|total|part:\w+(?::initialBudget)?|ind:\d+:(weight|statedScore))$/;

/**
 * Resolves "form:…" to Annex 1's cells (on the form's sheet, or the 续表 its table goes on over) and "input:…" to the input block. A figure the form
 * holds as text (an amount typed into its label, "基本支出：939.93", or with its unit, "10万") cannot be referred to
 * as a number: its value, in the form's amount unit, is written into the formula instead, and is then not live.
 */
export function reportResolver(
  form: Form,
  formSheet: string,
  inputs: Map<string, { address: string; value: CellValue }>,
): Resolver {
  // A cell on the form's sheet ("E4"), or on a 续表 its table goes on over ("续表!E4"); undefined if neither.
  const cellAddress = (cell: string | undefined): string | undefined => {
    if (cell === undefined) return undefined;
    const at = cell.lastIndexOf('!');
    const [sheet, local] = at < 0 ? [formSheet, cell] : [cell.slice(0, at), cell.slice(at + 1)];
    return parseA1(local) ? `${quoteSheet(sheet)}!${local}` : undefined;
  };
  const formRef = (path: string): { address: string; value: CellValue } => {
    const entry = formEntry(form, path);
    const address = cellAddress(entry?.cell);
    if (!NUMERIC.test(path)) {
      return {
        address: address ?? `"${String(entry?.value ?? '').replace(/"/g, '""')}"`,
        value: entry?.value ?? null,
      };
    }
    if (address && typeof entry!.value === 'number') return { address, value: entry!.value };
    if (address && (entry!.value === null || entry!.value === '')) return { address, value: null };
    const n = readNumber(entry, form.amountUnit);
    return n.ok ? { address: String(n.value), value: n.value } : { address: '""', value: null };
  };
  const lookup = (r: string) => {
    if (r.startsWith('form:')) return formRef(r.slice(5));
    const input = inputs.get(r.slice(6));
    return input ?? { address: '""', value: null };
  };
  return { address: (r) => lookup(r).address, value: (r) => lookup(r).value };
}
