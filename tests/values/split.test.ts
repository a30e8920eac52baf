import { readSplitValue } from '../../src/core/values';

describe('readSplitValue (comparison | value | unit in three cells)', () => {
  test('a percent-formatted number cell with % in the unit column', () => {
    expect(readSplitValue('≥', { value: 0.95, numFmt: '0%' }, '%')).toStrictEqual({
      kind: 'quantity',
      comparison: 'ge',
      number: 95,
      decimals: 0,
      text: '≥95%',
      unit: { text: '%', base: '%', factor: 1 },
    });
  });

  test('full-width and word comparisons', () => {
    expect(readSplitValue('＞＝', '18', '个')).toMatchObject({ comparison: 'ge', number: 18, unit: { text: '个' } });
    expect(readSplitValue('不超过', '9.9', '万元')).toMatchObject({
      comparison: 'le',
      unit: { base: '元', factor: 1e4 },
    });
  });

  test('blank or 定量 comparison cells add no comparison', () => {
    expect(readSplitValue('', 9, '间')).not.toHaveProperty('comparison');
    expect(readSplitValue('定量', 9, '间')).not.toHaveProperty('comparison');
    expect(readSplitValue('/', 9, '/')).toStrictEqual({ kind: 'quantity', number: 9, decimals: 0, text: '9' });
  });

  test('a unit the value already names must agree', () => {
    expect(readSplitValue('≤', '9.9万元', '万元')).toMatchObject({ kind: 'quantity', text: '≤9.9万元' });
    expect(readSplitValue('≤', '9.9万元', '元').kind).toBe('unreadable');
  });

  test('a comparison the value already names must agree', () => {
    expect(readSplitValue('≥', '≥18', '个')).toMatchObject({ comparison: 'ge' });
    expect(readSplitValue('≤', '≥18', '个').kind).toBe('unreadable');
  });

  test('an unknown comparison is unreadable', () => {
    const read = readSplitValue('大约', 18, '个');
    expect(read.kind).toBe('unreadable');
    if (read.kind === 'unreadable') expect(read.reason.en).toContain('cannot read the comparison');
  });

  test('a date with a comparison cell', () => {
    expect(readSplitValue('≤', { value: 44926, numFmt: 'yyyy-mm-dd' }, '')).toStrictEqual({
      kind: 'date',
      comparison: 'le',
      year: 2022,
      month: 12,
      day: 31,
      text: '2022-12-31',
    });
  });

  test('an empty value cell stays empty', () => {
    expect(readSplitValue('≥', null, '个')).toStrictEqual({ kind: 'empty', placeholder: 'blank', text: '' });
  });
});
