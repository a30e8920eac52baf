import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkReport } from '../../src/core/reportCheck';
import { FIXTURES } from '../support/sample';
import { brief, formData, formOf, sampleForm, sampleReport } from './support';

/**
 * Indicator figures written in free prose, not after the indicator's name: `计划实施19个老旧小区改造任务，涉及49栋、995户`
 * (the sample's 改造小区数 19个 and 改造户数 995户). Such a figure is paired with an indicator only on strong evidence —
 * the words of the indicator's name in its clause, its unit, and a value equal to the form's target or actual —
 * and then counts as matched; it never raises a finding. A figure that differs is unmatched, not an alarm: only a
 * sentence that names the indicator (改造户数为996户) can disagree with the form. Expectations written by hand from
 * the sample's form: 改造小区数 ≥18个 / 19个, 改造户数 ≥766户 / 995户, 白蚁治理面积 30万平方米, 验收合格率 100%,
 * 居民满意度 ≥95% / 96%.
 */
const form = sampleForm();
const run = (text: string) => checkReport(text, form);
const findings = (text: string) => run(text).findings.map((f) => brief(text, f));
const labels = (text: string) => run(text).matched.map((m) => [m.text, m.label]);
const unmatched = (text: string) => run(text).unmatched.map((m) => m.text);

describe('the sample’s real report (lukou-2022-original.txt)', () => {
  const report = sampleReport();
  const result = run(report);
  const sentence = '2022年老旧小区改造计划实施19个老旧小区改造任务，涉及49栋、995户';

  it('pairs 19个 with 改造小区数 and 995户 with 改造户数 in the 老改 sentence, and nothing else there', () => {
    const start = report.indexOf(sentence);
    expect(start).toBeGreaterThan(0);
    const inSentence = (m: { span: [number, number] }) => m.span[0] >= start && m.span[0] < report.indexOf('。', start);
    expect(result.matched.filter(inSentence).map((m) => [m.text, m.label])).toEqual([
      ['19个', '改造小区数'],
      ['995户', '改造户数'],
    ]);
    expect(result.unmatched.filter(inSentence).map((m) => m.text)).toEqual(['49栋', '10.68万平米', '919.2万元']);
  });

  it('leaves the part and the rest unmatched: 熙园小区230户, 其余18个小区 (18 is the target, but of the rest)', () => {
    const next = '目前，熙园小区230户改造6月份已完工，其余18个小区正在进行施工建设';
    expect(report).toContain(next);
    const texts = result.matched.map((m) => m.text);
    expect(texts).not.toContain('230户');
    expect(texts).not.toContain('18个');
    expect(result.unmatched.filter((m) => m.sentence.includes('熙园小区')).map((m) => m.text)).toEqual([
      '230户',
      '18个',
    ]);
  });

  it('leaves the 信访 rates, 租赁补贴 households, 棚改 households and 走访 households unmatched', () => {
    const texts = result.matched.map((m) => m.text);
    for (const t of ['100%', '450户', '460户', '368户', '208户', '160户', '36户', '42户', '20960平方米', '5.16万㎡'])
      expect({ figure: t, matched: texts.includes(t) }).toEqual({ figure: t, matched: false });
  });

  it('matches six figures where it matched four, with the same findings as before', () => {
    expect(result.matched.map((m) => [m.text, m.label])).toEqual([
      ['939.93万元', '基本支出'],
      ['939.93万元', '基本支出'],
      ['17075.35万元', '项目支出'],
      ['17075.35万元', '项目支出'],
      ['19个', '改造小区数'],
      ['995户', '改造户数'],
    ]);
    expect(result.findings.map((f) => f.code)).toEqual([
      'REPORT_FIGURE_MISMATCH',
      'REPORT_FIGURE_MISMATCH',
      'REPORT_PARTS_SUM',
      'REPORT_UNIT_MISSING',
      'REPORT_UNIT_MISSING',
    ]);
  });

  it('raises nothing new on the whole file, where the form’s own text (附件1) stands before the report', () => {
    const whole = fs.readFileSync(path.join(FIXTURES, 'lukou-2022-original.txt'), 'utf8');
    const r = run(whole);
    expect(r.findings.map((f) => brief(whole, f))).toEqual(result.findings.map((f) => brief(report, f)));
    // The goal's 计划完成老旧小区改造766户 and 实际完成老旧小区改造995户 (its subject right before), and the prose's two.
    expect(r.matched.filter((m) => m.label !== undefined && /户|个|平方米/.test(m.text)).map((m) => m.text)).toEqual([
      '766户',
      '30万平方米',
      '995户',
      '30万平方米',
      '19个',
      '995户',
    ]);
  });
});

