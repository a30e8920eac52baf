import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkReport } from '../../src/core/reportCheck';
import { FIXTURES } from '../support/sample';
import { brief, sampleForm, sampleReport } from './support';

const text = sampleReport();
const form = sampleForm();
const result = checkReport(text, form);

/** The first offset of `needle` in the report, at or after the given context. */
function at(needle: string, after = ''): number {
  const from = after ? text.indexOf(after) : 0;
  return text.indexOf(needle, from);
}

describe('the sample report (lukou-2022-original.txt, 附件2) against its own form', () => {
  it('gets exactly the findings its figures call for, in text order', () => {
    expect(result.findings.map((f) => brief(text, f))).toEqual([
      // 项目支出完成17075.35万元: the form's 项目支出 is 17075.34 (939.93 + 17075.34 = 18015.27, the form's total).
      ['REPORT_FIGURE_MISMATCH', '17075.35万元', '17075.34万元', '17075.35万元'],
      // 5804.84% stands: 15998.28 ÷ 275.60 is 5804.89%, but figures rounded to 0.01 allow 5804.78%–5805.00%.
      // 实际支付项目资金17075.35万元 is project spending paid: the same figure, again off by 0.01.
      ['REPORT_FIGURE_MISMATCH', '17075.35万元', '17075.34万元', '17075.35万元'],
      // The three payments after 其中 (856.59 + 14800 + 1418.75) come to 17075.34, not the 17075.35 stated.
      ['REPORT_PARTS_SUM', '17075.35万元', '17075.34万元', '17075.35万元'],
      // 财政核减后为100万: 万 with no 元, among amounts in 万元.
      ['REPORT_UNIT_MISSING', '100万', '100万元', '100万'],
      // 朱亭镇房租收入18.6元: the other parts are in 万元, and 376.6 + 13.6 + 18.6 = 408.8 only in 万元.
      ['REPORT_UNIT_MISSING', '18.6元', '18.6万元', '18.6元'],
    ]);
  });

  it('puts each finding on its figure, with its sentence, severity and both languages', () => {
    const spans = result.findings.map((f) => f.span[0]);
    expect(spans).toEqual([
      at('17075.35万元'),
      at('17075.35万元', '2、本年度'),
      at('17075.35万元', '2、本年度'),
      at('100万，'),
      at('18.6元'),
    ]);
    expect(result.findings.map((f) => f.severity)).toEqual(['error', 'error', 'warning', 'warning', 'warning']);
    for (const f of result.findings) {
      // The span is the figure as written: what was found (for a parts sum, the whole).
      expect(text.slice(f.span[0], f.span[1])).toBe(f.found);
      expect(text).toContain(f.sentence);
      expect(f.sentence.length).toBeGreaterThan(0);
      const figure = text.slice(f.span[0], f.span[1]);
      expect(f.message.zh).toContain(figure);
      expect(f.message.en).toContain(figure);
      expect(f.message.zh).toContain(f.sentence.slice(0, 8));
      expect(f.message.en).toContain(f.sentence.slice(0, 8));
    }
    expect(result.findings[2].message.zh).toContain('856.59万元 + 14800万元 + 1418.75万元 = 17075.34万元');
  });

  it('raises nothing on the sentences that are right', () => {
    const quiet = [
      '20.91%',
      '47.16%',
      '68.12%',
      '902件',
      '728件',
      '368户',
      '208户',
      '160户',
      '939.93万元',
      '408.8万元',
      '376.6万元',
      '13.6万元',
    ];
    for (const figure of quiet) {
      const start = at(figure);
      expect(start).toBeGreaterThanOrEqual(0);
      const sentence = [...result.findings].filter((f) => f.span[0] === start);
      expect(sentence).toEqual([]);
    }
    // No finding at all in the sentences of the 信访, 棚改 and basic-spending figures.
    for (const s of [
      '共回复处理了各类信访件',
      '2022年棚户区改造任务',
      '基本支出完成939.93万元',
      '公用经费完成386.59万元',
    ]) {
      expect(result.findings.filter((f) => f.sentence.includes(s))).toEqual([]);
    }
  });

  it('matches the figures that name a quantity the form holds, and leaves the others unmatched', () => {
    expect(result.matched.map((m) => [m.text, m.label])).toEqual([
      ['939.93万元', '基本支出'],
      ['939.93万元', '基本支出'],
      ['17075.35万元', '项目支出'],
      ['17075.35万元', '项目支出'],
      // In prose: 计划实施19个老旧小区改造任务，涉及49栋、995户 (proseIndicators.test.ts).
      ['19个', '改造小区数'],
      ['995户', '改造户数'],
    ]);
    const unmatched = result.unmatched.map((m) => m.text);
    // Changes, sub-items, figures the form has no cell for.
    for (const t of [
      '516.43万元',
      '162.58万元',
      '16273.88万元',
      '553.33万元',
      '200万元',
      '1.524亿元',
      '850份',
      '36户',
      '10.68万平米',
      '46000人次',
      '120余条',
    ]) {
      expect(unmatched).toContain(t);
    }
    // Years, dates, ordinals, section numbers and document numbers are not figures.
    for (const t of ['2022', '2020', '9', '1', '6']) expect(unmatched).not.toContain(t);
    expect(result.unmatched.every((m) => !/^\d+$/.test(m.text))).toBe(true);
    const rent = result.unmatched.find((m) => m.text === '408.8万元');
    expect(rent).toMatchObject({ value: 408.8, unit: '万元', span: [at('408.8万元'), at('408.8万元') + 7] });
  });

  it('finds the same six in the whole file, the text of the form itself (附件1) raising nothing', () => {
    const whole = fs.readFileSync(path.join(FIXTURES, 'lukou-2022-original.txt'), 'utf8');
    const r = checkReport(whole, form);
    expect(r.findings.map((f) => brief(whole, f))).toEqual(result.findings.map((f) => brief(text, f)));
  });

  it('carries the sheet it was told, and finds nothing once the five slips are corrected', () => {
    expect(checkReport(text, form, { sheet: '报告' }).sheet).toBe('报告');
    const fixed = text
      .replace(/17075\.35/g, '17075.34')
      .replace('100万，', '100万元，')
      .replace('18.6元', '18.6万元');
    expect(checkReport(fixed, form).findings).toEqual([]);
  });

  it('allows a percentage the rounded figures permit, and no more', () => {
    const sentence = (p: string) => `基本建设类项目支出16273.88万元，比上年增加15998.28万元，增加${p}。`;
    for (const p of ['5804.78%', '5804.84%', '5804.89%', '5805.00%'])
      expect(checkReport(sentence(p), form).findings).toEqual([]);
    for (const p of ['5804.77%', '5805.01%', '5810.00%'])
      expect(checkReport(sentence(p), form).findings.map((f) => f.code)).toEqual(['REPORT_PERCENT_WRONG']);
  });
});
