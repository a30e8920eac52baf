import {
  FINDING_CODES,
  FINDING_FIELD,
  SEVERITY_NAME,
  SEVERITY_ORDER,
  type Bilingual,
  type FindingCode,
  type Lang,
  type Severity,
} from '../core/findings';
import { RIBBON_TAB, commandLabel, controlLabel } from '../addin/commands/ribbon';

/**
 * help.html, the add-in's SupportUrl and "learn more" page, shipped in the build: how to use ZiPing, what each finding
 * means, and where the data goes. Chinese first, English second. The findings table is generated from the code's
 * finding-code table, so it cannot drift from what the pane and the CLI say.
 */

/** One row per finding code: its severity, the rule behind it and what fixes it, in the table's order. */
export function findingRows(): Array<{ code: FindingCode; severity: Severity; rule: Bilingual; fix: Bilingual }> {
  return (Object.keys(FINDING_CODES) as FindingCode[]).map((code) => ({
    code,
    severity: FINDING_CODES[code].severity,
    rule: FINDING_CODES[code].rule,
    fix: FINDING_CODES[code].fix,
  }));
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const WORDS = {
  zh: {
    title: '绩效自评 ZiPing 使用帮助',
    version: '版本',
    use: '怎样使用',
    steps: [
      `在 Excel 的“${RIBBON_TAB.label.zh}”选项卡上点“${controlLabel('ZiPing.InsertMenu').zh}”，选择部门整体支出或项目支出绩效自评表，或渌口区2022年的示例；也可以打开已经填好的自评表。`,
      `点“${commandLabel('validateActiveSheet').zh}”：ZiPing 按规则重新计算执行率、得分和合计，在有问题的单元格上加底色，并在任务窗格中逐条列出。点一条问题即可选中它所在的单元格。`,
      '填写时，执行率、得分和合计随之重算。您自己填写的得分会保留并标明，窗格中可以一键换回按规则计算的得分。',
      `一个二级指标下有几个三级指标时，选中其中一个，点“${controlLabel('ZiPing.RowsMenu').zh} ▸ ${commandLabel('addIndicatorRow').zh}”，在它下方添加一行，分值、得分合计随之包含该行；“${commandLabel('deleteIndicatorRow').zh}”删除所选的行，行中已有内容时先询问。用 Excel 自己的插入行、删除行也可以：新行并入上方的分组（合并单元格、数据验证、合计随之扩展），删去一组的首行时，一级、二级指标名称移到该组余下的第一行（Excel 自己的删除不会询问）。`,
      `点“${commandLabel('draftReport').zh}”，在单独的工作表中起草《自评报告》（附件2）；其中的数字都是引用自评表的公式。`,
      `没有“${RIBBON_TAB.label.zh}”选项卡时，从“开始 ▸ 加载项”打开 ZiPing 的任务窗格（“${controlLabel('ZiPing.OpenPane').zh}”）。`,
    ],
    needs:
      'ZiPing 需要 Microsoft 365 或 Office 2021 及更高版本（Windows 上使用 Microsoft Edge WebView2），或 Mac 版 Excel、网页版 Excel。Office 2019 批量许可版等使用旧 Internet Explorer 控件的 Office 无法运行任务窗格，会显示说明。',
    cli: '命令行检查工具',
    cliText:
      '不能使用加载项时（例如 WPS 或旧版 Office），财政局审核人员和单位可以用命令行检查工具批量检查工作簿，结果与任务窗格相同：',
    findings: '各项问题的含义',
    findingsIntro: '“错误”须改正；“警告”须核对或在报告中说明；“提示”仅供参考。',
    privacy: '隐私',
    privacyText: [
      '工作簿中的数据只在您的电脑上、在 Excel 中处理，不会发送到任何地方：ZiPing 没有服务器，不收集任何信息。',
      '加载项的网页只能从它自己所在的地址加载文件，并从微软的 Office 网络分发地址加载 Office.js（Excel 与加载项通信所需的微软程序库）；页面的内容安全策略禁止连接其他任何地址。',
      'ZiPing 的设置（规则方案、您自己填写的得分等）保存在工作簿本身之中。',
    ],
  },
  en: {
    title: 'ZiPing help',
    version: 'Version',
    use: 'How to use',
    steps: [
      `On Excel's ${RIBBON_TAB.label.en} tab choose “${controlLabel('ZiPing.InsertMenu').en}” and pick the department form, the project form or the 2022 Lukou sample; or open a form that is already filled in.`,
      `Choose “${commandLabel('validateActiveSheet').en}”: ZiPing recomputes the execution rates, scores and totals by the rules, colours each cell with a problem and lists the problems in the task pane. Select a problem to select its cell.`,
      'While you type, rates, scores and totals recompute. A score you typed yourself is kept and marked as yours; the pane offers the rule score back.',
      `Where a level-2 indicator has several level-3 indicators, select one and choose “${controlLabel('ZiPing.RowsMenu').en} ▸ ${commandLabel('addIndicatorRow').en}”: a row is added under it and the weight and score totals take it in; “${commandLabel('deleteIndicatorRow').en}” deletes the selected rows, asking first when they hold what was typed. Excel's own Insert and Delete rows work too: a new row joins the group above (merged labels, data validation and totals follow), and when the first row of a group is deleted its level-1 and level-2 names move to the group's next row (Excel's own Delete does not ask).`,
      `“${commandLabel('draftReport').en}” drafts the self-evaluation report (Annex 2) in a sheet of its own; every figure in it is a formula over the form.`,
      `Without the ribbon tab, open ZiPing's task pane from Home ▸ Add-ins (“${controlLabel('ZiPing.OpenPane').en}”).`,
    ],
    needs:
      'ZiPing needs Microsoft 365 or Office 2021 or later (on Windows, with Microsoft Edge WebView2), Excel for Mac or Excel on the web. Office that uses the old Internet Explorer webview, such as volume-licensed Office 2019, cannot run the task pane and says so.',
    cli: 'The command-line checker',
    cliText:
      'Where the add-in cannot be used (WPS, older Office), units and finance-bureau reviewers can check workbooks in bulk with the command-line checker; it finds what the pane finds:',
    findings: 'What each finding means',
    findingsIntro:
      'An error must be corrected; a warning must be checked or explained in the report; a note is for information.',
    privacy: 'Privacy',
    privacyText: [
      "The workbook's data is processed on your computer, in Excel, and sent nowhere: ZiPing has no server and collects nothing.",
      "The add-in's page loads files only from its own address, and Office.js (Microsoft's library through which Excel and add-ins talk) from Microsoft's Office content delivery network; its Content-Security-Policy forbids connecting anywhere else.",
      "ZiPing's settings (the rule profile, the scores you typed yourself) are kept in the workbook itself.",
    ],
  },
} as const;

/** The findings table's columns. */
const HEAD = ['code', 'severity', 'rule', 'fix'] as const;

function section(lang: Lang, version: string): string {
  const w = WORDS[lang];
  const rows = findingRows()
    .sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity))
    .map(
      (r) =>
        `<tr id="${lang}-${r.code}"><td><code>${r.code}</code></td><td class="${r.severity}">${escape(SEVERITY_NAME[r.severity].one[lang])}</td><td>${escape(r.rule[lang])}</td><td>${escape(r.fix[lang])}</td></tr>`,
    )
    .join('\n');
  const cliId = lang === 'zh' ? 'cli' : 'cli-en';
  return `<section lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<h1>${escape(w.title)}</h1>
<p class="version">${escape(w.version)} ${escape(version)}</p>
<h2>${escape(w.use)}</h2>
<ol>${w.steps.map((s) => `<li>${escape(s)}</li>`).join('')}</ol>
<p>${escape(w.needs)}</p>
<h2 id="${cliId}">${escape(w.cli)}</h2>
<p>${escape(w.cliText)}</p>
<pre><code>npx ziping check ${lang === 'zh' ? '自评表.xlsx' : 'form.xlsx'}
npx ziping check --json ${lang === 'zh' ? '文件夹' : 'folder'}/</code></pre>
<h2 id="${lang}-findings">${escape(w.findings)}</h2>
<p>${escape(w.findingsIntro)}</p>
<table>
<thead><tr>${HEAD.map((h) => `<th>${escape(FINDING_FIELD[h][lang])}</th>`).join('')}</tr></thead>
<tbody>
${rows}
</tbody>
</table>
<h2 id="${lang}-privacy">${escape(w.privacy)}</h2>
${w.privacyText.map((p) => `<p>${escape(p)}</p>`).join('\n')}
</section>`;
}

/** help.css: a file of its own, so that the page's CSP can allow styles from its own folder only. */
export const HELP_CSS = `body{font-family:'Microsoft YaHei','Segoe UI',sans-serif;font-size:14px;line-height:1.6;margin:0 auto;max-width:60em;padding:1em}
section+section{border-top:2px solid #ccc;margin-top:2em}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:4px 6px;text-align:left;vertical-align:top}
td.error{color:#a4262c}td.warning{color:#8a5a00}td.info{color:#005a9e}
code,pre{font-family:Consolas,monospace}pre{background:#f4f4f4;padding:8px;overflow-x:auto}
`;

/** The whole page, which loads help.css beside it and nothing else. */
export function renderHelpPage(version: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'; base-uri 'none'; form-action 'none'" />
<title>绩效自评 ZiPing 使用帮助 / ZiPing help</title>
<link rel="stylesheet" href="help.css" />
</head>
<body>
${section('zh', version)}
${section('en', version)}
</body>
</html>
`;
}
