import { checkData, codes, indicator, sample } from '../support/sample';
import { DEFAULT_PROFILE, parseProfile } from '../../src/core/profile';

const only = (data: ReturnType<typeof sample>, prefix: string[]) =>
  codes(checkData(data).findings).filter((c) => prefix.some((p) => c.startsWith(p)));

describe('weights', () => {
  it('flags a level-1 weight that differs from the profile, and level-3 weights that no longer add up to it', () => {
    const data = sample();
    for (const ind of data.indicators.filter((i) => i.level1 === '产出指标')) ind.level1Weight = 40;
    const found = checkData(data).findings.filter((f) => f.code.startsWith('WEIGHTS'));
    expect(found.map((f) => [f.code, f.expected, f.found])).toEqual([
      ['WEIGHTS_SUM', '40.00', '50.00'],
      ['WEIGHTS_LEVEL1', '50.00', '40.00'],
    ]);
  });

  it('accepts an adjusted level-1 weight in the profile', () => {
    const data = sample();
    for (const ind of data.indicators.filter((i) => i.level1 === '产出指标')) ind.level1Weight = 40;
    indicator(data, '白蚁治理面积').weight = 0;
    indicator(data, '白蚁治理面积').statedScore = 0;
    indicator(data, '居民满意度').weight = 20;
    indicator(data, '居民满意度').statedScore = 20;
    for (const ind of data.indicators.filter((i) => i.level1 === '满意度指标')) ind.level1Weight = 20;
    const profile = parseProfile({ level1Weights: { 产出: 40, 满意度: 20 } }).profile;
    expect(codes(checkData(data, profile).findings).filter((c) => c.startsWith('WEIGHTS'))).toEqual([]);
  });

  it('flags all weights not adding up to 100', () => {
    const data = sample();
    indicator(data, '居民满意度').weight = 15;
    indicator(data, '居民满意度').level1Weight = 15;
    const found = checkData(data).findings.filter((f) => f.code === 'WEIGHTS_SUM');
    expect(found.map((f) => f.found)).toEqual(['105.00']);
  });

  it('flags a budget weight other than 10', () => {
    const data = sample();
    data.budget.weight = 20;
    expect(only(data, ['WEIGHTS'])).toEqual(['WEIGHTS_LEVEL1', 'WEIGHTS_SUM']);
  });
});

describe('总分', () => {
  it('must be the sum of the stated scores', () => {
    const data = sample();
    data.statedTotal = 98;
    const f = checkData(data).findings.find((x) => x.code === 'TOTAL_WRONG');
    expect(f).toMatchObject({ severity: 'error', expected: '100.00', found: '98.00', cell: 'statedTotal' });
  });

  it('is not checked when a stated score is missing; the missing score is reported instead', () => {
    const data = sample();
    indicator(data, '居民满意度').statedScore = '';
    data.statedTotal = 90;
    const found = codes(checkData(data).findings);
    expect(found).not.toContain('TOTAL_WRONG');
    expect(found).toContain('FIELD_MISSING');
  });

  it('reports a blank total', () => {
    const data = sample();
    data.statedTotal = null;
    expect(
      checkData(data)
        .findings.filter((f) => f.code === 'FIELD_MISSING')
        .map((f) => f.expected),
    ).toEqual(['总分']);
  });
});

describe('年度总体目标', () => {
  it('flags a blank side, a bare number, and the same text twice', () => {
    const blank = sample();
    blank.overallGoal.achieved = '';
    expect(only(blank, ['GOAL'])).toEqual(['GOAL_MISSING']);
    const number = sample();
    number.overallGoal.planned = '766';
    expect(only(number, ['GOAL'])).toEqual(['GOAL_MISSING']);
    const same = sample();
    same.overallGoal.achieved = same.overallGoal.planned;
    expect(only(same, ['GOAL'])).toEqual(['GOAL_MISSING']);
  });

  it('reads a plan copied under other numbering as the same text (ah-xuancheng-dzj-2021)', () => {
    const renumbered = sample();
    renumbered.overallGoal.planned =
      '目标1：省政府对市政府防震减灾目标管理绩效考核第一名。\n目标2：全省市级防震减灾综合考核先进单位。';
    renumbered.overallGoal.achieved =
      '1.省政府对市政府防震减灾目标管理绩效考核第一名。\n2.全省市级防震减灾综合考核先进单位。';
    expect(only(renumbered, ['GOAL'])).toEqual(['GOAL_MISSING']);
    const inline = sample();
    inline.overallGoal.planned = '（1）整治村庄202个；（2）改厕3061户';
    inline.overallGoal.achieved = '①整治村庄202个②改厕3061户';
    expect(only(inline, ['GOAL'])).toEqual(['GOAL_MISSING']);
  });

  it('keeps the numbers inside the items: a different figure is a different text', () => {
    const differs = sample();
    differs.overallGoal.planned = '目标1：完成培训200人。目标2：建成1.5公里道路。';
    differs.overallGoal.achieved = '1.完成培训230人。2.建成1.2公里道路。';
    expect(only(differs, ['GOAL'])).toEqual([]);
    const apart = sample();
    apart.overallGoal.planned = '完成3、5号楼改造，1,2期工程';
    apart.overallGoal.achieved = '完成35号楼改造，12期工程';
    expect(only(apart, ['GOAL'])).toEqual([]);
  });
});

describe('rule profile', () => {
  it('falls back to the defaults for invalid options, and says which', () => {
    const { profile, problems } = parseProfile({
      overachievement: 'high',
      reverseFormula: 'ratio',
      lowExecutionRate: 2,
      extra: 1,
    });
    expect(profile).toEqual({ ...DEFAULT_PROFILE, reverseFormula: 'ratio' });
    expect(problems.map((p) => p.en)).toEqual([
      expect.stringContaining('overachievement'),
      expect.stringContaining('lowExecutionRate'),
      expect.stringContaining('extra'),
    ]);
  });

  it('never throws on any JSON value', () => {
    for (const v of [null, 1, 'x', [], [1], { level1Weights: [] }, { level1Weights: { 产出指标: -5 } }]) {
      expect(() => parseProfile(v)).not.toThrow();
    }
  });

  it('reads level-1 names with or without 指标', () => {
    expect(parseProfile({ level1Weights: { 产出指标: 45 } }).profile.level1Weights['产出']).toBe(45);
  });
});
