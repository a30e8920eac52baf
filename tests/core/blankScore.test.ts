import { checkData, sample } from '../support/sample';

describe('a 得分 left blank', () => {
  it('names the indicator whose 得分 is blank, in both languages', () => {
    const data = sample();
    const ind = data.indicators[0];
    ind.statedScore = null;
    const found = checkData(data).findings.filter((f) => f.code === 'FIELD_MISSING' && f.expected === '得分');
    expect(found.map((f) => [f.message.zh, f.message.en])).toEqual([
      [
        `“${ind.name}”的“得分”未填写（indicators[0].statedScore）`,
        `the “得分” of “${ind.name}” is blank (indicators[0].statedScore)`,
      ],
    ]);
  });
});
