import * as fs from 'node:fs';
import * as path from 'node:path';
import { FINDING_CODES, type FindingCode } from '../../src/core/findings';

const spec = (name: string) => fs.readFileSync(path.join(__dirname, '../../docs/spec', name), 'utf8');

/** The rows of the findings table in rules.md: | `CODE` | severity | when |. */
function rulesTable(): { code: string; severity: string; when: string }[] {
  return [...spec('rules.md').matchAll(/^\| `([A-Z0-9_]+)` \| (\w+) \| (.*) \|$/gm)].map((m) => ({
    code: m[1],
    severity: m[2],
    when: m[3],
  }));
}

/** The report codes of annex2.md, written `CODE` (severity: when). */
function annex2Codes(): { code: string; severity: string; when: string }[] {
  return [...spec('annex2.md').matchAll(/`(REPORT_[A-Z_]+)` \((\w+): ([^)]*)\)/g)].map((m) => ({
    code: m[1],
    severity: m[2],
    when: m[3],
  }));
}

const inCode = (Object.keys(FINDING_CODES) as FindingCode[]).map((code) => ({
  code,
  severity: FINDING_CODES[code].severity,
  when: FINDING_CODES[code].when,
}));

describe('the finding codes in code and in the spec', () => {
  it('rules.md lists every form code, in the order of the table in code, with its severity and wording', () => {
    expect(rulesTable()).toEqual(inCode.filter((c) => !c.code.startsWith('REPORT_')));
  });

  it('annex2.md names every report code with its severity and wording', () => {
    expect(annex2Codes()).toEqual(inCode.filter((c) => c.code.startsWith('REPORT_')));
  });

  it('gives each code a rule and a fix in Chinese and in English', () => {
    for (const code of Object.keys(FINDING_CODES) as FindingCode[]) {
      const { rule, fix } = FINDING_CODES[code];
      for (const text of [rule, fix]) {
        expect(text.zh).toMatch(/[\u4e00-\u9fff]/);
        expect(text.en).toMatch(/^[A-Z]/);
      }
    }
  });
});
