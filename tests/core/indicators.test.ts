import { checkData, findingsFor, indicator, sample, type SampleForm } from '../support/sample';
import { DEFAULT_PROFILE, type RuleProfile } from '../../src/core/profile';

/** The sample with one indicator changed; returns that indicator's findings and assessment. */
function judge(
  patch: Partial<SampleForm['indicators'][number]>,
  name = '改造小区数',
  profile: RuleProfile = DEFAULT_PROFILE,
  year?: number,
) {
  const data = sample();
  if (year !== undefined) data.year = year;
  Object.assign(indicator(data, name), patch);
  const result = checkData(data, profile);
  const who = (patch.name as string | undefined) ?? name;
  return {
    codes: findingsFor(result, who)
      .map((f) => f.code)
      .sort(),
    findings: findingsFor(result, who),
    assessment: result.check.indicators.find((i) => i.name === who)?.assessment,
  };
}

describe('higher-is-better indicators', () => {
  it('gives the full weight when the target is met', () => {
    expect(judge({ target: '≥18个', actual: '18个', deviation: '' })).toMatchObject({
      codes: [],
      assessment: { ruleScore: 5, met: true },
    });
  });

  it('gives the share reached when missed, and asks for a reason', () => {
    const r = judge({ target: '≥18个', actual: '15个', statedScore: 4.17, deviation: '' });
    expect(r.assessment).toMatchObject({ ruleScore: 4.17, met: false });
    expect(r.codes).toEqual(['IND_NOT_MET', 'IND_REASON_MISSING']);
  });

  it('calls a score 0.01 above the rule score a rounding difference (尾差), and more than that too high', () => {
    // 15 / 18 × 5 = 4.1667 → 4.17.
    const tail = judge({ target: '≥18个', actual: '15个', statedScore: 4.18, deviation: '进度滞后' });
    expect(tail.codes).toEqual(['IND_NOT_MET', 'ROUNDING_DIFFERENCE']);
    expect(tail.findings.find((f) => f.code === 'ROUNDING_DIFFERENCE')).toMatchObject({
      severity: 'warning',
      expected: '4.17',
      found: '4.18',
    });
    expect(judge({ target: '≥18个', actual: '15个', statedScore: 4.19, deviation: '进度滞后' }).codes).toEqual([
      'IND_NOT_MET',
      'IND_SCORE_TOO_HIGH',
    ]);
  });

  it('keeps the top of a band exact: one hundredth above it is too high, not rounding', () => {
    const r = judge(
      { target: '2022-06-30', actual: '2022-12-31', statedScore: 8.01, deviation: '疫情停工' },
      '完工时间',
    );
    expect(r.codes).toEqual(['IND_NOT_MET', 'IND_SCORE_TOO_HIGH']);
  });

  it('rounds the share as Excel does', () => {
    // 2 / 3 × 5 = 3.3333 → 3.33; 1.005-style halves round away from zero.
    expect(
      judge({ target: '≥3个', actual: '2个', statedScore: 3.33, deviation: '受疫情影响' }).assessment,
    ).toMatchObject({ ruleScore: 3.33 });
    expect(
      judge({ target: '≥200', actual: '40.1', weight: 5, statedScore: 1, deviation: '受疫情影响' }).assessment,
    ).toMatchObject({ ruleScore: 1 });
  });

  it('reads comparisons in words', () => {
    for (const target of ['不少于18个', '18个以上', '至少18个', '达到18个', '>=18个', '＞18个']) {
      expect(judge({ target, actual: '17个', statedScore: 4.72, deviation: '资金未到位' }).assessment).toMatchObject({
        met: false,
        ruleScore: 4.72,
      });
    }
  });

  it('flags an actual far above the target, at the profile multiple', () => {
    expect(judge({ target: '≥18个', actual: '22个' }).codes).toEqual(['IND_OVERACHIEVED']);
    expect(judge({ target: '≥18个', actual: '21个' }).codes).toEqual([]);
    expect(
      judge({ target: '≥18个', actual: '22个' }, '改造小区数', { ...DEFAULT_PROFILE, overachievement: 1.5 }).codes,
    ).toEqual([]);
  });

  it('asks for a reason when overachieved with no deviation note', () => {
    expect(judge({ target: '≥18个', actual: '30个', deviation: '无' }).codes).toEqual([
      'IND_OVERACHIEVED',
      'IND_REASON_MISSING',
    ]);
  });

  it('handles a target of 0: nothing above zero is allowed', () => {
    expect(judge({ target: '0起', actual: '0起', deviation: '' }).assessment).toMatchObject({
      met: true,
      ruleScore: 5,
    });
    const missed = judge({ target: '=0', actual: '1', statedScore: 0, deviation: '发生1起' });
    expect(missed.assessment).toMatchObject({ met: false, ruleScore: 0 });
    expect(missed.codes).toEqual(['IND_NOT_MET']);
  });
});

