import * as fs from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { RIBBON_CONTROLS, RIBBON_TAB } from '../../src/addin/commands/ribbon';
import { FLAG_FILL, FLAG_FORMULA } from '../../src/addin/excel/gateway';
import { joinSettings, parseState } from '../../src/app/state';
import { layoutAnnex1 } from '../../src/core/layout/writeAnnex1';
import { sampleForm } from '../../src/core/templates';
import { readXlsx, SETTINGS_SHEET } from '../../src/preview/xlsx';
import { corruptFiles, wordLike } from '../support/layouts';
import { ARTIFACTS, ROOT, screenshot, screenshotOf, type Guarded } from './harness';
import { previewSuite } from './suite';
import {
  cell,
  fill,
  findingButton,
  pane,
  paneButton,
  paneIdle,
  text,
  typeInto,
  waitForFill,
  waitForText,
} from './page';

/** Where the sample's cells land when ZiPing writes it into an empty sheet. */
const positions = layoutAnnex1(sampleForm(), 'x').positions;
const first = positions.indicators[0];
const cost = positions.indicators[5];
const { budget, total } = positions;

const suite = previewSuite();

/** Opens the preview and waits until the task pane works. */
async function openPreview(options: { bypassCSP?: boolean; query?: string } = {}): Promise<Guarded> {
  const g = await suite.open(options);
  await paneButton(g.page, '校验本表').waitFor();
  await g.page.waitForFunction(() => {
    const pane = document.querySelector('[data-testid="pane"]');
    const button = [...(pane?.querySelectorAll('button') ?? [])].find((b) => b.textContent === '校验本表');
    return !!button && !button.disabled;
  });
  return g;
}

/**
 * The labels of the ZiPing tab's buttons, the pane button closed (its label then is the ribbon list's), without the
 * menu's ▾.
 */
async function ribbonButtons(page: Page, lang: 'zh' | 'en'): Promise<string[]> {
  const tab = page.getByRole('toolbar', { name: new RegExp(`^${RIBBON_TAB.label[lang]}`) });
  const paneToggle = tab.getByRole('button', { pressed: true });
  const paneWasOpen = (await paneToggle.count()) > 0;
  if (paneWasOpen) await paneToggle.click();
  const labels = (await tab.getByRole('button').allTextContents()).map((t) => t.replace(/\s*▾$/, ''));
  if (paneWasOpen) await tab.getByRole('button').last().click();
  return labels;
}

/** The ribbon's 插入自评表 ▸ 示例（渌口区2022）, then waits for the form and its findings. */
async function insertSample(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^插入自评表/ }).click();
  await page.getByRole('menuitem', { name: /示例（渌口区2022）/ }).click();
  await waitForText(page, 'A2', '部门整体支出绩效自评表');
  await findingButton(page, cost.statedScore).first().waitFor();
}

/** Types into a cell through an input method (pinyin), as a Chinese user does: composition, then its text, then Enter. */
async function imeInto(g: Guarded, a1: string, pinyin: string, text: string): Promise<void> {
  await cell(g.page, a1).click();
  const cdp = await g.context.newCDPSession(g.page);
  await cdp.send('Input.imeSetComposition', {
    text: pinyin,
    selectionStart: pinyin.length,
    selectionEnd: pinyin.length,
  });
  await g.page.locator('.status').getByText('编辑').waitFor();
  await cdp.send('Input.insertText', { text });
  await cdp.detach();
  await g.page.keyboard.press('Enter');
}

