import { parseA1, columnName } from '../../src/core/cells';
import { FINDING_CODES, type Finding } from '../../src/core/findings';
import { DEFAULT_PROFILE } from '../../src/core/profile';
import { loadAndCheck } from '../../src/cli/load';
import type { CorpusForm, Expectation, Where } from './types';

export interface Outcome {
  /** `${form.id}/${expectation.id}` */
  id: string;
  expectation: Expectation;
  met: boolean;
  /** What was found, for the failure message. */
  detail: string;
}

/** The corpus-wide id of an expectation. */
export function expectationId(form: CorpusForm, e: Expectation): string {
  return `${form.id}/${e.id}`;
}

/** Reads the workbook exactly as `ziping check` does and judges every expectation of the form. */
export async function evaluateForm(
  form: CorpusForm,
  file: string,
): Promise<{ outcomes: Outcome[]; findings: Finding[] }> {
  const loaded = await loadAndCheck(file, { ...DEFAULT_PROFILE });
  if (!loaded.ok) {
    const outcomes = form.expectations.map((e) => ({
      id: expectationId(form, e),
      expectation: e,
      met: false,
      detail: `not read: ${loaded.message.en}`,
    }));
    return { outcomes, findings: [] };
  }
  const findings = loaded.results.flatMap((r) => r.findings);
  return { outcomes: form.expectations.map((e) => judge(form, e, findings)), findings };
}

function judge(form: CorpusForm, e: Expectation, findings: Finding[]): Outcome {
  const id = expectationId(form, e);
  if (e.kind === 'quiet') {
    const severity = e.severity ?? 'error';
    const loud = findings.filter((f) => f.severity === severity);
    return {
      id,
      expectation: e,
      met: loud.length === 0,
      detail: loud.length ? `${severity}s: ${list(loud)}` : `no ${severity}`,
    };
  }
  // A code the checker does not have yet can never be reported: a must-not on it would be met without a check.
  const unknown = codesOf(e).filter((c) => !(c in FINDING_CODES));
  if (unknown.length) return { id, expectation: e, met: false, detail: `the checker has no ${unknown.join(', ')} yet` };
  const matching = findings.filter((f) => matches(f, e));
  if (e.kind === 'must') {
    return {
      id,
      expectation: e,
      met: matching.length > 0,
      detail: matching.length ? list(matching) : `not reported; reported: ${list(findings)}`,
    };
  }
  const limit = e.atMost ?? 0;
  return {
    id,
    expectation: e,
    met: matching.length <= limit,
    detail: `${matching.length} matching (at most ${limit})${matching.length ? `: ${list(matching)}` : ''}`,
  };
}

function codesOf(w: Where): string[] {
  return Array.isArray(w.code) ? w.code : [w.code];
}

function matches(f: Finding, w: Where): boolean {
  if (!codesOf(w).includes(f.code)) return false;
  const at = f.cell ? parseA1(f.cell) : undefined;
  if (w.cell !== undefined && f.cell !== w.cell) return false;
  if (w.row !== undefined && (!at || at.row + 1 !== w.row)) return false;
  if (w.column !== undefined && (!at || columnName(at.col) !== w.column)) return false;
  if (w.indicator !== undefined && !(f.indicator ?? '').includes(w.indicator)) return false;
  if (w.about !== undefined && !(Array.isArray(w.about) ? w.about : [w.about]).some((t) => f.message.zh.includes(t)))
    return false;
  return true;
}

function list(findings: Finding[]): string {
  if (findings.length === 0) return 'nothing';
  return findings.map((f) => `${f.code}@${f.cell ?? '-'}${f.indicator ? `(${f.indicator})` : ''}`).join(', ');
}
