import * as fs from 'node:fs';
import * as path from 'node:path';
import { formFromJson } from '../../src/core/json/fromJson';
import { DEFAULT_PROFILE, type RuleProfile } from '../../src/core/profile';
import { resultFor, type FormResult } from '../../src/core/workbook';
import type { Finding } from '../../src/core/findings';

export const FIXTURES = path.join(__dirname, '..', '..', 'fixtures');

export interface SampleIndicator {
  level1: string;
  level1Weight?: number;
  level2: string;
  name: string;
  target: unknown;
  actual: unknown;
  weight: unknown;
  statedScore?: unknown;
  deviation?: unknown;
}

export interface SampleForm {
  form: string;
  year: number;
  unit: string;
  budget: Record<string, unknown> & { byIncome: Record<string, unknown>; byExpenditure: Record<string, unknown> };
  overallGoal: { planned: unknown; achieved: unknown };
  indicators: SampleIndicator[];
  statedTotal: unknown;
}

/** A fresh copy of fixtures/lukou-2022.json, the real form of 株洲市渌口区住房保障服务中心 for 2022. */
export function sample(): SampleForm {
  return JSON.parse(fs.readFileSync(path.join(FIXTURES, 'lukou-2022.json'), 'utf8')) as SampleForm;
}

export function checkData(data: unknown, profile: RuleProfile = DEFAULT_PROFILE): FormResult {
  const form = formFromJson(data, 'sample');
  if ('error' in form) throw new Error(form.error.en);
  return resultFor(form, [], profile);
}

export function codes(findings: Finding[]): string[] {
  return findings.map((f) => f.code).sort();
}

export function findingsFor(result: FormResult, indicator: string): Finding[] {
  return result.findings.filter((f) => f.indicator === indicator);
}

export function indicator(data: SampleForm, name: string): SampleIndicator {
  const found = data.indicators.find((i) => i.name === name);
  if (!found) throw new Error(`no indicator ${name}`);
  return found;
}
