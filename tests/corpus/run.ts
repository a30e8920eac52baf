import { corpus } from './forms';
import { evaluateForm, type Outcome } from './evaluate';
import { xlsxPath } from './build';
import type { CorpusForm } from './types';

export interface FormOutcome {
  form: CorpusForm;
  outcomes: Outcome[];
}

/** Every expectation of every corpus form, judged on its committed workbook. */
export async function runCorpus(): Promise<FormOutcome[]> {
  const out: FormOutcome[] = [];
  for (const form of corpus) out.push({ form, outcomes: await evaluateForm(form, xlsxPath(form)) });
  return out;
}