describe('amounts typed with 万 and no 元 (150万, as the Hubei forms of the corpus type costs)', () => {
  it('reads a cost indicator’s 万 as 万元: ≤150万 against 1480000元 is met, 160万元 is 10万元 over', () => {
    expect(judge({ target: '≤150万', actual: '1480000元', deviation: '' }, '资金成本')).toMatchObject({
      codes: [],
      assessment: { met: true, ruleScore: 10 },
    });
    // 1 − (160 − 150) ÷ 150 = 0.9333 of 10.
    const over = judge({ target: '≤150万', actual: '160万元', statedScore: 9.33, deviation: '材料涨价' }, '资金成本');
    expect(over).toMatchObject({ codes: ['IND_NOT_MET'], assessment: { met: false, ruleScore: 9.33 } });
  });

  it('reads 万 as 万元 where the other side is written in 元, in any indicator', () => {
    expect(judge({ target: '≥5万', actual: '52000元', deviation: '' }, '改造户数')).toMatchObject({
      codes: [],
      assessment: { met: true, ruleScore: 5 },
    });
  });

  it('leaves 万 a count’s own word elsewhere: 5万 against 50000人 does not convert', () => {
    expect(judge({ target: '≥5万', actual: '50000人', deviation: '' }, '改造户数').codes).toEqual([
      'IND_UNIT_MISMATCH',
    ]);
    expect(judge({ target: '≥5万人次', actual: '52000人次', deviation: '' }, '改造户数').codes).toEqual([]);
  });
});

describe('lower-is-better indicators', () => {
  it('loses weight linearly, reaching 0 at twice the target', () => {
    const over = judge(
      { target: '≤202.6万元', actual: '210万元', statedScore: 9.63, deviation: '材料涨价', weight: 10 },
      '白蚁治理面积',
    );
    expect(over.assessment).toMatchObject({ direction: 'lower', met: false, ruleScore: 9.63 });
    expect(
      judge({ target: '≤100万元', actual: '200万元', statedScore: 0, deviation: '超支' }, '白蚁治理面积').assessment,
    ).toMatchObject({ ruleScore: 0 });
  });

  it('offers the ratio formula as an option', () => {
    const profile = { ...DEFAULT_PROFILE, reverseFormula: 'ratio' as const };
    expect(
      judge(
        { target: '≤202.6万元', actual: '210万元', statedScore: 9.65, deviation: '材料涨价' },
        '白蚁治理面积',
        profile,
      ).assessment,
    ).toMatchObject({ ruleScore: 9.65 });
  });

  it('reads a cost target with no comparison as a ceiling, and says so', () => {
    const r = judge({ target: '620万元', actual: '600万元', deviation: '' }, '资金成本');
    expect(r.assessment).toMatchObject({ direction: 'lower', met: true, ruleScore: 10 });
    expect(r.codes).toEqual(['IND_COST_AS_CEILING']);
  });

  it('does not flag a lower-is-better actual far below its target', () => {
    expect(judge({ target: '≤5300元/户', actual: '2000元/户', deviation: '' }, '资金成本').codes).toEqual([]);
  });
});

describe('units', () => {
  it('converts 万元 and 亿元, 平方米 and 万平方米, % and 百分比', () => {
    expect(judge({ target: '≥0.5亿元', actual: '6000万元' }).assessment).toMatchObject({ met: true });
    expect(judge({ target: '30万平方米', actual: '300000平方米' }, '白蚁治理面积').assessment).toMatchObject({
      met: true,
      ruleScore: 10,
    });
    expect(judge({ target: '≥95%', actual: '96百分比' }, '居民满意度').assessment).toMatchObject({ met: true });
  });

  it('lets an actual with no unit take the target unit', () => {
    expect(judge({ target: '≥18个', actual: '19' }).codes).toEqual([]);
  });

  it('flags units that do not convert, and scores nothing', () => {
    const r = judge({ target: '≥18个', actual: '19户' });
    expect(r.codes).toEqual(['IND_UNIT_MISMATCH']);
    expect(r.findings[0]).toMatchObject({ cell: 'indicators[0].actual', expected: '≥18个', found: '19户' });
  });
});

describe('dates and deadlines', () => {
  it('meets a deadline on or before the date', () => {
    expect(judge({ target: '2022-12-31', actual: '2022年11月30日' }, '完工时间').codes).toEqual([]);
    expect(judge({ target: '12月底前', actual: '2022/12/31' }, '完工时间', DEFAULT_PROFILE, 2022).codes).toEqual([]);
    expect(judge({ target: '年底前', actual: '2022-12-31' }, '完工时间', DEFAULT_PROFILE, 2022).codes).toEqual([]);
  });

  it('puts a late date in the partly-met band at most', () => {
    const r = judge({ target: '2022-06-30', actual: '2022-12-31', statedScore: 10, deviation: '' }, '完工时间');
    expect(r.codes).toEqual(['IND_NOT_MET', 'IND_REASON_MISSING', 'IND_SCORE_TOO_HIGH']);
    expect(r.findings.find((f) => f.code === 'IND_SCORE_TOO_HIGH')).toMatchObject({ expected: '8.00', found: '10.00' });
    expect(
      judge({ target: '2022-06-30', actual: '2022-12-31', statedScore: 7, deviation: '疫情停工' }, '完工时间').codes,
    ).toEqual(['IND_NOT_MET']);
  });

  it('treats a deadline of another year as late', () => {
    expect(
      judge(
        { target: '12月底前', actual: '2023-01-15', statedScore: 7, deviation: '延期' },
        '完工时间',
        DEFAULT_PROFILE,
        2022,
      ).codes,
    ).toEqual(['IND_NOT_MET']);
  });
});