describe('figures in prose, paired on strong evidence only', () => {
  it('pairs a figure before its subject, and one in a clause led by 涉及/惠及 after it', () => {
    expect(labels('计划实施19个老旧小区改造任务，涉及49栋、995户。')).toEqual([
      ['19个', '改造小区数'],
      ['995户', '改造户数'],
    ]);
    expect(labels('共改造老旧小区19个，惠及居民995户。')).toEqual([
      ['19个', '改造小区数'],
      ['995户', '改造户数'],
    ]);
    expect(labels('居民满意度调查结果为满意率96%。')).toEqual([['96%', '居民满意度']]);
  });

  it('never raises a finding on such a figure: one that differs from the form is unmatched', () => {
    const text = '计划实施20个老旧小区改造任务，涉及49栋、996户。';
    expect(findings(text)).toEqual([]);
    expect(labels(text)).toEqual([]);
    expect(unmatched(text)).toEqual(['20个', '49栋', '996户']);
  });

  it('needs the words of the name in the figure’s own clause (or the clause a 涉及 clause continues)', () => {
    // 改造 stands in the sentence, but not in 19个's clause: 第3季度完成19个小区的验收 is no 改造小区数.
    expect(labels('老旧小区改造于2022年12月31日前完工，全年验收19个小区。')).toEqual([]);
    // 995户 in a clause of its own, not led by 涉及: no pairing.
    expect(labels('老旧小区改造进展顺利，走访995户。')).toEqual([]);
  });

  it('needs the indicator’s unit: 19栋, 19次, 995人 are not 改造小区数 or 改造户数', () => {
    expect(labels('完成老旧小区改造19栋，召开改造小区推进会19次，惠及995人。')).toEqual([]);
  });

  it('leaves a figure two indicators could claim unpaired', () => {
    const twin = formOf({
      ...formData({ full: 100, executed: 100 }),
      indicators: [
        { level1: '产出指标', level2: '数量指标', name: '改造小区数', target: '≥5个', actual: '6个', weight: 10 },
        { level1: '产出指标', level2: '数量指标', name: '新建小区数', target: '≥6个', actual: '6个', weight: 10 },
      ],
    });
    expect(checkReport('全年完成6个小区的改造和新建。', twin).matched).toEqual([]);
    expect(checkReport('全年完成6个小区的改造。', twin).matched.map((m) => m.label)).toEqual(['改造小区数']);
  });
});

describe('a mismatch only where the sentence names the indicator', () => {
  it('names it: 改造户数为996户, 改造小区数达到20个, 居民满意度90%', () => {
    expect(findings('改造户数为996户，老旧小区改造小区数达到20个，居民满意度90%。')).toEqual([
      ['REPORT_FIGURE_MISMATCH', '996户', '≥766户 / 995户', '996户'],
      ['REPORT_FIGURE_MISMATCH', '20个', '≥18个 / 19个', '20个'],
      ['REPORT_FIGURE_MISMATCH', '90%', '≥95% / 96%', '90%'],
    ]);
  });

  it('a bound word the value reader knows (不多于) stands between the name and the figure too', () => {
    expect(findings('改造户数不多于996户。')).toEqual([['REPORT_FIGURE_MISMATCH', '996户', '≥766户 / 995户', '996户']]);
  });

  it('its subject in the form’s own words (老旧小区改造959户) names it; another subject (棚户区改造208户) does not', () => {
    expect(findings('本年度实际完成老旧小区改造959户。')).toEqual([
      ['REPORT_FIGURE_MISMATCH', '959户', '≥766户 / 995户', '959户'],
    ]);
    expect(findings('本年度完成棚户区改造208户。')).toEqual([]);
    expect(labels('本年度完成棚户区改造208户。')).toEqual([]);
  });
});

describe('false-alarm traps: never a finding, never a pairing', () => {
  const traps: [string, string][] = [
    ['an address', '改造办公室位于建设路19号，联系改造户数事宜请拨打电话。'],
    ['a date and a quarter', '2022年12月31日前，第3季度末改造小区全部开工。'],
    ['meetings', '召开老旧小区改造推进会19次，改造小区协调会18场。'],
    ['a rate of something else', '信访件回复率100%，满意率100%，改造资金到位率98%。'],
    ['a part', '目前，熙园小区230户改造6月份已完工，其余18个小区正在进行施工建设。'],
    ['a change', '改造户数比上年增加229户，改造小区数较上年多1个。'],
    ['a plan revised', '（年初计划18个小区，765户，增加1个小区，230户，增加建筑面积3.15万平方米，增加9栋。）'],
    ['another area', '2022年老旧小区改造建筑面积10.68万平米，棚户区改造面积20960平方米。'],
  ];
  it.each(traps)('%s', (_, text) => {
    expect(findings(text)).toEqual([]);
    expect(labels(text)).toEqual([]);
  });
});

describe('a cost typed 150万 (万 with no 元) on the form and in the report', () => {
  // The sample with its 资金成本 typed as the Hubei forms of the corpus type costs: ≤150万, 148万.
  const data = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'lukou-2022.json'), 'utf8')) as {
    indicators: { name: string; target: string; actual: string }[];
  };
  Object.assign(
    data.indicators.find((i) => i.name === '资金成本')!,
    { target: '≤150万', actual: '148万' },
  );
  const costForm = formOf(data);
  const check = (text: string) => checkReport(text, costForm);

  it('matches 150万 and 148万 after the name to the form’s target and actual', () => {
    const text = '（6）资金成本：年度指标值不超过150万，实际完成值148万，达成年度指标。';
    expect(check(text).matched.map((m) => [m.text, m.label])).toEqual([
      ['150万', '资金成本'],
      ['148万', '资金成本'],
    ]);
    expect(check(text).findings).toEqual([]);
  });

  it('matches the same amount written in full (1480000元) and flags one that differs (140万)', () => {
    expect(check('资金成本实际完成值1480000元。').matched.map((m) => m.text)).toEqual(['1480000元']);
    const text = '（6）资金成本：年度指标值不超过150万，实际完成值140万。';
    expect(check(text).findings.map((f) => brief(text, f))).toEqual([
      ['REPORT_FIGURE_MISMATCH', '140万', '148万', '140万'],
    ]);
  });
});
