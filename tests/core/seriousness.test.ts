import * as fs from 'node:fs';
import * as path from 'node:path';
import { FINDING_CODES, type Finding, type FindingCode } from '../../src/core/findings';
import { CONCERN_ORDER, FINDING_CONCERN, mostSerious } from '../../src/core/seriousness';

const CODES = Object.keys(FINDING_CODES) as FindingCode[];

/** The lists of rules.md's "Most serious first": `- concern…: `CODE`, `CODE`…`. */
function specConcerns(): Record<string, string[]> {
  const rules = fs.readFileSync(path.join(__dirname, '../../docs/spec/rules.md'), 'utf8');
  const section = rules.slice(rules.indexOf('## Most serious first'), rules.indexOf('## Rule profile options'));
  return Object.fromEntries(
    [...section.matchAll(/^- (\w+)[^:\n]*: (.*)$/gm)].map((m) => [
      m[1],
      [...m[2].matchAll(/`([A-Z0-9_]+)`/g)].map((c) => c[1]),
    ]),
  );
}

function finding(code: FindingCode, cell?: string, expected?: string, found?: string): Finding {
  return {
    code,
    severity: FINDING_CODES[code].severity,
    sheet: 'S',
    cell,
    message: { zh: code, en: code },
    expected,
    found,
  };
}

describe('the most serious findings', () => {
  it('ranks every finding code: a code added without a concern fails here', () => {
    for (const code of CODES) expect([code, CONCERN_ORDER.includes(FINDING_CONCERN[code])]).toEqual([code, true]);
  });

  it('ranks the codes as docs/spec/rules.md lists them', () => {
    const spec = specConcerns();
    expect(Object.keys(spec)).toEqual([...CONCERN_ORDER]);
    for (const concern of CONCERN_ORDER)
      expect([concern, [...spec[concern]].sort()]).toEqual([
        concern,
        CODES.filter((c) => FINDING_CONCERN[c] === concern).sort(),
      ]);
  });

  it('puts errors first; within them points, money, a missing value, then structure', () => {
    const list = [
      finding('IND_NOT_MET', 'E3', '100%', '90%'),
      finding('FIELD_MISSING', 'A1'),
      finding('IND_TARGET_MISSING', 'E2'),
      finding('BUDGET_OVERSPENT', 'F9', '10.00', '12.00'),
      finding('IND_SCORE_TOO_HIGH', 'H20', '1.84', '2.00'),
    ];
    expect(mostSerious(list, 5).map((f) => f.code)).toEqual([
      'IND_SCORE_TOO_HIGH',
      'BUDGET_OVERSPENT',
      'IND_TARGET_MISSING',
      'FIELD_MISSING',
      'IND_NOT_MET',
    ]);
  });

  it('never counts a missed target against its actual as points off', () => {
    const list = [
      finding('IND_NOT_MET', 'F5', '3000', '1000'),
      finding('BUDGET_SCORE_LOW', 'I9', '10.00', '8.00'),
      finding('IND_SCORE_UNEXPLAINED', 'J7', '5.00', '4.00'),
    ];
    expect(mostSerious(list, 3).map((f) => f.code)).toEqual([
      'BUDGET_SCORE_LOW',
      'IND_SCORE_UNEXPLAINED',
      'IND_NOT_MET',
    ]);
  });

  it('puts the more points off first, then reads the sheet row by row, a finding without a cell last', () => {
    const list = [
      finding('GRADE_WRONG', 'J3', '良', '优'),
      finding('IND_SCORE_TOO_HIGH', 'J9', '1.84', '2.00'),
      finding('BUDGET_SCORE_TOO_HIGH', 'I14', '8.00', '10.00'),
      finding('TOTAL_WRONG', 'J30', '77.60', '97.60'),
      finding('WEIGHTS_SUM', undefined, '100.00', '98.00'),
      finding('WEIGHTS_SUM', 'C12', '30.00', '28.00'),
      finding('IND_SCORE_ABOVE_WEIGHT', 'J12', '2.00', '5.00'),
      finding('WEIGHTS_SUM', 'B14', '20.00', '18.00'),
    ];
    expect(mostSerious(list, 3).map((f) => `${f.code} ${f.cell}`)).toEqual([
      'TOTAL_WRONG J30',
      'IND_SCORE_ABOVE_WEIGHT J12',
      'WEIGHTS_SUM C12',
    ]);
    expect(mostSerious(list, 8).map((f) => `${f.code} ${f.cell ?? '-'}`)).toEqual([
      'TOTAL_WRONG J30',
      'IND_SCORE_ABOVE_WEIGHT J12',
      'WEIGHTS_SUM C12',
      'WEIGHTS_SUM B14',
      'BUDGET_SCORE_TOO_HIGH I14',
      'WEIGHTS_SUM -',
      'IND_SCORE_TOO_HIGH J9',
      'GRADE_WRONG J3',
    ]);
  });
});
