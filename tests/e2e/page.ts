import type { Page } from 'playwright-core';

/** What a user sees and does in the preview: the pane, the grid's cells, typing, waiting for ZiPing. */
export const pane = (page: Page) => page.getByTestId('pane');
export const paneButton = (page: Page, name: string) => pane(page).getByRole('button', { name, exact: true });
export const cell = (page: Page, a1: string) => page.locator(`td[data-cell="${a1}"]`);

/** What the grid shows in a cell. */
export async function text(page: Page, a1: string): Promise<string> {
  return (await cell(page, a1).textContent()) ?? '';
}

/** The fill the grid shows in a cell, as #RRGGBB (null when none). */
export async function fill(page: Page, a1: string): Promise<string | null> {
  const css = await cell(page, a1).evaluate((td) => getComputedStyle(td).backgroundColor);
  const m = /rgba?\((\d+), (\d+), (\d+)(?:, ([\d.]+))?\)/.exec(css);
  if (!m || m[4] === '0') return null;
  return `#${[m[1], m[2], m[3]]
    .map((n) => Number(n).toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase()}`;
}

/** Waits for ZiPing's recomputation after an edit (its 40 ms debounce, then the pane's busy state) to be over. */
export async function paneIdle(page: Page): Promise<void> {
  await page.waitForTimeout(150);
  await page.waitForFunction(
    () => document.querySelector('[data-testid="pane"] main')?.getAttribute('aria-busy') === 'false',
  );
}

export async function waitForText(page: Page, a1: string, expected: string): Promise<void> {
  await page.waitForFunction(([a, want]) => document.querySelector(`td[data-cell="${a}"]`)?.textContent === want, [
    a1,
    expected,
  ] as const);
}

export async function waitForFill(page: Page, a1: string, expected: string | null): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if ((await fill(page, a1)) === expected) return;
    await page.waitForTimeout(25);
  }
  expect([a1, await fill(page, a1)]).toEqual([a1, expected]);
}

/** A finding as the pane lists it: its cell button. */
export const findingButton = (page: Page, a1: string) =>
  pane(page).getByRole('button', { name: `定位到单元格 ${a1}`, exact: true });

/** Clicks a cell, types into it and presses Enter, as a user does. */
export async function typeInto(page: Page, a1: string, value: string): Promise<void> {
  await cell(page, a1).click();
  await page.keyboard.type(value);
  await page.keyboard.press('Enter');
}
