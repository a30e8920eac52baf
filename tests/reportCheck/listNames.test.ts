import { checkReport } from '../../src/core/reportCheck';
import { formData, formOf } from './support';

/**
 * An indicator whose name is a list of its own, with ； and 。 inside (保山市退役军人事务局's 数量指标, tests/corpus
 * yn-baoshan-tyjrswj-2022: 慰问伤残军人50人;革命烈士遗属50人;…边海防官兵320人。). A line as ZiPing drafts it,
 * （1）name：年度指标值…，实际完成值…, spans several sentences; its figures are still the indicator's.
 */
const NAME = '慰问伤残军人50人;革命烈士遗属50人;烈士家庭6户;边海防官兵320人。';

function form(target: string) {
  const data = formData({ full: 34.64, executed: 34.64 });
  data.indicators = [
    { level1: '产出指标', level2: '数量指标', name: NAME, target, actual: '100%', weight: 20, statedScore: 20 },
  ];
  return formOf(data);
}

describe('a name that holds ； and 。 (yn-baoshan-tyjrswj-2022)', () => {
  const line = `（1）${NAME}：年度指标值100%，实际完成值100%。`;

  it('pairs 年度指标值 and 实际完成值 on its drafted line with the indicator', () => {
    const result = checkReport(line, form('100%'));
    expect(result.matched.map((m) => [m.text, m.label])).toEqual([
      ['100%', NAME],
      ['100%', NAME],
    ]);
  });

  it('and so holds them to the form: a target the form does not state is a mismatch', () => {
    const result = checkReport(line, form('95%'));
    expect(result.findings.map((f) => [f.code, f.expected])).toEqual([['REPORT_FIGURE_MISMATCH', '95%']]);
  });
});

describe('the same name as ZiPing drafts it now, its closing 。 dropped before the colon', () => {
  const line = `（1）${NAME.slice(0, -1)}：年度指标值100%，实际完成值100%。`;

  it('pairs 年度指标值 and 实际完成值 with the indicator', () => {
    expect(checkReport(line, form('100%')).matched.map((m) => [m.text, m.label])).toEqual([
      ['100%', NAME],
      ['100%', NAME],
    ]);
  });

  it('and holds them to the form', () => {
    const result = checkReport(line, form('95%'));
    expect(result.findings.map((f) => [f.code, f.expected])).toEqual([['REPORT_FIGURE_MISMATCH', '95%']]);
  });
});
