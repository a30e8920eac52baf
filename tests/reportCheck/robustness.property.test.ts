import fc from 'fast-check';
import { FINDING_CODES } from '../../src/core/findings';
import { checkReport, type ReportCheck } from '../../src/core/reportCheck';
import { checkReportUnguarded } from '../../src/core/reportCheck';
import { formData, formOf, sampleForm, sampleReport } from './support';
import { withoutHang } from '../support/hangGuard';

const form = sampleForm();
const report = sampleReport();

/** What every result must be, whatever the text (problems collected, so that one assertion runs per text). */
function wellFormed(text: string, r: ReportCheck): void {
  const problems: string[] = [];
  for (const f of r.findings) {
    if (FINDING_CODES[f.code].severity !== f.severity) problems.push(`${f.code}: severity ${f.severity}`);
    if (!(f.span[0] >= 0 && f.span[1] > f.span[0] && f.span[1] <= text.length))
      problems.push(`${f.code}: span ${f.span}`);
    if (!f.message.zh || !f.message.en) problems.push(`${f.code}: message missing`);
  }
  const figures = [...r.matched, ...r.unmatched].sort((a, b) => a.span[0] - b.span[0]);
  figures.forEach((m, i) => {
    if (text.slice(m.span[0], m.span[1]) !== m.text) problems.push(`mention ${m.text} at ${m.span}`);
    if (!Number.isFinite(m.value)) problems.push(`mention ${m.text}: value ${m.value}`);
    // Figures never overlap.
    if (i > 0 && m.span[0] < figures[i - 1].span[1]) problems.push(`mention ${m.text} overlaps`);
  });
  expect(problems).toEqual([]);
}

const PIECES = [
  '9',
  '０',
  '1',
  '.',
  '．',
  ',',
  '，',
  '；',
  '。',
  '\n',
  ' ',
  '　',
  '万元',
  '元',
  '亿元',
  '万',
  '%',
  '％',
  '户',
  '件',
  '其中',
  '其中：',
  '共',
  '共计',
  '增加',
  '减少',
  '下降',
  '比上年',
  '比',
  '基本支出',
  '项目支出',
  '全年预算数',
  '预算执行率',
  '年初预算数',
  '（',
  '）',
  '【',
  '2022年',
  '第',
  '资金',
  '-',
  '/',
  ':',
];
const arbChunk = fc.oneof(
  fc.constantFrom(...PIECES),
  fc.string({ maxLength: 6 }),
  fc.string({ unit: 'binary', maxLength: 4 }),
);

describe('any text', () => {
  it('is checked without throwing, into a well-formed result (random strings)', () => {
    fc.assert(
      fc.property(fc.array(arbChunk, { maxLength: 60 }), (chunks) => {
        const text = chunks.join('');
        wellFormed(text, checkReportUnguarded(text, form));
      }),
      { numRuns: 1000 },
    );
  });

  it('is checked without throwing when digits, units and words are inserted into the sample report', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(report.length), arbChunk), { minLength: 1, maxLength: 12 }), (edits) => {
        let text = report;
        for (const [at, piece] of edits)
          text = text.slice(0, at % (text.length + 1)) + piece + text.slice(at % (text.length + 1));
        wellFormed(text, checkReportUnguarded(text, form));
      }),
      { numRuns: 300 },
    );
  });

  it('is checked against any form, even one with nothing in it', () => {
    const empty = formOf({ budget: {}, indicators: [] });
    const strange = formOf(formData({ full: 0, executed: 0, basic: Number.NaN }));
    for (const f of [empty, strange]) wellFormed(report, checkReportUnguarded(report, f));
    expect(checkReport(report, empty).matched).toEqual([]);
  });

  it('never throws through the public entry, not even on what is no string', () => {
    expect(checkReport(undefined as unknown as string, form)).toEqual({ findings: [], matched: [], unmatched: [] });
    expect(checkReport(report, undefined as unknown as typeof form).findings).toEqual([]);
  });
});

describe('a 20-page report', () => {
  it('(about 40,000 characters) is checked whole, without a hang (its time is printed by npm run bench)', () => {
    let text = '';
    while (text.length < 40_000) text += `${report}\n`;
    const r = withoutHang(() => checkReport(text, form));
    expect(r.findings.length).toBeGreaterThan(0);
  });

  it('ends on pathological texts: thousands of parts, of 其中, of bare amounts, one endless line', () => {
    const texts = [
      `共计100万元，其中${'1万元，'.repeat(7000)}`,
      '其中1万元，'.repeat(7000),
      `合计1万元，${'资金1，'.repeat(8000)}`,
      '数'.repeat(40_000) + '1万元',
      `共100万元，其中${'1元，1万元，'.repeat(3500)}`,
    ];
    for (const text of texts) withoutHang(() => checkReport(text, form));
  });
});