describe('qualitative indicators', () => {
  const name = '小区环境是否改善';
  it('takes a met label, the same text as the target, or an official band', () => {
    for (const actual of ['是', '达成年度指标', '达标', '已完成', '效果明显'])
      expect(judge({ actual }, name).codes).toEqual([]);
    expect(judge({ target: '明显改善', actual: '明显改善' }, name).codes).toEqual([]);
  });

  it('keeps a stated score inside its band', () => {
    const partial = '部分达成年度指标并具有一定效果';
    expect(judge({ actual: partial, statedScore: 9, deviation: '部分小区未完工' }, name).codes).toEqual([
      'IND_NOT_MET',
      'IND_SCORE_TOO_HIGH',
    ]);
    expect(judge({ actual: partial, statedScore: 7, deviation: '部分小区未完工' }, name).codes).toEqual([
      'IND_NOT_MET',
    ]);
    expect(judge({ actual: partial, statedScore: 8, deviation: '部分小区未完工' }, name).codes).toEqual([
      'IND_NOT_MET',
    ]);
    expect(judge({ actual: '否', statedScore: 6.01, deviation: '未改善' }, name).codes).toEqual([
      'IND_NOT_MET',
      'IND_SCORE_TOO_HIGH',
    ]);
    expect(judge({ actual: '未达成年度指标且效果较差', statedScore: 3, deviation: '未改善' }, name).codes).toEqual([
      'IND_NOT_MET',
    ]);
  });

  it('lets a met label score within 80–100% of the weight, with a reason below full marks', () => {
    expect(judge({ actual: '是', statedScore: 9, deviation: '' }, name).codes).toEqual(['IND_SCORE_UNEXPLAINED']);
    expect(judge({ actual: '是', statedScore: 9, deviation: '个别楼栋仍有积水' }, name).codes).toEqual([]);
  });

  it('flags an actual that maps to no band and scores nothing', () => {
    const r = judge({ actual: '还行吧' }, name);
    expect(r.codes).toEqual(['IND_UNREADABLE']);
    expect(r.assessment).toMatchObject({ ok: false });
  });
});

describe('stated scores and reasons', () => {
  it('flags a score above the weight', () => {
    expect(judge({ statedScore: 6 }).codes).toEqual(['IND_SCORE_ABOVE_WEIGHT']);
  });

  it('flags a met target scored below the rule with no reason', () => {
    const r = judge({ target: '≥18个', actual: '19个', statedScore: 4, deviation: '' });
    expect(r.codes).toEqual(['IND_SCORE_UNEXPLAINED']);
    expect(r.findings[0]).toMatchObject({ expected: '5.00', found: '4.00', cell: 'indicators[0].statedScore' });
    expect(judge({ target: '≥18个', actual: '19个', statedScore: 4, deviation: '质量有瑕疵' }).codes).toEqual([]);
  });

  it('treats 无, /, 0 and - as no reason', () => {
    for (const deviation of ['无', '/', '0', '-', '　']) {
      expect(judge({ target: '≥18个', actual: '15个', statedScore: 4.17, deviation }).codes).toEqual([
        'IND_NOT_MET',
        'IND_REASON_MISSING',
      ]);
    }
  });
});

describe('missing and unreadable values', () => {
  it('reports a blank or placeholder target, actual or weight, and nothing misleading after it', () => {
    expect(judge({ target: '' }).codes).toEqual(['IND_TARGET_MISSING']);
    expect(judge({ target: '/' }).codes).toEqual(['IND_TARGET_MISSING']);
    expect(judge({ actual: '**' }).codes).toEqual(['IND_ACTUAL_MISSING']);
    const noWeight = judge({ weight: '' });
    expect(noWeight.codes).toEqual(['IND_WEIGHT_MISSING']);
    expect(judge({ weight: '五分' }).codes).toEqual(['IND_WEIGHT_MISSING']);
  });

  it('names an unreadable value and the text it holds', () => {
    const r = judge({ actual: '19个和20户' });
    expect(r.codes).toEqual(['IND_UNREADABLE']);
    expect(r.findings[0]).toMatchObject({ cell: 'indicators[0].actual', found: '19个和20户' });
  });

  it('flags template residue in a name or a note', () => {
    expect(judge({ name: '指标1：' }).codes).toContain('IND_PLACEHOLDER');
    expect(judge({ deviation: '……' }, '改造户数').codes).toEqual(['IND_OVERACHIEVED', 'IND_REASON_MISSING']);
    expect(judge({ deviation: '……' }, '验收合格率').codes).toEqual(['IND_PLACEHOLDER']);
  });
});
