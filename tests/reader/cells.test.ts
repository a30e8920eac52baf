import { readValue } from '../../src/core/values';
import { readNumber } from '../../src/core/numbers';
import { span } from '../support/handLaid';
import { INDICATORS, checkOne, codesOf, handProject } from './handForms';

describe('cells as real forms type them', () => {
  it.each([
    ['150万', 150],
    ['1.2亿元', 12000],
    ['387,664.62 元', 38.766462],
    [' 387,664.62 万元 ', 387664.62],
    ['95万元', 95],
  ])('the amount %p is %p 万元', (text, value) => {
    const read = readNumber({ value: text }, '万元');
    expect(read.ok && read.value).toBeCloseTo(value, 8);
  });

  it('reads a budget typed with units and spaces', () => {
    const result = checkOne(
      handProject({ budgetTotal: ['年度资金总额', '100万', '100万元', ' 95 ', '10分', '95.00%', '9.5分'] }),
    );
    expect(result.findings).toEqual([]);
    expect(result.check.budget?.ruleScore).toBe(9.5);
  });

  it.each([
    ['＝100%', 'eq'],
    ['≧95%', 'ge'],
    ['≦5%', 'le'],
    ['≥95%', 'ge'],
    ['＞90%', 'gt'],
    ['＜10%', 'lt'],
    ['>=95%', 'ge'],
    ['<=5%', 'le'],
    ['═100%', 'eq'],
    ['≮95%', 'ge'],
    ['≯5%', 'le'],
    ['不低于95%', 'ge'],
    ['不少于95%', 'ge'],
    ['不高于5%', 'le'],
    ['不超过5%', 'le'],
    ['95%以上', 'ge'],
    ['5%以下', 'le'],
    ['5%以内', 'le'],
    ['达到95%', 'ge'],
  ])('%s compares %s', (text, comparison) => {
    const read = readValue(text);
    expect(read).toMatchObject({ kind: 'quantity', unit: { base: '%' } });
    expect(read.kind === 'quantity' && read.comparison).toBe(comparison);
  });

  it('约 is no comparison', () => {
    expect(readValue('约95%')).toMatchObject({ kind: 'quantity', number: 95 });
    expect(readValue('约95%')).not.toHaveProperty('comparison');
  });

  it('a ticked check box gives the option ticked', () => {
    expect(readValue('☑达成年度指标 □部分达成年度指标 □未达成年度指标')).toMatchObject({ kind: 'label', band: 'met' });
    expect(readValue('□达成年度指标 ■部分达成年度指标并具有一定效果 □未达成')).toMatchObject({
      kind: 'label',
      band: 'partial',
    });
    expect(readValue('□达成 □部分达成 □未达成')).toMatchObject({ kind: 'empty' });
  });

  it('a leading ★ marks a core indicator, not template residue', () => {
    const indicators = INDICATORS.map((row) => [...row]);
    indicators[0][2] = '★★养护道路里程';
    const result = checkOne(handProject({ indicators }));
    expect(result.findings).toEqual([]);
    expect(result.form.indicators[0]).toMatchObject({ name: '养护道路里程', core: true });
    const residue = INDICATORS.map((row) => [...row]);
    residue[0][2] = '★';
    expect(codesOf(checkOne(handProject({ indicators: residue })).findings)).toContain('IND_PLACEHOLDER');
  });

  it('scores typed 10分 are read', () => {
    const indicators = INDICATORS.map((row) => row.map((v, i) => (i === 5 || i === 6 ? `${String(v)}分` : v)));
    const result = checkOne(handProject({ indicators, total: [span('总分', 5), '100分', '99.5分', null] }));
    expect(result.findings).toEqual([]);
  });
});
