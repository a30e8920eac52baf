import { checkWorkbook } from '../../src/core/workbook';
import { span } from '../support/handLaid';
import { INDICATOR_HEADER, INDICATORS, checkOne, codesOf, handProject } from './handForms';
import { handLaid } from '../support/handLaid';

describe('structures of real templates', () => {
  it('rows beginning 其中 under an indicator detail it: no indicator of their own, no weight needed', () => {
    const indicators = [
      INDICATORS[0],
      [null, null, '其中：县道', '≥40公里', '40公里', null, null, null],
      [null, null, '其中：乡道', '≥80公里', '80公里', null, null, null],
      ...INDICATORS.slice(1),
    ];
    const result = checkOne(handProject({ indicators }));
    expect(result.findings).toEqual([]);
    expect(result.form.indicators.map((i) => i.name)).not.toContain('其中：县道');
    expect(result.form.indicators).toHaveLength(5);
  });

  it.each(['其他需要说明事项', '备注', '说明'])('a %s row between the indicators and 总分 is no indicator', (label) => {
    const result = checkOne(
      handProject({ afterIndicators: [[span(label, 3), span('因疫情影响部分工程顺延至次年，已在报告中说明。', 5)]] }),
    );
    expect(result.findings).toEqual([]);
    expect(result.form.statedTotal?.value).toBe(99.5);
  });

  it('a total stated below a notes row, as 自评总分：99.5, is read', () => {
    const result = checkOne(
      handProject({
        afterIndicators: [[span('填表说明：分值合计为100分。', 8)]],
        total: ['自评总分：99.5', null, null, null, null, null, null, null],
      }),
    );
    expect(result.findings).toEqual([]);
    expect(result.form.statedTotal).toMatchObject({ cell: 'A18', value: '99.5' });
  });

  it('level-1 groups with other names are read, and their weights still add up to 100', () => {
    const indicators = INDICATORS.map((row, i) => [
      ['产出类指标', '产出类指标', '产出类指标', '效果指标', '影响力指标'][i],
      ...row.slice(1),
    ]);
    const result = checkOne(handProject({ indicators }));
    expect(result.findings).toEqual([]);
    expect(result.form.level1Groups.map((g) => g.name)).toEqual(['产出类指标', '效果指标', '影响力指标']);
    const heavy = indicators.map((row) => [...row]);
    heavy[4][5] = 20;
    heavy[4][6] = 20;
    expect(
      codesOf(checkOne(handProject({ indicators: heavy, total: [span('总分', 5), 110, 109.5, null] })).findings),
    ).toContain('WEIGHTS_SUM');
  });

  it('an extra 备注 column is read past', () => {
    const indicators = INDICATORS.map((row) => [...row, '按合同执行']);
    const result = checkOne(handProject({ indicatorHeader: [[...INDICATOR_HEADER, '备注']], indicators }));
    expect(result.findings).toEqual([]);
  });

  it('a table continued on a second sheet (续表, header repeated) is read and checked as one form', () => {
    const first = handProject({ indicators: INDICATORS.slice(0, 3), total: [null] }, '自评表');
    const rest = handLaid('续表', [
      [span('续表', 8)],
      INDICATOR_HEADER,
      ...INDICATORS.slice(3),
      [span('总分', 5), 100, 99.5, null],
    ]);
    const results = checkWorkbook([first, rest]);
    expect(results).toHaveLength(1);
    expect(results[0].form.indicators.map((i) => i.name)).toEqual(INDICATORS.map((r) => r[2]));
    expect(results[0].findings).toEqual([]);
    // A finding on the continued rows names the second sheet and its cell.
    const missed = INDICATORS.map((row) => [...row]);
    missed[4][4] = '80%';
    missed[4][7] = '部分群众未回访';
    const sheet2 = handLaid('续表', [
      [span('续表', 8)],
      INDICATOR_HEADER,
      ...missed.slice(3),
      [span('总分', 5), 100, 99.5, null],
    ]);
    const notMet = checkWorkbook([first, sheet2])[0].findings.find((f) => f.code === 'IND_NOT_MET');
    expect(notMet).toMatchObject({ sheet: '续表', cell: 'E4', indicator: '群众满意度' });
  });
});
