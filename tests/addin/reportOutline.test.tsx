/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider } from '@fluentui/react-components';
import ReportOutline from '../../src/addin/taskpane/ReportOutline';
import type { Controller } from '../../src/app/controller';
import type { ReportOutcome } from '../../src/app/reportDraft';
import { DEPARTMENT_OUTLINE, PROJECT_OUTLINE, type Outline } from '../../src/core/report/outline';
import type { UserWords } from '../../src/core/report/outlineEdit';

// Fluent's components measure themselves; jsdom has no ResizeObserver.
(globalThis as Record<string, unknown>).ResizeObserver = class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

interface Saved {
  kind: string;
  outline: Outline;
  drop: string[];
}

function shown(
  saved: Saved[],
  options: { outline?: Outline; kind?: 'department' | 'project'; written?: UserWords[]; lang?: 'zh' | 'en' } = {},
) {
  const controller = {
    setReportOutline: async (kind: string, outline: Outline, drop: string[] = []) =>
      void saved.push({ kind, outline, drop }),
  } as unknown as Controller;
  const outline = options.outline ?? PROJECT_OUTLINE;
  const report = {
    lang: 'zh',
    kind: options.kind ?? 'project',
    outline,
    defaultOutline: outline,
    written: options.written ?? [],
    reportSheet: '项目·自评报告',
  } as unknown as ReportOutcome;
  render(
    <FluentProvider>
      <ReportOutline controller={controller} report={report} lang={options.lang ?? 'zh'} busy={false} />
    </FluentProvider>,
  );
}

const headings = () => screen.getAllByRole('textbox').map((e) => (e as HTMLInputElement).value);
const click = (name: string) => fireEvent.click(screen.getByRole('button', { name }));
/** The outline as the pane lists it: headings, and the blocks under them by name. */
const listed = () =>
  [...screen.getByRole('list').querySelectorAll('li')].map((li) => {
    const input = li.querySelector('input');
    return input ? input.value : `  ${li.firstElementChild?.firstElementChild?.textContent}`;
  });
const focused = () => document.activeElement?.getAttribute('aria-label');

