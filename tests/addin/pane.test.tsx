/**
 * @jest-environment jsdom
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider } from '@fluentui/react-components';
import { App } from '../../src/addin/taskpane/App';
import SettingsView from '../../src/addin/taskpane/SettingsView';
import type { Controller, ControllerState } from '../../src/app/controller';
import type { Evaluation } from '../../src/app/plan';
import type { Finding } from '../../src/core/findings';
import { DEFAULT_PROFILE, type RuleProfile } from '../../src/core/profile';

// Fluent's components measure themselves; jsdom has no ResizeObserver.
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as Record<string, unknown>).ResizeObserver = ResizeObserverStub;

/** The findings' code is loaded lazily: the first render that needs it waits for the module (slow under load). */
const LAZY = { timeout: 15_000 };

const hostile = '<img src=x onerror="window.__pwned=1">资金成本</b>';

function finding(over: Partial<Finding>): Finding {
  return {
    code: 'IND_NOT_MET',
    severity: 'warning',
    sheet: 'Sheet1',
    cell: 'F14',
    indicator: '改造小区数',
    message: { zh: '未达到', en: 'missed' },
    ...over,
  };
}

function fakeController(evaluation: Evaluation) {
  let listener: ((s: ControllerState) => void) | undefined;
  const state: ControllerState = {
    ready: true,
    view: 'findings',
    busy: false,
    lang: 'zh',
    profile: DEFAULT_PROFILE,
    evaluation,
    notices: [],
    standing: [],
  };
  const selected: Finding[] = [];
  const profiles: RuleProfile[] = [];
  const controller = {
    current: state,
    subscribe: (l: (s: ControllerState) => void) => {
      listener = l;
      l(state);
      return () => undefined;
    },
    select: async (f: Finding) => void selected.push(f),
    setProfile: async (p: RuleProfile) => void profiles.push(p),
    setLang: (lang: 'zh' | 'en') => listener?.({ ...state, lang }),
    show: () => undefined,
  } as unknown as Controller;
  return { controller, selected, profiles };
}

const evaluation: Evaluation = {
  sheetId: 's1',
  sheetName: 'Sheet1',
  results: [],
  findings: [
    finding({
      code: 'IND_SCORE_TOO_HIGH',
      severity: 'error',
      cell: 'H19',
      indicator: hostile,
      message: { zh: `得分过高 ${hostile}`, en: `too high ${hostile}` },
    }),
    finding({}),
    finding({
      code: 'BUDGET_ADJUSTED',
      severity: 'info',
      cell: 'E6',
      indicator: undefined,
      message: { zh: '预算调整', en: 'adjusted' },
    }),
  ],
  userScores: [],
  ruleTotals: [90],
};