describe('the preview in Chromium', () => {
  it('a) inserts the sample from the ribbon: the form in the grid, its findings in the pane, the flags on the cells', async () => {
    const { page } = await openPreview();
    await screenshot(page, '0-empty');
    // The ribbon bar is the manifest's: the ribbon list's controls, in its order (the pane button shows 关闭面板 while open).
    expect(await ribbonButtons(page, 'zh')).toEqual(RIBBON_CONTROLS.map((c) => c.label.zh));
    await insertSample(page);
    expect(await text(page, budget.statedRate)).toBe('100.00%');
    expect(await text(page, cost.statedScore)).toBe('10.00');
    expect(await text(page, total.score)).toBe('100.00');
    // 资金成本's score: an error, its cell filled red.
    expect(await fill(page, cost.statedScore)).toBe(FLAG_FILL.error);
    expect(await fill(page, cost.actual)).toBe(FLAG_FILL.warning);
    const item = pane(page).getByRole('article', { name: new RegExp(`^${cost.statedScore} `) });
    await expect(item.textContent()).resolves.toContain('资金成本');
    await expect(pane(page).textContent()).resolves.toContain('高于按规则计算的 0.00');
    // Merged cells are drawn merged; ExcelApi 1.18 has notes: flagged cells show their corner mark.
    expect(await cell(page, 'A2').getAttribute('colspan')).toBe('9');
    expect(await cell(page, cost.statedScore).getAttribute('title')).toContain('【ZiPing】');
    await screenshot(page, 'a-sample-inserted');
  });

  it('b) recomputes the execution rate, the budget score and the total when 全年执行数 changes', async () => {
    const { page } = await openPreview();
    await insertSample(page);
    await typeInto(page, budget.executed, '9007.635');
    await waitForText(page, budget.statedRate, '50.00%');
    await waitForText(page, budget.statedScore, '5.00');
    await waitForText(page, total.score, '95.00');
    expect(await text(page, budget.executed)).toBe('9,007.64');
    await screenshot(page, 'b-executed-changed');
  });

  it('c) flags an actual that misses its target (typed with an input method) and lists the finding', async () => {
    const g = await openPreview();
    const { page } = g;
    await insertSample(page);
    expect(await fill(page, first.actual)).toBeNull();
    await imeInto(g, first.actual, '9ge', '9个');
    await waitForText(page, first.actual, '9个');
    await findingButton(page, first.actual).waitFor();
    await waitForFill(page, first.actual, FLAG_FILL.warning);
    await expect(pane(page).textContent()).resolves.toContain('“改造小区数”未达到年度指标值');
    await screenshot(page, 'c-target-missed');
  });

  it("d) selects a finding's cell in the grid when its button in the pane is clicked", async () => {
    const { page } = await openPreview();
    await insertSample(page);
    await cell(page, 'K1').click();
    await findingButton(page, cost.actual).click();
    await page.waitForFunction(
      (a) => document.querySelector(`td[data-cell="${a}"]`)?.classList.contains('sel'),
      cost.actual,
    );
    expect(await page.getByRole('textbox', { name: '名称框' }).inputValue()).toBe(cost.actual);
    expect(await page.getByRole('textbox', { name: '编辑栏' }).inputValue()).toBe('18015.27');
    expect(await page.locator('td.sel').count()).toBe(1);
    await screenshot(page, 'd-finding-selected');
    // Ctrl+Z undoes the user's last edit. (ZiPing's first recomputation after an insert stores its state in the
    // settings, which empties the undo stack as Excel before ExcelApi 1.20 does; edits after that keep it.)
    await typeInto(page, 'K1', '备注');
    await waitForText(page, 'K1', '备注');
    await paneIdle(page);
    await typeInto(page, 'K1', '备注二');
    await waitForText(page, 'K1', '备注二');
    await paneIdle(page);
    await cell(page, 'K1').click();
    await page.keyboard.press('Control+z');
    await waitForText(page, 'K1', '备注');
  });

  it("e) keeps and flags a score of the user's own, then gives the rule score back", async () => {
    const { page } = await openPreview();
    await insertSample(page);
    await typeInto(page, cost.statedScore, '8');
    await waitForText(page, cost.statedScore, '8.00');
    const scores = pane(page).getByRole('region', { name: '自行填写的得分' });
    await page.waitForFunction(() =>
      document
        .querySelector('[data-testid="pane"] section[aria-label="自行填写的得分"]')
        ?.textContent?.includes('填报 8.00'),
    );
    await expect(scores.textContent()).resolves.toContain('资金成本：填报 8.00，规则得分 0.00');
    expect(await fill(page, cost.statedScore)).toBe(FLAG_FILL.error);
    await screenshot(page, 'e-own-score');
    await scores.getByRole('button', { name: '恢复规则得分 资金成本' }).click();
    await waitForText(page, cost.statedScore, '0.00');
    await waitForFill(page, cost.statedScore, null);
    await waitForText(page, total.score, '90.00');
    // Back to the rule: no longer listed among the scores the user typed that differ from the rule.
    await page.waitForFunction(
      () =>
        !document
          .querySelector('[data-testid="pane"] section[aria-label="自行填写的得分"]')
          ?.textContent?.includes('资金成本'),
    );
    await screenshot(page, 'e-rule-score-back');
  });

  it('f) pastes a block of values and recomputes', async () => {
    const { page } = await openPreview();
    await insertSample(page);
    await cell(page, first.target).click();
    // Targets, actuals, weights and (cleared) scores of the first two indicators, as copied from another sheet.
    await page.locator('.cell-editor').evaluate((input, clip) => {
      const data = new DataTransfer();
      data.setData('text/plain', clip);
      input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, '≥20个\t19个\t5\t\r\n≥800户\t995户\t5\t\r\n');
    await waitForText(page, first.target, '≥20个');
    // The scores were handed back to ZiPing: 19 of 20 gives 4.75 of 5.
    await waitForText(page, first.statedScore, '4.75');
    await waitForText(page, positions.indicators[1].statedScore, '5.00');
    await findingButton(page, first.actual).waitFor();
    await waitForFill(page, first.actual, FLAG_FILL.warning);
    await waitForText(page, total.score, '99.75');
    await screenshot(page, 'f-pasted');
  });

  it('g) opens a hand-made workbook and validates it', async () => {
    const { page } = await openPreview();
    const built = await wordLike();
    await page.locator('input[type=file]').setInputFiles({
      name: 'word-like.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: built.buffer,
    });
    await waitForText(page, 'A2', '部门整体支出绩效自评表');
    await page.getByText('已打开：word-like.xlsx').waitFor();
    await paneButton(page, '校验本表').waitFor();
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid="pane"] button')].some(
        (b) => b.textContent === '校验本表' && !(b as HTMLButtonElement).disabled,
      ),
    );
    await page
      .getByRole('toolbar', { name: /^绩效自评/ })
      .getByRole('button', { name: '校验本表' })
      .click();
    await pane(page).getByRole('article').first().waitFor();
    const findings = await pane(page).getByRole('article').count();
    expect(findings).toBeGreaterThan(0);
    await expect(pane(page).textContent()).resolves.toContain('工作表：部门整体支出绩效自评表');
    await screenshot(page, 'g-handmade-validated');
  });

  it('g2) refuses a zip bomb with a message naming the file, and keeps the workbook that was open', async () => {
    const { page } = await openPreview();
    await insertSample(page);
    const bomb = corruptFiles().find((f) => f.fileName === 'zip-bomb.xlsx')!;
    await page.locator('input[type=file]').setInputFiles({
      name: bomb.fileName,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: bomb.buffer,
    });
    // The workbook holds the sample: the preview asks first; going on, the refusal keeps it.
    await page.getByRole('alertdialog').getByRole('button', { name: '不保存，继续' }).click();
    await page.getByText(/文件“zip-bomb\.xlsx”太大，未检查/).waitFor();
    await waitForText(page, 'A2', '部门整体支出绩效自评表');
    // A directory that lies about the size: the browser inflates the sheet only up to the limit.
    const forged = corruptFiles().find((f) => f.fileName === 'zip-bomb-forged.xlsx')!;
    await page.locator('input[type=file]').setInputFiles({
      name: forged.fileName,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: forged.buffer,
    });
    await page.getByRole('alertdialog').getByRole('button', { name: '不保存，继续' }).click();
    await page
      .getByText(/文件“zip-bomb-forged\.xlsx”太大，未检查：其工作表数据解压后超过 ZiPing 的上限 20 MB/)
      .waitFor();
    await waitForText(page, 'A2', '部门整体支出绩效自评表');
    await screenshot(page, 'g2-zip-bomb-refused');
  });

  it('h) switches to English', async () => {
    const { page } = await openPreview();
    await insertSample(page);
    await pane(page)
      .getByRole('button', { name: /English|切换到英文/ })
      .click();
    await pane(page).getByText('ZiPing Self-Evaluation').waitFor();
    await expect(pane(page).textContent()).resolves.toContain('Validate this sheet');
    // The ribbon follows the pane's language, in the words of the ribbon list (manifest.xml's).
    await page.getByRole('toolbar', { name: new RegExp(`^${RIBBON_TAB.label.en}`) }).waitFor();
    expect(await ribbonButtons(page, 'en')).toEqual(RIBBON_CONTROLS.map((c) => c.label.en));
    await screenshot(page, 'h-english');
  });

  it('m) drafts the report into a sheet of its own, whose text follows the table', async () => {
    const { page } = await openPreview();
    await insertSample(page);
    await page
      .getByRole('button', { name: /生成报告/ })
      .first()
      .click();
    await page.getByRole('tab', { name: 'Sheet1·自评报告' }).waitFor();
    const gridShows = (needle: string) =>
      page.waitForFunction(
        (n) => [...document.querySelectorAll('td[data-cell]')].some((td) => td.textContent?.includes(n)),
        needle,
      );
    await gridShows('一、预算单位基本情况');
    await gridShows('基本支出完成939.93万元，比上年增加162.58万元，增加20.91%');
    await pane(page)
      .getByText(/Sheet1·自评报告/)
      .first()
      .waitFor();
    await screenshot(page, 'm-report');
    await page.getByRole('tab', { name: 'Sheet1', exact: true }).click();
    await typeInto(page, budget.executed, '16213.74');
    await waitForText(page, budget.statedRate, '90.00%');
    await page.getByRole('tab', { name: 'Sheet1·自评报告' }).click();
    await gridShows('全年执行数16213.74万元，预算执行率90.00%');
    await screenshot(page, 'm-report-follows');
  });

  it('i) saves an .xlsx that reads back with the flags and the settings', async () => {
    const { page } = await openPreview();
    await insertSample(page);
    // Validating stores ZiPing's state in the workbook's settings.
    await page
      .getByRole('toolbar', { name: /^绩效自评/ })
      .getByRole('button', { name: '校验本表' })
      .click();
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid="pane"] button')].some(
        (b) => b.textContent === '校验本表' && !(b as HTMLButtonElement).disabled,
      ),
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '保存 .xlsx' }).click(),
    ]);
    // Named from the form's unit, year and form; the page says what was saved and where.
    const name = '株洲市渌口区住房保障服务中心-2022-部门整体支出绩效自评表.xlsx';
    expect(download.suggestedFilename()).toBe(name);
    await page.getByText(`已保存为“${name}”，在浏览器的下载文件夹中`).waitFor();
    const file = path.join(ARTIFACTS, 'downloads', name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await download.saveAs(file);
    const bytes = fs.readFileSync(file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    expect(workbook.getWorksheet(SETTINGS_SHEET)?.state).toBe('veryHidden');
    const sheet = workbook.getWorksheet('Sheet1')!;
    expect(sheet.getCell(budget.statedRate).formula).toBe('IF(N(E6)>0,F6/E6,"")');
    const formattings = (sheet as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] })
      .conditionalFormattings;
    const flag = formattings.find((cf) => cf.ref === cost.statedScore);
    expect(flag?.rules[0]).toMatchObject({ type: 'expression', formulae: [FLAG_FORMULA.slice(1)] });
    const saved = await readXlsx(bytes);
    // The workbook's setting and each sheet's own, joined as ZiPing reads them.
    const stored = new Map(Object.entries(saved.settings).map(([key, value]) => [key, String(value)]));
    const { state, problems } = parseState(joinSettings(stored));
    expect(problems).toEqual([]);
    expect(state.sheets[saved.sheets[0].id].flags[cost.statedScore]).toBe('error');
  });

  it('j) the task pane: no serious accessibility violation; every action works from the keyboard', async () => {
    const { page } = await openPreview({ bypassCSP: true });
    await insertSample(page);
    const axe = fs.readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
    await page.addScriptTag({ content: axe });
    const results = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run(
              context: unknown,
              options: unknown,
            ): Promise<{ violations: { id: string; impact: string; nodes: { html: string; target: string[] }[] }[] }>;
          };
        }
      ).axe;
      // Fluent's focus helpers (tabster's [data-tabster-dummy] elements) are focusable and aria-hidden by design:
      // microsoft/fluentui#27517, microsoft/tabster#288.
      const r = await axe.run(
        { include: [['[data-testid="pane"]']], exclude: [['[data-tabster-dummy]']] },
        { resultTypes: ['violations'] },
      );
      return r.violations.flatMap((v) => v.nodes.map((n) => ({ id: v.id, impact: v.impact, html: n.html })));
    });
    const serious = results.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious).toEqual([]);

    // Keyboard only, from the pane's first control: every action and the findings list are tab stops.
    await pane(page).evaluate((el) => {
      el.setAttribute('tabindex', '-1');
      (el as HTMLElement).focus();
    });
    const stops: string[] = [];
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      const name = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || !el.closest('[data-testid="pane"]')) return null;
        return el.getAttribute('aria-label') || el.textContent?.trim() || el.tagName;
      });
      if (name === null) break;
      stops.push(name);
    }
    for (const wanted of [
      '部门整体支出绩效自评表',
      '项目支出绩效自评表',
      '示例（渌口区2022）',
      '校验本表',
      '写入校验结果表',
      '清除标记',
      `定位到单元格 ${cost.statedScore}`,
      '恢复规则得分 资金成本',
    ]) {
      expect(stops).toContain(wanted);
    }
    await screenshot(page, 'j-keyboard');

    /** Tabs from the pane's start to a control, then presses a key on it. */
    const activate = async (name: string, key: 'Enter' | ' ') => {
      await pane(page).evaluate((el) => (el as HTMLElement).focus());
      for (let i = 0; i < 80; i++) {
        await page.keyboard.press('Tab');
        const at = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          return el?.getAttribute('aria-label') || el?.textContent?.trim() || '';
        });
        if (at === name) {
          await page.keyboard.press(key);
          return;
        }
      }
      throw new Error(`no tab stop ${name}`);
    };
    await activate(`定位到单元格 ${cost.actual}`, 'Enter');
    await page.waitForFunction(
      (a) => document.querySelector(`td[data-cell="${a}"]`)?.classList.contains('sel'),
      cost.actual,
    );
    await activate('恢复规则得分 资金成本', ' ');
    await waitForText(page, cost.statedScore, '0.00');
    await activate('清除标记', 'Enter');
    await waitForFill(page, cost.actual, null);
    await activate('校验本表', ' ');
    await waitForFill(page, cost.actual, FLAG_FILL.warning);
    await activate('项目支出绩效自评表', 'Enter');
    await page.getByRole('tab', { name: /^项目支出绩效自评表/ }).waitFor();
    await screenshot(page, 'j-keyboard-done');
  });

  it('k) Excel 2019 (ExcelApi 1.7): no ribbon tab, the pane does everything, flags without notes', async () => {
    const { page } = await openPreview({ query: '?api=1.7' });
    expect(await page.getByRole('button', { name: /^插入自评表/ }).isDisabled()).toBe(true);
    await page
      .getByText(/Excel 2019 没有“绩效自评”选项卡/)
      .first()
      .waitFor();
    await paneButton(page, '示例（渌口区2022）').click();
    await findingButton(page, cost.statedScore).first().waitFor();
    await waitForFill(page, cost.statedScore, FLAG_FILL.error);
    expect(await page.locator('td.has-note').count()).toBe(0);
    await typeInto(page, first.actual, '9个');
    await findingButton(page, first.actual).waitFor();
    await waitForFill(page, first.actual, FLAG_FILL.warning);
    await screenshot(page, 'k-excel-2019');
  });

  it('l) while a cell is being edited the pane waits, then works on what was typed', async () => {
    const { page } = await openPreview();
    await insertSample(page);
    await cell(page, first.actual).click();
    await page.keyboard.type('9个');
    await page.locator('.status').getByText('编辑').waitFor();
    await paneButton(page, '校验本表').click();
    // Excel refuses the pane's calls while the cell is in edit mode: the pane stays busy.
    await page.waitForTimeout(400);
    expect(await pane(page).locator('main').getAttribute('aria-busy')).toBe('true');
    expect(await findingButton(page, first.actual).count()).toBe(0);
    await screenshot(page, 'l-waiting-for-edit');
    await page.locator('.cell-editor').click();
    await page.keyboard.press('Enter');
    await findingButton(page, first.actual).waitFor();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="pane"] main')?.getAttribute('aria-busy') === 'false',
    );
    await waitForFill(page, first.actual, FLAG_FILL.warning);
  });

  it('n) the pane fits 320, 380 and 500 px: nothing wider than the pane on any of its pages, text wraps', async () => {
    const { page } = await openPreview();
    await insertSample(page);
    for (const width of [320, 380, 500]) {
      await page.evaluate((w) => {
        (document.querySelector('[data-testid="pane"]') as HTMLElement).style.width = `${w}px`;
      }, width);
      for (const tab of ['校验结果', '自评报告', '设置']) {
        await pane(page).getByRole('tab', { name: tab }).click();
        if (tab === '设置') await pane(page).getByRole('textbox', { name: '预算执行率下限' }).waitFor();
        if (tab === '自评报告') await pane(page).getByRole('button', { name: '导出 Word' }).waitFor();
        const overflow = await page.evaluate(() => {
          const box = document.querySelector('[data-testid="pane"]') as HTMLElement;
          const right = box.getBoundingClientRect().left + box.clientLeft + box.clientWidth;
          const out: string[] = [];
          if (box.scrollWidth > box.clientWidth) out.push(`pane scrollWidth ${box.scrollWidth} > ${box.clientWidth}`);
          // Content clipped by an inner box is cut off too: no visible element may end right of the pane.
          for (const el of box.querySelectorAll<HTMLElement>('*')) {
            if (el.closest('[data-tabster-dummy], .visually-hidden')) continue;
            const r = el.getBoundingClientRect();
            if (r.width > 0 && r.right > right + 0.5)
              out.push(
                `${el.tagName}.${el.className} “${(el.textContent ?? '').slice(0, 30)}” ends at ${r.right} > ${right}`,
              );
          }
          return out.slice(0, 5);
        });
        expect([width, tab, overflow]).toEqual([width, tab, []]);
        await screenshotOf(pane(page), `n-pane-${width}-${tab}`);
      }
    }
  });

  it('o) the grid shows the whole form beside the pane at 1366 × 768; narrower, its first columns stay frozen', async () => {
    const { page } = await openPreview();
    await page.setViewportSize({ width: 1366, height: 768 });
    await insertSample(page);
    const visible = async (a1: string) =>
      page.evaluate((a) => {
        const area = document.querySelector('.grid-scroll')!.getBoundingClientRect();
        const td = document.querySelector(`td[data-cell="${a}"]`)!.getBoundingClientRect();
        return td.left >= area.left - 0.5 && td.right <= area.right + 0.5;
      }, a1);
    // 得分 (H) and 偏差原因分析及改进措施 (I) of the indicator table, and the labels in A and B.
    for (const a1 of ['A14', 'B15', first.statedScore, first.deviation])
      expect([a1, await visible(a1)]).toEqual([a1, true]);
    await screenshot(page, 'o-grid-1366x768');
    await page.setViewportSize({ width: 900, height: 768 });
    await page.locator('.grid-scroll').evaluate((el) => (el.scrollLeft = el.scrollWidth));
    await page.waitForTimeout(100);
    for (const a1 of ['B15', first.deviation]) expect([a1, await visible(a1)]).toEqual([a1, true]);
    await screenshot(page, 'o-grid-900-scrolled');
  });

  it('p) asks before a version switch or an opened file replaces a workbook with content', async () => {
    const { page } = await openPreview();
    // A blank workbook is replaced without a question.
    await page.getByRole('combobox').selectOption('1.14');
    await page.getByText('已换成新的空白工作簿').waitFor();
    await insertSample(page);
    await page.getByRole('combobox').selectOption('1.7');
    const dialog = page.getByRole('alertdialog');
    await dialog.getByText(/会替换当前工作簿，未保存的内容将丢失/).waitFor();
    await screenshot(page, 'p-ask-before-discarding');
    await dialog.getByRole('button', { name: '取消' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await text(page, 'A2')).toBe('部门整体支出绩效自评表');
    expect(await page.getByRole('combobox').inputValue()).toBe('1.14');
    const built = await wordLike();
    await page.locator('input[type=file]').setInputFiles({
      name: 'word-like.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: built.buffer,
    });
    await dialog.getByText('打开“word-like.xlsx”会替换当前工作簿，未保存的内容将丢失。').waitFor();
    await dialog.getByRole('button', { name: '不保存，继续' }).click();
    await page.getByText('已打开：word-like.xlsx').waitFor();
  });

  it('q) F6 and Ctrl+Shift+F6 move the keyboard between the grid and the pane', async () => {
    const { page } = await openPreview();
    await insertSample(page);
    await cell(page, 'C4').click();
    const region = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        return el?.closest('[data-testid="pane"]')
          ? 'pane'
          : el?.closest('.grid-area')
            ? 'grid'
            : el?.closest('.ribbon')
              ? 'ribbon'
              : 'none';
      });
    expect(await region()).toBe('grid');
    await page.keyboard.press('F6');
    expect(await region()).toBe('pane');
    await page.keyboard.press('Control+Shift+F6');
    expect(await region()).toBe('grid');
    // Back in the grid, typing goes into the selected cell.
    await page.keyboard.press('Control+Shift+F6');
    expect(await region()).toBe('ribbon');
    await page.keyboard.press('F6');
    expect(await region()).toBe('grid');
    await page.keyboard.type('备注');
    await page.keyboard.press('Enter');
    await waitForText(page, 'C4', '备注');
  });

  it('r) the glance: total against 100 with its grade, the execution rate, a bar per 一级指标 that selects its rows', async () => {
    const { page } = await openPreview();
    await insertSample(page);
    const glance = pane(page).getByRole('region', { name: '得分一览' });
    await glance.waitFor();
    // The sample by the rules: 90.00 of 100 (资金成本 earns 0 of 10), grade 优 (≥ 90), everything spent.
    await expect(glance.textContent()).resolves.toContain('90.00 / 100');
    await expect(glance.textContent()).resolves.toContain('等级 优：≥ 90');
    await expect(glance.textContent()).resolves.toContain('预算执行率 100.00%');
    await glance.getByRole('button', { name: '产出指标 40.00 / 50.00，失分 10.00' }).waitFor();
    await screenshotOf(glance, 'r-glance');
    await glance.getByRole('button', { name: /^产出指标/ }).click();
    expect(await page.getByRole('textbox', { name: '名称框' }).inputValue()).toBe('B15:I20');
    // Missing one more target lowers the bar and the total.
    await typeInto(page, first.actual, '9个');
    await glance.getByRole('button', { name: /^产出指标 37\.50 \/ 50\.00/ }).waitFor();
    await screenshotOf(glance, 'r-glance-after-edit');
  });
});
