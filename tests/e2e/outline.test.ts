import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT, screenshotOf } from './harness';
import { previewSuite } from './suite';
import { pane, paneButton, paneIdle, typeInto } from './page';

/**
 * The report outline editor (报告提纲) in the preview's pane at 380 px, by keyboard: `npx jest -c
 * jest.e2e.config.js tests/e2e/outline.test.ts` (builds the preview first, as every e2e file does).
 */

const suite = previewSuite();

/** The sample drafted, the pane 380 px wide on its report tab. */
async function draftedSample(): Promise<Page> {
  const { page } = await suite.open({ bypassCSP: true });
  await paneButton(page, '示例（渌口区2022）').click();
  await paneIdle(page);
  await page
    .getByRole('button', { name: /生成报告/ })
    .first()
    .click();
  await page.getByRole('tab', { name: 'Sheet1·自评报告' }).waitFor();
  await outline(page).waitFor();
  // Tall enough that the whole outline editor is on screen for its screenshots.
  await page.setViewportSize({ width: 1440, height: 2000 });
  await page.evaluate(() => {
    (document.querySelector('[data-testid="pane"]') as HTMLElement).style.width = '380px';
  });
  return page;
}

const outline = (page: Page) => pane(page).getByRole('region', { name: '报告提纲' });

/** What the report sheet's text column shows, top to bottom. */
const reportText = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('td[data-cell^="B"]')].map((td) => td.textContent ?? ''));

/** Tabs forward from where the focus is to the control named `name` (at most 200 stops). */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    const at = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el?.getAttribute('aria-label') || el?.textContent?.trim() || '';
    });
    if (at === name) return;
  }
  throw new Error(`no tab stop ${name}`);
}

/** Elements of the outline editor that end right of the pane at `width` px (none may). */
async function overflow(page: Page, width: number): Promise<string[]> {
  return page.evaluate((w) => {
    const box = document.querySelector('[data-testid="pane"]') as HTMLElement;
    box.style.width = `${w}px`;
    const right = box.getBoundingClientRect().left + box.clientLeft + box.clientWidth;
    const editor = box.querySelector('section[aria-label="报告提纲"]')!;
    return [...editor.querySelectorAll<HTMLElement>('*')]
      .filter((el) => !el.closest('[data-tabster-dummy]') && el.getBoundingClientRect().right > right + 0.5)
      .map((el) => `${el.tagName} “${(el.textContent ?? '').slice(0, 20)}”`);
  }, width);
}

async function seriousViolations(page: Page): Promise<{ id: string; html: string }[]> {
  await page.addScriptTag({ content: fs.readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8') });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: unknown,
            options: unknown,
          ): Promise<{ violations: { id: string; impact: string; nodes: { html: string }[] }[] }>;
        };
      }
    ).axe;
    // Fluent's focus helpers (tabster's [data-tabster-dummy]) are focusable and aria-hidden by design.
    const r = await axe.run(
      { include: [['[data-testid="pane"]']], exclude: [['[data-tabster-dummy]']] },
      { resultTypes: ['violations'] },
    );
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) => v.nodes.map((n) => ({ id: v.id, html: n.html })));
  });
}

describe('the report outline editor in the pane', () => {
  it('moves, adds and deletes headings and blocks from the keyboard; the report follows; no serious axe violation', async () => {
    const page = await draftedSample();
    await outline(page).scrollIntoViewIfNeeded();
    await screenshotOf(outline(page), 'outline-380-editor');
    expect(await seriousViolations(page)).toEqual([]);
    expect(await overflow(page, 320)).toEqual([]);
    expect(await overflow(page, 380)).toEqual([]);

    // 资金使用合规 down past 三、's heading, by keyboard: the focus stays on it.
    await outline(page).getByRole('button', { name: '上移 资金来源' }).focus();
    await tabTo(page, '下移 资金使用合规（请确认）');
    await page.keyboard.press('Enter');
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(await focused()).toBe('下移 资金使用合规（请确认）');

    // A heading of the user's own: 添加标题, typed, Enter.
    await tabTo(page, '添加标题');
    await page.keyboard.press('Enter');
    await page.keyboard.type('绩效评价工作开展情况');
    await screenshotOf(outline(page), 'outline-380-add');
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await outline(page).getByRole('textbox', { name: '七、绩效评价工作开展情况' }).waitFor();
    expect(await focused()).toBe('七、绩效评价工作开展情况');

    await outline(page).getByRole('button', { name: '保存提纲并重新生成' }).click();
    await paneIdle(page);
    await page.waitForFunction(() =>
      [...document.querySelectorAll('td[data-cell^="B"]')].some((td) => td.textContent === '七、绩效评价工作开展情况'),
    );
    const text = await reportText(page);
    const three = text.indexOf('三、部门整体支出绩效情况');
    expect(text[three + 1]).toMatch(/^【请确认：资金的拨付严格执行审批程序/);
    expect(text.filter((t) => t !== '').slice(-2)).toEqual([
      '七、绩效评价工作开展情况',
      '【请填写：绩效评价工作开展情况】',
    ]);
  });

  it('asks before deleting a block that holds what the user wrote, then removes it from the report', async () => {
    const page = await draftedSample();
    const duties = await page.evaluate(
      () =>
        [...document.querySelectorAll('td[data-cell^="B"]')]
          .find((td) => td.textContent === '【请填写：单位主要职责】')
          ?.getAttribute('data-cell') ?? '',
    );
    await typeInto(page, duties, '负责全区住房保障工作。');
    await paneIdle(page);
    await paneButton(page, '生成 / 更新报告').click();
    await paneIdle(page);

    await outline(page).getByRole('button', { name: '删除 单位主要职责' }).focus();
    await page.keyboard.press('Enter');
    const ask = outline(page).getByRole('alertdialog');
    await ask.waitFor();
    await expect(ask.textContent()).resolves.toContain('这部分有您自己写的文字（一、1、单位主要职责）');
    await ask.scrollIntoViewIfNeeded();
    await screenshotOf(outline(page), 'outline-380-ask');
    expect(await seriousViolations(page)).toEqual([]);
    // The focus is on 取消: Tab to 仍要删除 is one step back.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await ask.waitFor({ state: 'detached' });
    await outline(page).getByRole('button', { name: '保存提纲并重新生成' }).click();
    await paneIdle(page);
    await page.waitForFunction(
      () => ![...document.querySelectorAll('td[data-cell^="B"]')].some((td) => td.textContent?.includes('负责全区')),
    );
    await screenshotOf(outline(page), 'outline-380-saved');
    // 恢复默认提纲 brings the block back, a gap again.
    await outline(page).getByRole('button', { name: '恢复默认提纲' }).click();
    await outline(page).getByRole('button', { name: '保存提纲并重新生成' }).click();
    await paneIdle(page);
    await page.waitForFunction(() =>
      [...document.querySelectorAll('td[data-cell^="B"]')].some((td) => td.textContent === '【请填写：单位主要职责】'),
    );
  });
});
