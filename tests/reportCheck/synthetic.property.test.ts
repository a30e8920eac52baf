import fc from 'fast-check';
import { checkReport } from '../../src/core/reportCheck';
import { roundExcel } from '../../src/core/round';
import { formData, formOf } from './support';

/** An amount in 万元 with two decimals, from cents (no float noise in the text). */
const cents = (min: number, max: number) => fc.integer({ min, max }).map((c) => c / 100);
type Style = 'plain' | 'thousands' | 'fullWidth';
let style: Style = 'plain';
/** A figure as a report writes it: 1234.50, 1,234.50 or full-width １２３４．５０. */
const fmt = (n: number) => {
  const plain = n.toFixed(2);
  if (style === 'thousands') return n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  if (style === 'fullWidth')
    return plain.replace(/[0-9.]/g, (c) => String.fromCharCode(c === '.' ? 0xff0e : c.charCodeAt(0) - 48 + 0xff10));
  return plain;
};
const arbStyle = fc.constantFrom<Style>('plain', 'thousands', 'fullWidth');

interface Figures {
  basic: number;
  project: number;
  unspent: number;
  publicNow: number;
  publicChange: number;
  up: boolean;
  parts: [number, number, number];
}

const arbFigures: fc.Arbitrary<Figures> = fc
  .record({
    basic: cents(100, 50_000_000),
    project: cents(100, 500_000_000),
    unspent: cents(0, 10_000_000),
    publicNow: cents(200, 10_000_000),
    publicChange: cents(1, 10_000_000),
    up: fc.boolean(),
    parts: fc.tuple(cents(1000, 5_000_000), cents(1000, 5_000_000), cents(1000, 5_000_000)),
  })
  .filter((f) => !f.up || f.publicChange < f.publicNow);

/** The range rules.md allows for D ÷ B × 100 written at two decimals, when D and B are themselves rounded to 0.01. */
function withinRoundingOf(stated: number, change: number, base: number): boolean {
  const lowest = roundExcel(((change - 0.005) / (base + 0.005)) * 100, 2);
  const highest = roundExcel(((change + 0.005) / (base - 0.005)) * 100, 2);
  return stated >= lowest && stated <= highest;
}

type Slot = 'basic' | 'project' | 'full' | 'executed' | 'rate' | 'percent' | 'part' | 'whole';

/** A report written from the figures; each checked figure's span is recorded by its slot. */
function write(f: Figures, alter?: { slot: Slot; by: number }) {
  const full = roundExcel(f.basic + f.project + f.unspent, 2);
  const executed = roundExcel(f.basic + f.project, 2);
  const rate = roundExcel((executed / full) * 100, 2);
  // In cents, so that the base is exact, as the report's reader computes it from the written figures.
  const priorCents = Math.round(f.publicNow * 100) + (f.up ? -1 : 1) * Math.round(f.publicChange * 100);
  const prior = priorCents / 100;
  const percent = roundExcel((f.publicChange / prior) * 100, 2);
  const whole = roundExcel(f.parts[0] + f.parts[1] + f.parts[2], 2);
  const value = (slot: Slot, v: number) => {
    if (alter?.slot !== slot) return v;
    const altered = roundExcel(v + alter.by, 2);
    fc.pre(altered > 0);
    // A percentage from two figures rounded to 0.01 may lie anywhere their rounding allows (rules.md): only an
    // alteration outside that range is a mistake the checker must catch.
    if (slot === 'percent') fc.pre(!withinRoundingOf(altered, f.publicChange, prior));
    return altered;
  };
  let text = '附件2\n部门整体支出绩效自评报告\n（一）基本支出情况\n';
  const spans: Partial<Record<Slot, [number, number]>> = {};
  const put = (piece: string, slot?: Slot, unit = '') => {
    if (slot) spans[slot] = [text.length, text.length + piece.length + unit.length];
    text += piece + unit;
  };
  put('本年度基本支出决算');
  put(fmt(value('basic', f.basic)), 'basic', '万元');
  put('，比年初预算数增加12.5万元；');
  put('项目支出完成');
  put(fmt(value('project', f.project)), 'project', '万元');
  put('。\n全年预算数为');
  put(fmt(value('full', full)), 'full', '万元');
  put('，全年执行数');
  put(fmt(value('executed', executed)), 'executed', '万元');
  put('，预算执行率');
  put(fmt(value('rate', rate)), 'rate', '%');
  put('。\n公用经费完成');
  put(`${fmt(f.publicNow)}万元，比上年${f.up ? '增加' : '减少'}${fmt(f.publicChange)}万元，${f.up ? '增加' : '下降'}`);
  put(fmt(value('percent', percent)), 'percent', '%');
  put('，变化的主要原因是防疫支出增加。\n（3）全年共收房租');
  put(fmt(value('whole', whole)), 'whole', '万元');
  put('，其中：甲镇房租收入');
  put(fmt(value('part', f.parts[0])), 'part', '万元');
  put(
    `，乙镇房租收入${fmt(f.parts[1])}万元；丙镇房租收入${fmt(f.parts[2])}万元。追缴欠租22.8万元。\n收集资料共850份，2022年12月31日前完成。`,
  );
  const form = formOf(formData({ full, executed, basic: f.basic, project: f.project }));
  return { text, spans, form };
}

/** Alterations each check must catch: at least 0.01, and small enough for a part to stay a near miss. */
const arbAlteration = fc.record({
  slot: fc.constantFrom<Slot>('basic', 'project', 'full', 'executed', 'rate', 'percent', 'part', 'whole'),
  by: fc.integer({ min: 1, max: 100 }).chain((c) => fc.constantFrom(c / 100, -c / 100)),
});

const CODE: Record<Slot, string> = {
  basic: 'REPORT_FIGURE_MISMATCH',
  project: 'REPORT_FIGURE_MISMATCH',
  full: 'REPORT_FIGURE_MISMATCH',
  executed: 'REPORT_FIGURE_MISMATCH',
  rate: 'REPORT_FIGURE_MISMATCH',
  percent: 'REPORT_PERCENT_WRONG',
  part: 'REPORT_PARTS_SUM',
  whole: 'REPORT_PARTS_SUM',
};

describe('synthetic reports written from random figures', () => {
  it('raise nothing while every figure agrees', () => {
    fc.assert(
      fc.property(arbFigures, arbStyle, (f, st) => {
        style = st;
        const { text, form } = write(f);
        expect(checkReport(text, form).findings).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('catch one figure altered on purpose, with the right code, on the right figure', () => {
    fc.assert(
      fc.property(arbFigures, arbAlteration, arbStyle, (f, alteration, st) => {
        style = st;
        const { text, spans, form } = write(f, alteration);
        const result = checkReport(text, form);
        expect(result.findings.map((x) => x.code)).toEqual([CODE[alteration.slot]]);
        // A wrong part shows on the whole it fails to add up to.
        const where = alteration.slot === 'part' ? spans.whole : spans[alteration.slot];
        expect(result.findings[0].span).toEqual(where);
      }),
      { numRuns: 500 },
    );
  });
});
