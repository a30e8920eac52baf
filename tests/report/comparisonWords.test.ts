import { inWords } from '../../src/core/report/words';
import { readValue } from '../../src/core/values';

// The report quotes a target with its sign in words; the words must say what the reader read the sign as.
describe('a target’s comparison sign, as the reader reads it and as the report writes it', () => {
  it.each([
    ['≥95%', 'ge', '不低于95%', 'at least 95%'],
    ['>=95%', 'ge', '不低于95%', 'at least 95%'],
    ['=>95%', 'ge', '不低于95%', 'at least 95%'],
    ['＞＝95%', 'ge', '不低于95%', 'at least 95%'],
    ['≮95%', 'ge', '不低于95%', 'at least 95%'],
    ['⩽10天', 'le', '不超过10天', 'at most 10天'],
    ['≤=10天', 'le', '不超过10天', 'at most 10天'],
    ['＜3次', 'lt', '低于3次', 'less than 3次'],
    ['＞3次', 'gt', '高于3次', 'more than 3次'],
    ['〓100%', 'eq', '为100%', 'exactly 100%'],
    ['═100%', 'eq', '为100%', 'exactly 100%'],
  ])('%s reads %s and is written %s / %s', (written, comparison, zh, en) => {
    expect(readValue(written)).toMatchObject({ kind: 'quantity', comparison });
    expect(inWords('zh', written)).toBe(zh);
    expect(inWords('en', written)).toBe(en);
  });
});
