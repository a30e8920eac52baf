import type { Page } from 'playwright-core';
import { layoutAnnex1 } from '../../src/core/layout/writeAnnex1';
import { emptyDepartmentForm, sampleForm } from '../../src/core/templates';
import { screenshot } from './harness';
import { previewSuite } from './suite';
import { cell, findingButton, pane, paneButton, paneIdle, text, typeInto, waitForFill, waitForText } from './page';
import { FLAG_FILL } from '../../src/addin/excel/gateway';

/**
 * The accountant's day: the sample form (the real 2022 form of 渌口区住房保障服务中心, fixtures/lukou-2022.json)
 * filled in by hand in the preview, from the blank form the ribbon inserts, as a user does it: cell by cell, adding
 * the 三级指标 rows the blank form lacks. Every assertion is on what the grid or the pane shows.
 */
const sample = sampleForm();
/** Where the blank form puts its cells (one row per 二级指标), and where the sample's end up (three 数量指标). */
const blank = layoutAnnex1(emptyDepartmentForm(2022), 'x').positions;
const filled = layoutAnnex1(sample, 'x').positions;

const suite = previewSuite();

async function openPreview(): Promise<Page> {
  const g = await suite.open();
  await g.page.waitForFunction(() => {
    const buttons = [...(document.querySelector('[data-testid="pane"]')?.querySelectorAll('button') ?? [])];
    const button = buttons.find((b) => b.textContent === '校验本表');
    return !!button && !button.disabled;
  });
  return g.page;
}

async function insertFromRibbon(page: Page, item: RegExp): Promise<void> {
  await page.getByRole('button', { name: /^插入自评表/ }).click();
  await page.getByRole('menuitem', { name: item }).click();
  await waitForText(page, 'A2', '部门整体支出绩效自评表');
  await paneIdle(page);
}

/** The findings the pane lists, as "cell message" lines, in its order. */
async function findingLines(page: Page): Promise<string[]> {
  const cards = pane(page).getByRole('article');
  const names = await cards.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
  return names.sort();
}

const amount = (n: number | string | null | undefined) => (n === null || n === undefined ? '' : String(n));