describe('the task pane', () => {
  it('lists findings grouped by severity, with counts', async () => {
    const { controller } = fakeController(evaluation);
    render(<App session={{ controller, capabilities: 'ExcelApi 1.18+' }} initialLang="zh" />);
    // The findings' code loads after the pane's first paint.
    expect(await screen.findByRole('heading', { name: '错误（1）' }, LAZY)).toBeTruthy();
    expect(screen.getByRole('heading', { name: '警告（1）' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: '提示（1）' })).toBeTruthy();
    expect(screen.getByText(/按规则计算总分 90.00/)).toBeTruthy();
  });

  it('shows text from cells as text: HTML in a cell is never markup', async () => {
    const { controller } = fakeController(evaluation);
    const { container } = render(<App session={{ controller, capabilities: '' }} initialLang="zh" />);
    await screen.findByRole('heading', { name: '错误（1）' }, LAZY);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain(`得分过高 ${hostile}`);
    expect((window as unknown as Record<string, unknown>).__pwned).toBeUndefined();
  });

  it("selects a finding's cell when its cell button is clicked, and filters by text", async () => {
    const { controller, selected } = fakeController(evaluation);
    render(<App session={{ controller, capabilities: '' }} initialLang="zh" />);
    fireEvent.click(await screen.findByRole('button', { name: '定位到单元格 F14' }, LAZY));
    expect(selected.map((f) => f.cell)).toEqual(['F14']);
    await act(async () => {
      fireEvent.change(screen.getByRole('textbox', { name: /筛选/ }), { target: { value: '预算' } });
    });
    expect(screen.queryByRole('button', { name: '定位到单元格 F14' })).toBeNull();
    expect(screen.getByRole('button', { name: '定位到单元格 E6' })).toBeTruthy();
  });

  it('leads each finding with its message, shows expected, rule and fix, and selects the cell on a click anywhere', async () => {
    const { controller, selected } = fakeController({
      ...evaluation,
      findings: [
        finding({ expected: '≥18个', found: '9个', message: { zh: '“改造小区数”未达到年度指标值', en: 'missed' } }),
      ],
    });
    render(<App session={{ controller, capabilities: '' }} initialLang="zh" />);
    const card = await screen.findByRole('article', {}, LAZY);
    const lines = [...card.querySelectorAll('span')].map((s) => s.textContent);
    // The message comes before the rule, the fix and the code.
    const order = ['“改造小区数”未达到年度指标值', '应为：≥18个；实为：9个', '规则：', '如何改正：', 'IND_NOT_MET'].map(
      (text) => lines.findIndex((l) => l?.startsWith(text)),
    );
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    fireEvent.click(screen.getByText('“改造小区数”未达到年度指标值'));
    expect(selected.map((f) => f.cell)).toEqual(['F14']);
    fireEvent.click(screen.getByText(/^如何改正：/));
    expect(selected.map((f) => f.cell)).toEqual(['F14', 'F14']);
    // Copying the code does not move the selection.
    const writes: string[] = [];
    Object.assign(navigator, { clipboard: { writeText: async (text: string) => void writes.push(text) } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '复制代码 IND_NOT_MET' }));
    });
    expect(writes).toEqual(['IND_NOT_MET']);
    expect(selected).toHaveLength(2);
    expect(screen.getByRole('button', { name: '复制代码 IND_NOT_MET' }).textContent).toBe('已复制');
  });

  it('switches to English', async () => {
    const { controller } = fakeController(evaluation);
    render(<App session={{ controller, capabilities: '' }} initialLang="zh" />);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'English' }));
    });
    // English punctuation and number: a heading counts its group, a card names one finding.
    expect(screen.getByRole('heading', { name: 'Errors (1)' })).toBeTruthy();
    expect(screen.getAllByText('Error', { exact: true }).length).toBeGreaterThan(0);
    expect(screen.getByText('Insert form:')).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/[A-Za-z]（|[A-Za-z]：/);
  });

  it('settings in percent, each with a line on what it changes; saved as the profile holds them; back to the defaults', async () => {
    const { controller, profiles } = fakeController(evaluation);
    render(
      <FluentProvider>
        <SettingsView controller={controller} profile={DEFAULT_PROFILE} lang="zh" capabilities="" />
      </FluentProvider>,
    );
    const low = screen.getByRole('textbox', { name: '预算执行率下限' }) as HTMLInputElement;
    // rules.md: lowExecutionRate 0.9, overachievement 1.2, budgetAdjustmentShare 0.1 — shown as 90%, 120%, 10%.
    expect(low.value).toBe('90');
    expect((screen.getByRole('textbox', { name: '超额完成提示线' }) as HTMLInputElement).value).toBe('120');
    expect((screen.getByRole('textbox', { name: '预算调整提示线' }) as HTMLInputElement).value).toBe('10');
    expect(screen.getAllByText('%')).toHaveLength(3);
    expect(screen.getByText('预算执行率低于此值时提示说明原因。默认 90%。')).toBeTruthy();
    await act(async () => {
      fireEvent.change(low, { target: { value: '85' } });
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '保存到工作簿' }));
    });
    expect(profiles.map((p) => p.lowExecutionRate)).toEqual([0.85]);
    await act(async () => {
      fireEvent.change(low, { target: { value: '150' } });
    });
    expect(screen.getByText('请输入 0% 到 100% 之间的百分数')).toBeTruthy();
    expect((screen.getByRole('button', { name: '保存到工作簿' }) as HTMLButtonElement).disabled).toBe(true);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '恢复默认设置' }));
    });
    expect(low.value).toBe('90');
    expect((screen.getByRole('button', { name: '恢复默认设置' }) as HTMLButtonElement).disabled).toBe(true);
  }, 30_000);
});
