import { corpus } from './forms';
import type { Finding } from '../../src/core/findings';
import { evaluateForm, type Outcome } from './evaluate';
import { xlsxPath } from './build';
import type { CorpusForm } from './types';

export interface FormOutcome {
  form: CorpusForm;
  outcomes: Outcome[];
  /** Every finding `ziping check` reports on the form's workbook. */
  findings: Finding[];
}

/** Every expectation of every corpus form, judged on its committed workbook. */
export async function runCorpus(): Promise<FormOutcome[]> {
  const out: FormOutcome[] = [];
  for (const form of corpus) out.push({ form, ...(await evaluateForm(form, xlsxPath(form))) });
  return out;
}
