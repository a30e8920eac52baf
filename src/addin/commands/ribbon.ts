import type { Bilingual } from '../../core/findings';

/**
 * The ZiPing ribbon tab, as one list: manifest.xml must say exactly this (tests/manifest checks it), the shared
 * runtime registers the function of every command (register.ts), and the preview draws its ribbon bar from it.
 * Adding a command: an entry here, its controls and strings in manifest.xml, its handler in register.ts.
 */

interface RibbonControlBase {
  /** The control's id in manifest.xml (at most 32 characters). */
  readonly id: string;
  readonly label: Bilingual;
  /** The Supertip: its title and its description. */
  readonly tip: { readonly title: Bilingual; readonly description: Bilingual };
  /** The icon's file stem: its images are assets/<icon>-<size>.png. */
  readonly icon: string;
}

/** A command that runs a function in the shared runtime (ExecuteFunction). */
interface RibbonCommand extends RibbonControlBase {
  readonly kind: 'command';
  /** The FunctionName in manifest.xml, also the name the runtime registers with Office.actions.associate. */
  readonly functionName: string;
}

/** A drop-down of commands (a Menu control). */
interface RibbonMenu extends RibbonControlBase {
  readonly kind: 'menu';
  readonly items: readonly RibbonCommand[];
}

/** The button that opens the task pane (ShowTaskpane), with the pane's title. */
interface RibbonPaneButton extends RibbonControlBase {
  readonly kind: 'pane';
  readonly paneTitle: Bilingual;
}

export type RibbonControl = RibbonCommand | RibbonMenu | RibbonPaneButton;

export const RIBBON_TAB = {
  id: 'ZiPing.Tab',
  label: { zh: '绩效自评', en: 'Performance Self-Evaluation' },
  group: { id: 'ZiPing.Group', label: { zh: '绩效自评', en: 'ZiPing' }, icon: 'icon' },
} as const;

const ICON = 'icon';