describe('the report outline in the pane', () => {
  it('lets the user reorder and reword headings, numbered by their places, and saves them to redraft', () => {
    const saved: Saved[] = [];
    shown(saved);
    expect(headings().slice(0, 5)).toEqual([
      '一、项目基本情况',
      '（一）项目概况',
      '（二）项目绩效目标',
      '二、项目资金使用及管理情况',
      '三、项目组织实施情况',
    ]);
    expect(screen.getByRole('button', { name: '保存提纲并重新生成' })).toHaveProperty('disabled', true);
    click('下移 二、项目资金使用及管理情况');
    expect(headings().slice(3, 5)).toEqual(['二、项目组织实施情况', '三、项目资金使用及管理情况']);
    // The keyboard stays on the heading that moved.
    expect(focused()).toBe('下移 三、项目资金使用及管理情况');
    fireEvent.change(screen.getByRole('textbox', { name: '七、其他需要说明的问题' }), {
      target: { value: '七、其他说明事项' },
    });
    click('保存提纲并重新生成');
    expect(saved).toHaveLength(1);
    expect(saved[0].kind).toBe('project');
    const top = saved[0].outline.sections.map((s) => s.heading.zh);
    expect(top).toEqual([
      '一、项目基本情况',
      '二、项目组织实施情况',
      '三、项目资金使用及管理情况',
      '四、项目绩效目标完成情况',
      '五、存在的问题及原因分析',
      '六、下一步改进措施',
      '七、其他说明事项',
    ]);
    // The sentences go with their heading; the English headings are renumbered alike.
    expect(saved[0].outline.sections[2].blocks).toEqual(['budget', 'projectFunding', 'compliance']);
    expect(saved[0].outline.sections[2].heading.en).toBe('3. Use and management of the funds');
    click('恢复默认提纲');
    expect(headings()[3]).toBe('二、项目资金使用及管理情况');
  });

  it('moves a block past a heading, the keyboard staying on it', () => {
    const saved: Saved[] = [];
    shown(saved, { outline: DEPARTMENT_OUTLINE, kind: 'department' });
    const at = listed().indexOf('三、部门整体支出绩效情况');
    expect(listed().slice(at - 1, at + 2)).toEqual([
      '  资金使用合规（请确认）',
      '三、部门整体支出绩效情况',
      '  年度总体目标及完成情况',
    ]);
    click('下移 资金使用合规（请确认）');
    const after = listed().indexOf('三、部门整体支出绩效情况');
    expect(listed().slice(after - 1, after + 2)).toEqual([
      '  资金来源',
      '三、部门整体支出绩效情况',
      '  资金使用合规（请确认）',
    ]);
    expect(focused()).toBe('下移 资金使用合规（请确认）');
    click('保存提纲并重新生成');
    expect(saved[0].outline.sections[2].blocks![0]).toBe('compliance');
    expect(saved[0].drop).toEqual([]);
  });

  it('adds a heading for the user’s own text or for a block the outline lacks', () => {
    const saved: Saved[] = [];
    shown(saved, { outline: DEPARTMENT_OUTLINE, kind: 'department' });
    click('添加标题');
    click('添加');
    expect(screen.getByText('请写出标题')).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: '新标题' }), { target: { value: '绩效评价工作开展情况' } });
    click('添加');
    expect(headings().slice(-1)).toEqual(['七、绩效评价工作开展情况']);
    expect(listed().slice(-1)).toEqual(['  自行填写的内容']);
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: '七、绩效评价工作开展情况' }));
    // A block the outline lacks, under a top heading: numbered as its siblings are.
    click('添加标题');
    const content = screen.getByRole('combobox', { name: '标题下的内容' }) as HTMLSelectElement;
    expect([...content.options].map((o) => o.text)).toEqual([
      '自行填写的内容',
      '绩效目标',
      '目标完成情况',
      '项目概况',
      '立项依据、内容和范围',
      '组织实施情况',
      '其他需要说明的问题',
    ]);
    fireEvent.change(content, { target: { value: 'other' } });
    fireEvent.change(screen.getByRole('combobox', { name: '位置' }), { target: { value: '5' } });
    fireEvent.change(screen.getByRole('textbox', { name: '新标题' }), { target: { value: '其他事项' } });
    click('添加');
    expect(headings().slice(-2)).toEqual(['（一）其他事项', '七、绩效评价工作开展情况']);
    click('保存提纲并重新生成');
    expect(saved[0].outline.sections[5].sections).toEqual([
      { heading: { zh: '（一）其他事项', en: '6.1 其他事项' }, blocks: ['other'] },
    ]);
    expect(saved[0].outline.sections[6].blocks).toEqual([{ key: 'text', id: 't1' }]);
  });

  it('asks before deleting a block that holds words the user wrote, and not before one that holds none', () => {
    const saved: Saved[] = [];
    const written = [{ id: 'p1.1', label: '一、', block: 'duties' }];
    shown(saved, { outline: DEPARTMENT_OUTLINE, kind: 'department', written });
    click('删除 机构、人员情况');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(listed().slice(0, 4)).toEqual([
      '一、预算单位基本情况',
      '1、单位主要职责',
      '  单位主要职责',
      '2、单位机构、人员情况',
    ]);
    click('删除 1、单位主要职责');
    const ask = screen.getByRole('alertdialog');
    expect(ask.textContent).toContain('这部分有您自己写的文字（一、），删除后这些文字也将从报告中删去。');
    expect(document.activeElement?.textContent).toBe('取消');
    click('取消');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(headings()[1]).toBe('1、单位主要职责');
    expect(focused()).toBe('删除 1、单位主要职责');
    click('删除 1、单位主要职责');
    click('仍要删除');
    expect(headings().slice(0, 2)).toEqual(['一、预算单位基本情况', '1、单位机构、人员情况']);
    click('保存提纲并重新生成');
    expect(saved[0].drop).toEqual(['p1.1']);
  });

  it('speaks English in an English pane', () => {
    shown([], { outline: DEPARTMENT_OUTLINE, kind: 'department', lang: 'en' });
    expect(screen.getByRole('button', { name: 'Move down Main duties' })).toBeTruthy();
    click('Add a heading');
    expect(screen.getByRole('combobox', { name: 'What stands under it' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Back to the default outline' })).toHaveProperty('disabled', true);
  });
});