describe("the accountant's day in the preview", () => {
  it('fills in the sample form by hand: adds the rows it needs, watches scores recompute, fixes a missed target, drafts the report', async () => {
    const page = await openPreview();
    await insertFromRibbon(page, /^部门整体支出绩效自评表/);
    await screenshot(page, 'accountant-1-blank-form');

    // The header and the budget row: the rate and the budget score follow each figure.
    await typeInto(page, filled.unit, sample.unit!);
    await typeInto(page, 'F3', '（2022年度）');
    const b = sample.budget;
    await typeInto(page, blank.budget.initialBudget, amount(b.initialBudget));
    await typeInto(page, blank.budget.fullYearBudget, amount(b.fullYearBudget));
    await typeInto(page, blank.budget.executed, '9007.635');
    await waitForText(page, blank.budget.statedRate, '50.00%');
    await waitForText(page, blank.budget.statedScore, '5.00');
    await typeInto(page, blank.budget.executed, amount(b.executed));
    await waitForText(page, blank.budget.statedRate, '100.00%');
    await waitForText(page, blank.budget.statedScore, '10.00');
    const parts: [string, number | string | null | undefined][] = [
      [blank.breakdown.generalPublicBudget, b.byIncome?.generalPublicBudget],
      [blank.breakdown.governmentFund, b.byIncome?.governmentFund],
      [blank.breakdown.other, b.byIncome?.other],
      [blank.breakdown.basic, b.byExpenditure?.basic],
      [blank.breakdown.project, b.byExpenditure?.project],
    ];
    for (const [at, value] of parts) await typeInto(page, at, amount(value));
    await typeInto(page, blank.goal.planned, String(sample.overallGoal.planned));
    await typeInto(page, blank.goal.achieved, String(sample.overallGoal.achieved));
    await paneIdle(page);

    // 数量指标 has three 三级指标 in the sample, one row in the blank form: two rows are added under it.
    await cell(page, blank.indicators[0].name).click();
    await paneButton(page, '添加指标行').click();
    await paneIdle(page);
    await paneButton(page, '添加指标行').click();
    await paneIdle(page);
    expect(await cell(page, filled.indicators[0].name.replace('D', 'C')).getAttribute('rowspan')).toBe('3');
    expect(await text(page, `A${Number(filled.total.score.slice(1))}`)).toBe('总分');
    await screenshot(page, 'accountant-2-rows-added');

    // The indicators, typed row by row; ZiPing writes each 得分 and the totals follow.
    for (const [i, ind] of sample.indicators.entries()) {
      const at = filled.indicators[i];
      await typeInto(page, at.name, ind.name);
      await typeInto(page, at.target, String(ind.target));
      // The first actual is mistyped: 9个 where 19个 were done.
      await typeInto(page, at.actual, i === 0 ? '9个' : String(ind.actual));
      await typeInto(page, at.weight, String(ind.weight));
      if (ind.deviation) await typeInto(page, at.deviation, String(ind.deviation));
      if (i === 0) {
        // The missed target is flagged on its cell, with what was expected, and scored in proportion: 9 of 18 → 2.50.
        await waitForText(page, at.statedScore, '2.50');
        await waitForFill(page, at.actual, FLAG_FILL.warning);
        await findingButton(page, at.actual).first().waitFor();
        await expect(pane(page).textContent()).resolves.toContain('“改造小区数”未达到年度指标值');
        await screenshot(page, 'accountant-3-target-missed');
        await typeInto(page, at.actual, String(ind.actual));
        await waitForText(page, at.statedScore, '5.00');
        await waitForFill(page, at.actual, null);
      }
    }
    // The unit states 10 for 资金成本, as on its form (the rule gives 0: the cost ran far over the target).
    const cost = filled.indicators[5];
    await typeInto(page, cost.statedScore, String(sample.indicators[5].statedScore));
    await paneIdle(page);

    // The sample's figures: every weight and score, the 一级指标 sums, the totals.
    for (const [i, ind] of sample.indicators.entries()) {
      await waitForText(page, filled.indicators[i].weight, Number(ind.weight).toFixed(2));
      await waitForText(page, filled.indicators[i].statedScore, Number(ind.statedScore).toFixed(2));
    }
    await waitForText(page, filled.total.weight, '100.00');
    await waitForText(page, filled.total.score, '100.00');
    expect(await text(page, 'B15')).toMatch(/产出指标\s*（50分）/);
    // And its findings: 资金成本's stated score above the rule's, its actual far over the target.
    await waitForFill(page, cost.statedScore, FLAG_FILL.error);
    await waitForFill(page, cost.actual, FLAG_FILL.warning);
    await expect(pane(page).textContent()).resolves.toContain('高于按规则计算的 0.00');
    await screenshot(page, 'accountant-4-filled');
    const byHand = await findingLines(page);

    // The same findings as the sample ZiPing inserts itself.
    const other = await openPreview();
    await insertFromRibbon(other, /示例（渌口区2022）/);
    await findingButton(other, cost.statedScore).first().waitFor();
    expect(byHand).toEqual(await findingLines(other));

    // The report, drafted from what was typed.
    await page
      .getByRole('button', { name: /生成报告/ })
      .first()
      .click();
    await page.getByRole('tab', { name: 'Sheet1·自评报告' }).waitFor();
    await page.waitForFunction(
      (n) => [...document.querySelectorAll('td[data-cell]')].some((td) => td.textContent?.includes(n)),
      '预算执行率100.00%',
    );
    await screenshot(page, 'accountant-5-report');
  }, 600_000);

  it("grows the table for a paste past its last row, and Excel's own row commands from the grid's menu", async () => {
    const page = await openPreview();
    await insertFromRibbon(page, /示例（渌口区2022）/);
    const last = filled.indicators[10];
    const lastRow = Number(last.name.slice(1));
    // Two indicators pasted onto the last row: the second needs a row of its own, which the table gains.
    await cell(page, last.name).click();
    await page.locator('.cell-editor').evaluate((input, clip) => {
      const data = new DataTransfer();
      data.setData('text/plain', clip);
      input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, '居民满意度\t≥95%\t96%\t10\r\n投诉办结率\t100%\t100%\t5\r\n');
    await waitForText(page, `D${lastRow + 1}`, '投诉办结率');
    await waitForText(page, `A${lastRow + 2}`, '总分');
    await waitForText(page, `H${lastRow + 1}`, '5.00');
    await waitForText(page, `G${lastRow + 2}`, '105.00');
    await waitForText(page, `H${lastRow + 2}`, '105.00');
    expect(await text(page, `B${lastRow}`)).toMatch(/满意度指标\s*（15分）/);
    await screenshot(page, 'accountant-6-paste-grew');

    // 删除指标行 in the pane: the row holds what was pasted, so the pane asks first.
    await cell(page, `F${lastRow + 1}`).click();
    await paneButton(page, '删除指标行').click();
    const ask = pane(page).getByRole('alertdialog');
    await expect(ask.textContent()).resolves.toContain(`第 ${lastRow + 1} 行已填写内容`);
    expect(await text(page, `D${lastRow + 1}`)).toBe('投诉办结率');
    await ask.getByRole('button', { name: '仍要删除' }).click();
    await waitForText(page, `A${lastRow + 1}`, '总分');
    await waitForText(page, `G${lastRow + 1}`, '100.00');
    // Right-click the 总分 row: Excel's 插入行 above it; ZiPing makes the row part of the last group.
    await cell(page, `G${lastRow + 1}`).click({ button: 'right' });
    await screenshot(page, 'accountant-7-row-menu');
    await page.getByRole('menuitem', { name: /^插入行/ }).click();
    await waitForText(page, `A${lastRow + 2}`, '总分');
    await typeInto(page, `D${lastRow + 1}`, '投诉办结率');
    await typeInto(page, `E${lastRow + 1}`, '100%');
    await typeInto(page, `F${lastRow + 1}`, '90%');
    await typeInto(page, `G${lastRow + 1}`, '5');
    await waitForText(page, `H${lastRow + 1}`, '4.50');
    await waitForText(page, `G${lastRow + 2}`, '105.00');
    await waitForText(page, `H${lastRow + 2}`, '104.50');
    expect(await cell(page, `C${lastRow}`).getAttribute('rowspan')).toBe('2');
    await screenshot(page, 'accountant-8-row-inserted');
    // Excel's 删除行 from the menu deletes without asking, as Excel does; the totals shrink back.
    await cell(page, `E${lastRow + 1}`).click({ button: 'right' });
    await page.getByRole('menuitem', { name: '删除行' }).click();
    await waitForText(page, `A${lastRow + 1}`, '总分');
    await waitForText(page, `G${lastRow + 1}`, '100.00');
    // 删除行 on the table's first row, which holds the 产出指标 and 数量指标 labels: they stay on the rows left.
    const top = filled.indicators[0].name;
    await cell(page, top).click({ button: 'right' });
    await page.getByRole('menuitem', { name: '删除行' }).click();
    await waitForText(page, top, sample.indicators[1].name);
    await waitForText(page, top.replace('D', 'C'), '数量指标');
    expect(await text(page, top.replace('D', 'B'))).toMatch(/产出指标\s*（45分）/);
    await screenshot(page, 'accountant-9-first-row-deleted');
  });
});