/** The group's controls, in the ribbon's order. */
export const RIBBON_CONTROLS: readonly RibbonControl[] = [
  {
    kind: 'menu',
    id: 'ZiPing.InsertMenu',
    label: { zh: '插入自评表', en: 'Insert form' },
    tip: {
      title: { zh: '插入自评表', en: 'Insert a self-evaluation form' },
      description: {
        zh: '插入空白的部门整体支出或项目支出绩效自评表，或渌口区2022年的填报示例。',
        en: 'Insert a blank department form or project form, or the filled-in 2022 sample from Lukou District.',
      },
    },
    icon: ICON,
    items: [
      {
        kind: 'command',
        id: 'ZiPing.InsertDepartment',
        functionName: 'insertDepartmentForm',
        label: { zh: '部门整体支出绩效自评表', en: 'Department form' },
        tip: {
          title: { zh: '部门整体支出绩效自评表', en: 'Department form' },
          description: {
            zh: '插入空白的《部门整体支出绩效自评表》（附件1）。',
            en: "Insert a blank self-evaluation form for a whole department's spending (Annex 1).",
          },
        },
        icon: ICON,
      },
      {
        kind: 'command',
        id: 'ZiPing.InsertProject',
        functionName: 'insertProjectForm',
        label: { zh: '项目支出绩效自评表', en: 'Project form' },
        tip: {
          title: { zh: '项目支出绩效自评表', en: 'Project form' },
          description: {
            zh: '插入空白的《项目支出绩效自评表》。',
            en: "Insert a blank self-evaluation form for one project's spending.",
          },
        },
        icon: ICON,
      },
      {
        kind: 'command',
        id: 'ZiPing.InsertSample',
        functionName: 'insertSampleForm',
        label: { zh: '示例（渌口区2022）', en: 'Sample (Lukou 2022)' },
        tip: {
          title: { zh: '示例（渌口区2022）', en: 'Sample form (Lukou District, 2022)' },
          description: {
            zh: '插入株洲市渌口区住房保障服务中心2022年的自评表，作为填写示例。',
            en: 'Insert the 2022 form of the Lukou District (Zhuzhou) housing security service centre as a worked example.',
          },
        },
        icon: ICON,
      },
    ],
  },
  {
    kind: 'menu',
    id: 'ZiPing.RowsMenu',
    label: { zh: '指标行', en: 'Indicator rows' },
    tip: {
      title: { zh: '指标行', en: 'Indicator rows' },
      description: {
        zh: '在所选三级指标下方添加一行，或删除所选的指标行；合计与得分随之更新。',
        en: 'Add a row under the selected level-3 indicator, or delete the selected indicator rows; totals and scores follow.',
      },
    },
    icon: ICON,
    items: [
      {
        kind: 'command',
        id: 'ZiPing.AddRow',
        functionName: 'addIndicatorRow',
        label: { zh: '添加指标行', en: 'Add indicator row' },
        tip: {
          title: { zh: '添加指标行', en: 'Add indicator row' },
          description: {
            zh: '在所选三级指标下方插入一行，属于同一二级指标；分值、得分合计包含该行。',
            en: 'Insert a row under the selected level-3 indicator, in its group; the weight and score totals take it in.',
          },
        },
        icon: ICON,
      },
      {
        kind: 'command',
        id: 'ZiPing.DeleteRow',
        functionName: 'deleteIndicatorRow',
        label: { zh: '删除指标行', en: 'Delete indicator row' },
        tip: {
          title: { zh: '删除指标行', en: 'Delete indicator row' },
          description: {
            zh: '删除所选的指标行；行中已填写内容时，先在面板中询问。',
            en: 'Delete the selected indicator rows; rows holding what was typed are deleted only after the pane asks.',
          },
        },
        icon: ICON,
      },
    ],
  },
  {
    kind: 'command',
    id: 'ZiPing.Validate',
    functionName: 'validateActiveSheet',
    label: { zh: '校验本表', en: 'Validate this sheet' },
    tip: {
      title: { zh: '校验本表', en: 'Validate this sheet' },
      description: {
        zh: '按规则重新计算本工作表中自评表的执行率与得分，并逐个单元格列出问题。',
        en: 'Recompute the execution rates and scores of the form on this sheet by the rules, and list each problem with its cell.',
      },
    },
    icon: ICON,
  },
  {
    // Runs in the shared runtime and turns the open pane to the report: a pane URL of its own would start a second runtime.
    kind: 'command',
    id: 'ZiPing.Report',
    functionName: 'draftReport',
    label: { zh: '生成报告', en: 'Draft report' },
    tip: {
      title: { zh: '生成自评报告', en: 'Draft the self-evaluation report' },
      description: {
        zh: '根据本表起草《自评报告》（附件2）。',
        en: 'Draft the self-evaluation report (Annex 2) from this form.',
      },
    },
    icon: ICON,
  },
  {
    kind: 'pane',
    id: 'ZiPing.OpenPane',
    label: { zh: '打开面板', en: 'Open pane' },
    tip: {
      title: { zh: '打开绩效自评面板', en: 'Open the ZiPing pane' },
      description: { zh: '打开绩效自评任务窗格。', en: 'Open the ZiPing task pane.' },
    },
    icon: ICON,
    paneTitle: { zh: '绩效自评', en: 'ZiPing' },
  },
];

/** Every command that runs a function, menus flattened, in ribbon order. */
function ribbonCommands(controls: readonly RibbonControl[] = RIBBON_CONTROLS): RibbonCommand[] {
  return controls.flatMap((c) => (c.kind === 'menu' ? [...c.items] : c.kind === 'command' ? [c] : []));
}

function commandRunning(functionName: string): RibbonCommand {
  const command = ribbonCommands().find((c) => c.functionName === functionName);
  if (!command) throw new Error(`No ribbon command runs ${functionName}`);
  return command;
}

/** The label of the command that runs a function: the pane's buttons for the same commands say the same. */
export function commandLabel(functionName: string): Bilingual {
  return commandRunning(functionName).label;
}

/** What the command that runs a function does (its tip's description), for the pane's button of the same command. */
export function commandTip(functionName: string): Bilingual {
  return commandRunning(functionName).tip.description;
}

/** The label of a control (a menu, a menu's item or a button) by its id: what the pane and help.html call it. */
export function controlLabel(id: string): Bilingual {
  const control = [...RIBBON_CONTROLS, ...ribbonCommands()].find((c) => c.id === id);
  if (!control) throw new Error(`No ribbon control ${id}`);
  return control.label;
}

/** The function names the manifest declares and the runtime registers. */
export const RIBBON_FUNCTIONS: readonly string[] = ribbonCommands().map((c) => c.functionName);
