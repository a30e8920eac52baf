import { placeholderKind } from '../../src/core/values';
import { withoutHang } from '../support/hangGuard';

describe('placeholderKind for free-text cells', () => {
  test.each([
    '',
    '   ',
    '\u3000\n',
    '/',
    '-',
    '—',
    '——',
    '－',
    '~',
    '无',
    '暂无',
    '不适用',
    'N/A',
    '0',
    '０',
    '0.00',
    ' 无 ',
  ])('%p is blank', (text) => expect(placeholderKind(text)).toBe('blank'));

  test.each([
    '……',
    '...',
    '。。。',
    '**',
    '*',
    '★',
    '★★★',
    '☆',
    '指标1',
    '指标1：',
    '指标2:',
    '指标',
    'XX',
    'xxx',
    'XXX个',
    'XX万元',
    '请填写偏差原因',
  ])('%p is residue', (text) => expect(placeholderKind(text)).toBe('residue'));

  test.each(['增加了政府基金拨款等项目资金', '改造小区数', '无偏差', '0个', '10', '是', 'Excel', '元/人*月', '1/3'])(
    '%p is real text',
    (text) => expect(placeholderKind(text)).toBeUndefined(),
  );

  test('a very long text is real text, without a hang', () => {
    expect(withoutHang(() => placeholderKind('无'.repeat(10_000)))).toBeUndefined();
    expect(withoutHang(() => placeholderKind(' '.repeat(10_000)))).toBe('blank');
  });
});
