import * as fs from 'node:fs';
import * as path from 'node:path';
import { formFromJson } from '../src/core/json/fromJson';
import { checkReport } from '../src/core/reportCheck';
import { layoutAnnex1 } from '../src/core/layout/writeAnnex1';
import { layoutAnnex2 } from '../src/core/layout/writeAnnex2';
import { SAMPLE_INPUTS } from '../src/core/report/inputs';
import { checkFormsOnSheet } from '../src/core/workbook';
import { benchForm } from '../tests/support/generate';
import { row, time } from './measure';

/** Drafting (layout and text, no Excel) for forms of 10 to 1,000 indicators, and checking a 20-page report. */
export function benchReport(): void {
  console.log(
    '\nReport — drafting in the engine (the add-in adds its round trips: see above), and checking a written report',
  );
  console.log(row('indicators', 'draft ms', 'paragraphs'));
  for (const n of [10, 100, 1000]) {
    const result = checkFormsOnSheet(layoutAnnex1(benchForm(n), '附件1').grid).results[0];
    let paragraphs = 0;
    const t = time(
      () => {
        paragraphs = layoutAnnex2(result, '附件1', SAMPLE_INPUTS, 'zh').paragraphs.length;
      },
      n >= 1000 ? 10 : 50,
    );
    console.log(row(String(n), t.median, paragraphs));
  }
  const original = fs.readFileSync(
    path.join(__dirname, '..', '..', '..', 'fixtures', 'lukou-2022-original.txt'),
    'utf8',
  );
  const report = original.slice(original.indexOf('附件2'));
  // A page of a Chinese government report holds about 2,000 characters.
  const pages = 20;
  let text = '';
  while (text.length < pages * 2000) text += `${report}\n`;
  const form = formFromJson(
    JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'fixtures', 'lukou-2022.json'), 'utf8')),
    'sample',
  );
  if ('error' in form) throw new Error(form.error.en);
  let findings = 0;
  const t = time(() => {
    findings = checkReport(text, form).findings.length;
  }, 20);
  console.log(
    `  check-report on ${pages} pages (${text.length} characters): median ${t.median.toFixed(1)} ms, worst ${t.worst.toFixed(1)} ms, ${findings} findings`,
  );
}
