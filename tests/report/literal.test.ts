import { literal } from '../../src/core/report/parts';

// Excel refuses a string constant longer than 255 characters in a formula; doubled quotes count twice.
describe('a text as a string constant in a formula', () => {
  it('keeps every piece within 255 written characters, quotes doubled, and reads back as the text', () => {
    const text = '他说"好"'.repeat(80);
    const formula = literal(text);
    const pieces = formula.split(/"&"/);
    for (const p of pieces) expect(p.replace(/^"|"$/g, '').length).toBeLessThanOrEqual(255);
    const readBack = pieces.map((p) => p.replace(/^"|"$/g, '').replace(/""/g, '"')).join('');
    expect(readBack).toBe(text);
  });
});
