import * as path from 'node:path';
import { layoutAnnex1 } from '../src/core/layout/writeAnnex1';
import { benchForm } from '../tests/support/generate';
import type { Page } from 'playwright-core';
import { guardedPage, launch, serve } from '../tests/e2e/harness';

/**
 * `npm run bench:preview`: the in-browser preview (production build, dist/preview) in Debian's Chromium.
 *  - load: from navigation to the task pane being usable (the controller started, the pane painted);
 *  - edit: on a 100-indicator form, from pressing Enter in a cell of the grid to the grid showing the indicator's
 *    new score (the controller's 40 ms debounce, two round trips on the double, the planner, HyperFormula and the
 *    grid's re-render), over 50 edits.
 * Printed, not asserted. (This file is compiled without the DOM library: the page's code is passed as text.)
 */
const ROOT = path.resolve(__dirname, '../../..');
const LOADS = 7;
const EDITS = 50;

/** Polls an expression in the page (waitForFunction would evaluate text, which the page's CSP forbids). */
async function waitFor(page: Page, expression: string, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await page.evaluate<boolean>(expression))) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${expression}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

function stats(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  return `median ${median.toFixed(0)} ms, worst ${sorted[sorted.length - 1].toFixed(0)} ms (n=${samples.length})`;
}

async function main(): Promise<void> {
  const server = await serve(path.join(ROOT, 'dist/preview'));
  const chromium = await launch();
  try {
    console.log('\nPreview — in Chromium (headless), production build of dist/preview');

    // Load: a fresh context each time (no cache), as someone opening the page.
    const marks: number[] = [];
    const walls: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      const g = await guardedPage(chromium.browser, server.origin);
      const started = Date.now();
      await g.page.goto(`${server.origin}/preview.html`);
      await waitFor(g.page, `performance.getEntriesByName('ziping:pane-ready').length > 0`);
      walls.push(Date.now() - started);
      marks.push(await g.page.evaluate<number>(`performance.getEntriesByName('ziping:pane-ready')[0].startTime`));
      if (g.foreign.length || g.problems.length)
        throw new Error(`the page misbehaved: ${[...g.foreign, ...g.problems].join('; ')}`);
      await g.context.close();
    }
    console.log(`  open → task pane interactive (in-page mark): ${stats(marks)}`);
    console.log(`  open → task pane interactive (wall clock):    ${stats(walls)}`);

    // Edits on a 100-indicator form, its scores left blank so that they are ZiPing's to recompute.
    const data = benchForm(100);
    for (const ind of data.indicators) ind.statedScore = null;
    const positions = layoutAnnex1(data, 'Sheet').positions;
    const g = await guardedPage(chromium.browser, server.origin);
    const page = g.page;
    await page.goto(`${server.origin}/preview.html`);
    await waitFor(page, `performance.getEntriesByName('ziping:pane-ready').length > 0`);
    const inserted = Date.now();
    await page.evaluate(`window.ziPingPreview.insertForm(${JSON.stringify(data)})`);
    const last = positions.indicators[positions.indicators.length - 1];
    await waitFor(page, `document.querySelector('td[data-cell="${last.statedScore}"]')?.textContent !== ''`);
    console.log(`  insert + validate a 100-indicator form, shown: ${Date.now() - inserted} ms`);
    const rows = await page.evaluate<number>(`document.querySelectorAll('table.sheet tbody tr').length`);
    const cells = await page.evaluate<number>(`document.querySelectorAll('table.sheet td').length`);
    console.log(`  grid: ${rows} rows, ${cells} cells drawn (no virtualisation)`);

    // Indicators whose target is "≥N unit": typing N gives the full score, N/2 about half of it.
    const quantitative = data.indicators
      .map((ind, i) => ({ i, m: /^≥(\d+)(.*)$/.exec(String(ind.target)) }))
      .filter((x): x is { i: number; m: RegExpExecArray } => x.m !== null);
    // Enter's keydown is timed in the capture phase, before the grid handles it.
    await page.evaluate(
      `window.addEventListener('keydown', (e) => { if (e.key === 'Enter') window.__enterAt = performance.now(); }, true)`,
    );
    const toScore: number[] = [];
    const toValue: number[] = [];
    for (let k = 0; k < EDITS; k++) {
      const { i, m } = quantitative[k % quantitative.length];
      const at = positions.indicators[i];
      const before = await page.evaluate<string>(
        `document.querySelector('td[data-cell="${at.statedScore}"]').textContent`,
      );
      const n = Number(m[1]);
      const value = before === '1.00' ? `${Math.floor(n / 2)}${m[2]}` : `${n}${m[2]}`;
      await page.evaluate(`(() => {
        window.__valueAt = undefined; window.__scoreAt = undefined;
        const body = document.querySelector('table.sheet tbody');
        const watch = new MutationObserver(() => {
          const now = performance.now();
          if (window.__valueAt === undefined && document.querySelector('td[data-cell="${at.actual}"]').textContent === ${JSON.stringify(value)}) window.__valueAt = now;
          if (window.__scoreAt === undefined && document.querySelector('td[data-cell="${at.statedScore}"]').textContent !== ${JSON.stringify(before)}) { window.__scoreAt = now; watch.disconnect(); }
        });
        watch.observe(body, { subtree: true, childList: true, characterData: true });
      })()`);
      await page.locator(`td[data-cell="${at.actual}"]`).click();
      await page.keyboard.type(value);
      await page.keyboard.press('Enter');
      await waitFor(page, `window.__scoreAt !== undefined`, 10_000);
      const [enter, shown, score] = await page.evaluate<[number, number, number]>(
        `[window.__enterAt, window.__valueAt, window.__scoreAt]`,
      );
      toValue.push(shown - enter);
      toScore.push(score - enter);
    }
    const reads = await page.evaluate<number[]>(
      `performance.getEntriesByName('ziping:grid-read').slice(-2 * ${EDITS}).map((e) => e.duration)`,
    );
    console.log(`  grid: reading the sheet on a change:          ${stats(reads)}`);
    console.log(`  edit → typed value shown in the grid:          ${stats(toValue)}`);
    console.log(`  edit → updated score shown in the grid:        ${stats(toScore)}`);
    if (g.foreign.length || g.problems.length)
      throw new Error(`the page misbehaved: ${[...g.foreign, ...g.problems].join('; ')}`);
    await g.context.close();
  } finally {
    await chromium.close();
    await server.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
