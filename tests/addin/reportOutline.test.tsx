/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider } from '@fluentui/react-components';
import ReportOutline from '../../src/addin/taskpane/ReportOutline';
import type { Controller } from '../../src/app/controller';
import type { ReportOutcome } from '../../src/app/reportDraft';
import { PROJECT_OUTLINE, type Outline } from '../../src/core/report/outline';

// Fluent's components measure themselves; jsdom has no ResizeObserver.
(globalThis as Record<string, unknown>).ResizeObserver = class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

function shown(saved: { kind: string; outline: Outline }[]) {
  const controller = {
    setReportOutline: async (kind: string, outline: Outline) => void saved.push({ kind, outline }),
  } as unknown as Controller;
  const report = {
    lang: 'zh',
    kind: 'project',
    outline: PROJECT_OUTLINE,
    reportSheet: '项目·自评报告',
  } as ReportOutcome;
  render(
    <FluentProvider>
      <ReportOutline controller={controller} report={report} lang="zh" busy={false} />
    </FluentProvider>,
  );
}

const headings = () => screen.getAllByRole('textbox').map((e) => (e as HTMLInputElement).value);

describe('the report outline in the pane', () => {
  it('lets the user reorder and reword headings, numbered by their places, and saves them to redraft', () => {
    const saved: { kind: string; outline: Outline }[] = [];
    shown(saved);
    expect(headings().slice(0, 5)).toEqual([
      '一、项目基本情况',
      '（一）项目概况',
      '（二）项目绩效目标',
      '二、项目资金使用及管理情况',
      '三、项目组织实施情况',
    ]);
    expect(screen.getByRole('button', { name: '保存提纲并重新生成' })).toHaveProperty('disabled', true);
    fireEvent.click(screen.getByRole('button', { name: '下移 二、项目资金使用及管理情况' }));
    expect(headings().slice(3, 5)).toEqual(['二、项目组织实施情况', '三、项目资金使用及管理情况']);
    fireEvent.change(screen.getByRole('textbox', { name: '七、其他需要说明的问题' }), {
      target: { value: '七、其他说明事项' },
    });
    fireEvent.click(screen.getByRole('button', { name: '保存提纲并重新生成' }));
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
    fireEvent.click(screen.getByRole('button', { name: '恢复默认提纲' }));
    expect(headings()[3]).toBe('二、项目资金使用及管理情况');
  });
});
