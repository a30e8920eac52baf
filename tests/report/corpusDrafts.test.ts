import { promises as fs } from 'node:fs';
import { layoutAnnex2 } from '../../src/core/layout/writeAnnex2';
import { checkReportUnguarded } from '../../src/core/reportCheck';
import { readNumber } from '../../src/core/numbers';
import { checkWorkbook } from '../../src/core/workbook';
import { readWorkbook } from '../../src/hosts/xlsx';
import { xlsxPath } from '../corpus/build';
import { corpus } from '../corpus/forms';
import { gapStyleBreaks } from './gaps';

jest.setTimeout(120_000);

/**
 * What the checker rightly says of a draft because the draft quotes the unit's own words, by form and language
 * (written by hand from the forms' texts): 唐溪's 实际完成情况 says 共完成预算资金89.97万元。其中:30万元…;30万元…;
 * 29.99万元… — parts that add up to 89.99, not 89.97.
 */
const UNITS_OWN_WORDS: Record<string, string[]> = {
  'ah-guichi-tangxi-2022/zh': ['REPORT_PARTS_SUM “89.97万元”'],
  'ah-guichi-tangxi-2022/en': ['REPORT_PARTS_SUM “89.97万元”'],
};

/**
 * Every real form of the corpus, drafted as the add-in drafts it (no report data typed yet), in both languages,
 * and the draft run through the report checker against its own form: ZiPing's own sentences raise nothing.
 */
describe('the report drafted from each real form of the corpus', () => {
  it.each(corpus.map((f) => [f.id, f] as const))('%s: checks clean against its own table', async (id, form) => {
    const grids = await readWorkbook(await fs.readFile(xlsxPath(form)), `${id}.xlsx`);
    const results = checkWorkbook(grids);
    expect(results.length).toBeGreaterThan(0);
    for (const lang of ['zh', 'en'] as const) {
      const findings = results.flatMap((result) => {
        const text = layoutAnnex2(result, result.form.sheet, {}, lang)
          .paragraphs.map((p) => p.text)
          .join('\n');
        // The templates' row numbers (指标1:, 任务2:) are left out of the prose.
        expect({ form: id, leftovers: text.match(/(?:指标|任务)\s*\d+\s*[:：]/g) ?? [] }).toEqual({
          form: id,
          leftovers: [],
        });
        // Comparison symbols in words, the equals sign and its look-alikes too (﹦ and ═ as provincial systems print
        // them): no indicator's sentence or name shows one.
        const indicatorLines = text.split('\n').filter((line) => /^(?:（\d+）|\(\d+\) )/.test(line));
        expect({
          draft: `${id}/${lang}`,
          symbols: indicatorLines.join('\n').match(/[=＝﹦═≥≤≧≦<>＜＞]/g) ?? [],
        }).toEqual({
          draft: `${id}/${lang}`,
          symbols: [],
        });
        // Every gap in one style: no unit after it, no rate made of it.
        expect({ draft: `${id}/${lang}`, breaks: gapStyleBreaks(text) }).toEqual({
          draft: `${id}/${lang}`,
          breaks: [],
        });
        const check = checkReportUnguarded(text, result.form);
        // The checker reads Chinese: a Chinese draft's budget figures are matched to the form, not merely passed
        // over (two forms of the corpus leave the budget block blank: nothing to match there).
        const budget = readNumber(result.form.budget.fullYearBudget, result.form.amountUnit);
        if (lang === 'zh' && budget.ok) expect(check.matched.length).toBeGreaterThan(0);
        // Each target the draft quotes with its unit (年度指标值不低于95%, 年度指标值为100%, a cost's 150万) is matched
        // to its indicator.
        const targetsLeft = check.unmatched.filter(
          (m) => m.unit !== undefined && /年度指标值(?:不低于|不超过|高于|低于|为)?$/.test(text.slice(0, m.span[0])),
        );
        expect({ draft: `${id}/${lang}`, targetsLeft: targetsLeft.map((m) => m.text) }).toEqual({
          draft: `${id}/${lang}`,
          targetsLeft: [],
        });
        return check.findings.map((f) => ({
          brief: `${f.code} “${text.slice(f.span[0], f.span[1])}”`,
          sentence: f.sentence,
        }));
      });
      expect({ draft: `${id}/${lang}`, findings: findings.map((f) => f.brief) }).toEqual({
        draft: `${id}/${lang}`,
        findings: UNITS_OWN_WORDS[`${id}/${lang}`] ?? [],
      });
    }
  });

  it.each([
    ['sc-qingshen-fgj-2023', 'zh', '（1）发放(缴纳)覆盖率：年度指标值为100%，实际完成值【请填写'],
    ['sc-qingshen-fgj-2023', 'en', '(1) 发放(缴纳)覆盖率: target exactly 100%, actual [to fill in'],
    ['yn-lijiang-gucheng-zrzy-2020', 'zh', '（1）卫片执法补助经费：年度指标值为72890元，实际完成值72890，达成年度指标'],
    ['yn-lijiang-gucheng-zrzy-2020', 'en', '(2) 项目验收合格率: target exactly 100%, actual 100; the target was met'],
    ['yn-yongde-minglang-zx-2022', 'zh', '（4）生均补助标准达标率：年度指标值为100%，实际完成值100%，达成年度指标'],
    ['hb-huangshi-tsg-2022', 'zh', '（6）不低于360天服务读者：年度指标值不低于360天'],
    ['he-langfang-spgcxx-2019', 'zh', '（1）工程资金金额：年度指标值43.2，实际完成值37.24'],
  ] as const)('%s/%s writes the target in words and the name without template residue', async (id, lang, line) => {
    const form = corpus.find((f) => f.id === id)!;
    const results = checkWorkbook(await readWorkbook(await fs.readFile(xlsxPath(form)), `${id}.xlsx`));
    const text = results
      .flatMap((result) => layoutAnnex2(result, result.form.sheet, {}, lang).paragraphs.map((p) => p.text))
      .join('\n');
    expect(text).toContain(line);
  });
});
