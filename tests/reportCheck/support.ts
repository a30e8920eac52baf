import * as fs from 'node:fs';
import * as path from 'node:path';
import { formFromJson } from '../../src/core/json/fromJson';
import type { Form } from '../../src/core/model';
import type { ReportFinding } from '../../src/core/reportCheck';
import { FIXTURES } from '../support/sample';

/** The sample's own report: the text of lukou-2022-original.txt from 附件2 on. */
export function sampleReport(): string {
  const raw = fs.readFileSync(path.join(FIXTURES, 'lukou-2022-original.txt'), 'utf8');
  return raw.slice(raw.indexOf('附件2'));
}

export function formOf(data: unknown, sheet = 'sample'): Form {
  const form = formFromJson(data, sheet);
  if ('error' in form) throw new Error(form.error.en);
  return form;
}

export function sampleForm(): Form {
  return formOf(JSON.parse(fs.readFileSync(path.join(FIXTURES, 'lukou-2022.json'), 'utf8')));
}

/** A finding as the tests compare it: code, the figure's text, expected and found. */
export function brief(text: string, f: ReportFinding): [string, string, string | undefined, string | undefined] {
  return [f.code, text.slice(f.span[0], f.span[1]), f.expected, f.found];
}

/** A minimal department form in JSON with the given budget figures (万元). */
export function formData(
  b: {
    initial?: number;
    full: number;
    executed: number;
    basic?: number;
    project?: number;
    gpb?: number;
    fund?: number;
    other?: number;
  },
  amountUnit?: '元',
): Record<string, unknown> {
  return {
    form: 'department-overall-expenditure-self-evaluation',
    year: 2022,
    unit: '测试单位',
    ...(amountUnit ? { amountUnit } : {}),
    budget: {
      initialBudget: b.initial ?? b.full,
      fullYearBudget: b.full,
      executed: b.executed,
      weight: 10,
      byIncome: { generalPublicBudget: b.gpb ?? null, governmentFund: b.fund ?? null, other: b.other ?? null },
      byExpenditure: { basic: b.basic ?? null, project: b.project ?? null },
    },
    overallGoal: { planned: '计划', achieved: '完成' },
    indicators: [],
  };
}
