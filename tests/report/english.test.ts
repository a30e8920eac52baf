import { layoutAnnex1 } from '../../src/core/layout/writeAnnex1';
import { layoutAnnex2 } from '../../src/core/layout/writeAnnex2';
import type { InputValues } from '../../src/core/report/inputs';
import { sampleForm } from '../../src/core/templates';
import { checkFormsOnSheet } from '../../src/core/workbook';
import { projectForm } from './forms';

/**
 * The English draft as a reader of English reads it: concrete sentences of the sample and of a project form kept
 * in 元, word for word, and the habits of Chinese prose carried over into English (a mark glued to the word
 * before it, 比上年 as "compared with last year, up", 按评分规则 as "By the scoring rule") nowhere.
 */

const sample = checkFormsOnSheet(layoutAnnex1(sampleForm(), '附件1').grid).results[0];

function english(inputs: InputValues = {}): Map<string, string> {
  const drafted = layoutAnnex2(sample, '附件1', inputs, 'en');
  return new Map(drafted.paragraphs.map((p) => [p.id, p.text]));
}

async function projectEnglish(blankActuals: boolean): Promise<Map<string, string>> {
  const grid = await projectForm(blankActuals);
  const drafted = layoutAnnex2(checkFormsOnSheet(grid).results[0], grid.name, {}, 'en');
  return new Map(drafted.paragraphs.map((p) => [p.id, p.text]));
}

describe('the English draft reads as English', () => {
  it('states the budget, an indicator the rule scores differently and the total in plain sentences', () => {
    const p = english();
    expect(p.get('p3.budget')).toBe(
      'Of a full-year budget of 18015.27 (10,000 yuan), 18015.27 (10,000 yuan) was spent, an execution rate of 100.00%, for a score of 10 out of 10.',
    );
    expect(p.get('p3.ind.6')).toBe(
      '(6) 资金成本: target 623.5, actual 18015.27; the target was not met, for a score of 0 out of 10 [to verify: the form states 10 points; the rules give 0]; reason for the deviation: 增加了政府基金拨款等项目资金.',
    );
    expect(p.get('p3.ind.2')).toBe(
      '(2) 改造户数: target at least 766户, actual 995户; the target was exceeded, for a score of 5 out of 5.',
    );
    expect(p.get('p3.total')).toBe(
      'Under the scoring rules, the total score is 90 [to verify: the form states 100; the rules give 90].',
    );
  });

  it('says a change as English does: up or down on last year, or unchanged; a missing base is a gap in the sentence', () => {
    const p = english({
      basicPriorYear: 777.35,
      basicInitialBudget: 939.93,
      personnel: 553.33,
      personnelInitialBudget: 500,
      projectPriorYear: 18000,
      publicFunds: 100,
      publicFundsPriorYear: 0,
    });
    const basic = p.get('p2.1')!;
    // Unchanged: no reason asked.
    expect(basic).toContain(
      'Basic spending this year was 939.93 (10,000 yuan), unchanged from the initial budget. Personnel costs were',
    );
    expect(basic).not.toContain('why basic spending differs from its initial budget');
    expect(basic).toContain('on the initial budget; the main reason: [to fill in: why personnel costs changed]');
    expect(basic).toContain('Personnel costs were 553.33 (10,000 yuan), up 53.33 (10,000 yuan) on the initial budget;');
    expect(basic).toContain(
      'Basic spending was 939.93 (10,000 yuan), up 162.58 (10,000 yuan) on last year, or 20.91%;',
    );
    expect(basic).toContain('up 100.00 (10,000 yuan) on last year (last year was zero: no percentage)');
    expect(p.get('p2.2')).toMatch(
      /^Project spending was 17075\.34 \(10,000 yuan\), down 924\.66 \(10,000 yuan\) on last year, or 5\.14%;/,
    );
    expect(english().get('p2.2')).toMatch(
      /^Project spending was 17075\.34 \(10,000 yuan\), against \[to fill in: last year’s project spending\] last year\./,
    );
  });

  it('writes a project form in 元, and its indicators without an actual, as English sentences', async () => {
    const kept = await projectEnglish(false);
    expect(kept.get('p3.budget')).toBe(
      'Of a full-year budget of 250000.00 yuan, 240000.00 yuan was spent, an execution rate of 96.00%, for a score of 9.6 out of 10.',
    );
    expect(kept.get('p3.ind.4')).toBe(
      '(4) 改造成本: target at most 250000元, actual 240000元; the target was met, for a score of 10 out of 10.',
    );
    const blank = await projectEnglish(true);
    expect(blank.get('p3.ind.1')).toBe(
      '(1) 改造户数: target at least 995户, actual [to fill in: the actual of 改造户数]; weight 20 points [to verify: the form states 20 points; the rules cannot score it yet].',
    );
  });

  it('carries no habit of Chinese prose over: marks apart from the word before them, no calques, no stray spaces', async () => {
    const texts = [
      ...english().values(),
      ...english({ basicPriorYear: 777.35, projectPriorYear: 18000 }).values(),
      ...(await projectEnglish(false)).values(),
      ...(await projectEnglish(true)).values(),
    ];
    const bad = texts.filter(
      (t) =>
        /[^\s(]\[(?:to fill in|to confirm|to verify|redraft): /.test(t) ||
        /compared with (?:last year|the initial budget)|By the scoring rule|, scoring \d| of them budgeted posts/.test(
          t,
        ) ||
        /^\s|\s$| {2}| [,.;:]/.test(t),
    );
    expect(bad).toEqual([]);
  });
});
